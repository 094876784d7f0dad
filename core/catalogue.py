"""Searching the Terrascope STAC catalogue through pystac-client, with QGIS's network stack underneath.

- :class:`SearchRequest` is what the user asked for (collections, area, dates, cloud cover, property filters);
  :meth:`SearchRequest.validate` says in one sentence what is wrong with it.
- :class:`Catalogue` lists collections and their filterable properties and starts searches. Its
  ``StacApiIO`` carries a ``requests`` session whose transport is QGIS (:mod:`.qgis_transport`), so the QGIS
  proxy, SSL settings and the scoped Terrascope token apply.
- :class:`Search` follows the API's paging lazily: each :meth:`Search.next_page` is one request, in a task.

Every call here blocks on the network: call it from a ``QgsTask``, an algorithm or the Python console.
Failures are the plugin's typed errors with a message a user can act on.
"""

import json
import math
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any, Optional, Union

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeedback,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)

from . import LOG_TAG, network
from .endpoints import Endpoints, current_endpoints
from .errors import CatalogueError, InvalidInputError, NetworkError, TerrascopeError
from .i18n import tr, tr_noop
from .products import (
    CLOUD_COVER,
    Collection,
    Product,
    collection_from_stac,
    product_from_stac,
    sorted_collections,
)
from .qgis_transport import QgisTransportAdapter, qgis_session
from .stac_libs import APIError, ItemSearch, Link, StacApiIO

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Qgis.GeometryType from QGIS 3.30; QgsWkbTypes.GeometryType before
POLYGON_GEOMETRY = Qgis.GeometryType.Polygon if hasattr(Qgis, "GeometryType") else QgsWkbTypes.PolygonGeometry
POINT_GEOMETRY = Qgis.GeometryType.Point if hasattr(Qgis, "GeometryType") else QgsWkbTypes.PointGeometry
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
MAX_AREA_KM2 = 20_000_000.0  # about twice Europe: larger areas are almost always a mistake (a world extent)
MAX_AREA_VERTICES = 500  # drawn or selected shapes are simplified beyond this, to keep the request small

# properties offered as extra filters when the collection summarises them with several values
_FILTER_TITLES = {
    "grid:code": tr_noop("Tile"),
    "mgrs:utm_zone": tr_noop("UTM zone"),
    "sat:orbit_state": tr_noop("Orbit direction"),
    "sat:relative_orbit": tr_noop("Relative orbit"),
    "platform": tr_noop("Platform"),
    "product:type": tr_noop("Product type"),
    "sar:instrument_mode": tr_noop("Instrument mode"),
    "processing:version": tr_noop("Processing version"),
}
_NOT_FILTERS = {"id", "datetime", "geometry", "start_datetime", "end_datetime", CLOUD_COVER, "collection"}

DateLike = Union[date, datetime, str, None]


# ---------------------------------------------------------------------------------------------- area


def area_in_wgs84(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """``geometry`` (in ``crs``) reprojected to WGS 84, with the project's transformation context."""
    result = QgsGeometry(geometry)
    if crs.isValid() and crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext())
        try:
            failed = result.transform(transform) != 0  # 0: Qgis.GeometryOperationResult.Success
        except QgsCsException:
            failed = True
        if failed:
            raise InvalidInputError(
                tr("The search area cannot be converted from {crs} to WGS 84. Check its CRS.").format(
                    crs=crs.authid() or crs.description()
                )
            )
    return result


def rectangle_in_wgs84(rectangle: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """An extent (in ``crs``) as a WGS 84 polygon, densified so that a projected edge stays accurate."""
    geometry = QgsGeometry.fromRect(rectangle)
    if crs.isValid() and crs != WGS84:
        geometry = geometry.densifyByCount(20)
    return area_in_wgs84(geometry, crs)


def area_km2(geometry_wgs84: QgsGeometry) -> float:
    """Area of a WGS 84 geometry in km², on the authalic sphere (within 0.5 % of the ellipsoid).

    Edges are densified to 0.25° first, so huge areas (a world extent) come out right too, where the
    ellipsoidal measure of ``QgsDistanceArea`` fails.
    """
    if geometry_wgs84 is None or geometry_wgs84.isEmpty() or geometry_wgs84.type() != POLYGON_GEOMETRY:
        return 0.0
    geometry = geometry_wgs84.densifyByDistance(0.25)
    geometry.convertToMultiType()  # noqa: QGS201 - a polygon always converts
    total = 0.0
    for polygon in geometry.asMultiPolygon():
        for index, ring in enumerate(polygon):
            area = abs(_ring_area_m2(ring))
            total += area if index == 0 else -area
    return abs(total) / 1e6


_EARTH_RADIUS_M = 6371007.2  # authalic radius of WGS 84


def _ring_area_m2(ring) -> float:
    """Signed spherical area of a lon/lat ring (Chamberlain & Duquette, 2007)."""
    total = 0.0
    for a, b in zip(ring, ring[1:]):
        total += math.radians(b.x() - a.x()) * (
            2
            + math.sin(math.radians(max(-90.0, min(90.0, a.y()))))
            + math.sin(math.radians(max(-90.0, min(90.0, b.y()))))
        )
    return total * _EARTH_RADIUS_M * _EARTH_RADIUS_M / 2.0


def layer_area(layer, selected_only: bool = False) -> QgsGeometry:
    """The area of a layer in WGS 84: its extent, or the union of its selected features (vector layers).

    :raises InvalidInputError: no layer, or ``selected_only`` and nothing is selected.
    """
    if layer is None or not layer.isValid():
        raise InvalidInputError(tr("Choose a valid layer for the search area."))
    if selected_only:
        features = list(layer.getSelectedFeatures()) if hasattr(layer, "getSelectedFeatures") else []
        geometries = [f.geometry() for f in features if f.hasGeometry()]
        if not geometries:
            raise InvalidInputError(
                tr(
                    'No feature of the layer "{name}" is selected. Select some, or use the layer\'s extent.'
                ).format(name=layer.name())
            )
        union = QgsGeometry.unaryUnion(geometries)  # points and lines are searched as they are
        return area_in_wgs84(union, layer.crs())
    return rectangle_in_wgs84(layer.extent(), layer.crs())


def area_from(
    bbox=None,
    geometry=None,
    layer=None,
    crs: Optional[QgsCoordinateReferenceSystem] = None,
    selected_only: bool = False,
) -> Optional[QgsGeometry]:
    """One search area in WGS 84 from whichever was given (None when none was).

    ``bbox`` is ``(west, south, east, north)`` or a ``QgsRectangle``; ``geometry`` a ``QgsGeometry``, WKT or a
    GeoJSON geometry dict; both in ``crs`` (default WGS 84). ``layer`` is a map layer (its extent, or its
    selected features with ``selected_only``).

    :raises InvalidInputError: more than one was given, or one cannot be read.
    """
    given = [x for x in (bbox, geometry, layer) if x is not None]
    if len(given) > 1:
        raise InvalidInputError(tr("Give only one search area: bbox, geometry or layer."))
    source_crs = crs if crs is not None and crs.isValid() else WGS84
    if bbox is not None:
        if isinstance(bbox, QgsRectangle):
            rectangle = bbox
        else:
            try:
                west, south, east, north = (float(v) for v in bbox)
            except (TypeError, ValueError):
                raise InvalidInputError(tr("bbox must be four numbers: west, south, east, north.")) from None
            if west > east or south > north:
                raise InvalidInputError(
                    tr("bbox must be west, south, east, north, with west ≤ east and south ≤ north.")
                )
            rectangle = QgsRectangle(west, south, east, north)
        return rectangle_in_wgs84(rectangle, source_crs)
    if geometry is not None:
        if isinstance(geometry, QgsGeometry):
            parsed = geometry
        elif isinstance(geometry, dict):
            from .products import geometry_from_geojson

            parsed = geometry_from_geojson(geometry)
        else:
            parsed = QgsGeometry.fromWkt(str(geometry))
        if parsed.isNull():
            raise InvalidInputError(
                tr("The search geometry cannot be read (give a QgsGeometry, WKT or GeoJSON).")
            )
        return area_in_wgs84(parsed, source_crs)
    if layer is not None:
        if isinstance(layer, str):
            project = QgsProject.instance()
            found = project.mapLayer(layer) or next(iter(project.mapLayersByName(layer)), None)
            if found is None:
                raise InvalidInputError(tr('There is no layer "{name}" in the project.').format(name=layer))
            layer = found
        return layer_area(layer, selected_only)
    return None


# friendly names accepted by api.search(**filters) and the Processing algorithm
FILTER_ALIASES = {
    "tile": "grid:code",
    "orbit_direction": "sat:orbit_state",
    "relative_orbit": "sat:relative_orbit",
    "platform": "platform",
    "product_type": "product:type",
}


def normalise_filters(filters: dict) -> dict:
    """Friendly names to STAC properties; an MGRS tile ``31UES`` becomes the ``grid:code`` ``MGRS-31UES``."""
    result = {}
    for name, value in filters.items():
        prop = FILTER_ALIASES.get(name, name)
        if prop == "grid:code":
            values = value if isinstance(value, (list, tuple, set)) else [value]
            value = [v if str(v).upper().startswith(("MGRS-", "WRS")) else f"MGRS-{v}" for v in values]
        result[prop] = value
    return result


# ---------------------------------------------------------------------------------------------- request


@dataclass(frozen=True)
class SearchRequest:
    """What to search. ``area`` is in WGS 84 (see :func:`area_in_wgs84`); dates are inclusive days (UTC)."""

    collections: tuple[str, ...]
    area: Optional[QgsGeometry] = field(default=None, compare=False)
    start: DateLike = None
    end: DateLike = None
    max_cloud: Optional[float] = None  # percent; ignored by collections without cloud cover
    filters: dict = field(default_factory=dict)  # property -> value, or a list of accepted values
    sortby: Optional[str] = "-datetime"
    page_size: int = DEFAULT_PAGE_SIZE

    def validate(self) -> None:
        """:raises InvalidInputError: with one sentence that says what to change."""
        if not self.collections:
            raise InvalidInputError(tr("Choose at least one collection to search."))
        start, end = _start_of(self.start), _end_of(self.end)
        if start is not None and end is not None and end < start:
            raise InvalidInputError(
                tr(
                    "The end date ({end}) is before the start date ({start}). Swap them or change one."
                ).format(start=start.date().isoformat(), end=end.date().isoformat())
            )
        if self.max_cloud is not None and not 0 <= self.max_cloud <= 100:
            raise InvalidInputError(tr("The maximum cloud cover must be between 0 and 100 %."))
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise InvalidInputError(tr("The page size must be between 1 and {n}.").format(n=MAX_PAGE_SIZE))
        if self.area is not None:
            is_polygon = self.area.type() == POLYGON_GEOMETRY
            if self.area.isEmpty() or (is_polygon and self.area.area() <= 0):
                raise InvalidInputError(
                    tr("The search area is empty. Draw an area, or choose a layer with features.")
                )
            box = self.area.boundingBox()
            if box.yMinimum() < -90.0001 or box.yMaximum() > 90.0001:
                raise InvalidInputError(
                    tr("The search area lies outside the Earth (latitude beyond ±90°). Check its CRS.")
                )
            km2 = area_km2(self.area)
            if km2 > MAX_AREA_KM2:
                raise InvalidInputError(
                    tr(
                        "The search area is too large ({area:,.0f} km², at most {limit:,.0f} km²). "
                        "Zoom in or draw a smaller area."
                    ).format(area=km2, limit=MAX_AREA_KM2)
                )

    def stac_parameters(self) -> dict:
        """Keyword arguments for ``pystac_client.ItemSearch``."""
        params: dict[str, Any] = {"collections": list(self.collections), "limit": self.page_size}
        if self.area is not None and not self.area.isEmpty():
            if _is_rectangle(self.area):
                box = self.area.boundingBox()
                params["bbox"] = [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]
            else:
                area = self.area
                if _vertex_count(area) > MAX_AREA_VERTICES:
                    box = area.boundingBox()
                    area = area.simplify(max(box.width(), box.height()) / 500.0)
                params["intersects"] = json.loads(area.asJson(6))
        start, end = _start_of(self.start), _end_of(self.end)
        if start is not None or end is not None:
            params["datetime"] = f"{_rfc3339(start) if start else '..'}/{_rfc3339(end) if end else '..'}"
        clauses = []
        if self.max_cloud is not None:
            clauses.append({"op": "<=", "args": [{"property": CLOUD_COVER}, float(self.max_cloud)]})
        for name, value in sorted(self.filters.items()):
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, (list, tuple, set)):
                values = list(value)
                if len(values) == 1:
                    clauses.append({"op": "=", "args": [{"property": name}, values[0]]})
                else:
                    clauses.append({"op": "in", "args": [{"property": name}, values]})
            else:
                clauses.append({"op": "=", "args": [{"property": name}, value]})
        if clauses:
            params["filter"] = clauses[0] if len(clauses) == 1 else {"op": "and", "args": clauses}
            params["filter_lang"] = "cql2-json"
        if self.sortby:
            params["sortby"] = self.sortby
        return params


def _is_rectangle(geometry: QgsGeometry) -> bool:
    """An axis-aligned rectangle with an area (a point or a line is sent as itself, never as a flat bbox)."""
    box = geometry.boundingBox()
    return (
        geometry.type() == POLYGON_GEOMETRY
        and box.width() > 0
        and box.height() > 0
        and not geometry.isMultipart()
        and _vertex_count(geometry) <= 5
        and abs(geometry.area() - box.width() * box.height()) <= 1e-9 * max(1.0, box.area())
    )


def _vertex_count(geometry: QgsGeometry) -> int:
    return geometry.constGet().nCoordinates() if geometry.constGet() is not None else 0


def _as_datetime(value: DateLike, end: bool) -> Optional[datetime]:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        from .products import parse_datetime

        text = value.strip()
        if len(text) == 10:  # a day
            value = date.fromisoformat(text)
        else:
            parsed = parse_datetime(text)
            if parsed is None:
                raise InvalidInputError(tr("{value!r} is not a date (use YYYY-MM-DD).").format(value=value))
            return parsed
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time.max if end else time.min, tzinfo=timezone.utc)
    raise InvalidInputError(tr("{value!r} is not a date (use YYYY-MM-DD).").format(value=value))


def _start_of(value: DateLike) -> Optional[datetime]:
    return _as_datetime(value, end=False)


def _end_of(value: DateLike) -> Optional[datetime]:
    return _as_datetime(value, end=True)


def _rfc3339(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# ---------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Page:
    """One page of results: its products, the total the API announced, and whether more pages follow."""

    products: list
    matched: Optional[int]
    has_more: bool
    number: int  # 1 for the first page


@dataclass(frozen=True)
class Queryable:
    """A property the collection can be filtered on, with its choices when the catalogue lists them."""

    name: str
    title: str
    type: str = "string"  # JSON schema type: string, integer, number
    values: tuple = ()


class PagedSearch:
    """What every search offers on top of :meth:`next_page` (STAC, OpenSearch, several chained)."""

    matched: Optional[int] = None
    exhausted: bool = False

    def _start_paging(self) -> None:
        """The paging state of a search that has not asked for anything yet."""
        self._started = False
        self._lock = threading.Lock()
        self.matched = None
        self.fetched = 0
        self.pages = 0
        self.exhausted = False

    @property
    def has_more(self) -> bool:
        return not self.exhausted

    def next_page(self, feedback: Optional[QgsFeedback] = None) -> "Page":
        raise NotImplementedError

    def all(self, limit: Optional[int] = None, feedback: Optional[QgsFeedback] = None) -> list:
        """Every product (or the first ``limit``), page after page; stops when ``feedback`` is cancelled."""
        products: list = []
        while self.has_more and (limit is None or len(products) < limit):
            if feedback is not None and feedback.isCanceled():
                break
            page = self.next_page(feedback)
            products.extend(page.products)
            if feedback is not None and self.matched:
                target = min(self.matched, limit) if limit else self.matched
                feedback.setProgress(min(100.0, 100.0 * len(products) / max(1, target)))
        return products[:limit] if limit is not None else products


class Search(PagedSearch):
    """A search that fetches its pages one request at a time (:meth:`next_page`)."""

    def __init__(self, catalogue: "Catalogue", request: SearchRequest) -> None:
        request.validate()
        self.request = request
        self._catalogue = catalogue
        self._item_search = ItemSearch(
            catalogue.search_url,
            method="POST",
            stac_io=catalogue.stac_io,
            **request.stac_parameters(),
        )
        self._parameters = self._item_search.get_parameters()
        self._next_link: Optional[dict] = None
        self._start_paging()

    def next_page(self, feedback: Optional[QgsFeedback] = None) -> Page:
        """Fetch the next page (blocking). After the last page, returns an empty page with ``has_more`` False.

        :raises NetworkError, AuthError, CatalogueError: with a message a user can act on.
        """
        with self._lock:
            if self.exhausted:
                return Page([], self.matched, False, self.pages)
            stac_io = self._catalogue.stac_io
            with self._catalogue.using_feedback(feedback):
                if not self._started:
                    page = _read_json(stac_io, self._item_search.url, "POST", self._parameters)
                else:
                    page = _read_json(stac_io, Link.from_dict(self._next_link), None, self._parameters)
            self._started = True
            try:
                features = page.get("features") or []
                products = [product_from_stac(f) for f in features]
                matched = page.get("numberMatched")
                if matched is None:
                    matched = (page.get("context") or {}).get("matched")
                next_link = next((lk for lk in page.get("links") or () if lk.get("rel") == "next"), None)
            except (AttributeError, TypeError, KeyError, ValueError, IndexError) as exc:
                raise CatalogueError(
                    tr(
                        "The Terrascope STAC catalogue sent search results the plugin cannot read ({error}). "
                        "Try again later."
                    ).format(error=type(exc).__name__),
                    url=network.display_url(self._item_search.url),
                ) from exc
            if matched is not None:
                self.matched = int(matched)
            self.pages += 1
            self.fetched += len(products)
            self._next_link = next_link
            self.exhausted = next_link is None or not products
            if self.matched is not None and self.fetched >= self.matched:
                self.exhausted = True
            return Page(products, self.matched, not self.exhausted, self.pages)


class ChainedSearch(PagedSearch):
    """Several searches shown as one: the pages of the first, then of the next (same interface as Search)."""

    def __init__(self, request: SearchRequest, searches: list) -> None:
        self.request = request
        self._searches = searches
        self._lock = threading.Lock()
        self.fetched = 0
        self.pages = 0

    @property
    def matched(self) -> Optional[int]:
        totals = [s.matched for s in self._searches]
        return None if any(t is None for t in totals) else sum(totals)

    @property
    def exhausted(self) -> bool:
        return all(s.exhausted for s in self._searches)

    @property
    def has_more(self) -> bool:
        return not self.exhausted

    def next_page(self, feedback: Optional[QgsFeedback] = None) -> Page:
        with self._lock:
            current = next((s for s in self._searches if not s.exhausted), None)
            if current is None:
                return Page([], self.matched, False, self.pages)
            page = current.next_page(feedback)
            self.pages += 1
            self.fetched += len(page.products)
            return Page(page.products, self.matched, self.has_more, self.pages)


class Catalogue:
    """The Terrascope STAC API (``endpoints.stac``) seen through pystac-client."""

    def __init__(self, endpoints: Optional[Endpoints] = None, timeout_s: Optional[float] = None) -> None:
        self.endpoints = endpoints or current_endpoints()
        self.url = self.endpoints.stac.rstrip("/")
        self.search_url = self.url + "/search"
        self.stac_io = StacApiIO(max_retries=None, timeout=timeout_s)
        self.stac_io.session = qgis_session()
        self.stac_io.session.headers.update({"Accept": "application/json, application/geo+json"})
        self._adapter: QgisTransportAdapter = self.stac_io.session.get_adapter(self.url + "/")
        self._feedback_lock = threading.Lock()
        self._opensearch = None

    def using_feedback(self, feedback: Optional[QgsFeedback]):
        """Context manager: requests made inside it are aborted when ``feedback`` is cancelled."""
        catalogue = self

        class _Using:
            def __enter__(self_inner):
                catalogue._feedback_lock.acquire()
                catalogue._adapter.feedback = feedback

            def __exit__(self_inner, *exc):
                catalogue._adapter.feedback = None
                catalogue._feedback_lock.release()
                return False

        return _Using()

    def collections(self, feedback: Optional[QgsFeedback] = None, opensearch: bool = True) -> list:
        """Every collection, grouped by mission then sorted by title (follows the API's paging).

        With ``opensearch``, the collections that only the OpenSearch catalogue has are added (their ids are
        ``urn:eop:…``); when that catalogue cannot be reached the STAC collections are still returned.
        """
        result = []
        with self.using_feedback(feedback):
            try:
                for page in self.stac_io.get_pages(self.url + "/collections"):
                    result.extend(collection_from_stac(c) for c in page.get("collections") or ())
            except Exception as exc:  # noqa: BLE001 - turned into the plugin's typed errors
                raise _translate(exc, self.url + "/collections") from None
        if opensearch:
            result.extend(self._opensearch_only(result, feedback))
        return sorted_collections(result)

    def _opensearch_only(self, stac_collections: list, feedback: Optional[QgsFeedback]) -> list:
        from .opensearch import comparable_name

        try:
            candidates = self.opensearch.collections(feedback)
        except TerrascopeError as exc:
            QgsMessageLog.logMessage(
                tr("The OpenSearch catalogue's collections are not listed: {error}").format(error=exc),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
            return []
        known = {comparable_name(c.id) for c in stac_collections}
        known |= {comparable_name(c.title) for c in stac_collections if c.title}
        return [
            c
            for c in candidates
            if comparable_name(c.id) not in known and comparable_name(c.title) not in known
        ]

    @property
    def opensearch(self):
        from .opensearch import OpenSearchCatalogue

        if self._opensearch is None:
            self._opensearch = OpenSearchCatalogue(self.endpoints, self.stac_io.timeout)
        return self._opensearch

    def collection(self, collection_id: str, feedback: Optional[QgsFeedback] = None) -> Collection:
        from .opensearch import is_opensearch_id

        if is_opensearch_id(collection_id):
            for candidate in self.opensearch.collections(feedback):
                if candidate.id == collection_id:
                    return candidate
            raise CatalogueError(
                tr("The OpenSearch catalogue has no collection {id}.").format(id=collection_id)
            )
        url = f"{self.url}/collections/{collection_id}"
        data = self._get(url, feedback)
        return collection_from_stac(data)

    def queryables(self, collection: Union[str, Collection], feedback: Optional[QgsFeedback] = None) -> list:
        """The extra filters of a collection: its ``/queryables`` and the values its summaries list.

        A property is offered when the API declares it queryable or the collection summarises it with
        more than one value (tiles, orbit directions, platforms…).
        """
        from .opensearch import is_opensearch_id

        if is_opensearch_id(collection if isinstance(collection, str) else collection.id):
            return []  # the OpenSearch description documents no value lists
        if isinstance(collection, str):
            collection = self.collection(collection, feedback)
        declared: dict = {}
        try:
            schema = self._get(f"{self.url}/collections/{collection.id}/queryables", feedback)
            declared = schema.get("properties") or {}
        except NetworkError as exc:
            if exc.status not in (404, 405, 501):  # no queryables endpoint: the summaries still help
                raise
        result = []
        names = [n for n in declared if n not in _NOT_FILTERS]
        names += [n for n in _FILTER_TITLES if n not in names]
        for name in names:
            spec = declared.get(name) or {}
            values = spec.get("enum") or collection.summaries.get(name)
            values = tuple(values) if isinstance(values, list) else ()
            if name not in declared and len(values) < 2:
                continue
            kind = spec.get("type") or (
                "integer" if values and all(isinstance(v, int) for v in values) else "string"
            )
            title = spec.get("title") or tr(_FILTER_TITLES.get(name, name))  # texts marked tr_noop
            result.append(Queryable(name=name, title=title, type=str(kind), values=tuple(sorted(values))))
        return result

    def search(self, request: SearchRequest) -> Search:
        """A lazy search; nothing is requested until :meth:`Search.next_page`.

        Collections of the OpenSearch catalogue (``urn:eop:…`` ids) are searched there, one at a time; a
        request that mixes them with STAC collections gets the STAC results first, then the others.

        :raises InvalidInputError: the request cannot be searched (see :meth:`SearchRequest.validate`).
        """
        from dataclasses import replace

        from .opensearch import is_opensearch_id

        legacy = tuple(c for c in request.collections if is_opensearch_id(c))
        if not legacy:
            return Search(self, request)
        request.validate()
        stac = tuple(c for c in request.collections if c not in legacy)
        searches = [Search(self, replace(request, collections=stac))] if stac else []
        searches += [self.opensearch.search(replace(request, collections=(c,))) for c in legacy]
        return searches[0] if len(searches) == 1 else ChainedSearch(request, searches)

    def _get(self, url: str, feedback: Optional[QgsFeedback]) -> dict:
        with self.using_feedback(feedback):
            return _read_json(self.stac_io, url, "GET", None)


def _read_json(stac_io: StacApiIO, source, method: Optional[str], parameters: Optional[dict]) -> dict:
    url = source.href if isinstance(source, Link) else str(source)
    try:
        if isinstance(source, Link):
            data = stac_io.read_json(source, parameters=parameters)
        else:
            data = stac_io.read_json(source, method=method, parameters=parameters)
    except Exception as exc:  # noqa: BLE001 - turned into the plugin's typed errors
        raise _translate(exc, url) from None
    if not isinstance(data, dict):
        raise CatalogueError(
            tr("The Terrascope STAC catalogue sent an answer the plugin cannot read. Try again later."),
            url=network.display_url(url),
        )
    return data


def _translate(exc: BaseException, url: str) -> TerrascopeError:
    """The plugin's typed error for whatever pystac-client raised."""
    cause = exc.__context__ or exc.__cause__
    if isinstance(exc, TerrascopeError):
        return exc
    if isinstance(cause, TerrascopeError):
        return cause
    if isinstance(exc, APIError):
        status = getattr(exc, "status_code", None)
        if status is not None:
            body = str(exc).encode("utf-8")
            return network.http_error(network.Response(url=url, status=int(status), content=body))
        return NetworkError(
            tr("The Terrascope STAC catalogue could not be reached ({reason}). Try again later.").format(
                reason=str(exc)[:200] or type(exc).__name__
            ),
            url=network.display_url(url),
        )
    if isinstance(exc, ValueError):  # json.JSONDecodeError: an HTML page, a truncated answer
        return CatalogueError(
            tr(
                "The Terrascope STAC catalogue sent an answer that is not valid JSON (an error page or an "
                "interrupted transfer). Try again later; if it persists, check the proxy in QGIS "
                "(Settings > Options > Network)."
            ),
            url=network.display_url(url),
        )
    return CatalogueError(
        tr("Searching the Terrascope STAC catalogue failed ({error}). Try again later.").format(
            error=type(exc).__name__
        ),
        url=network.display_url(url),
    )


__all__ = [
    "Catalogue",
    "Collection",
    "Page",
    "Product",
    "Queryable",
    "Search",
    "SearchRequest",
    "area_in_wgs84",
    "area_km2",
    "rectangle_in_wgs84",
]
