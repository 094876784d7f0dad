"""Terrascope Explorer for scripts and the QGIS Python console.

    >>> from terrascope_explorer import api
    >>> api.endpoints().stac
    'https://stac.terrascope.be'

Everything here works without the plugin's dock; later versions add searching, loading and downloading.
Errors are the typed exceptions below, all subclasses of :class:`TerrascopeError`.
"""

from .core.endpoints import PRODUCTION, Endpoints
from .core.endpoints import current_endpoints as endpoints
from .core.errors import (
    AuthError,
    CatalogueError,
    ConfigurationError,
    DownloadError,
    NetworkError,
    TerrascopeError,
)

__all__ = [
    "PRODUCTION",
    "AuthError",
    "CatalogueError",
    "ConfigurationError",
    "DownloadError",
    "Endpoints",
    "NetworkError",
    "TerrascopeError",
    "endpoints",
]
