"""Stand-in for the Terrascope OpenSearch catalogue (``https://services.terrascope.be/catalogue/``).

Serves the sandbox catalogue (``ctx.collections`` / ``ctx.items``, STAC 1.1) the way VITO's "OSCARS"
OpenSearch service does (OGC 17-047r1 GeoJSON encoding), as far as public clients show it: VITO's
``terracatalogueclient``, the openEO back-end's ``OscarsClient`` and live replies embedded in their tests.
``sandbox/REAL_SERVICE_NOTES.md`` lists every behaviour with its source and marks what is inferred.

Routes (relative to the ``/catalogue`` mount):

- ``GET /collections`` (and ``/collections.geojson``): collection descriptions, paged like products.
- ``GET /products`` (and ``/products.geojson``): product search in one collection.
- ``GET /description.geojson`` / ``/description.xml``: OpenSearch description documents (XML).

Paging is 1-based (``startIndex``), ``count`` is the page size (``count=0`` answers totals only) and the depth
is limited to :data:`MAX_DEPTH` results: the ``last`` link never points past it (that is how the real client
detects "too many results") and a page reaching past it answers 400.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Callable
from urllib.parse import urlencode
from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from .context import SandboxContext

MAX_DEPTH = 10_000  # certain: >10 000 results cannot be paged (terracatalogueclient docs)
DEFAULT_COUNT = 100  # inferred: the real default page size is not documented
GEOJSON = "application/geo+json"
OSDD = "application/opensearchdescription+xml"
URN_KEYS = ("sandbox:opensearch_id", "terrascope:opensearch_id", "opensearch:id")
KNOWN_URNS = {
    "terrascope-s2-toc-v2": "urn:eop:VITO:TERRASCOPE_S2_TOC_V2",
    "esa-worldcover-map-10m-2020-v1": "urn:eop:VITO:ESA_WorldCover_10m_2020_V1",
    "esa-worldcover-map-10m-2021-v2": "urn:eop:VITO:ESA_WorldCover_10m_2021_V2",
}
PAGING_PARAMS = ("count", "startIndex", "clientId", "accessedFrom", "sortKeys", "httpAccept")
COLLECTION_PARAMS = frozenset(PAGING_PARAMS + ("uid", "platform", "start", "end", "bbox", "geometry"))
PRODUCT_PARAMS = frozenset(
    PAGING_PARAMS
    + (
        "collection",
        "uid",
        "title",
        "start",
        "end",
        "bbox",
        "geometry",
        "productType",
        "tileId",
        "platform",
        "relativeOrbitNumber",
        "orbitNumber",
        "orbitDirection",
        "cloudCover",
        "productGroupId",
        "resolution",
        "publicationDate",
        "modificationDate",
        "processingDate",
    )
)
ECHO_NAMES = {
    "bbox": "geo:box",
    "geometry": "geo:geometry",
    "start": "time:start",
    "end": "time:end",
    "accessedFrom": "referrer:accessedFrom",
    "uid": "geo:uid",
    "title": "eo:title",
    "cloudCover": "eo:cloudCover",
    "productType": "eo:productType",
    "platform": "eo:platform",
    "tileId": "eo:tileId",
    "relativeOrbitNumber": "eo:relativeOrbitNumber",
    "orbitDirection": "eo:orbitDirection",
}
QUALITY_KEYS = frozenset({"SCL", "CLOUDMASK", "AOT", "WVP", "SZA", "VZA", "RAA", "SAA", "VAA", "SM", "QFLAG"})
FILE_TITLE = re.compile(r"^[^_]+_\d{8}T\d{6}Z?_[^_]+_(?P<title>.+)_V\d+$")
ISO_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


class OpenSearchError(Exception):
    """An OGC exception report (the body terracatalogueclient's ``SearchException`` parses)."""

    def __init__(
        self, text: str, locator: str | None = None, code: str = "InvalidParameterValue", status: int = 400
    ) -> None:
        super().__init__(text)
        self.text, self.locator, self.code, self.status = text, locator, code, status

    def response(self) -> JSONResponse:
        exc: dict[str, Any] = {"exceptionCode": self.code, "exceptionText": self.text}
        if self.locator:
            exc["locator"] = self.locator
        return JSONResponse({"type": "ExceptionReport", "exceptions": [exc]}, status_code=self.status)


# ----------------------------------------------------------------------------------------------- time


def parse_time(value: str, locator: str) -> datetime:
    """ISO date or date-time; naive values are UTC; a bare date means its midnight (start *and* end)."""
    m = ISO_TIME.match(value.strip())
    if not m:
        raise OpenSearchError(f"Invalid date/time value '{value}'", locator)
    y, mo, d, hh, mi, ss, frac, tz = m.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    try:
        dt = datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0), int(ss or 0), micro)
    except ValueError as exc:
        raise OpenSearchError(f"Invalid date/time value '{value}'", locator) from exc
    if tz and tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        minutes = int(tz[1:3]) * 60 + int(tz[-2:])
        return dt.replace(tzinfo=timezone.utc) - sign * timedelta(minutes=minutes)
    return dt.replace(tzinfo=timezone.utc)


def format_time(dt: datetime) -> str:
    """As the real service: ``2024-08-02T10:46:19.024Z``, or without fraction when it is zero."""
    base = dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{base}.{dt.microsecond // 1000:03d}Z" if dt.microsecond else f"{base}Z"


def _item_time(item: dict[str, Any], key: str) -> datetime | None:
    props = item.get("properties", {})
    value = props.get(key) or props.get("datetime")
    return parse_time(value, key) if value else None


# ------------------------------------------------------------------------------------------ intervals


def parse_interval(value: str, locator: str, convert: Callable[[str, str], Any]) -> Callable[[Any], bool]:
    """OGC 10-032/13-026 intervals: ``20]``, ``20[``, ``[10``, ``]10``, ``[10,20]``, ``{1,2}``, ``5``."""
    text = value.strip()
    if not text:
        return lambda _v: True
    if text.startswith("{") and text.endswith("}"):
        members = {convert(v.strip(), locator) for v in text[1:-1].split(",") if v.strip()}
        return lambda v: v is not None and v in members
    if "," in text:
        return _closed_interval(text, locator, convert)
    if text[-1] in "[]":
        bound, inclusive = convert(text[:-1], locator), text[-1] == "]"
        return lambda v: v is not None and (v <= bound if inclusive else v < bound)
    if text[0] in "[]":
        bound, inclusive = convert(text[1:], locator), text[0] == "["
        return lambda v: v is not None and (v >= bound if inclusive else v > bound)
    exact = convert(text, locator)
    return lambda v: v is not None and v == exact


def _closed_interval(text: str, locator: str, convert: Callable[[str, str], Any]) -> Callable[[Any], bool]:
    if text[0] not in "[]" or text[-1] not in "[]" or text.count(",") != 1:
        raise OpenSearchError(f"Invalid interval '{text}'", locator)
    low_s, high_s = text[1:-1].split(",")
    low, high = convert(low_s.strip(), locator), convert(high_s.strip(), locator)
    low_inc, high_inc = text[0] == "[", text[-1] == "]"

    def check(v: Any) -> bool:
        if v is None:
            return False
        return (v >= low if low_inc else v > low) and (v <= high if high_inc else v < high)

    return check


def _number(value: str, locator: str) -> float:
    try:
        return float(value)
    except ValueError as exc:
        raise OpenSearchError(f"Invalid numeric value '{value}'", locator) from exc


def _integer(value: str, locator: str, minimum: int = 0) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise OpenSearchError(f"Invalid integer value '{value}'", locator) from exc
    if number < minimum:
        raise OpenSearchError(f"Value of '{locator}' must be at least {minimum}", locator)
    return number


# ------------------------------------------------------------------------------------------- geometry

Ring = list  # list of (x, y) tuples


def parse_bbox(value: str) -> list[Ring]:
    parts = value.split(",")
    if len(parts) != 4:
        raise OpenSearchError(f"Invalid bounding box '{value}': expected west,south,east,north", "bbox")
    w, s, e, n = (_number(p.strip(), "bbox") for p in parts)
    if s > n or not (-90 <= s <= 90 and -90 <= n <= 90):
        raise OpenSearchError(f"Invalid bounding box '{value}'", "bbox")
    return [[(w, s), (e, s), (e, n), (w, n), (w, s)]]


def parse_wkt(value: str) -> list[Ring]:
    """POINT, POLYGON and MULTIPOLYGON (outer rings only) as a list of rings (a point is a 1-vertex ring)."""
    m = re.match(r"^\s*(POINT|POLYGON|MULTIPOLYGON)\s*(\(.*\))\s*$", value, re.IGNORECASE | re.DOTALL)
    if not m:
        raise OpenSearchError(
            f"Invalid geometry '{value}': expected WKT POINT, POLYGON or MULTIPOLYGON", "geometry"
        )
    kind, body = m.group(1).upper(), m.group(2)
    groups = re.findall(r"\(([^()]+)\)", body)
    try:
        rings = [[_wkt_point(p) for p in g.split(",")] for g in groups]
    except ValueError as exc:
        raise OpenSearchError(f"Invalid geometry '{value}'", "geometry") from exc
    if not rings or (kind != "POINT" and any(len(r) < 3 for r in rings)):
        raise OpenSearchError(f"Invalid geometry '{value}'", "geometry")
    if kind == "POLYGON":
        return rings[:1]
    if kind == "MULTIPOLYGON":
        return _multipolygon_outers(body)
    return rings


def _wkt_point(text: str) -> tuple[float, float]:
    xy = text.split()
    if len(xy) < 2:
        raise ValueError(text)
    return float(xy[0]), float(xy[1])


def _multipolygon_outers(body: str) -> list[Ring]:
    return [[_wkt_point(p) for p in body[s:e].split(",")] for s, e in _first_per_polygon(body)]


def _first_per_polygon(body: str) -> list[tuple[int, int]]:
    """Spans of the first ring of every polygon in a MULTIPOLYGON body ``(((..),(..)),((..)))``."""
    spans, depth, first_taken, start = [], 0, False, 0
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
            if depth == 2:
                first_taken = False
            elif depth == 3 and not first_taken:
                start = i + 1
        elif ch == ")":
            if depth == 3 and not first_taken:
                spans.append((start, i))
                first_taken = True
            depth -= 1
    return spans


def geojson_rings(geometry: dict[str, Any] | None) -> list[Ring]:
    if not geometry:
        return []
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return [[tuple(p[:2]) for p in coords[0]]] if coords else []
    if kind == "MultiPolygon":
        return [[tuple(p[:2]) for p in poly[0]] for poly in coords if poly]
    if kind == "Point":
        return [[tuple(coords[:2])]]
    return []


def rings_intersect(a: Sequence[Ring], b: Sequence[Ring]) -> bool:
    return any(_ring_pair_intersects(ra, rb) for ra in a for rb in b)


def _ring_pair_intersects(a: Ring, b: Ring) -> bool:
    if not _bbox_overlap(_ring_bbox(a), _ring_bbox(b)):
        return False
    if len(a) == 1 or len(b) == 1:
        point, ring = (a[0], b) if len(a) == 1 else (b[0], a)
        return len(ring) == 1 and ring[0] == point or _point_in_ring(point, ring) or _on_boundary(point, ring)
    if _point_in_ring(a[0], b) or _point_in_ring(b[0], a):
        return True
    return any(_segments_cross(p1, p2, q1, q2) for p1, p2 in _edges(a) for q1, q2 in _edges(b))


def _ring_bbox(ring: Ring) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _bbox_overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _edges(ring: Ring) -> Iterable[tuple[tuple[float, float], tuple[float, float]]]:
    return zip(ring, ring[1:] + ring[:1])


def _point_in_ring(pt: tuple[float, float], ring: Ring) -> bool:
    x, y, inside = pt[0], pt[1], False
    for (x1, y1), (x2, y2) in _edges(ring):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _on_boundary(pt: tuple[float, float], ring: Ring) -> bool:
    return any(_orient(p, q, pt) == 0 and _within(p, q, pt) for p, q in _edges(ring))


def _orient(p: Sequence[float], q: Sequence[float], r: Sequence[float]) -> int:
    value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1])
    return 0 if abs(value) < 1e-12 else (1 if value > 0 else 2)


def _within(p: Sequence[float], q: Sequence[float], r: Sequence[float]) -> bool:
    return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and min(p[1], q[1]) <= r[1] <= max(p[1], q[1])


Point = Sequence[float]


def _segments_cross(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    o1, o2, o3, o4 = _orient(p1, p2, q1), _orient(p1, p2, q2), _orient(q1, q2, p1), _orient(q1, q2, p2)
    if o1 != o2 and o3 != o4:
        return True
    return (
        (o1 == 0 and _within(p1, p2, q1))
        or (o2 == 0 and _within(p1, p2, q2))
        or (o3 == 0 and _within(q1, q2, p1))
        or (o4 == 0 and _within(q1, q2, p2))
    )


# ------------------------------------------------------------------------------------ collection URNs


def collection_urn(collection: dict[str, Any]) -> str:
    """The OpenSearch ``parentIdentifier`` of a STAC collection (explicit field, known id, or by pattern)."""
    for key in URN_KEYS:
        if collection.get(key):
            return str(collection[key])
    cid = str(collection["id"])
    return KNOWN_URNS.get(cid, "urn:eop:VITO:" + cid.upper().replace("-", "_"))


def _platform_name(value: str) -> str:
    m = re.match(r"^(sentinel)-(\d)([a-z]?)$", value.lower())
    if m:
        return f"Sentinel-{m.group(2)}"
    return value.upper()


def _platform_serial(value: str) -> str:
    m = re.match(r"^sentinel-(\d)([a-z])$", value.lower())
    return f"S{m.group(1)}{m.group(2).upper()}" if m else value.upper()


# ---------------------------------------------------------------------------------- product features


def item_begin(item: dict[str, Any]) -> datetime | None:
    return _item_time(item, "start_datetime")


def item_end(item: dict[str, Any]) -> datetime | None:
    return _item_time(item, "end_datetime")


def _tile_id(props: dict[str, Any]) -> str | None:
    if props.get("grid:code", "").startswith("MGRS-"):
        return props["grid:code"][5:]
    if props.get("mgrs:utm_zone") and props.get("mgrs:latitude_band"):
        return f"{props['mgrs:utm_zone']}{props['mgrs:latitude_band']}{props.get('mgrs:grid_square', '')}"
    return props.get("tileId") or props.get("grid:code")


def acquisition_information(item: dict[str, Any]) -> list[dict[str, Any]]:
    props = item.get("properties", {})
    platform = props.get("platform") or props.get("constellation")
    params: dict[str, Any] = {"acquisitionType": "NOMINAL"}
    optional = {
        "orbitNumber": props.get("sat:absolute_orbit"),
        "relativeOrbitNumber": props.get("sat:relative_orbit"),
        "orbitDirection": (props.get("sat:orbit_state") or "").upper() or None,
        "tileId": _tile_id(props),
    }
    params.update({k: v for k, v in optional.items() if v is not None})
    begin, end = item_begin(item), item_end(item)
    if begin:
        params["beginningDateTime"] = format_time(begin)
    if end:
        params["endingDateTime"] = format_time(end)
    entry: dict[str, Any] = {"acquisitionParameters": params}
    if platform:
        entry["platform"] = {
            "platformShortName": _platform_name(props.get("constellation") or platform),
            "platformSerialIdentifier": _platform_serial(platform),
        }
    return [entry]


def product_information(item: dict[str, Any]) -> dict[str, Any]:
    props = item.get("properties", {})
    info: dict[str, Any] = {"processingCenter": props.get("processing:facility", "VITO")}
    if props.get("eo:cloud_cover") is not None:
        info["cloudCover"] = props["eo:cloud_cover"]
    if props.get("product:type"):
        info["productType"] = props["product:type"]
    if props.get("processing:version"):
        info["productVersion"] = "V" + str(props["processing:version"]).lstrip("Vv")
    stamp = props.get("updated") or props.get("created")
    if stamp:
        info["availabilityTime"] = info["processingDate"] = format_time(parse_time(stamp, "updated"))
    return info


def link_category(key: str, asset: dict[str, Any]) -> tuple[str, str | None]:
    """Which ``properties.links`` list an asset goes to, and its ``category``."""
    roles = set(asset.get("roles") or [])
    if roles & {"thumbnail", "overview", "visual"}:
        return "previews", "QUICKLOOK"
    if "metadata" in roles:
        return "alternates", None
    if "cloud" in roles:
        return "related", "CLOUD"
    if roles & {"data-mask", "snow-ice", "water-mask", "land-water"} or key.upper() in QUALITY_KEYS:
        return "related", "QUALITY"
    return "data", None


def file_title(href: str, fallback: str) -> str:
    """``S2B_20240802T104619_31TCN_TOC-B04_10M_V220.tif`` -> ``TOC-B04_10M`` (the real link titles)."""
    stem = href.rsplit("/", 1)[-1].split("?", 1)[0].rsplit(".", 1)[0]
    m = FILE_TITLE.match(stem)
    return m.group("title") if m else fallback


def _simple_type(media_type: str | None) -> str | None:
    if media_type and media_type.startswith("image/tiff"):
        return "image/tiff"
    if media_type == "application/xml":
        return "application/vnd.iso.19139+xml"
    return media_type


class ProductBuilder:
    """Turns STAC items into OpenSearch product features."""

    def __init__(self, ctx: SandboxContext, mep: bool) -> None:
        self.ctx, self.mep = ctx, mep

    def feature(self, item: dict[str, Any], urn: str) -> dict[str, Any]:
        props = item.get("properties", {})
        ident = f"{urn}:{item['id']}"
        begin = item_begin(item)
        stamp = format_time(parse_time(props["updated"], "updated")) if props.get("updated") else None
        properties: dict[str, Any] = {"date": format_time(begin) if begin else None}
        if stamp:
            properties.update(updated=stamp, available=stamp, published=stamp)
        properties.update(
            status="ARCHIVED",
            parentIdentifier=urn,
            title=props.get("title") or item["id"],
            identifier=ident,
            acquisitionInformation=acquisition_information(item),
            productInformation=product_information(item),
            links=self.links(item),
        )
        if props.get("gsd"):
            properties["additionalAttributes"] = {"resolution": props["gsd"]}
        return {
            "type": "Feature",
            "id": ident,
            "geometry": item.get("geometry"),
            "bbox": item.get("bbox"),
            "properties": properties,
        }

    def links(self, item: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        links: dict[str, list[dict[str, Any]]] = {"previews": [], "alternates": [], "related": [], "data": []}
        for key, asset in (item.get("assets") or {}).items():
            group, category = link_category(key, asset)
            links[group].append(self.link(key, asset, group, category))
        return links

    def link(self, key: str, asset: dict[str, Any], group: str, category: str | None) -> dict[str, Any]:
        href = self.href(asset)
        link: dict[str, Any] = {"href": href, "type": _simple_type(asset.get("type"))}
        length = asset.get("file:size") or self.local_size(asset.get("href", ""))
        if length is not None:
            link["length"] = length
        if group == "alternates":
            link["title"] = "Inspire metadata"
        elif group != "previews" or not href.endswith(".tif"):
            link["title"] = file_title(href, asset.get("title") or key)
        if group in ("data", "related"):
            link["bandNames"] = [link["title"]]
        if category:
            link["category"] = category
        return link

    def href(self, asset: dict[str, Any]) -> str:
        local = ((asset.get("alternate") or {}).get("local") or {}).get("href")
        return local if self.mep and local else asset.get("href", "")

    def local_size(self, href: str) -> int | None:
        prefix = self.ctx.base_url + "/download/"
        if not href.startswith(prefix):
            return None
        path = self.ctx.files_dir / href[len(prefix) :].split("?", 1)[0]
        return path.stat().st_size if path.is_file() else None


# -------------------------------------------------------------------------------------------- filters

ItemFilter = Callable[[dict[str, Any]], bool]


def _overlaps_time(start: datetime | None, end: datetime | None) -> ItemFilter:
    def check(item: dict[str, Any]) -> bool:
        begin, finish = item_begin(item), item_end(item) or item_begin(item)
        if begin is None:
            return False
        return (start is None or finish >= start) and (end is None or begin <= end)

    return check


def _spatial(rings: list[Ring]) -> ItemFilter:
    return lambda item: rings_intersect(geojson_rings(item.get("geometry")), rings)


def _acq(item: dict[str, Any], key: str) -> Any:
    """One ``acquisitionParameters`` value of an item, without building the whole feature."""
    props = item.get("properties", {})
    if key == "tileId":
        return _tile_id(props)
    if key == "orbitDirection":
        return (props.get("sat:orbit_state") or "").upper() or None
    return props.get({"orbitNumber": "sat:absolute_orbit", "relativeOrbitNumber": "sat:relative_orbit"}[key])


def _prop(item: dict[str, Any], key: str) -> Any:
    return item.get("properties", {}).get(key)


def _time_prop(item: dict[str, Any], key: str) -> datetime | None:
    value = _prop(item, key)
    return parse_time(value, key) if value else None


def product_filters(params: dict[str, str]) -> list[ItemFilter]:
    filters: list[ItemFilter] = []
    start = parse_time(params["start"], "start") if params.get("start") else None
    end = parse_time(params["end"], "end") if params.get("end") else None
    if start or end:
        filters.append(_overlaps_time(start, end))
    if params.get("bbox"):
        filters.append(_spatial(parse_bbox(params["bbox"])))
    if params.get("geometry"):
        filters.append(_spatial(parse_wkt(params["geometry"])))
    filters.extend(_attribute_filters(params))
    return filters


def _attribute_filters(params: dict[str, str]) -> list[ItemFilter]:
    exact: dict[str, Callable[[dict[str, Any]], Any]] = {
        "title": lambda i: _prop(i, "title") or i["id"],
        "productType": lambda i: _prop(i, "product:type"),
        "tileId": lambda i: _acq(i, "tileId"),
        "productGroupId": lambda i: _prop(i, "productGroupId"),
    }
    filters = [_equals(getter, params[name]) for name, getter in exact.items() if name in params]
    if "platform" in params:
        wanted = params["platform"].lower()
        keys = ("platform", "constellation")
        filters.append(lambda i: any(wanted in str(_prop(i, k) or "").lower() for k in keys))
    if "orbitDirection" in params:
        filters.append(_orbit_direction(params["orbitDirection"]))
    for name, getter in (("relativeOrbitNumber", "relativeOrbitNumber"), ("orbitNumber", "orbitNumber")):
        if name in params:
            predicate = parse_interval(params[name], name, lambda v, loc: int(_number(v, loc)))
            filters.append(lambda i, g=getter, p=predicate: p(_acq(i, g)))
    filters.extend(_interval_filters(params))
    return filters


def _equals(getter: Callable[[dict[str, Any]], Any], wanted: str) -> ItemFilter:
    return lambda item: str(getter(item)) == wanted


def _orbit_direction(value: str) -> ItemFilter:
    wanted = value.upper()
    if wanted not in ("ASCENDING", "DESCENDING"):
        raise OpenSearchError(f"Invalid value '{value}': expected ASCENDING or DESCENDING", "orbitDirection")
    return lambda item: _acq(item, "orbitDirection") == wanted


def _interval_filters(params: dict[str, str]) -> list[ItemFilter]:
    filters: list[ItemFilter] = []
    if "cloudCover" in params:
        cloud = parse_interval(params["cloudCover"], "cloudCover", _number)
        filters.append(lambda i: cloud(_prop(i, "eo:cloud_cover")))
    if "resolution" in params:
        res = parse_interval(params["resolution"], "resolution", _number)
        filters.append(lambda i: res(_prop(i, "gsd")))
    for name, key in (
        ("publicationDate", "created"),
        ("modificationDate", "updated"),
        ("processingDate", "updated"),
    ):
        if name in params:
            predicate = parse_interval(params[name], name, parse_time)
            filters.append(lambda i, k=key, p=predicate: p(_time_prop(i, k)))
    return filters


# ---------------------------------------------------------------------------------------------- sorting

SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "title": lambda i: _prop(i, "title") or i["id"],
    "start": lambda i: item_begin(i) or datetime.min.replace(tzinfo=timezone.utc),
    "end": lambda i: item_end(i) or item_begin(i) or datetime.min.replace(tzinfo=timezone.utc),
    "published": lambda i: _prop(i, "created") or "",
    "updated": lambda i: _prop(i, "updated") or "",
    "cloudCover": lambda i: math.inf if _prop(i, "eo:cloud_cover") is None else _prop(i, "eo:cloud_cover"),
}


def parse_sort(value: str | None) -> tuple[str, bool, str | None]:
    """``sortKeys=title`` / ``start,,0`` -> (key, ascending, SRU echo ``title,,1,0,highValue``)."""
    if not value:
        return "start", True, None  # inferred default: acquisition time ascending, then title
    parts = value.split(",")
    key = parts[0]
    if key not in SORT_KEYS:
        raise OpenSearchError(f"Unsupported sort key '{key}'", "sortKeys")
    ascending = len(parts) < 3 or parts[2] != "0"
    schema = parts[1] if len(parts) > 1 else ""
    return key, ascending, f"{key},{schema},{1 if ascending else 0},0,highValue"


def sort_items(items: list[dict[str, Any]], key: str, ascending: bool) -> list[dict[str, Any]]:
    by_title = sorted(items, key=SORT_KEYS["title"])
    return sorted(by_title, key=SORT_KEYS[key], reverse=not ascending)


# ----------------------------------------------------------------------------------------------- paging


class Page:
    """One page of a 1-based OpenSearch result set, with the depth limit of the real service."""

    def __init__(self, params: dict[str, str]) -> None:
        self.count = _integer(params["count"], "count") if "count" in params else DEFAULT_COUNT
        self.start = _integer(params["startIndex"], "startIndex", 1) if "startIndex" in params else 1

    def reach(self, start: int, total: int) -> int:
        """Index of the last result a page starting at ``start`` touches (or ``start - 1`` when empty)."""
        return start - 1 + min(self.count, max(total - start + 1, 0))

    def check_depth(self, total: int) -> None:
        if self.reach(self.start, total) > MAX_DEPTH:
            raise OpenSearchError(
                f"Result window is too large, from + size must be less than or equal to: [{MAX_DEPTH}] "
                f"but was [{self.start - 1 + self.count}]. See the scroll api for a more efficient way to "
                "request large data sets. This limit can be set by changing the [index.max_result_window] "
                "index level setting.",
                "startIndex",
            )

    def slice(self, results: list[Any]) -> list[Any]:
        return results[self.start - 1 : self.start - 1 + self.count] if self.count else []

    def link_starts(self, total: int) -> dict[str, int]:
        starts = {"first": 1}
        if self.count <= 0:
            return starts
        starts["last"] = 1 + ((max(total, 1) - 1) // self.count) * self.count
        if total > MAX_DEPTH:  # the last page the depth allows: the real client's "too many results" signal
            starts["last"] = 1 + ((MAX_DEPTH - self.count) // self.count) * self.count
        if self.start > 1:
            starts["previous"] = max(1, self.start - self.count)
        following = self.start + self.count
        if following <= total and self.reach(following, total) <= MAX_DEPTH:
            starts["next"] = following
        return starts


def paging_links(url: str, query: list[tuple[str, str]], starts: dict[str, int]) -> dict[str, Any]:
    kept = urlencode([(k, v) for k, v in query if k != "startIndex"])
    links: dict[str, Any] = {}
    for rel in ("previous", "next", "last", "first"):
        if rel in starts:
            href = f"{url}?{kept}&startIndex={starts[rel]}" if kept else f"{url}?startIndex={starts[rel]}"
            links[rel] = [{"href": href, "type": GEOJSON, "title": rel}]
    return links


def echo_request(params: dict[str, str], sort_echo: str | None) -> dict[str, Any]:
    echo: dict[str, Any] = {}
    for name, value in params.items():
        if name in ECHO_NAMES:
            echo[ECHO_NAMES[name]] = _echo_value(name, value)
        elif name in ("startIndex", "count"):
            echo[name] = int(value)
    if sort_echo:
        echo["sru:sortKeys"] = sort_echo
    return echo


def _echo_value(name: str, value: str) -> str:
    if name in ("start", "end"):
        return parse_time(value, name).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value


# ------------------------------------------------------------------------------------------- responses


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def search_params(request: Request, allowed: frozenset) -> tuple[dict[str, str], list[tuple[str, str]]]:
    query = list(request.query_params.multi_items())
    for name, _value in query:
        if name not in allowed:
            raise OpenSearchError(f"Unsupported parameter '{name}'", name)
    params = dict(query)
    accept = params.get("httpAccept")
    if accept and accept not in (GEOJSON, "application/json", "json", "geojson"):
        raise OpenSearchError(
            f"Unsupported response format '{accept}' (the sandbox answers GeoJSON only)",
            "httpAccept",
            code="OptionNotSupported",
        )
    return params, query


def feature_collection(
    ctx: SandboxContext,
    request: Request,
    kind: str,
    total: int,
    page: Page,
    features: list[dict[str, Any]],
    echo: dict[str, Any],
    search_href: str,
) -> dict[str, Any]:
    url = ctx.base_url + request.url.path
    query = list(request.query_params.multi_items())
    raw = request.url.query
    links = paging_links(url, query, page.link_starts(total))
    links["search"] = [{"href": search_href, "type": GEOJSON, "title": "search"}]
    links["profiles"] = [
        {"href": "http://www.opengis.net/spec/owc-geojson/1.0/req/core"},
        {"href": "http://www.opengis.net/spec/os-geojson/1.0/req/core"},
    ]
    return {
        "@context": "http://schemas.opengis.net/os-geojson/1.0/os-geojson.jsonld",
        "type": "FeatureCollection",
        "id": f"{url}?{raw}" if raw else url,
        "totalResults": total,
        "startIndex": page.start,
        "itemsPerPage": len(features),
        "queries": {"request": [echo]},
        "properties": {
            "title": f"{kind} Search result",
            "subtitle": f"Number of results: {total}",
            "creator": "VITO OpenSearch Service",
            "authors": [{"type": "Agent", "name": "VITO"}],
            "updated": _now(),
            "lang": "en",
            "links": links,
        },
        "features": features,
    }


def _search_href(ctx: SandboxContext, urn: str | None, params: dict[str, str]) -> str:
    """The real ``search`` link, including its stray second ``?`` when clientId/accessedFrom were given."""
    href = ctx.base_url + "/catalogue/description.geojson"
    if urn is None:
        return href
    href += f"?collection={urn}"
    extra = [(k, params[k]) for k in ("clientId", "accessedFrom") if k in params]
    return href + ("?" + "&".join(f"{k}={v}" for k, v in extra) if extra else "")


def geojson(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, media_type=GEOJSON)


# ------------------------------------------------------------------------------------------ collections


def collection_feature(ctx: SandboxContext, collection: dict[str, Any]) -> dict[str, Any]:
    urn = collection_urn(collection)
    bbox = (((collection.get("extent") or {}).get("spatial") or {}).get("bbox") or [[-180, -90, 180, 90]])[0]
    interval = (((collection.get("extent") or {}).get("temporal") or {}).get("interval") or [[None, None]])[0]
    w, s, e, n = bbox[:4]
    return {
        "type": "Feature",
        "id": urn,
        "bbox": [w, s, e, n],
        "geometry": {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]},
        "properties": {
            "title": collection.get("title", collection["id"]),
            "identifier": urn,
            "abstract": collection.get("description", ""),
            "date": f"{_collection_time(interval[0])}/{_collection_time(interval[1])}",
            "updated": collection.get("updated", _collection_time(interval[0])),
            "rights": collection.get("license", "proprietary"),
            "keyword": list(collection.get("keywords") or []),
            "acquisitionInformation": _collection_acquisitions(collection),
            "links": _collection_links(ctx, collection, urn),
        },
    }


def _collection_time(value: str | None) -> str:
    return format_time(parse_time(value, "date")) if value else ""


def _collection_acquisitions(collection: dict[str, Any]) -> list[dict[str, Any]]:
    summaries = collection.get("summaries") or {}
    platforms = summaries.get("constellation") or summaries.get("platform") or []
    instruments = summaries.get("instruments") or []
    names = sorted({_platform_name(p) for p in platforms})
    entries = [{"platform": {"platformShortName": name}} for name in names]
    entries += [{"instrument": {"instrumentShortName": str(i).upper()}} for i in instruments]
    return entries


def _collection_links(ctx: SandboxContext, collection: dict[str, Any], urn: str) -> dict[str, Any]:
    described = [
        {"href": link["href"], "type": link.get("type", "text/html"), "title": link.get("title", "")}
        for link in collection.get("links", [])
        if link.get("rel") in ("about", "describedby")
    ]
    search = {
        "href": f"{ctx.base_url}/catalogue/description.geojson?collection={urn}",
        "type": GEOJSON,
        "title": "OpenSearch entry point",
    }
    return {"describedby": described, "search": [search]}


def collection_filters(params: dict[str, str]) -> list[Callable[[dict[str, Any]], bool]]:
    filters: list[Callable[[dict[str, Any]], bool]] = []
    if params.get("uid"):
        filters.append(lambda c: collection_urn(c) == params["uid"])
    if params.get("platform"):
        wanted = params["platform"].lower()
        filters.append(
            lambda c: any(
                wanted == a["platform"]["platformShortName"].lower()
                for a in _collection_acquisitions(c)
                if "platform" in a
            )
        )
    start = parse_time(params["start"], "start") if params.get("start") else None
    end = parse_time(params["end"], "end") if params.get("end") else None
    if start or end:
        filters.append(lambda c: _collection_in_time(c, start, end))
    for name, parse in (("bbox", parse_bbox), ("geometry", parse_wkt)):
        if params.get(name):
            rings = parse(params[name])
            filters.append(lambda c, r=rings: rings_intersect(_collection_rings(c), r))
    return filters


def _collection_in_time(c: dict[str, Any], start: datetime | None, end: datetime | None) -> bool:
    low, high = ((c.get("extent") or {}).get("temporal") or {}).get("interval", [[None, None]])[0]
    low_t = parse_time(low, "start") if low else None
    high_t = parse_time(high, "end") if high else None
    after_start = start is None or high_t is None or high_t >= start
    return after_start and (end is None or low_t is None or low_t <= end)


def _collection_rings(c: dict[str, Any]) -> list[Ring]:
    w, s, e, n = (((c.get("extent") or {}).get("spatial") or {}).get("bbox") or [[-180, -90, 180, 90]])[0][:4]
    return [[(w, s), (e, s), (e, n), (w, n), (w, s)]]


# ------------------------------------------------------------------------------------------- handlers


def search_collections(ctx: SandboxContext, request: Request) -> dict[str, Any]:
    params, _query = search_params(request, COLLECTION_PARAMS)
    page = Page(params)
    key, ascending, echo_sort = _collection_sort(params.get("sortKeys"))
    filters = collection_filters(params)
    matches = [c for c in ctx.collections if all(f(c) for f in filters)]
    page.check_depth(len(matches))
    matches.sort(key=lambda c: str(c.get(key) if key != "id" else collection_urn(c)), reverse=not ascending)
    features = [collection_feature(ctx, c) for c in page.slice(matches)]
    return feature_collection(
        ctx,
        request,
        "Collection",
        len(matches),
        page,
        features,
        echo_request(params, echo_sort),
        _search_href(ctx, None, params),
    )


def _collection_sort(value: str | None) -> tuple[str, bool, str | None]:
    if not value:
        return "id", True, None
    parts = value.split(",")
    if parts[0] not in ("title", "id", "identifier"):
        raise OpenSearchError(f"Unsupported sort key '{parts[0]}'", "sortKeys")
    ascending = len(parts) < 3 or parts[2] != "0"
    key = "title" if parts[0] == "title" else "id"
    return key, ascending, f"{parts[0]},{parts[1] if len(parts) > 1 else ''},{int(ascending)},0,highValue"


def search_products(ctx: SandboxContext, request: Request) -> dict[str, Any]:
    params, _query = search_params(request, PRODUCT_PARAMS)
    page = Page(params)
    key, ascending, echo_sort = parse_sort(params.get("sortKeys"))
    candidates = _candidates(ctx, params)
    filters = product_filters(params)
    matches = [(urn, item) for urn, item in candidates if all(f(item) for f in filters)]
    page.check_depth(len(matches))
    order = {id(item): n for n, item in enumerate(sort_items([i for _u, i in matches], key, ascending))}
    matches.sort(key=lambda pair: order[id(pair[1])])
    builder = ProductBuilder(ctx, mep=params.get("accessedFrom", "").upper() == "MEP")
    features = [builder.feature(item, urn) for urn, item in page.slice(matches)]
    search_href = _search_href(ctx, params.get("collection"), params)
    return feature_collection(
        ctx, request, "Product", len(matches), page, features, echo_request(params, echo_sort), search_href
    )


def _candidates(ctx: SandboxContext, params: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """(URN, item) pairs of the requested collection (all collections when none is given)."""
    wanted = params.get("collection")
    urns = {c["id"]: collection_urn(c) for c in ctx.collections}
    pairs = [(urns.get(i.get("collection", ""), ""), i) for i in ctx.items]
    if wanted:
        pairs = [(u, i) for u, i in pairs if u == wanted]
    if params.get("uid"):
        pairs = [(u, i) for u, i in pairs if f"{u}:{i['id']}" == params["uid"] or i["id"] == params["uid"]]
    return pairs


# ----------------------------------------------------------------------------------- description docs


PRODUCT_TEMPLATE = (
    "/products?collection={urn}&start={{time:start?}}&end={{time:end?}}&bbox={{geo:box?}}"
    "&geometry={{geo:geometry?}}&title={{eo:title?}}&cloudCover={{eo:cloudCover?}}"
    "&productType={{eo:productType?}}&count={{count?}}&startIndex={{startIndex?}}"
    "&accessedFrom={{referrer:accessedFrom?}}"
)
COLLECTION_TEMPLATE = (
    "/collections?platform={eo:platform?}&start={time:start?}&end={time:end?}&bbox={geo:box?}"
    "&geometry={geo:geometry?}&uid={geo:uid?}&count={count?}&startIndex={startIndex?}"
)
OSDD_NAMESPACES = (
    'xmlns="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:geo="http://a9.com/-/opensearch/extensions/geo/1.0/" '
    'xmlns:time="http://a9.com/-/opensearch/extensions/time/1.0/" '
    'xmlns:eo="http://a9.com/-/opensearch/extensions/eo/1.0/" '
    'xmlns:referrer="http://www.opensearch.org/Specifications/OpenSearch/Extensions/Referrer/1.0" '
    'xmlns:sru="http://a9.com/-/opensearch/extensions/sru/2.0/"'
)


def description_document(ctx: SandboxContext, urn: str | None) -> str:
    """An OpenSearch description (OSDD) with a GeoJSON URL template (content inferred, not copied)."""
    base = ctx.base_url + "/catalogue"
    if urn:
        template, name = base + PRODUCT_TEMPLATE.format(urn=urn), f"Terrascope products of {urn}"
    else:
        template, name = base + COLLECTION_TEMPLATE, "Terrascope collections"
    attrs = f'type="{GEOJSON}" rel="results" indexOffset="1" pageOffset="1"'
    url = f"<Url {attrs} template={quoteattr(template)}/>"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription {OSDD_NAMESPACES}>\n'
        f"  <ShortName>Terrascope</ShortName>\n  <Description>{escape(name)}</Description>\n  {url}\n"
        "  <Contact>VITO</Contact>\n  <OutputEncoding>UTF-8</OutputEncoding>\n</OpenSearchDescription>\n"
    )


# --------------------------------------------------------------------------------------------- router


def make_router(ctx: SandboxContext) -> APIRouter:
    router = APIRouter()

    def guarded(handler: Callable[[SandboxContext, Request], dict[str, Any]]) -> Callable[..., Any]:
        async def endpoint(request: Request) -> Response:
            try:
                return geojson(handler(ctx, request))
            except OpenSearchError as exc:
                return exc.response()

        return endpoint

    for path in ("/collections", "/collections.geojson"):
        router.add_api_route(path, guarded(search_collections), methods=["GET"], include_in_schema=False)
    for path in ("/products", "/products.geojson"):
        router.add_api_route(path, guarded(search_products), methods=["GET"], include_in_schema=False)

    async def description(request: Request) -> Response:
        collection = request.query_params.get("collection")
        urn = collection.split("?", 1)[0] if collection else None
        known = {collection_urn(c) for c in ctx.collections}
        if urn and urn not in known:
            return OpenSearchError(f"Unknown collection '{urn}'", "collection").response()
        return Response(description_document(ctx, urn), media_type=OSDD)

    for path in ("/description.geojson", "/description.xml", "/description"):
        router.add_api_route(path, description, methods=["GET"], include_in_schema=False)
    return router
