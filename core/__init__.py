"""The Terrascope domain, free of widgets.

Modules here return plain data and raise the typed exceptions of :mod:`.errors`; they never import
``QtWidgets``, ``qgis.gui`` or ``iface`` (``tests/test_code_layout.py`` enforces it), so the
Processing provider, the Python API and the tests can use them without a QGIS window.
"""

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
LOG_TAG = "Terrascope Explorer"  # the plugin's tab in the Log Messages panel


def resource_path(*parts: str) -> Path:
    """Path of a file shipped under ``resources/`` (icons, ``.ui`` forms)."""
    return PLUGIN_ROOT.joinpath("resources", *parts)


PLUGIN_ICON = resource_path("icons", "terrascope.svg")
