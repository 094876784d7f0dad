"""Terrascope Explorer for scripts and the QGIS Python console.

    >>> from terrascope_explorer import api
    >>> api.endpoints().stac
    'https://stac.terrascope.be'
    >>> api.login("me@example.org", getpass.getpass())   # once: QGIS keeps the login, encrypted
    >>> api.is_logged_in(), api.current_user()
    >>> products = api.search("terrascope-s2-toc-v2", bbox=(4.2, 50.7, 4.6, 50.95), max_cloud=30)
    >>> api.load(products[:2], preset="true_colour")             # streamed, styled layers
    >>> api.download(products[:1], assets=["B04", "B08"])        # files, resumable and verified
    >>> api.timeseries("terrascope-s2-toc-v2", index="NDVI", geometry="POINT(4.40 50.85)")
    >>> api.add_wmts("CGS_S2_NDVI", time="2026-06-15")

Everything here works without the plugin's dock: login, collections and search, loading, downloads, web
services and time series. Errors are the typed exceptions below, all subclasses of :class:`TerrascopeError`.
Calls that talk to the network block until the answer comes: from a plugin or a script with a window, call
them in a ``QgsTask``.
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
    "add_wmts",
    "collections",
    "current_user",
    "download",
    "endpoints",
    "is_logged_in",
    "load",
    "login",
    "logout",
    "search",
    "session_status",
    "timeseries",
    "web_layers",
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
    in WGS 84), ``properties`` (the STAC properties) and ``assets`` (key -> ``Asset``), both read-only
    mappings (``dict(product.properties)`` for a dictionary of your own), and ``thumbnail``.

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


def load(products, preset=None, bands=None, group=None) -> list:
    """Add products (one or a list, from :func:`search`) to the current project as streamed, styled layers.

    ``preset``: ``"true_colour"``, ``"false_colour"``, ``"swir"``, ``"agriculture"`` or an asset key such as
    ``"NDVI"`` or ``"VV"`` (default: each product's first preset); or ``bands``: one asset key, or three for
    red, green and blue. ``group``: the layer-tree group to add them to. Blocks until they are added and
    returns the layers; products that fail while others load are named in the Terrascope Explorer log.

    :raises TerrascopeError: nothing could be loaded (a missing band, no login, the file is gone…).
    """
    from .core.layers import load as load_layers

    return load_layers(products, preset=preset, bands=bands, group=group)


def timeseries(
    collection: str,
    index: str = "NDVI",
    geometry=None,
    crs=None,
    start=None,
    end=None,
    max_cloud: Optional[float] = None,
    mask_clouds: bool = True,
    feedback=None,
):
    """An indicator's time series at a point or over a polygon, read from the products' files directly.

    ``index`` is an index computed from the bands (``"NDVI"``, ``"NDWI"``, ``"EVI"``…), a product's own value
    (``"NDVI"`` or ``"FAPAR"`` of those collections) or a band (``"B04"``, or ``"red"``). ``geometry`` is a
    ``QgsPointXY``, a point or polygon ``QgsGeometry`` or WKT, in ``crs`` (a ``QgsCoordinateReferenceSystem``
    or ``"EPSG:…"``; default WGS 84). ``start``/``end`` are days, both included; ``max_cloud`` (percent)
    skips cloudier products; with ``mask_clouds`` pixels the scene classification marks as cloud, shadow,
    cirrus or no data are left out. Blocks until done (``feedback``, a ``QgsFeedback``, shows progress and
    cancels); a long series is best run from a task.

    Returns the series, sorted by date: iterate it for rows that unpack as
    ``(datetime, value, valid_pixels, item_id)``; ``value`` is None for a cloudy or empty date (a gap, never
    0). Each row also has ``status``, ``total_pixels``, ``minimum``, ``maximum``, ``p10``, ``p90``, ``std``
    (polygons) and ``error``; the series has ``failures`` (products that could not be read: their rows have
    the status ``"failed"``), ``messages`` and ``to_csv(path)``. A run that did not reach its end (cancelled
    through ``feedback``, or stopped by a refused session or a failing catalogue page after some products were
    read) returns what it read: ``incomplete`` is then True and ``interrupted`` says why; its CSV ends with a
    line saying so.

    :raises InvalidInputError: no place, an unknown indicator, or no product covers the place in the period.
    :raises AuthError: reading the files needs a Terrascope login (log in with :func:`login`), and nothing
        could be read.
    :raises NetworkError: the catalogue failed, or none of the products could be read.
    """
    from qgis.core import QgsCoordinateReferenceSystem

    from .core.timeseries import TimeSeriesRequest, run

    if isinstance(crs, str):
        crs = QgsCoordinateReferenceSystem(crs)
    request = TimeSeriesRequest(
        collection=collection,
        indicator=index,
        geometry=geometry,
        crs=crs if crs is not None else QgsCoordinateReferenceSystem("EPSG:4326"),
        start=start,
        end=end,
        max_cloud=max_cloud,
        mask_clouds=mask_clouds,
    )
    return run(request, feedback)


def download(
    products,
    assets=None,
    folder=None,
    clip=None,
    crs=None,
    overwrite: bool = False,
    feedback=None,
    load: bool = False,
) -> list:
    """Download ``assets`` (asset keys such as ``["B04", "B08"]``; None: every data file) of ``products`` (a
    ``Product`` or a list, as :func:`search` returns them) and return the paths of the files, as strings.

    Files go to ``<folder>/<collection>/<item id>/<file>``; ``folder`` defaults to the one in the plugin's
    settings (``Terrascope`` in your Downloads folder). Each file is written to ``<file>.part`` and renamed
    when complete and checked (checksum or size from the catalogue); an interrupted download resumes where it
    stopped. Files already there are not fetched again unless ``overwrite``. With ``clip`` (a
    ``QgsGeometry``, ``QgsRectangle``, WKT, GeoJSON or ``(west, south, east, north)`` in ``crs``, default
    WGS 84), GeoTIFF files are clipped while downloading: only the part covering the area is transferred,
    written as ``<file>_clip.tif``. Blocks until done; ``feedback`` (a ``QgsFeedback``) shows progress and
    cancels. With ``load``, the rasters are then added to the project, named, scaled and styled like
    streamed layers (a raster the plugin cannot style comes in as a plain layer).

    :raises InvalidInputError: no product, or none has the assets asked for.
    :raises AuthError: a file needs a Terrascope login (log in with :func:`login`), or the session was
        refused.
    :raises DownloadError: a file could not be downloaded or written (the message says which and why).
    """
    from .core.downloads import FAILED, Downloader, clip_area, downloaded_paths, plan_downloads
    from .core.i18n import tr

    if products is None or hasattr(products, "assets"):
        products = [] if products is None else [products]
    keys = [assets] if isinstance(assets, str) else assets
    plan = plan_downloads(products, keys, folder, clip_area(clip, crs))

    def progress(done: int, total) -> None:
        if feedback is not None and total:
            feedback.setProgress(100.0 * done / total)

    downloader = Downloader(
        progress=progress,
        is_cancelled=(feedback.isCanceled if feedback is not None else None),
        overwrite=overwrite,
    )
    results = downloader.run(plan)
    failed = [r for r in results if r.status == FAILED]
    if failed:
        error = failed[0].error
        kind = type(error) if isinstance(error, TerrascopeError) else DownloadError
        more = " " + tr("({n} more files failed.)").format(n=len(failed) - 1) if len(failed) > 1 else ""
        raise kind(failed[0].message + more)
    if load:
        from .core.layers import add_plain_rasters, load_plans, plans_for_downloads

        plans, plain = plans_for_downloads(results, products)
        if plans:
            load_plans(plans)
        add_plain_rasters(plain)
    return downloaded_paths(results)


def web_layers(service: str = "wmts") -> list:
    """The layers of Terrascope's WMTS (``service="wmts"``) or WMS (``"wms"``), from its capabilities.

    Each ``WebLayer`` has ``name`` (what :func:`add_wmts` takes), ``title``, ``abstract``, ``formats``,
    ``tile_matrix_sets``, ``dates`` (the TIME values with data, ``YYYY-MM-DD``), ``default_date`` and
    ``wgs84_bbox``.

    :raises NetworkError: the service could not be reached, failed, or sent no usable capabilities.
    """
    from .core.web_services import fetch_capabilities

    return list(fetch_capabilities(service).layers)


def add_wmts(layer, time=None, service: str = "wmts", follow: bool = True):
    """Add a Terrascope WMTS (or, with ``service="wms"``, WMS) layer to the project; returns the layer.

    ``layer`` is a name (``"CGS_S2_NDVI"``) or a layer from :func:`web_layers`. ``time``
    (``"2025-06-01"``, a date) is shown as the advertised date nearest to it; None: the service's default
    (the latest). With ``follow`` the TIME follows the QGIS Temporal Controller (the date with data that
    fits each frame); ``time`` is shown while the controller is off.

    :raises InvalidInputError: unknown layer (the message lists the closest names) or a bad date.
    :raises NetworkError: the service could not be reached or QGIS could not open the layer.
    """
    from qgis.utils import iface

    from .core.web_services import add_web_layer, fetch_capabilities

    caps = fetch_capabilities(service if isinstance(layer, str) else layer.service)
    canvas = iface.mapCanvas() if iface is not None else None
    return add_web_layer(caps, layer, time, follow=follow, canvas=canvas)
