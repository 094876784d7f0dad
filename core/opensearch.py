"""Terrascope's OpenSearch catalogue (``endpoints.catalogue``), for collections the STAC API does not have.

VITO's OpenSearch service (OGC 17-047r1 GeoJSON, the one ``terracatalogueclient`` uses) lists more
collections than the STAC API, legacy archives among them. :class:`OpenSearchCatalogue` lists its collections
and searches one of them with the same :class:`~.catalogue.SearchRequest` and the same page interface as the
STAC search, so the search form, the result list, the console and Processing do not care where a collection
lives.

What it relies on (see ``sandbox/REAL_SERVICE_NOTES.md``): ``GET {cat}/collections``, ``GET {cat}/products``
with ``collection``, ``start``/``end``, ``bbox`` or ``geometry`` (WKT), ``cloudCover`` (``"20]"``: at most
20), ``productType``, ``tileId``, ``orbitDirection``, ``relativeOrbitNumber``, ``sortKeys``, ``count``,
1-based ``startIndex``; the reply's ``totalResults`` and ``properties.links.next``; products with
``properties.acquisitionInformation[].acquisitionParameters`` and ``properties.links`` ``data``/``related``/
``previews``/``alternates``. Paging stops at 10 000 results on the real service: the request must be narrowed.
"""

import re
from typing import Any, Optional

from qgis.core import QgsFeedback

from . import network
from .catalogue import Page, PagedSearch
from .endpoints import Endpoints, current_endpoints
from .errors import CatalogueError, InvalidInputError, NetworkError
from .i18n import tr
from .products import (
    CLOUD_COVER,
    Asset,
    Collection,
    Product,
    bbox_geometry,
    geometry_from_geojson,
    mission_of,
    parse_datetime,
)

OPENSEARCH_PREFIXES = ("urn:eop:", "urn:ogc:def:eop:")  # collection ids of the OpenSearch catalogue
MAX_DEPTH = 10000  # the real service does not page beyond this many results
GEOJSON = "application/geo+json, application/json"

# our filter names (STAC properties, see catalogue.FILTER_ALIASES) -> OpenSearch parameters
_PARAMETERS = {
    "grid:code": "tileId",
    "s2:mgrs_tile": "tileId",
    "tile_id": "tileId",
    "tileId": "tileId",
    "sat:orbit_state": "orbitDirection",
    "sat:relative_orbit": "relativeOrbitNumber",
    "product_type": "productType",
    "productType": "productType",
}
_SORT_KEYS = {
    "-datetime": "start,,0",
    "datetime": "start",
    "eo:cloud_cover": "cloudCover",
    "-eo:cloud_cover": "cloudCover,,0",
}
_RESOLUTION = re.compile(r"_\d+(?:\.\d+)?K?M$", re.IGNORECASE)


def is_opensearch_id(collection_id: str) -> bool:
    """Whether an id names an OpenSearch collection (``urn:eop:VITO:…``) rather than a STAC one."""
    return collection_id.lower().startswith(OPENSEARCH_PREFIXES)


def comparable_name(text: str) -> str:
    """A collection id or title reduced for matching an OpenSearch collection with a STAC one:
    ``urn:eop:VITO:TERRASCOPE_S2_TOC_V2`` and ``terrascope-s2-toc-v2`` both give ``terrascopes2tocv2``."""
    lowered = text.lower()
    for prefix in ("urn:eop:vito:", "urn:ogc:def:eop:vito:"):
        if lowered.startswith(prefix):
            lowered = lowered[len(prefix) :]
    return re.sub(r"[^a-z0-9]", "", lowered)


def collection_from_opensearch(feature: dict) -> Collection:
    props = feature.get("properties") or {}
    ident = str(feature.get("id") or props.get("identifier") or "")
    keywords = tuple(str(k) for k in props.get("keyword") or ())
    platforms = []
    for info in props.get("acquisitionInformation") or ():
        name = ((info or {}).get("platform") or {}).get("platformShortName")
        if name:
            platforms.append(str(name))
    begin, _, end = str(props.get("date") or "").partition("/")
    mission = mission_of(
        {
            "id": ident,
            "title": props.get("title", ""),
            "keywords": list(keywords),
            "summaries": {"platform": platforms},
        }
    )
    optical = mission in ("Sentinel-2", "Sentinel-3", "PROBA-V", "Landsat") and "ndvi" not in ident.lower()
    return Collection(
        id=ident,
        title=str(props.get("title") or ident),
        description=str(props.get("abstract") or ""),
        mission=mission,
        keywords=keywords,
        start=parse_datetime(begin),
        end=parse_datetime(end),
        has_cloud_cover=optical,
        summaries={},
        raw={**feature, "terrascope:source": "opensearch"},
    )


def _asset_key(title: str) -> str:
    """``TOC-B04_10M`` -> ``B04``; ``NDVI_10M`` -> ``NDVI``; other titles are kept."""
    key = _RESOLUTION.sub("", title)
    if "-" in key:
        key = key.split("-", 1)[1] or key
    return key or title


def product_from_opensearch(feature: dict, collection_id: str) -> Product:
    props = feature.get("properties") or {}
    ident = str(props.get("title") or feature.get("id") or "")
    acquisition: dict = {}
    platform = ""
    for info in props.get("acquisitionInformation") or ():
        acquisition.update((info or {}).get("acquisitionParameters") or {})
        platform = platform or str(((info or {}).get("platform") or {}).get("platformSerialIdentifier") or "")
    when = parse_datetime(acquisition.get("beginningDateTime")) or parse_datetime(props.get("date"))
    info = props.get("productInformation") or {}
    cloud = info.get("cloudCover")
    bbox = feature.get("bbox")
    bbox_t = tuple(float(v) for v in bbox[:4]) if isinstance(bbox, list) and len(bbox) >= 4 else None
    footprint = geometry_from_geojson(feature.get("geometry"))
    if footprint.isEmpty() and bbox_t is not None:
        footprint = bbox_geometry(bbox_t)
    assets: dict = {}
    links = props.get("links") or {}
    roles_of = {
        "data": ("data",),
        "related": ("data-mask",),
        "previews": ("thumbnail",),
        "alternates": ("metadata",),
    }
    for group, roles in roles_of.items():
        for link in links.get(group) or ():
            href = str((link or {}).get("href") or "")
            if not href.startswith(("http://", "https://")):
                continue  # file:///data/MTDA/… hrefs only work inside VITO's cluster
            title = str(link.get("title") or href.rsplit("/", 1)[-1])
            key = _asset_key(title) if group in ("data", "related") else title
            while key in assets:
                key += "_"
            raw = {"href": href, "type": link.get("type") or "", "title": title, "roles": list(roles)}
            if link.get("length") is not None:
                raw["file:size"] = link["length"]
            if group in ("data", "related"):
                raw["auth:refs"] = ["oidc"]  # downloading Terrascope data files needs the login
            assets[key] = Asset(
                key=key,
                href=href,
                type=str(raw["type"]),
                title=title,
                roles=roles,
                needs_login=group in ("data", "related"),
                raw=raw,
            )
    properties = dict(props)
    if cloud is not None:
        properties[CLOUD_COVER] = cloud
    tile = str(acquisition.get("tileId") or props.get("tileId") or "")
    if not tile and acquisition.get("relativeOrbitNumber") is not None:
        tile = tr("orbit {orbit}").format(orbit=acquisition["relativeOrbitNumber"])
    return Product(
        id=ident,
        collection=collection_id,
        datetime=when,
        cloud_cover=float(cloud) if isinstance(cloud, (int, float)) else None,
        footprint=footprint,
        bbox=bbox_t,
        title=ident,
        tile=tile,
        platform=platform,
        properties=properties,
        assets=assets,
        self_href=str(feature.get("id") or ""),
    )


def _date_text(value) -> Optional[str]:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else None


class OpenSearchSearch(PagedSearch):
    """A search of one OpenSearch collection, one page per :meth:`next_page` (same interface as STAC's)."""

    def __init__(self, catalogue: "OpenSearchCatalogue", request) -> None:
        request.validate()
        if len(request.collections) != 1:
            raise InvalidInputError(tr("Search one OpenSearch collection at a time."))
        self.request = request
        self._catalogue = catalogue
        self._next: Optional[str] = None
        self._params = self._parameters(request)
        self._start_paging()

    @staticmethod
    def _parameters(request) -> dict:
        from .catalogue import _end_of, _is_rectangle, _start_of

        params: dict[str, Any] = {
            "collection": request.collections[0],
            "count": min(request.page_size, 500),
            "startIndex": 1,
        }
        if request.area is not None and not request.area.isEmpty():
            box = request.area.boundingBox()
            if _is_rectangle(request.area):
                params["bbox"] = (
                    f"{box.xMinimum():.6f},{box.yMinimum():.6f},{box.xMaximum():.6f},{box.yMaximum():.6f}"
                )
            else:
                params["geometry"] = request.area.asWkt(6)
        start, end = _date_text(_start_of(request.start)), _date_text(_end_of(request.end))
        if start:
            params["start"] = start
        if end:
            params["end"] = end
        if request.max_cloud is not None:
            params["cloudCover"] = f"{float(request.max_cloud):g}]"
        for name, value in sorted(request.filters.items()):
            if value in (None, "", []):
                continue
            parameter = _PARAMETERS.get(name)
            if parameter is None:
                raise InvalidInputError(
                    tr("The OpenSearch catalogue cannot filter on “{name}”. Remove that filter.").format(
                        name=name
                    )
                )
            values = list(value) if isinstance(value, (list, tuple, set)) else [value]
            if len(values) != 1:
                raise InvalidInputError(
                    tr("The OpenSearch catalogue filters “{name}” on one value at a time.").format(name=name)
                )
            text = str(values[0])
            params[parameter] = text.upper() if parameter == "orbitDirection" else text
        if request.sortby in _SORT_KEYS:
            params["sortKeys"] = _SORT_KEYS[request.sortby]
        return params

    def next_page(self, feedback: Optional[QgsFeedback] = None):
        with self._lock:
            if self.exhausted:
                return Page([], self.matched, False, self.pages)
            if self._started and self.fetched >= MAX_DEPTH:
                self.exhausted = True
                raise CatalogueError(
                    tr(
                        "The OpenSearch catalogue returns at most {n:,} results per search. "
                        "Narrow the area, the dates or the cloud cover to see the rest."
                    ).format(n=MAX_DEPTH)
                )
            url = self._next or self._catalogue.products_url
            params = None if self._next else self._params
            data = self._catalogue.get(url, params, feedback)
            self._started = True
            try:
                features = data.get("features") or []
                products = [product_from_opensearch(f, self.request.collections[0]) for f in features]
                total = data.get("totalResults")
                next_links = ((data.get("properties") or {}).get("links") or {}).get("next") or []
                self._next = next_links[0].get("href") if next_links else None
            except (AttributeError, TypeError, KeyError, ValueError, IndexError) as exc:
                raise CatalogueError(
                    tr(
                        "The Terrascope OpenSearch catalogue sent results the plugin cannot read ({error}). "
                        "Try again later."
                    ).format(error=type(exc).__name__),
                    url=network.display_url(url),
                ) from exc
            if isinstance(total, int):
                self.matched = total
            self.pages += 1
            self.fetched += len(products)
            self.exhausted = not self._next or not products
            if self.matched is not None and self.fetched >= self.matched:
                self.exhausted = True
            return Page(products, self.matched, not self.exhausted, self.pages)


class OpenSearchCatalogue:
    """The Terrascope OpenSearch catalogue through the plugin's network module (QGIS proxy and SSL)."""

    def __init__(self, endpoints: Optional[Endpoints] = None, timeout_s: Optional[float] = None) -> None:
        self.endpoints = endpoints or current_endpoints()
        self.url = self.endpoints.catalogue.rstrip("/")
        self.products_url = self.url + "/products"
        self.timeout_s = timeout_s

    def get(self, url: str, params: Optional[dict], feedback: Optional[QgsFeedback]) -> dict:
        response = network.request(
            url,
            params=params,
            headers={"Accept": GEOJSON},
            auth=network.AUTH_NONE,
            timeout_s=self.timeout_s,
            feedback=feedback,
        )
        try:
            data = response.json()
        except (ValueError, NetworkError):  # an HTML page of a proxy, a truncated answer
            data = None
        if not isinstance(data, dict):
            raise CatalogueError(
                tr(
                    "The Terrascope OpenSearch catalogue sent an answer that is not valid JSON (an error "
                    "page or an interrupted transfer). Try again later."
                ),
                url=network.display_url(url),
            )
        return data

    def collections(self, feedback: Optional[QgsFeedback] = None) -> list:
        result, url, params = [], self.url + "/collections", None
        seen = set()
        while url and url not in seen:
            seen.add(url)
            data = self.get(url, params, feedback)
            result.extend(collection_from_opensearch(f) for f in data.get("features") or ())
            next_links = ((data.get("properties") or {}).get("links") or {}).get("next") or []
            url = next_links[0].get("href") if next_links and data.get("features") else None
        return result

    def search(self, request) -> OpenSearchSearch:
        return OpenSearchSearch(self, request)
