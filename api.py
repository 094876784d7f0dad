"""Terrascope Explorer for scripts and the QGIS Python console.

    >>> from terrascope_explorer import api
    >>> api.endpoints().stac
    'https://stac.terrascope.be'
    >>> api.login("me@example.org", getpass.getpass())   # once: QGIS keeps the login, encrypted
    >>> api.is_logged_in(), api.current_user()

Everything here works without the plugin's dock; later versions add searching, loading and downloading.
Errors are the typed exceptions below, all subclasses of :class:`TerrascopeError`. Calls that talk to the
network block until the answer comes: from a plugin or a script with a window, call them in a ``QgsTask``.
"""

from typing import Optional

from .core import auth as _auth
from .core.auth import SessionState, SessionStatus
from .core.endpoints import PRODUCTION, Endpoints
from .core.endpoints import current_endpoints as endpoints
from .core.errors import (
    AuthError,
    CatalogueError,
    ConfigurationError,
    DownloadError,
    InvalidInputError,
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
    "InvalidInputError",
    "NetworkError",
    "SessionState",
    "SessionStatus",
    "TerrascopeError",
    "collections",
    "current_user",
    "endpoints",
    "is_logged_in",
    "login",
    "logout",
    "search",
    "session_status",
]


def login(username: str, password: str, remember: bool = True) -> SessionStatus:
    """Log in to Terrascope. With ``remember`` the login goes to the QGIS authentication database
    (encrypted with the master password; QGIS asks for it when needed) and later sessions log in silently.
    Without a master password the session lives in memory only (``SessionStatus.memory_only``).

    :raises AuthError: wrong username or password.
    :raises NetworkError: the sign-in service could not be reached.
    """
    return _auth.session().login(username, password, remember=remember)


def logout() -> None:
    """Log out: forget the tokens and the stored login, and end the session on the server."""
    _auth.session().logout()


def is_logged_in() -> bool:
    """Whether a session is alive, or a stored login will sign in when something needs it (no network)."""
    return _auth.session().is_logged_in()


def current_user() -> Optional[str]:
    """The username of the live session, or None (before the first login of a QGIS session too)."""
    return _auth.session().current_user()


def session_status() -> SessionStatus:
    """State, username, whether the login is stored, and the last error sentence (no network)."""
    return _auth.session().status()


def collections() -> list:
    """The catalogue's collections (``Collection``: ``id``, ``title``, ``mission``…), grouped by mission.

    :raises NetworkError: the catalogue could not be reached or failed.
    """
    from .core.catalogue import Catalogue

    return Catalogue().collections()


def search(
    collection,
    bbox=None,
    geometry=None,
    layer=None,
    start=None,
    end=None,
    max_cloud: Optional[float] = None,
    limit: Optional[int] = None,
    crs=None,
    selected_only: bool = False,
    **filters,
) -> list:
    """Search the catalogue; every matching product (or the first ``limit``), newest first.

    ``collection`` is an id or a list of ids. The area is one of ``bbox`` (west, south, east, north),
    ``geometry`` (``QgsGeometry``, WKT or GeoJSON) or ``layer`` (a layer, its id or name: its extent, or its
    selected features with ``selected_only``); ``bbox``/``geometry`` are in WGS 84 unless ``crs`` (a
    ``QgsCoordinateReferenceSystem``) says otherwise. ``start``/``end`` are dates (``"2025-06-01"`` or
    ``datetime.date``), both days included. ``max_cloud`` is in percent. Other keywords filter on item
    properties: ``tile="31UES"``, ``orbit_direction="ascending"``, ``relative_orbit=8``, ``platform=…``,
    ``product_type=…``, or any STAC property name (``**{"sat:orbit_state": "descending"}``).

    Each ``Product`` has ``id``, ``collection``, ``datetime``, ``cloud_cover``, ``footprint`` (``QgsGeometry``
    in WGS 84), ``properties``, ``assets`` and ``thumbnail``.

    :raises InvalidInputError: the search cannot be made as given (the message says why).
    :raises NetworkError: the catalogue could not be reached or failed.
    """
    from .core.catalogue import Catalogue, SearchRequest, area_from, normalise_filters

    collections_ = (collection,) if isinstance(collection, str) else tuple(collection or ())
    request = SearchRequest(
        collections=collections_,
        area=area_from(bbox=bbox, geometry=geometry, layer=layer, crs=crs, selected_only=selected_only),
        start=start,
        end=end,
        max_cloud=max_cloud,
        filters=normalise_filters(filters),
        page_size=min(limit, 500) if limit else 500,
    )
    return Catalogue().search(request).all(limit=limit)
