"""Terrascope Explorer: search, preview, stream and download TERRASCOPE (VITO) data in QGIS.

Importing the package does nothing else: QGIS calls :func:`classFactory`, which imports the plugin lazily.
Scripts and the QGIS Python console use :mod:`terrascope_explorer.api`.
"""


def classFactory(iface):
    """Build the plugin object for QGIS; ``iface`` is None under ``qgis_process``."""
    from .plugin import TerrascopeExplorerPlugin

    return TerrascopeExplorerPlugin(iface)
