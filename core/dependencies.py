"""Optional binary libraries: whether this QGIS has them, and how to get one that is missing.

The plugin ships its pure-Python libraries (``ext_libs/``) but cannot ship compiled ones. GDAL's Python
bindings and numpy come with every QGIS (OSGeo4W and the Windows installers, the macOS installer, Debian's
``python3-qgis``), so the raster algorithms use only them. rasterio does not: a feature that needs it
imports it inside a function, after :func:`require`, so that its absence shows up as one sentence saying
how to install it, for that feature only, while the rest of the plugin keeps working
(``tests/test_dependencies.py`` checks that no plugin module imports rasterio when it loads).

    rasterio = dependencies.require("rasterio", tr("Reading a time series"))
"""

import functools
import importlib
import sys
from types import ModuleType
from typing import Optional

from .errors import ConfigurationError
from .i18n import tr


@functools.cache
def _import(module: str) -> Optional[ModuleType]:
    try:
        return importlib.import_module(module)
    except Exception:  # noqa: BLE001 (ImportError, or a broken binary: OSError, AttributeError…)
        return None


def is_available(module: str = "rasterio") -> bool:
    """Whether ``module`` imports in this QGIS; the first answer is kept for the session."""
    return _import(module) is not None


def forget() -> None:
    """Ask again at the next :func:`is_available` (after the user installed something, and in tests)."""
    _import.cache_clear()


def require(module: str = "rasterio", feature: Optional[str] = None) -> ModuleType:
    """The imported ``module``, or :class:`ConfigurationError` saying how to install it on this system."""
    found = _import(module)
    if found is None:
        raise ConfigurationError(missing_message(module, feature))
    return found


def missing_message(
    module: str = "rasterio", feature: Optional[str] = None, platform: Optional[str] = None
) -> str:
    """The sentence shown when ``module`` is missing: what needs it, and how to install it on ``platform``."""
    platform = platform or sys.platform
    what = feature or tr("This feature")
    lead = tr("{feature} needs the Python package {package}, which this QGIS installation lacks.").format(
        feature=what, package=module
    )
    return f"{lead} {install_hint(module, platform)}"


def install_hint(module: str = "rasterio", platform: Optional[str] = None) -> str:
    """How to install ``module`` into the Python that QGIS runs, on Windows, macOS or Linux."""
    platform = platform or sys.platform
    debian = f"python3-{module}"
    if platform.startswith("win"):
        return tr(
            'On Windows, run the OSGeo4W Setup ("Advanced Install"), select the package {debian} and finish; '
            'with the standalone QGIS installer, open the "OSGeo4W Shell" from the Start menu and run '
            '"python -m pip install {package}". Then restart QGIS.'
        ).format(debian=debian, package=module)
    if platform == "darwin":
        return tr(
            "On macOS, open Terminal and install it into the Python of QGIS: "
            '"/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}" '
            "(use the name of your QGIS application, for example QGIS-LTR.app). Then restart QGIS."
        ).format(package=module)
    return tr(
        'On Debian or Ubuntu, install the package {debian} ("sudo apt install {debian}"); on other Linux '
        "distributions, the {package} package of the distribution. Then restart QGIS."
    ).format(debian=debian, package=module)
