"""The WMTS v2 and WMS v2 stand-ins (``services.terrascope.be/wmts/v2`` and ``/wms/v2``).

Public, no token, KVP only, rendered on the fly from the generated rasters (:mod:`sandbox.render`).

What follows the real service (sources in the sandbox README section "Web services"):

- Layer names ``CGS_S2_RADIOMETRY``, ``CGS_S2_NDVI``, ``CGS_S2_FAPAR``, ``CGS_S2_FCOVER``, ``CGS_S2_LAI``,
  ``WORLDCOVER_2020_MAP``, ``WORLDCOVER_2021_MAP`` (+ ``CGS_S1_GRD_SIGMA0`` and
  ``PROBAV_L3_S10_TOC_NDVI_333M`` when the catalogue has such data), TileMatrixSet ``EPSG:3857`` with
  matrices ``EPSG:3857:{z}``, ``TIME=YYYY-MM-DD``, ``STYLE=`` (empty) or ``default``, PNG and JPEG tiles
  (a public client asks WorldCover for JPEG), WMS 1.3.0 GetMap with ``TIME``.
- The real WMTS is GeoWebCache fronting GeoTrellis-rendered tiles (VITO's ``gwcgeotrellis`` in
  Open-EO/openeo-geotrellis-extensions ``geotrellis-seeder``), hence GeoWebCache conventions: matrix ids
  ``<gridset>:<z>``; a dimension is advertised as ``<Dimension><ows:Identifier/><Default/><Value/>...``
  with one ``Value`` per allowed value (GeoWebCache ``WMTSGetCapabilities.dimensionDescription``, the same as
  MapProxy); exceptions as OWS 1.1 ``ExceptionReport``, HTTP 400 (``TileOutOfRange`` too; WMTS 1.0.0
  table 28), 501 for ``OperationNotSupported``.

Sandbox choices where the real behaviour is unknown:

- ``TIME`` values are the dates that have data; ``Default`` is the latest. A well-formed date without data
  gives a transparent tile (tile caches answer blank), a malformed one ``InvalidParameterValue`` (locator
  ``TIME``). WorldCover layers are one map per year: any valid ``TIME`` (or none) gives that map, as public
  clients send ``TIME=2023-04-12`` to ``WORLDCOVER_2021_MAP``. ``current`` means the default.
- Layer extents are the union of the data footprints; tiles outside give transparent images, not exceptions.
- No RESTful ``WMTSCapabilities.xml`` (not known to exist on the real service), no WMTS GetFeatureInfo.
- WMS: 1.3.0 and 1.1.1, CRS ``EPSG:3857``, ``EPSG:4326`` (lat/lon axis order in 1.3.0), ``CRS:84``,
  ``EPSG:31370``, ``EPSG:3035``; GetFeatureInfo in ``text/plain``, ``text/html``, ``application/json``; errors
  as ``ServiceExceptionReport`` with HTTP 400.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable
from xml.sax.saxutils import escape, quoteattr

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from rasterio.warp import transform_bounds

from . import render
from .context import SandboxContext
from .render import RGBA, AssetRef, Grid

WMTS_VERSION = "1.0.0"
TILE_MATRIX_SET = "EPSG:3857"
MAX_ZOOM = 18
SCALE_ZOOM0 = 559082264.0287178  # GoogleMapsCompatible scale denominator of zoom level 0
WMS_MAX_SIZE = 4096
WMS_CRS = ("EPSG:3857", "EPSG:4326", "CRS:84", "EPSG:31370", "EPSG:3035")
NORTH_FIRST = frozenset({"EPSG:4326", "EPSG:3035"})  # EPSG axis order latitude/northing first
FORMATS = ("image/png", "image/jpeg")
STYLE_NAMES = ("", "default")
_TILE_CACHE_SIZE = 1024
XSI = "http://www.w3.org/2001/XMLSchema-instance"


# ---------------------------------------------------------------------------------------------- layers


@dataclass(frozen=True)
class LayerSpec:
    name: str
    title: str
    abstract: str
    collections: tuple[str, ...]  # fnmatch patterns on lower-case collection ids
    assets: tuple[str, ...]  # asset keys, in band order
    style: str  # a key of render.STYLES
    year: int | None = None  # a yearly map (WorldCover): every TIME gives that year's map


LAYERS: tuple[LayerSpec, ...] = (
    LayerSpec(
        "CGS_S2_RADIOMETRY",
        "Sentinel-2 true colour (TOC reflectance)",
        "Sentinel-2 top-of-canopy reflectance B04/B03/B02, reflectance 0.02-0.16 stretched.",
        ("terrascope-s2-toc-v2",),
        ("B04", "B03", "B02"),
        "radiometry",
    ),
    LayerSpec(
        "CGS_S2_NDVI",
        "Sentinel-2 NDVI",
        "Normalised difference vegetation index (10 m).",
        ("terrascope-s2-ndvi-v2",),
        ("NDVI",),
        "ndvi",
    ),
    LayerSpec(
        "CGS_S2_FAPAR",
        "Sentinel-2 FAPAR",
        "Fraction of absorbed photosynthetically active radiation.",
        ("terrascope-s2-fapar-v2",),
        ("FAPAR",),
        "fapar",
    ),
    LayerSpec(
        "CGS_S2_FCOVER",
        "Sentinel-2 FCOVER",
        "Fraction of vegetation cover.",
        ("terrascope-s2-fcover-v2",),
        ("FCOVER",),
        "fcover",
    ),
    LayerSpec(
        "CGS_S2_LAI",
        "Sentinel-2 LAI",
        "Leaf area index.",
        ("terrascope-s2-lai-v2",),
        ("LAI",),
        "lai",
    ),
    LayerSpec(
        "WORLDCOVER_2020_MAP",
        "ESA WorldCover 2020",
        "ESA WorldCover 10 m land cover map 2020 (v100).",
        ("*worldcover*",),
        ("Map",),
        "worldcover",
        year=2020,
    ),
    LayerSpec(
        "WORLDCOVER_2021_MAP",
        "ESA WorldCover 2021",
        "ESA WorldCover 10 m land cover map 2021 (v200).",
        ("*worldcover*",),
        ("Map",),
        "worldcover",
        year=2021,
    ),
    LayerSpec(
        "CGS_S1_GRD_SIGMA0",
        "Sentinel-1 backscatter (sigma0)",
        "Sentinel-1 GRD sigma0, VV/VH false colour.",
        ("*s1*sigma0*", "*s1*grd*"),
        ("VV", "VH"),
        "sigma0",
    ),
    LayerSpec(
        "PROBAV_L3_S10_TOC_NDVI_333M",
        "PROBA-V 10-daily NDVI 333 m",
        "PROBA-V S10 top-of-canopy NDVI composites.",
        ("*probav*ndvi*", "*proba-v*ndvi*"),
        ("NDVI",),
        "ndvi",
    ),
)


def _item_datetime(item: dict[str, Any]) -> str:
    props = item.get("properties", {})
    return props.get("datetime") or props.get("start_datetime") or ""


def _item_year(item: dict[str, Any]) -> int | None:
    value = _item_datetime(item)[:4]
    if value.isdigit():
        return int(value)
    for year in range(2015, 2031):  # WorldCover ids carry the year
        if str(year) in f"{item.get('collection', '')} {item.get('id', '')}":
            return year
    return None


@dataclass
class LayerData:
    """One layer's slice of the catalogue: its items grouped by date."""

    spec: LayerSpec
    asset_keys: tuple[str, ...]
    by_date: dict[str, list[dict[str, Any]]]
    bbox: tuple[float, float, float, float]

    dates: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.dates = sorted(self.by_date)

    @property
    def default_date(self) -> str:
        return self.dates[-1]

    def items_on(self, date: str, wgs84: tuple[float, float, float, float]) -> list[dict[str, Any]]:
        items = self.by_date.get(date, [])
        return [i for i in items if not i.get("bbox") or render.bboxes_intersect(_bbox(i), wgs84)]


def _bbox(item: dict[str, Any]) -> tuple[float, float, float, float]:
    return render.bbox2d(item["bbox"])  # type: ignore[return-value]


def _resolve_asset_keys(spec: LayerSpec, items: list[dict[str, Any]]) -> tuple[str, ...] | None:
    """The spec's asset keys; a single-band layer falls back to the items' one ``data`` asset."""
    keys = set().union(*(i.get("assets", {}).keys() for i in items))
    if set(spec.assets) <= keys:
        return spec.assets
    data = {k for i in items for k, a in i.get("assets", {}).items() if "data" in a.get("roles", [])}
    return (data.pop(),) if len(spec.assets) == 1 and len(data) == 1 else None


def _layer_data(spec: LayerSpec, items: list[dict[str, Any]]) -> LayerData | None:
    matching = [
        i
        for i in items
        if any(fnmatch.fnmatch(str(i.get("collection", "")).lower(), p) for p in spec.collections)
        and (spec.year is None or _item_year(i) == spec.year)
        and _item_datetime(i)
    ]
    keys = _resolve_asset_keys(spec, matching) if matching else None
    if not keys:
        return None
    by_date: dict[str, list[dict[str, Any]]] = {}
    for item in sorted(matching, key=_item_datetime, reverse=True):
        if all(k in item.get("assets", {}) for k in keys):
            by_date.setdefault(_item_datetime(item)[:10], []).append(item)
    boxes = [_bbox(i) for items_ in by_date.values() for i in items_ if i.get("bbox")]
    if not by_date or not boxes:
        return None
    union = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return LayerData(spec, keys, by_date, union)


@dataclass
class Catalogue:
    """The layers present in the catalogue, plus a small cache of rendered tiles."""

    layers: dict[str, LayerData]
    tiles: OrderedDict = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cached(self, key: tuple, make: Callable[[], bytes]) -> bytes:
        with self.lock:
            if key in self.tiles:
                self.tiles.move_to_end(key)
                return self.tiles[key]
        data = make()
        with self.lock:
            self.tiles[key] = data
            while len(self.tiles) > _TILE_CACHE_SIZE:
                self.tiles.popitem(last=False)
        return data


def build_catalogue(items: list[dict[str, Any]]) -> Catalogue:
    layers = {}
    for spec in LAYERS:
        data = _layer_data(spec, items)
        if data is not None:
            layers[spec.name] = data
    return Catalogue(layers)


class CatalogueCache:
    """The layer index of one context (one per router), rebuilt when the context's item list changes."""

    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx
        self._stamp: tuple[int, int] | None = None
        self._catalogue: Catalogue | None = None
        self._lock = threading.Lock()

    def get(self) -> Catalogue:
        stamp = (id(self.ctx.items), len(self.ctx.items))
        with self._lock:
            if self._catalogue is None or self._stamp != stamp:
                self._catalogue, self._stamp = build_catalogue(self.ctx.items), stamp
            return self._catalogue


# ---------------------------------------------------------------------------------------------- rendering


def _stacks(ctx: SandboxContext, layer: LayerData, items: list[dict[str, Any]]) -> list[list[AssetRef]]:
    stacks = []
    for item in items:
        refs = [render.asset_ref(item, key, ctx.base_url, ctx.files_dir) for key in layer.asset_keys]
        if all(refs):
            stacks.append(refs)  # type: ignore[arg-type]
    return stacks


def layer_values(ctx: SandboxContext, layer: LayerData, date: str, grid: Grid) -> list[np.ndarray]:
    """Physical values of the layer's bands on ``grid`` (NaN: no data), mosaicked over the date's items."""
    items = layer.items_on(date, grid.wgs84_bounds())
    if not items:
        return []
    return render.mosaic(_stacks(ctx, layer, items), grid)


def render_layer(ctx: SandboxContext, layer: LayerData, date: str, grid: Grid) -> RGBA:
    bands = layer_values(ctx, layer, date, grid)
    if not bands:
        return render.empty_rgba(grid.width, grid.height)
    return render.render(layer.spec.style, bands)


def composite(bottom: RGBA, top: RGBA) -> RGBA:
    """``top`` over ``bottom`` (straight alpha)."""
    a_top = top[..., 3:4].astype("float32") / 255
    a_bot = bottom[..., 3:4].astype("float32") / 255
    alpha = a_top + a_bot * (1 - a_top)
    with np.errstate(invalid="ignore", divide="ignore"):
        rgb = (top[..., :3] * a_top + bottom[..., :3] * a_bot * (1 - a_top)) / alpha
    rgb = np.nan_to_num(rgb).round().astype("uint8")
    return np.dstack([rgb, (alpha[..., 0] * 255).round().astype("uint8")])


# ---------------------------------------------------------------------------------------------- requests


class OwsError(Exception):
    def __init__(self, code: str, message: str, locator: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.locator = locator
        self.status = status


def kvp(request: Request) -> dict[str, str]:
    """Query parameters with case-insensitive names (OGC KVP); the first value of a repeated name wins."""
    params: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key.lower(), value)
    return params


def _required(params: dict[str, str], name: str) -> str:
    value = params.get(name.lower())
    if value is None or value == "":
        raise OwsError("MissingParameterValue", f"Missing {name.upper()} parameter", name.upper())
    return value


def _parse_date(text: str) -> str:
    """``YYYY-MM-DD`` from a date or an ISO 8601 date-time; ValueError otherwise."""
    text = text.strip()
    if len(text) >= 10:
        dt.date.fromisoformat(text[:10])
        rest = text[10:]
        if rest == "" or rest[0] in "Tt ":
            if rest:
                dt.datetime.fromisoformat(text[:19].replace("t", "T").replace(" ", "T"))
            return text[:10]
    raise ValueError(text)


def resolve_time(layer: LayerData, value: str | None) -> str:
    """The date to render for a TIME value (see the module notes); ValueError if malformed."""
    if value is None or value.strip() == "" or value.strip().lower() == "current":
        return layer.default_date
    if "/" in value:
        parts = value.split("/")
        start, end = _parse_date(parts[0]), _parse_date(parts[1])
        if layer.spec.year is not None:
            return layer.default_date
        within = [d for d in layer.dates if start <= d <= end]
        return within[-1] if within else start
    date = _parse_date(value)
    return layer.default_date if layer.spec.year is not None else date


def _layer(cat: Catalogue, name: str, locator: str, code: str = "InvalidParameterValue") -> LayerData:
    layer = cat.layers.get(name)
    if layer is None:
        raise OwsError(code, f"Unknown layer: {name}", locator)
    return layer


def _check_style(params: dict[str, str], name: str, code: str = "InvalidParameterValue") -> None:
    for style in params.get(name, "").split(","):
        if style.strip() not in STYLE_NAMES:
            raise OwsError(code, f"Unknown style: {style}", name.upper())


def _format(params: dict[str, str], name: str, code: str) -> str:
    fmt = _required(params, name).strip().lower()
    if fmt == "image/jpg":
        fmt = "image/jpeg"
    if fmt not in FORMATS:
        raise OwsError(code, f"Format {fmt} is not supported; use one of {', '.join(FORMATS)}", name.upper())
    return fmt


def _xml(body: str, status: int = 200, media_type: str = "text/xml") -> Response:
    return Response(content=body, status_code=status, media_type=f"{media_type}; charset=UTF-8")


# ---------------------------------------------------------------------------------------------- WMTS


def _fmt(value: float) -> str:
    return repr(round(value, 10))


def _wmts_layer_xml(layer: LayerData) -> str:
    west, south, east, north = layer.bbox
    spec = layer.spec
    formats = "".join(f"<Format>{f}</Format>" for f in FORMATS)
    values = "".join(f"<Value>{d}</Value>" for d in layer.dates)
    return (
        f"<Layer><ows:Title>{escape(spec.title)}</ows:Title><ows:Abstract>{escape(spec.abstract)}</ows:Abstract>"
        f"<ows:WGS84BoundingBox><ows:LowerCorner>{_fmt(west)} {_fmt(south)}</ows:LowerCorner>"
        f"<ows:UpperCorner>{_fmt(east)} {_fmt(north)}</ows:UpperCorner></ows:WGS84BoundingBox>"
        f"<ows:Identifier>{spec.name}</ows:Identifier>"
        '<Style isDefault="true"><ows:Title>default</ows:Title>'
        "<ows:Identifier>default</ows:Identifier></Style>"
        f"{formats}"
        "<Dimension><ows:Identifier>time</ows:Identifier>"
        f"<Default>{layer.default_date}</Default>{values}</Dimension>"
        f"<TileMatrixSetLink><TileMatrixSet>{TILE_MATRIX_SET}</TileMatrixSet></TileMatrixSetLink></Layer>"
    )


def _tile_matrix_set_xml() -> str:
    matrices = []
    corner = f"{_fmt(-render.WEB_MERCATOR_HALF)} {_fmt(render.WEB_MERCATOR_HALF)}"
    for zoom in range(MAX_ZOOM + 1):
        size = 2**zoom
        matrices.append(
            f"<TileMatrix><ows:Identifier>{TILE_MATRIX_SET}:{zoom}</ows:Identifier>"
            f"<ScaleDenominator>{_fmt(SCALE_ZOOM0 / size)}</ScaleDenominator>"
            f"<TopLeftCorner>{corner}</TopLeftCorner>"
            f"<TileWidth>{render.TILE_SIZE}</TileWidth><TileHeight>{render.TILE_SIZE}</TileHeight>"
            f"<MatrixWidth>{size}</MatrixWidth><MatrixHeight>{size}</MatrixHeight></TileMatrix>"
        )
    return (
        f"<TileMatrixSet><ows:Identifier>{TILE_MATRIX_SET}</ows:Identifier>"
        "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>"
        "<WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>"
        f"{''.join(matrices)}</TileMatrixSet>"
    )


def _kvp_operation(name: str, href: str) -> str:
    return (
        f'<ows:Operation name="{name}"><ows:DCP><ows:HTTP><ows:Get xlink:href={quoteattr(href)}>'
        '<ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value>'
        "</ows:AllowedValues></ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>"
    )


def wmts_capabilities(ctx: SandboxContext, cat: Catalogue) -> str:
    href = ctx.url("/wmts/v2") + "?"
    layers = "".join(_wmts_layer_xml(layer) for layer in cat.layers.values())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:gml="http://www.opengis.net/gml" xsi:schemaLocation="http://www.opengis.net/wmts/1.0 '
        'http://schemas.opengis.net/wmts/1.0/wmtsGetCapabilities_response.xsd" version="1.0.0">'
        "<ows:ServiceIdentification><ows:Title>Terrascope WMTS (sandbox)</ows:Title>"
        "<ows:Abstract>Local stand-in for services.terrascope.be/wmts/v2</ows:Abstract>"
        "<ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>"
        "<ows:Fees>none</ows:Fees><ows:AccessConstraints>none</ows:AccessConstraints>"
        "</ows:ServiceIdentification>"
        "<ows:ServiceProvider><ows:ProviderName>VITO</ows:ProviderName>"
        '<ows:ProviderSite xlink:href="https://terrascope.be"/><ows:ServiceContact/></ows:ServiceProvider>'
        f"<ows:OperationsMetadata>{_kvp_operation('GetCapabilities', href)}{_kvp_operation('GetTile', href)}"
        f"</ows:OperationsMetadata><Contents>{layers}{_tile_matrix_set_xml()}</Contents></Capabilities>"
    )


def wmts_exception(error: OwsError) -> Response:
    locator = f" locator={quoteattr(error.locator)}" if error.locator else ""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ExceptionReport xmlns="http://www.opengis.net/ows/1.1" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.opengis.net/ows/1.1 '
        'http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd" version="1.1.0" xml:lang="en">'
        f"<Exception exceptionCode={quoteattr(error.code)}{locator}>"
        f"<ExceptionText>{escape(error.message)}</ExceptionText></Exception></ExceptionReport>"
    )
    return _xml(body, error.status)


def _int_param(params: dict[str, str], name: str) -> int:
    text = _required(params, name)
    try:
        return int(text)
    except ValueError:
        raise OwsError(
            "InvalidParameterValue", f"{name.upper()} is not a valid integer", name.upper()
        ) from None


@dataclass(frozen=True)
class TileRequest:
    layer: LayerData
    fmt: str
    zoom: int
    row: int
    col: int
    date: str


def _tile_matrix(params: dict[str, str]) -> int:
    tms = _required(params, "TileMatrixSet")
    if tms != TILE_MATRIX_SET:
        raise OwsError("InvalidParameterValue", f"Unknown TileMatrixSet: {tms}", "TILEMATRIXSET")
    matrix = _required(params, "TileMatrix")
    prefix, _, zoom = matrix.rpartition(":")
    if prefix != TILE_MATRIX_SET or not zoom.isdigit() or int(zoom) > MAX_ZOOM:
        raise OwsError("InvalidParameterValue", f"Unknown TileMatrix: {matrix}", "TILEMATRIX")
    return int(zoom)


def parse_get_tile(cat: Catalogue, params: dict[str, str]) -> TileRequest:
    version = params.get("version")
    if version and version != WMTS_VERSION:
        raise OwsError("InvalidParameterValue", f"VERSION {version} is invalid", "VERSION")
    layer = _layer(cat, _required(params, "Layer"), "LAYER")
    _check_style(params, "style")
    fmt = _format(params, "Format", "InvalidParameterValue")
    zoom = _tile_matrix(params)
    row, col = _int_param(params, "TileRow"), _int_param(params, "TileCol")
    size = 2**zoom
    for name, value in (("TILEROW", row), ("TILECOL", col)):
        if not 0 <= value < size:
            raise OwsError("TileOutOfRange", f"{name} is out of range, maximum value is {size - 1}", name)
    try:
        date = resolve_time(layer, params.get("time"))
    except ValueError:
        raise OwsError("InvalidParameterValue", f"Invalid TIME: {params.get('time')}", "TIME") from None
    return TileRequest(layer, fmt, zoom, row, col, date)


def wmts_tile(ctx: SandboxContext, cat: Catalogue, tile: TileRequest) -> bytes:
    def make() -> bytes:
        rgba = render_layer(ctx, tile.layer, tile.date, render.tile_grid(tile.zoom, tile.col, tile.row))
        return render.encode(rgba, tile.fmt.split("/")[1])

    key = (tile.layer.spec.name, tile.date, tile.zoom, tile.row, tile.col, tile.fmt)
    return cat.cached(key, make)


def handle_wmts(ctx: SandboxContext, cat: Catalogue, params: dict[str, str]) -> Response:
    service = params.get("service")
    if not service:
        raise OwsError("MissingParameterValue", "Missing SERVICE parameter", "SERVICE")
    if service.upper() != "WMTS":
        raise OwsError("InvalidParameterValue", f"Unrecognized service: {service}", "SERVICE")
    request = _required(params, "Request").lower()
    if request == "getcapabilities":
        return _xml(wmts_capabilities(ctx, cat), media_type="application/xml")
    if request == "gettile":
        tile = parse_get_tile(cat, params)
        return Response(content=wmts_tile(ctx, cat, tile), media_type=tile.fmt)
    raise OwsError("OperationNotSupported", f"Request {params['request']} is not supported", "REQUEST", 501)


def make_wmts_router(ctx: SandboxContext) -> APIRouter:
    """``/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities|GetTile&...`` (KVP)."""
    router = APIRouter()
    cache = CatalogueCache(ctx)

    def wmts(request: Request) -> Response:
        try:
            return handle_wmts(ctx, cache.get(), kvp(request))
        except OwsError as error:
            return wmts_exception(error)

    router.add_api_route("", wmts, methods=["GET"], include_in_schema=False)
    router.add_api_route("/", wmts, methods=["GET"], include_in_schema=False)
    return router


# ---------------------------------------------------------------------------------------------- WMS


def _wms_version(params: dict[str, str]) -> str:
    version = params.get("version") or params.get("wmtver") or "1.3.0"
    return "1.1.1" if version.startswith("1.1") or version.startswith("1.0") else "1.3.0"


def _axis_swapped(crs: str) -> bool:
    """Whether WMS 1.3.0 BBOX values come in (north, east) order for this CRS (EPSG axis order)."""
    return crs in NORTH_FIRST


def _crs(params: dict[str, str], version: str) -> str:
    name = "srs" if version == "1.1.1" else "crs"
    crs = params.get(name) or params.get("crs") or params.get("srs")
    if not crs:
        raise OwsError("MissingParameterValue", f"Missing {name.upper()} parameter", name.upper())
    crs = crs.upper()
    if crs == "EPSG:900913":
        crs = "EPSG:3857"
    if crs not in WMS_CRS:
        code = "InvalidSRS" if version == "1.1.1" else "InvalidCRS"
        raise OwsError(code, f"{name.upper()} {crs} is not supported", name.upper())
    return crs


def _bbox_param(params: dict[str, str], crs: str, version: str) -> tuple[float, float, float, float]:
    try:
        values = [float(v) for v in _required(params, "bbox").split(",")]
    except ValueError:
        raise OwsError("InvalidParameterValue", "BBOX must be four numbers", "BBOX") from None
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise OwsError("InvalidParameterValue", "BBOX must be four numbers", "BBOX")
    if version == "1.3.0" and _axis_swapped(crs):
        values = [values[1], values[0], values[3], values[2]]
    minx, miny, maxx, maxy = values
    if minx >= maxx or miny >= maxy:
        raise OwsError("InvalidParameterValue", "BBOX minimum must be below its maximum", "BBOX")
    return minx, miny, maxx, maxy


def _size_param(params: dict[str, str], name: str) -> int:
    value = _int_param(params, name)
    if not 0 < value <= WMS_MAX_SIZE:
        raise OwsError("InvalidParameterValue", f"{name.upper()} must be 1 to {WMS_MAX_SIZE}", name.upper())
    return value


@dataclass(frozen=True)
class MapRequest:
    version: str
    layers: list[LayerData]
    grid: Grid
    fmt: str
    transparent: bool
    background: tuple[int, int, int]
    times: list[str]


def _background(params: dict[str, str]) -> tuple[int, int, int]:
    text = params.get("bgcolor", "0xFFFFFF").lower().replace("#", "0x")
    try:
        value = int(text, 16)
    except ValueError:
        raise OwsError("InvalidParameterValue", f"Invalid BGCOLOR {text}", "BGCOLOR") from None
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def parse_get_map(cat: Catalogue, params: dict[str, str], layers_param: str = "layers") -> MapRequest:
    version = _wms_version(params)
    names = [n for n in _required(params, layers_param).split(",") if n]
    layers = [_layer(cat, name, layers_param.upper(), "LayerNotDefined") for name in names]
    _check_style(params, "styles", "StyleNotDefined")
    crs = _crs(params, version)
    bbox = _bbox_param(params, crs, version)
    grid_crs = render.WGS84 if crs == "CRS:84" else crs  # CRS:84 is lon/lat, as GDAL's EPSG:4326 here
    grid = Grid(grid_crs, bbox, _size_param(params, "width"), _size_param(params, "height"))
    fmt = _format(params, "format", "InvalidFormat")
    transparent = params.get("transparent", "FALSE").upper() == "TRUE"
    times = []
    for layer in layers:
        try:
            times.append(resolve_time(layer, params.get("time")))
        except ValueError:
            raise OwsError("InvalidDimensionValue", f"Invalid TIME: {params.get('time')}", "TIME") from None
    return MapRequest(version, layers, grid, fmt, transparent, _background(params), times)


def wms_map(ctx: SandboxContext, request: MapRequest) -> bytes:
    grid = request.grid
    image = render.empty_rgba(grid.width, grid.height)
    for layer, date in zip(request.layers, request.times):
        image = composite(image, render_layer(ctx, layer, date, grid))
    if not request.transparent:
        image = render.flatten(image, request.background)
    return render.encode(image, request.fmt.split("/")[1], request.background)


def _pixel(params: dict[str, str], version: str) -> tuple[int, int]:
    names = ("x", "y") if version == "1.1.1" else ("i", "j")
    try:
        col, row = (int(_required(params, n)) for n in names)
    except ValueError:
        raise OwsError(
            "InvalidPoint", "The query point is not a pair of integers", names[0].upper()
        ) from None
    return col, row


def feature_info(ctx: SandboxContext, params: dict[str, str], cat: Catalogue) -> Response:
    request = parse_get_map(cat, params, "query_layers")
    col, row = _pixel(params, request.version)
    if not (0 <= col < request.grid.width and 0 <= row < request.grid.height):
        raise OwsError("InvalidPoint", "The query point is outside the map", "I")
    transform = request.grid.transform
    left, top = transform * (col, row)
    right, bottom = transform * (col + 1, row + 1)
    pixel = Grid(request.grid.crs, (left, bottom, right, top), 1, 1)
    results = []
    for layer, date in zip(request.layers, request.times):
        bands = layer_values(ctx, layer, date, pixel)
        values = [float(b[0, 0]) for b in bands] or [math.nan] * len(layer.asset_keys)
        results.append((layer, date, values))
    return _info_response(params.get("info_format", "text/plain").lower(), results)


def _info_response(info_format: str, results: list[tuple[LayerData, str, list[float]]]) -> Response:
    if info_format == "application/json":
        features = [
            {
                "type": "Feature",
                "id": layer.spec.name,
                "geometry": None,
                "properties": {
                    "layer": layer.spec.name,
                    "time": date,
                    **{
                        k: (None if math.isnan(v) else float(f"{v:.6g}"))
                        for k, v in zip(layer.asset_keys, values)
                    },
                },
            }
            for layer, date, values in results
        ]
        return JSONResponse({"type": "FeatureCollection", "features": features})
    lines = []
    for layer, date, values in results:
        lines.append(f"Layer '{layer.spec.name}' time {date}")
        for key, value in zip(layer.asset_keys, values):
            lines.append(f"  {key} = {render.describe_value(layer.spec.style, value)}")
    if info_format == "text/html":
        rows = "".join(f"<tr><td>{escape(line)}</td></tr>" for line in lines)
        return Response(f"<html><body><table>{rows}</table></body></html>", media_type="text/html")
    if info_format != "text/plain":
        raise OwsError("InvalidFormat", f"INFO_FORMAT {info_format} is not supported", "INFO_FORMAT")
    return Response("\n".join(lines) + "\n", media_type="text/plain")


def wms_exception(error: OwsError, version: str) -> Response:
    code = f" code={quoteattr(error.code)}" if error.code else ""
    locator = f" locator={quoteattr(error.locator)}" if error.locator and version == "1.3.0" else ""
    if version == "1.1.1":
        head = '<ServiceExceptionReport version="1.1.1">'
        media = "application/vnd.ogc.se_xml"
    else:
        head = (
            '<ServiceExceptionReport version="1.3.0" xmlns="http://www.opengis.net/ogc" '
            f'xmlns:xsi="{XSI}" xsi:schemaLocation="http://www.opengis.net/ogc '
            'http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd">'
        )
        media = "text/xml"
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{head}'
        f"<ServiceException{code}{locator}>{escape(error.message)}</ServiceException></ServiceExceptionReport>"
    )
    return _xml(body, error.status, media)


def _wms_bbox_xml(layer_bbox: tuple[float, float, float, float], version: str) -> str:
    west, south, east, north = layer_bbox
    merc = transform_bounds(
        render.WGS84,
        render.WEB_MERCATOR,
        west,
        max(south, -render.WEB_MERCATOR_MAX_LAT),
        east,
        min(north, render.WEB_MERCATOR_MAX_LAT),
    )
    crs_attr = "SRS" if version == "1.1.1" else "CRS"
    geo = (south, west, north, east) if version == "1.3.0" else (west, south, east, north)
    boxes = [("EPSG:4326", geo), ("EPSG:3857", merc)]
    if version == "1.3.0":
        boxes.append(("CRS:84", (west, south, east, north)))
    return "".join(
        f'<BoundingBox {crs_attr}="{crs}" minx="{_fmt(b[0])}" miny="{_fmt(b[1])}" maxx="{_fmt(b[2])}" '
        f'maxy="{_fmt(b[3])}"/>'
        for crs, b in boxes
    )


def _wms_layer_xml(layer: LayerData, version: str) -> str:
    west, south, east, north = layer.bbox
    spec = layer.spec
    if version == "1.1.1":
        geo = (
            f'<LatLonBoundingBox minx="{_fmt(west)}" miny="{_fmt(south)}" '
            f'maxx="{_fmt(east)}" maxy="{_fmt(north)}"/>'
        )
        time = (
            '<Dimension name="time" units="ISO8601"/>'
            f'<Extent name="time" default="{layer.default_date}" nearestValue="0">'
            f"{','.join(layer.dates)}</Extent>"
        )
    else:
        geo = (
            f"<EX_GeographicBoundingBox><westBoundLongitude>{_fmt(west)}</westBoundLongitude>"
            f"<eastBoundLongitude>{_fmt(east)}</eastBoundLongitude>"
            f"<southBoundLatitude>{_fmt(south)}</southBoundLatitude>"
            f"<northBoundLatitude>{_fmt(north)}</northBoundLatitude></EX_GeographicBoundingBox>"
        )
        time = (
            f'<Dimension name="time" units="ISO8601" default="{layer.default_date}" nearestValue="0">'
            f"{','.join(layer.dates)}</Dimension>"
        )
    return (
        f'<Layer queryable="1" opaque="0"><Name>{spec.name}</Name><Title>{escape(spec.title)}</Title>'
        f"<Abstract>{escape(spec.abstract)}</Abstract>{geo}{_wms_bbox_xml(layer.bbox, version)}{time}"
        "<Style><Name>default</Name><Title>default</Title></Style></Layer>"
    )


def _wms_operation(name: str, formats: tuple[str, ...], href: str) -> str:
    fmts = "".join(f"<Format>{f}</Format>" for f in formats)
    return (
        f"<{name}>{fmts}<DCPType><HTTP><Get>"
        f'<OnlineResource xlink:type="simple" xlink:href={quoteattr(href)}/></Get></HTTP></DCPType></{name}>'
    )


def wms_capabilities(ctx: SandboxContext, cat: Catalogue, version: str) -> str:
    href = ctx.url("/wms/v2") + "?"
    crs_tag = "SRS" if version == "1.1.1" else "CRS"
    crs_list = [c for c in WMS_CRS if version == "1.3.0" or c != "CRS:84"]
    crs = "".join(f"<{crs_tag}>{c}</{crs_tag}>" for c in crs_list)
    caps_format = "application/vnd.ogc.wms_xml" if version == "1.1.1" else "text/xml"
    exc_formats = ("application/vnd.ogc.se_xml",) if version == "1.1.1" else ("XML",)
    layers = "".join(_wms_layer_xml(layer, version) for layer in cat.layers.values())
    info = ("text/plain", "text/html", "application/json")
    request = (
        _wms_operation("GetCapabilities", (caps_format,), href)
        + _wms_operation("GetMap", FORMATS, href)
        + _wms_operation("GetFeatureInfo", info, href)
    )
    if version == "1.1.1":
        root_open = '<WMT_MS_Capabilities version="1.1.1" xmlns:xlink="http://www.w3.org/1999/xlink">'
        root_close = "</WMT_MS_Capabilities>"
        service_name = "OGC:WMS"
    else:
        root_open = (
            '<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="{XSI}" '
            'xsi:schemaLocation="http://www.opengis.net/wms '
            'http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd">'
        )
        root_close = "</WMS_Capabilities>"
        service_name = "WMS"
    limits = (
        ""
        if version == "1.1.1"
        else f"<MaxWidth>{WMS_MAX_SIZE}</MaxWidth><MaxHeight>{WMS_MAX_SIZE}</MaxHeight>"
    )
    exceptions = "".join(f"<Format>{f}</Format>" for f in exc_formats)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{root_open}'
        f"<Service><Name>{service_name}</Name><Title>Terrascope WMS (sandbox)</Title>"
        "<Abstract>Local stand-in for services.terrascope.be/wms/v2</Abstract>"
        f'<OnlineResource xlink:type="simple" xlink:href={quoteattr(href)}/>'
        f"<Fees>none</Fees><AccessConstraints>none</AccessConstraints>{limits}</Service>"
        f"<Capability><Request>{request}</Request><Exception>{exceptions}</Exception>"
        f"<Layer><Title>Terrascope</Title>{crs}{layers}</Layer></Capability>{root_close}"
    )


def handle_wms(ctx: SandboxContext, cat: Catalogue, params: dict[str, str]) -> Response:
    service = params.get("service", "WMS")
    if service.upper() != "WMS":
        raise OwsError("InvalidParameterValue", f"Unrecognized service: {service}", "SERVICE")
    request = _required(params, "request").lower()
    if request in ("getcapabilities", "capabilities"):
        version = _wms_version(params)
        media = "application/vnd.ogc.wms_xml" if version == "1.1.1" else "text/xml"
        return _xml(wms_capabilities(ctx, cat, version), media_type=media)
    if request in ("getmap", "map"):
        map_request = parse_get_map(cat, params)
        return Response(content=wms_map(ctx, map_request), media_type=map_request.fmt)
    if request == "getfeatureinfo":
        return feature_info(ctx, params, cat)
    raise OwsError("OperationNotSupported", f"Request {params['request']} is not supported", "REQUEST")


def make_wms_router(ctx: SandboxContext) -> APIRouter:
    """``/wms/v2?SERVICE=WMS&REQUEST=GetCapabilities|GetMap|GetFeatureInfo&...`` (1.3.0 and 1.1.1)."""
    router = APIRouter()
    cache = CatalogueCache(ctx)

    def wms(request: Request) -> Response:
        params = kvp(request)
        try:
            return handle_wms(ctx, cache.get(), params)
        except OwsError as error:
            return wms_exception(error, _wms_version(params))

    router.add_api_route("", wms, methods=["GET"], include_in_schema=False)
    router.add_api_route("/", wms, methods=["GET"], include_in_schema=False)
    return router
