"""Reading the generated rasters and turning them into styled RGBA images.

Shared by the WMTS/WMS stand-ins (:mod:`sandbox.ows`) and the titiler preview stand-in
(:mod:`sandbox.titiler`); this module is the one place for colours, stretches and image encoding.

Reading
    Asset hrefs ``{base}/download/<rest>`` are the files ``files_dir/<rest>``. Datasets are opened once per
    worker thread (rasterio handles are not thread-safe) and kept in a small LRU. A tile or map is warped from
    the overview level whose resolution is the finest one not finer than needed, so a zoom-8 tile reads a few
    kilobytes of a COG, not the full-resolution band. rasterio's warp releases the GIL while it works.

Values
    :func:`read_window` gives raw digital numbers as ``float32`` with ``NaN`` where the file has no data
    (nodata value, outside the footprint). Styles get physical values (``DN * scale + offset``, with
    scale/offset/nodata per asset as in the real items: ``raster:scale``, ``raster:offset``, ``nodata``).

Styles (sources)
    - ``radiometry``: B04/B03/B02 true colour, reflectance 0.02-0.16 linearly to 0-255. These are the values
      VITO's own tile seeder uses for ``CGS_S2_RADIOMETRY`` (``Band("B04", 200, 1600)`` ... in
      Open-EO/openeo-geotrellis-extensions ``geotrellis-seeder`` ``ReferenceTileTest.java``), and the same
      ``rescale=200,1600`` the real titiler preview links carry.
    - ``ndvi``: the Copernicus Land NDVI legend (brown -0.08 → yellow 0.2 → dark green 0.92,
      copernicus-land/colourmaps-legends). ``fapar`` and ``fcover``: the same colours over 0-1 (VITO's seeder
      renders FAPAR with its NDVI colour table). ``lai``: VITO's ``ColorTable_LAI_V12`` (brown 0, yellow 2,
      green 4, dark green 7).
    - ``worldcover``: the official ESA WorldCover class colours (``sandbox.data.collections``; the same
      table as VITO's seeder ``colorMaps/worldcover.txt``).
    - ``sigma0``: Sentinel-1 VV/VH false colour (R = VV, G = VH, B = VV - VH in dB), as VITO's seeder composes
      VV and VH into RGB.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote, urlsplit

import numpy as np
import rasterio
from affine import Affine
from rasterio.enums import Resampling
from rasterio.io import MemoryFile
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_bounds

from .data.collections import WORLDCOVER_CLASSES  # the legend and official colours, defined once

TILE_SIZE = 256
WEB_MERCATOR_HALF = 20037508.342789244  # half the EPSG:3857 world width, metres
WEB_MERCATOR_MAX_LAT = 85.0511287798066
WGS84 = "EPSG:4326"
WEB_MERCATOR = "EPSG:3857"
WHITE = (255, 255, 255)
_DATASETS_PER_THREAD = 24  # x worker threads (QGIS opens ~6 connections per host) stays far below ulimit -n

RGBA = np.ndarray  # (height, width, 4) uint8
Colour = tuple[int, int, int]


# ---------------------------------------------------------------------------------------------- grids


@dataclass(frozen=True)
class Grid:
    """An output raster: CRS, bounds (x/y order of the CRS as GDAL sees it: lon/lat for EPSG:4326), size."""

    crs: str
    bounds: tuple[float, float, float, float]
    width: int
    height: int

    @property
    def transform(self) -> Affine:
        minx, miny, maxx, maxy = self.bounds
        return Affine((maxx - minx) / self.width, 0.0, minx, 0.0, -(maxy - miny) / self.height, maxy)

    def wgs84_bounds(self) -> tuple[float, float, float, float]:
        if self.crs.upper() in (WGS84, "CRS:84", "OGC:CRS84"):
            return self.bounds
        return transform_bounds(self.crs, WGS84, *self.bounds, densify_pts=21)


def tile_grid(zoom: int, col: int, row: int, size: int = TILE_SIZE) -> Grid:
    """The EPSG:3857 GoogleMapsCompatible tile (TileMatrix ``zoom``, TileCol ``col``, TileRow ``row``)."""
    span = 2 * WEB_MERCATOR_HALF / (2**zoom)
    minx = -WEB_MERCATOR_HALF + col * span
    maxy = WEB_MERCATOR_HALF - row * span
    return Grid(WEB_MERCATOR, (minx, maxy - span, minx + span, maxy), size, size)


def bboxes_intersect(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ---------------------------------------------------------------------------------------------- assets


@dataclass(frozen=True)
class AssetRef:
    """One band of one item asset, located on disk, with the per-asset value conventions."""

    path: Path
    nodata: float | None = None
    scale: float = 1.0
    offset: float = 0.0
    band: int = 1
    bbox: tuple[float, float, float, float] | None = None  # WGS84 footprint bbox of the item


def local_path(href: str, base_url: str, files_dir: Path) -> Path | None:
    """The file behind ``{base}/download/<rest>``, or None for any other href."""
    prefix = base_url.rstrip("/") + "/download/"
    if not href.startswith(prefix):
        return None
    rest = unquote(urlsplit(href).path)[len("/download/") :]
    path = (files_dir / rest).resolve()
    if files_dir.resolve() not in path.parents:
        return None
    return path


def _asset_field(asset: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if asset.get(key) is not None:
            return asset[key]
    for band in asset.get("bands") or asset.get("raster:bands") or []:
        for key in keys:
            if isinstance(band, dict) and band.get(key) is not None:
                return band[key]
    return None


def asset_ref(
    item: dict[str, Any], key: str, base_url: str, files_dir: Path, band: int = 1
) -> AssetRef | None:
    asset = item.get("assets", {}).get(key)
    if not asset:
        return None
    path = local_path(asset.get("href", ""), base_url, files_dir)
    if path is None or not path.exists():
        return None
    nodata = _asset_field(asset, "nodata", "raster:nodata")
    scale = _asset_field(asset, "raster:scale", "scale")
    offset = _asset_field(asset, "raster:offset", "offset")
    return AssetRef(
        path=path,
        nodata=None if nodata is None else float(nodata),
        scale=1.0 if scale is None else float(scale),
        offset=0.0 if offset is None else float(offset),
        band=band,
        bbox=bbox2d(item.get("bbox")),
    )


def bbox2d(bbox: Sequence[float] | None) -> tuple[float, float, float, float] | None:
    """A STAC bbox (2-D or 3-D) as (west, south, east, north)."""
    if not bbox:
        return None
    if len(bbox) == 6:
        return (bbox[0], bbox[1], bbox[3], bbox[4])
    return tuple(bbox[:4])  # type: ignore[return-value]


def physical(dn: np.ndarray, ref: AssetRef) -> np.ndarray:
    return dn * np.float32(ref.scale) + np.float32(ref.offset)


# ---------------------------------------------------------------------------------------------- datasets

_local = threading.local()


def open_dataset(path: Path, overview_level: int | None = None) -> rasterio.io.DatasetReader:
    """A rasterio dataset for this thread, cached (LRU) per (path, overview level)."""
    cache: OrderedDict | None = getattr(_local, "datasets", None)
    if cache is None:
        cache = _local.datasets = OrderedDict()
    key = (str(path), overview_level)
    dataset = cache.get(key)
    if dataset is not None and not dataset.closed:
        cache.move_to_end(key)
        return dataset
    if overview_level is None:
        dataset = rasterio.open(path)
    else:
        dataset = rasterio.open(path, overview_level=overview_level)
    cache[key] = dataset
    while len(cache) > _DATASETS_PER_THREAD:
        _, old = cache.popitem(last=False)
        old.close()
    return dataset


def _overview_level(dataset: rasterio.io.DatasetReader, grid: Grid) -> int | None:
    """The coarsest overview still at least as fine as the output grid (None: full resolution)."""
    factors = dataset.overviews(1)
    if not factors:
        return None
    try:
        left, bottom, right, top = transform_bounds(grid.crs, dataset.crs, *grid.bounds, densify_pts=11)
    except Exception:  # noqa: BLE001 - bounds not transformable: read the full resolution
        return None
    wanted = min((right - left) / grid.width, (top - bottom) / grid.height)
    if not math.isfinite(wanted) or wanted <= 0:
        return None
    native = min(abs(dataset.res[0]), abs(dataset.res[1]))
    level = None
    for index, factor in enumerate(factors):
        if native * factor <= wanted * 1.001:
            level = index
    return level


def _sub_grid(grid: Grid, bbox: tuple[float, float, float, float] | None) -> tuple[Grid, int, int] | None:
    """The part of ``grid`` that the WGS84 ``bbox`` can touch (with a pixel of margin), and its offset."""
    if bbox is None:
        return grid, 0, 0
    west, south, east, north = bbox
    if grid.crs.upper() == WEB_MERCATOR:
        south, north = max(south, -WEB_MERCATOR_MAX_LAT), min(north, WEB_MERCATOR_MAX_LAT)
        if south >= north:
            return None
    try:
        minx, miny, maxx, maxy = transform_bounds(WGS84, grid.crs, west, south, east, north, densify_pts=21)
    except Exception:  # noqa: BLE001 - cannot tell: warp the whole grid
        return grid, 0, 0
    inverse = ~grid.transform
    c0, r0 = inverse * (minx, maxy)
    c1, r1 = inverse * (maxx, miny)
    col0, row0 = max(0, int(math.floor(min(c0, c1))) - 1), max(0, int(math.floor(min(r0, r1))) - 1)
    col1 = min(grid.width, int(math.ceil(max(c0, c1))) + 1)
    row1 = min(grid.height, int(math.ceil(max(r0, r1))) + 1)
    if col0 >= col1 or row0 >= row1:
        return None
    transform = grid.transform
    left, top = transform * (col0, row0)
    right, bottom = transform * (col1, row1)
    return Grid(grid.crs, (left, bottom, right, top), col1 - col0, row1 - row0), row0, col0


def read_window(ref: AssetRef, grid: Grid, resampling: Resampling = Resampling.nearest) -> np.ndarray:
    """The asset band warped onto ``grid``: raw DN as float32, NaN where there is no data."""
    out = np.full((grid.height, grid.width), np.nan, dtype="float32")
    placed = _sub_grid(grid, ref.bbox)
    if placed is None:
        return out
    sub, row0, col0 = placed
    level = _overview_level(open_dataset(ref.path), sub)
    dataset = open_dataset(ref.path, level)
    nodata = ref.nodata if ref.nodata is not None else dataset.nodatavals[ref.band - 1]
    # A WarpedVRT, not rasterio.warp.reproject: that one races (spurious warnings) in concurrent threads.
    with WarpedVRT(
        dataset,
        crs=sub.crs,
        transform=sub.transform,
        width=sub.width,
        height=sub.height,
        src_nodata=nodata,
        nodata=np.nan,
        dtype="float32",
        resampling=resampling,
    ) as vrt:
        window = vrt.read(ref.band)
    out[row0 : row0 + sub.height, col0 : col0 + sub.width] = window
    return out


def mosaic(stacks: Sequence[Sequence[AssetRef]], grid: Grid) -> list[np.ndarray]:
    """First-valid-wins mosaic of several items, each a stack of bands (valid = every band has data)."""
    if not stacks:
        return []
    bands = len(stacks[0])
    out = [np.full((grid.height, grid.width), np.nan, dtype="float32") for _ in range(bands)]
    empty = np.ones((grid.height, grid.width), dtype=bool)
    for stack in stacks:
        values = [read_window(ref, grid) for ref in stack]
        take = empty & np.logical_and.reduce([~np.isnan(v) for v in values])
        if not take.any():
            continue
        for target, value, ref in zip(out, values, stack):
            target[take] = physical(value[take], ref)
        empty &= ~take
        if not empty.any():
            break
    return out


def read_native(
    ref: AssetRef, height: int, width: int, resampling: Resampling = Resampling.nearest
) -> np.ndarray:
    """The whole asset band decimated to ``height`` x ``width`` in its own CRS (GDAL picks the overview)."""
    dataset = open_dataset(ref.path)
    data = dataset.read(ref.band, out_shape=(height, width), resampling=resampling).astype("float32")
    nodata = ref.nodata if ref.nodata is not None else dataset.nodatavals[ref.band - 1]
    if nodata is not None and not math.isnan(nodata):
        data[data == np.float32(nodata)] = np.nan
    return data


# ---------------------------------------------------------------------------------------------- colours


def hex_colour(code: str) -> Colour:
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


@dataclass(frozen=True)
class Ramp:
    """A linear colour ramp through (value, colour) stops; values outside are clamped to the ends."""

    stops: tuple[tuple[float, Colour], ...]

    def apply(self, values: np.ndarray) -> RGBA:
        xs = [value for value, _ in self.stops]
        rgba = np.zeros(values.shape + (4,), dtype="uint8")
        valid = ~np.isnan(values)
        for channel in range(3):
            ys = [colour[channel] for _, colour in self.stops]
            rgba[..., channel][valid] = np.interp(values[valid], xs, ys).round().astype("uint8")
        rgba[..., 3] = np.where(valid, 255, 0)
        return rgba

    def shifted(self, start: float, end: float) -> Ramp:
        """The same colours spread over [start, end]."""
        first, last = self.stops[0][0], self.stops[-1][0]
        span = (last - first) or 1.0
        return Ramp(tuple((start + (v - first) / span * (end - start), c) for v, c in self.stops))


def ramp(spec: str) -> Ramp:
    """A ramp from ``"value:rrggbb value:rrggbb ..."``."""
    stops = (part.split(":") for part in spec.split())
    return Ramp(tuple((float(value), hex_colour(code)) for value, code in stops))


NDVI_RAMP = ramp(
    "-0.08:8c5c08 0:8e5f08 0.1:c5ad13 0.2:ffff1e 0.3:dae819 0.4:b6d215 0.5:91bc11 0.6:6da60c 0.7:489008 "
    "0.8:247a04 0.92:006400"
)
UNIT_RAMP = NDVI_RAMP.shifted(0.0, 1.0)
LAI_RAMP = ramp("0:8c5c08 2:ffff00 4:00c800 7:006400")


def classes_to_rgba(values: np.ndarray, table: dict[int, tuple[str, Colour]]) -> RGBA:
    """Class values through a (label, RGB) table; unknown classes and no data are transparent."""
    lut = np.zeros((256, 4), dtype="uint8")
    for value, (_label, colour) in table.items():
        lut[value] = (*colour, 255)
    valid = ~np.isnan(values)
    index = np.zeros(values.shape, dtype="uint8")
    index[valid] = np.clip(values[valid], 0, 255).astype("uint8")
    rgba = lut[index]
    rgba[~valid] = 0
    return rgba


def stretch(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Linear stretch of [low, high] to 0-255 (clipped); NaN stays 0."""
    span = (high - low) or 1.0
    scaled = (np.nan_to_num(values, nan=low) - low) * (255.0 / span)
    return np.clip(scaled, 0, 255).round().astype("uint8")


def stack_rgba(channels: Sequence[np.ndarray], valid: np.ndarray) -> RGBA:
    """Grey (1 channel) or RGB (3 channels) uint8 planes plus an alpha from ``valid``."""
    planes = list(channels) * 3 if len(channels) == 1 else list(channels)[:3]
    alpha = np.where(valid, 255, 0).astype("uint8")
    return np.dstack(planes + [alpha])


def _rgb_style(low: float, high: float) -> Callable[[list[np.ndarray]], RGBA]:
    def render(bands: list[np.ndarray]) -> RGBA:
        valid = np.logical_and.reduce([~np.isnan(b) for b in bands])
        return stack_rgba([stretch(b, low, high) for b in bands], valid)

    return render


def _to_db(values: np.ndarray) -> np.ndarray:
    """Backscatter in dB: values that look linear (all ≥ 0 and < 5) are converted."""
    finite = values[~np.isnan(values)]
    if finite.size and finite.min() >= 0 and finite.max() < 5:
        with np.errstate(divide="ignore", invalid="ignore"):
            return 10.0 * np.log10(np.where(values > 0, values, np.nan))
    return values


def _sigma0(bands: list[np.ndarray]) -> RGBA:
    vv, vh = (_to_db(b) for b in bands[:2])
    valid = ~np.isnan(vv) & ~np.isnan(vh)
    return stack_rgba([stretch(vv, -20, 0), stretch(vh, -25, -5), stretch(vv - vh, 0, 15)], valid)


STYLES: dict[str, Callable[[list[np.ndarray]], RGBA]] = {
    "radiometry": _rgb_style(0.02, 0.16),
    "ndvi": lambda bands: NDVI_RAMP.apply(bands[0]),
    "fapar": lambda bands: UNIT_RAMP.apply(bands[0]),
    "fcover": lambda bands: UNIT_RAMP.apply(bands[0]),
    "lai": lambda bands: LAI_RAMP.apply(bands[0]),
    "worldcover": lambda bands: classes_to_rgba(bands[0], WORLDCOVER_CLASSES),
    "sigma0": _sigma0,
}


def render(style: str, bands: list[np.ndarray]) -> RGBA:
    return STYLES[style](bands)


def describe_value(style: str, value: float) -> str:
    """A human label for one pixel value of a layer (class name for WorldCover)."""
    if math.isnan(value):
        return "no data"
    if style == "worldcover":
        label = WORLDCOVER_CLASSES.get(int(value), ("unknown class", ""))[0]
        return f"{int(value)} ({label})"
    return f"{value:.4g}"


# ------------------------------------------------------------------------------------ named colour maps

# A few of rio-tiler's colour map names, as ramps, for when matplotlib is not installed.
_BUILTIN_CMAPS: dict[str, Ramp] = {
    "greys": ramp("0:ffffff 1:000000"),
    "gray": ramp("0:000000 1:ffffff"),
    "viridis": ramp("0:440154 0.25:3b528b 0.5:21918c 0.75:5ec962 1:fde725"),
    "rdylgn": ramp("0:a50026 0.25:f46d43 0.5:ffffbf 0.75:66bd63 1:006837"),
    "ylgn": ramp("0:ffffe5 0.5:78c679 1:004529"),
    "greens": ramp("0:f7fcf5 0.5:74c476 1:00441b"),
    "ylorbr": ramp("0:ffffe5 0.5:fe9929 1:662506"),
}


def colormap_names() -> list[str]:
    names = set(_BUILTIN_CMAPS) | {f"{n}_r" for n in _BUILTIN_CMAPS}
    try:
        from matplotlib import colormaps
    except ImportError:
        return sorted(names)
    return sorted(names | {name.lower() for name in colormaps})


def colormap_lut(name: str) -> np.ndarray | None:
    """A (256, 4) uint8 lookup table for a rio-tiler style colour map name (lower case), or None."""
    name = name.lower()
    try:
        from matplotlib import colormaps
    except ImportError:
        colormaps = None
    if colormaps is not None:
        by_lower = {n.lower(): n for n in colormaps}
        if name in by_lower:
            lut = colormaps[by_lower[name]](np.linspace(0, 1, 256)) * 255
            return lut.round().astype("uint8")
    reverse = name.endswith("_r")
    ramp_ = _BUILTIN_CMAPS.get(name[:-2] if reverse else name)
    if ramp_ is None:
        return None
    lut = ramp_.apply(np.linspace(0, 1, 256, dtype="float32"))
    return lut[::-1].copy() if reverse else lut


def apply_lut(index: np.ndarray, valid: np.ndarray, lut: np.ndarray) -> RGBA:
    rgba = lut[index].copy()
    rgba[..., 3] = np.where(valid, rgba[..., 3], 0)
    return rgba


# ---------------------------------------------------------------------------------------------- encoding

MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}


def flatten(rgba: RGBA, background: Colour = WHITE) -> RGBA:
    """Composite over an opaque background (for JPEG, or WMS TRANSPARENT=FALSE)."""
    alpha = rgba[..., 3:4].astype("float32") / 255.0
    rgb = rgba[..., :3].astype("float32") * alpha + np.array(background, dtype="float32") * (1 - alpha)
    return np.dstack([rgb.round().astype("uint8"), np.full(rgba.shape[:2], 255, dtype="uint8")])


def encode(rgba: RGBA, fmt: str, background: Colour = WHITE) -> bytes:
    """PNG (RGBA) or JPEG (RGB over ``background``) bytes, written by GDAL's drivers through rasterio."""
    fmt = fmt.lower()
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unsupported image format {fmt!r}")
    jpeg = MEDIA_TYPES[fmt] == "image/jpeg"
    image = flatten(rgba, background)[..., :3] if jpeg else rgba
    height, width, bands = image.shape
    options = {"driver": "JPEG", "quality": 85} if jpeg else {"driver": "PNG", "zlevel": 6}
    # A pixel-space transform keeps rasterio from warning about a non-georeferenced image.
    pixels = Affine(1.0, 0.0, 0.0, 0.0, -1.0, float(height))
    with MemoryFile() as memory:
        with memory.open(
            width=width, height=height, count=bands, dtype="uint8", transform=pixels, **options
        ) as out:
            out.write(np.moveaxis(image, -1, 0))
        return memory.read()


def empty_rgba(width: int, height: int) -> RGBA:
    return np.zeros((height, width, 4), dtype="uint8")
