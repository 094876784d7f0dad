"""Blockwise raster computation with GDAL and numpy: several rasters read onto one grid, one float32 written.

- :func:`describe` reads what matters of a raster (grid, CRS, bands, nodata, scale/offset).
- :func:`target_grid` picks the output grid: the CRS most inputs are in (the first input's on a tie) and the
  pixels of the finest input in that CRS (or a chosen pixel size and CRS), over the area every input covers.
- :func:`compute_blockwise` reads each input window by window onto that grid (directly when the input is
  on it, else through a warped VRT that resamples and reprojects on the fly), hands the arrays to a
  function, and writes its result to a tiled, compressed GeoTIFF, or a COG. Windows follow the blocks of
  the first input read directly, so that each of its (deflate…) blocks is decoded once; worker threads read
  and compute a few windows ahead while the calling thread writes and compresses the output tile by tile,
  in reused arrays, so memory stays bounded (tens of MB) whatever the raster size. The file is written
  under a ``.partial`` name and renamed at the end; cancelling (between windows) leaves nothing behind.

Everything here raises :class:`~.errors.RasterError` with a sentence a user can act on.
"""

import contextlib
import math
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np
from osgeo import gdal, gdal_array, osr
from qgis.core import QgsFeedback

from .errors import RasterError
from .i18n import tr

GeoTransform = tuple[float, float, float, float, float, float]

# Pixel types an algorithm can compute with (complex numbers cannot be).
SUPPORTED_TYPES = {
    gdal.GDT_Byte,
    gdal.GDT_UInt16,
    gdal.GDT_Int16,
    gdal.GDT_UInt32,
    gdal.GDT_Int32,
    gdal.GDT_Float32,
    gdal.GDT_Float64,
}
for _name in ("GDT_Int8", "GDT_UInt64", "GDT_Int64"):  # GDAL >= 3.5 / 3.7
    if hasattr(gdal, _name):
        SUPPORTED_TYPES.add(getattr(gdal, _name))

RESAMPLING = ("nearest", "bilinear", "cubic", "average")
DEFAULT_BLOCK = 512
_MAX_WINDOW_PIXELS = 1 << 23  # largest window when following a source's blocks (a strip 512 rows high)
_TOLERANCE = 1e-6  # of a pixel, when deciding whether grids line up


@contextlib.contextmanager
def gdal_errors() -> Iterator[None]:
    """GDAL raises Python exceptions inside the block, and the caller's mode is restored after it."""
    previous = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        yield
    finally:
        if not previous:
            gdal.DontUseExceptions()


@dataclass(frozen=True)
class Grid:
    """A north-up pixel grid: CRS (WKT), geotransform, size."""

    crs_wkt: str
    geotransform: GeoTransform
    width: int
    height: int

    @property
    def res(self) -> tuple[float, float]:
        return self.geotransform[1], -self.geotransform[5]

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)."""
        x0, dx, _, y0, _, dy = self.geotransform
        return x0, y0 + dy * self.height, x0 + dx * self.width, y0

    def srs(self) -> osr.SpatialReference:
        return srs_from_wkt(self.crs_wkt)


@dataclass(frozen=True)
class RasterInfo:
    """What the engine needs to know about one raster file."""

    path: str
    grid: Grid
    band_count: int
    data_types: tuple[int, ...]
    nodata: tuple[Optional[float], ...]
    scale_offset: tuple[tuple[float, float], ...]
    descriptions: tuple[str, ...]
    has_scale: tuple[bool, ...]
    block_sizes: tuple[tuple[int, int], ...] = ()  # (width, height) of each band's blocks

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True)
class BandRef:
    """One band of one raster, with the resampling used when it is not on the output grid."""

    path: str
    band: int = 1
    resampling: str = "nearest"


def srs_from_wkt(wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def describe(path: str) -> RasterInfo:
    """Open ``path`` and describe it; raises RasterError when it is no georeferenced raster."""
    with gdal_errors():
        try:
            ds = gdal.Open(str(path))
        except RuntimeError as e:
            raise RasterError(tr("The raster {} cannot be opened: {}").format(path, e)) from e
        gt = tuple(ds.GetGeoTransform(can_return_null=True) or ())
        wkt = ds.GetProjection()
        name = Path(path).name
        if not gt or not wkt:
            raise RasterError(
                tr("The raster {} has no coordinate reference system or no georeferencing.").format(name)
            )
        if gt[2] != 0 or gt[4] != 0 or gt[5] >= 0:
            raise RasterError(
                tr("The raster {} is rotated or not north-up; warp it to a north-up grid first.").format(name)
            )
        bands = [ds.GetRasterBand(i + 1) for i in range(ds.RasterCount)]
        info = RasterInfo(
            path=str(path),
            grid=Grid(wkt, gt, ds.RasterXSize, ds.RasterYSize),
            band_count=ds.RasterCount,
            data_types=tuple(b.DataType for b in bands),
            nodata=tuple(b.GetNoDataValue() for b in bands),
            scale_offset=tuple((b.GetScale() or 1.0, b.GetOffset() or 0.0) for b in bands),
            descriptions=tuple(b.GetDescription() or "" for b in bands),
            has_scale=tuple(
                b.GetScale() not in (None, 1.0) or b.GetOffset() not in (None, 0.0) for b in bands
            ),
            block_sizes=tuple(tuple(b.GetBlockSize()) for b in bands),
        )
    return info


def check_band(info: RasterInfo, band: int, role: str) -> None:
    """Raise RasterError unless ``band`` exists in ``info`` and holds numbers the engine computes with."""
    if not 1 <= band <= info.band_count:
        raise RasterError(
            tr("The {} band is band {} of {}, but that raster has only {} band(s).").format(
                role, band, info.name, info.band_count
            )
        )
    dtype = info.data_types[band - 1]
    if dtype not in SUPPORTED_TYPES:
        raise RasterError(
            tr(
                "Band {} of {} holds {} values, which cannot be used here; use integer or real numbers."
            ).format(band, info.name, gdal.GetDataTypeName(dtype))
        )


def _transformed_bounds(grid: Grid, dst: osr.SpatialReference) -> tuple[float, float, float, float]:
    src = grid.srs()
    if src.IsSame(dst):
        return grid.bounds
    ct = osr.CoordinateTransformation(src, dst)
    return tuple(ct.TransformBounds(*grid.bounds, 21))


def _pixel_area(info: RasterInfo) -> float:
    return info.grid.res[0] * info.grid.res[1]


def output_crs(infos: list[RasterInfo]) -> osr.SpatialReference:
    """The CRS most inputs are in; on a tie, the one of the first input among the tied CRSs."""
    groups: list[tuple[osr.SpatialReference, int]] = []  # (CRS, inputs in it), in the order first met
    for info in infos:
        srs = info.grid.srs()
        for n, (known, count) in enumerate(groups):
            if known.IsSame(srs):
                groups[n] = (known, count + 1)
                break
        else:
            groups.append((srs, 1))
    most = max(count for _, count in groups)
    return next(srs for srs, count in groups if count == most)


def _pixel_size_in(info: RasterInfo, dst: osr.SpatialReference) -> float:
    """About the side of ``info``'s pixels once in ``dst`` (its transformed bounds over its pixel count)."""
    xmin, ymin, xmax, ymax = _transformed_bounds(info.grid, dst)
    return min((xmax - xmin) / info.grid.width, (ymax - ymin) / info.grid.height)


def target_grid(
    infos: list[RasterInfo],
    crs_wkt: Optional[str] = None,
    resolution: Optional[float] = None,
) -> Grid:
    """The output grid, over the area all ``infos`` cover.

    Its CRS is ``crs_wkt``, else the one most inputs are in (the first input's on a tie). Its pixels are
    those of the finest input in that CRS (pixel sizes are only compared within one CRS: degrees and metres
    do not compare), kept as they are, or ``resolution`` when given; inputs in other CRSs are reprojected
    onto it. When no input is in that CRS, the pixel size is about the finest input's, once reprojected.
    """
    if not infos:
        raise RasterError(tr("No input raster was given."))
    with gdal_errors():
        dst = srs_from_wkt(crs_wkt) if crs_wkt else output_crs(infos)
        same_crs = [i for i in infos if i.grid.srs().IsSame(dst)]
        ref = min(same_crs, key=_pixel_area) if same_crs else None
        boxes = [_transformed_bounds(i.grid, dst) for i in infos]
        if resolution is None and ref is None:  # a CRS no input has: about the finest input's pixel size
            resolution = min(_pixel_size_in(i, dst) for i in infos)
    xmin = max(b[0] for b in boxes)
    ymin = max(b[1] for b in boxes)
    xmax = min(b[2] for b in boxes)
    ymax = min(b[3] for b in boxes)
    if xmin >= xmax or ymin >= ymax:
        names = ", ".join(i.name for i in infos)
        raise RasterError(tr("The rasters do not overlap: {} cover no common area.").format(names))
    if resolution is None:
        x0, dx, _, y0, _, dy = ref.grid.geotransform
        rx, ry = dx, -dy
    else:
        if resolution <= 0:
            raise RasterError(tr("The pixel size must be larger than zero."))
        x0 = y0 = 0.0
        rx = ry = float(resolution)
    # Inward: only pixels that lie wholly inside the common area.
    c0 = math.ceil((xmin - x0) / rx - _TOLERANCE)
    c1 = math.floor((xmax - x0) / rx + _TOLERANCE)
    r0 = math.ceil((y0 - ymax) / ry - _TOLERANCE)
    r1 = math.floor((y0 - ymin) / ry + _TOLERANCE)
    if c1 <= c0 or r1 <= r0:
        raise RasterError(tr("The rasters overlap by less than one pixel."))
    return Grid(dst.ExportToWkt(), (x0 + c0 * rx, rx, 0.0, y0 - r0 * ry, 0.0, -ry), c1 - c0, r1 - r0)


# --- Reading ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """How to read one source band in output-grid windows."""

    path: str  # the file, or a /vsimem/ warped VRT
    band: int
    col_off: int = 0
    row_off: int = 0
    nodata: Optional[float] = None
    alpha_band: Optional[int] = None  # validity comes from this band (warped sources without nodata)
    block: Optional[tuple[int, int]] = None  # the file's block (width, height), when read directly
    size: tuple[int, int] = (0, 0)  # the file's size (width, height)
    dtype: str = "float64"  # numpy type of the values read


class _Sources:
    """The sources of a computation, opened once per thread."""

    def __init__(self, refs: Mapping[str, BandRef], grid: Grid, masks: bool = True) -> None:
        self.masks = masks
        self._vsimem: list[str] = []
        self._local = threading.local()
        self._handles: list[gdal.Dataset] = []
        self._lock = threading.Lock()
        self.plans: dict[str, _Plan] = {}
        dst = grid.srs()
        for key, ref in refs.items():
            info = describe(ref.path)
            check_band(info, ref.band, key)
            nodata = info.nodata[ref.band - 1]
            dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(info.data_types[ref.band - 1])).name
            offset = _integer_offset(info.grid, grid, dst)
            if offset is not None:
                size = (info.grid.width, info.grid.height)
                block = info.block_sizes[ref.band - 1] if info.block_sizes else None
                self.plans[key] = _Plan(
                    ref.path, ref.band, offset[0], offset[1], nodata, None, block, size, dtype
                )
            else:
                self.plans[key] = self._warped(key, ref, grid, nodata, dtype)

    def _warped(self, key: str, ref: BandRef, grid: Grid, nodata: Optional[float], dtype: str) -> _Plan:
        if ref.resampling not in RESAMPLING:
            raise RasterError(tr("Unknown resampling method {}.").format(ref.resampling))
        stem = f"/vsimem/terrascope_engine_{uuid.uuid4().hex}_{key}"
        with gdal_errors():
            band_vrt = gdal.Translate(stem + "_band.vrt", ref.path, format="VRT", bandList=[ref.band])
            band_vrt = None  # noqa: F841 (written)
            self._vsimem += [stem + "_band.vrt", stem + "_warp.vrt"]
            kwargs = {}
            if nodata is not None:
                kwargs.update(srcNodata=nodata, dstNodata=nodata)
            else:
                kwargs.update(dstAlpha=True)
            xmin, ymin, xmax, ymax = grid.bounds
            warped = gdal.Warp(
                stem + "_warp.vrt",
                stem + "_band.vrt",
                format="VRT",
                outputBounds=(xmin, ymin, xmax, ymax),
                width=grid.width,
                height=grid.height,
                dstSRS=grid.crs_wkt,
                resampleAlg=ref.resampling,
                errorThreshold=0,  # exact transformation of every pixel: chunking cannot change the result
                **kwargs,
            )
            warped = None  # noqa: F841 (written)
        return _Plan(stem + "_warp.vrt", 1, 0, 0, nodata, None if nodata is not None else 2, dtype=dtype)

    def _dataset(self, path: str) -> gdal.Dataset:
        cache = getattr(self._local, "datasets", None)
        if cache is None:
            cache = self._local.datasets = {}
        ds = cache.get(path)
        if ds is None:
            ds = gdal.OpenEx(path, gdal.OF_RASTER)
            cache[path] = ds
            with self._lock:
                self._handles.append(ds)
        return ds

    def read(self, key: str, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, Optional[np.ndarray]]:
        """The window (x, y, w, h) of the output grid from source ``key``: values, and a mask of the pixels
        without data (None when there are none to mask), in arrays that this thread's next read reuses."""
        plan = self.plans[key]
        ds = self._dataset(plan.path)
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _Scratch()
        buf = scratch.array(key, plan.dtype, (h, w))
        data = ds.GetRasterBand(plan.band).ReadAsArray(x + plan.col_off, y + plan.row_off, w, h, buf_obj=buf)
        invalid = None
        if not self.masks:
            pass
        elif plan.alpha_band is not None:
            invalid = ds.GetRasterBand(plan.alpha_band).ReadAsArray(x, y, w, h) == 0
        elif plan.nodata is not None and not math.isnan(plan.nodata):
            value = _typed(plan.nodata, data.dtype)
            if value is not None:
                invalid = np.equal(data, value, out=scratch.array(key + "#invalid", np.bool_, (h, w)))
        if self.masks and data.dtype.kind == "f":
            not_finite = ~np.isfinite(data)
            invalid = not_finite if invalid is None else np.logical_or(invalid, not_finite, out=invalid)
        # Drop the decoded blocks: memory stays bounded (GDAL's cache is shared with QGIS), and windows follow
        # the blocks of the first file read directly (see window_edges), so none is needed again.
        ds.FlushCache()
        return data, invalid

    def reference(self) -> Optional[_Plan]:
        """The first source read directly from a tiled or striped file: windows follow its blocks."""
        return next((p for p in self.plans.values() if p.block is not None), None)

    def close(self) -> None:
        with self._lock:
            self._handles.clear()
        self._local = threading.local()
        for path in self._vsimem:
            gdal.Unlink(path)
        self._vsimem.clear()


def _typed(value: float, dtype: np.dtype):
    """``value`` as a scalar of ``dtype`` (comparisons then run on the pixels' own type, several times faster
    than against a Python float), or None when no pixel of that type can be equal to it."""
    if dtype.kind in "iu":
        if not float(value).is_integer():
            return None
        limits = np.iinfo(dtype)
        return dtype.type(int(value)) if limits.min <= value <= limits.max else None
    if math.isfinite(value) and abs(value) > np.finfo(dtype).max:
        return None
    return dtype.type(value)


class _Scratch:
    """Arrays reused from window to window (by one thread, or by the windows that take turns at one place of
    the read-ahead queue): no allocation, and none of the page faults of fresh memory, per window."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str, str], np.ndarray] = {}

    def array(self, name: str, dtype, shape: tuple[int, ...]) -> np.ndarray:
        """An uninitialised, C-contiguous array of ``shape``: the same memory each time for ``name``."""
        dtype = np.dtype(dtype)
        size = math.prod(shape)
        buf = self._arrays.get((name, dtype.str))
        if buf is None or buf.size < size:
            buf = self._arrays[(name, dtype.str)] = np.empty(size, dtype)
        return buf[:size].reshape(shape)


def _integer_offset(src: Grid, dst: Grid, dst_srs: osr.SpatialReference) -> Optional[tuple[int, int]]:
    """(col, row) of the output grid's origin on ``src`` when both grids share pixels, else None."""
    if not src.srs().IsSame(dst_srs):
        return None
    (sx, sdx, _, sy, _, sdy), (dx0, ddx, _, dy0, _, ddy) = src.geotransform, dst.geotransform
    if abs(sdx - ddx) > _TOLERANCE * ddx or abs(sdy - ddy) > _TOLERANCE * abs(ddy):
        return None
    col, row = (dx0 - sx) / sdx, (dy0 - sy) / sdy
    if abs(col - round(col)) > 1e-4 or abs(row - round(row)) > 1e-4:
        return None
    col, row = int(round(col)), int(round(row))
    if col < 0 or row < 0 or col + dst.width > src.width or row + dst.height > src.height:
        return None
    return col, row


# --- Writing ------------------------------------------------------------------------------------------


def _edges(length: int, offset: int, block: int, source_length: int, target: int) -> list[int]:
    """Window edges along one axis of the output grid (0 … ``length``), on the blocks of a source whose
    pixel ``offset`` is the output's first: every edge is a block edge of the source, about ``target``
    apart. A source one block across (strips) gives one window across."""
    if block >= source_length:
        return [0, length]
    step = block * max(1, round(target / block))
    first = (offset // step + 1) * step - offset
    return [0, *range(first, length, step), length]


def window_edges(grid: Grid, block: int, reference: Optional[_Plan]) -> tuple[list[int], list[int]]:
    """Column and row edges of the windows: on the blocks of ``reference`` (each of its blocks is then decoded
    once, by one window), else on the output's ``block`` tiles."""
    tiles = (
        [0, *range(block, grid.width, block), grid.width],
        [0, *range(block, grid.height, block), grid.height],
    )
    if reference is None or reference.block is None:
        return tiles
    (bw, bh), (sw, sh) = reference.block, reference.size
    cols = _edges(grid.width, reference.col_off, bw, sw, block)
    rows = _edges(grid.height, reference.row_off, bh, sh, block)
    widest = max(b - a for a, b in zip(cols, cols[1:]))
    tallest = max(b - a for a, b in zip(rows, rows[1:]))
    if widest * tallest > _MAX_WINDOW_PIXELS:  # huge blocks (a single-strip file…): decoding twice is cheaper
        return tiles
    return cols, rows


def block_size(grid: Grid) -> int:
    return DEFAULT_BLOCK if max(grid.width, grid.height) > 2 * DEFAULT_BLOCK else 256


# Output compression: GeoTIFF creation options, and the COG driver's spelling of the same.
COMPRESSIONS = {
    "ZSTD": (["COMPRESS=ZSTD", "ZSTD_LEVEL=1"], ["COMPRESS=ZSTD", "LEVEL=1"]),
    "DEFLATE": (
        ["COMPRESS=DEFLATE", "ZLEVEL=6"],  # + the predictor that fits the data type (gtiff_options)
        ["COMPRESS=DEFLATE", "PREDICTOR=YES", "LEVEL=6"],
    ),
    "NONE": (["COMPRESS=NONE"], ["COMPRESS=NONE"]),
}


def gtiff_options(
    block: int, threads: int, compression: str = "ZSTD", dtype: int = gdal.GDT_Float32
) -> list[str]:
    """Creation options; DEFLATE gets the floating-point predictor for floats, horizontal differencing
    for integers (GDAL refuses PREDICTOR=3 on integer data)."""
    predictor = []
    if compression == "DEFLATE":
        floating = dtype in (gdal.GDT_Float32, gdal.GDT_Float64)
        predictor = ["PREDICTOR=3" if floating else "PREDICTOR=2"]
    return [
        "TILED=YES",
        f"BLOCKXSIZE={block}",
        f"BLOCKYSIZE={block}",
        *COMPRESSIONS[compression][0],
        *predictor,
        *([f"NUM_THREADS={threads}"] if threads > 1 else []),
        "BIGTIFF=IF_SAFER",
    ]


def cog_options(block: int, threads: int, compression: str = "ZSTD") -> list[str]:
    return [
        *COMPRESSIONS[compression][1],
        f"BLOCKSIZE={block}",
        f"NUM_THREADS={threads}",
        "OVERVIEW_RESAMPLING=AVERAGE",
        "BIGTIFF=IF_SAFER",
    ]


def partial_path(output: Path) -> Path:
    return output.with_name(output.stem + ".partial" + (output.suffix or ".tif"))


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


class _ProgressCallback:
    def __init__(self, feedback: Optional[QgsFeedback], start: float, span: float) -> None:
        self.feedback, self.start, self.span = feedback, start, span

    def __call__(self, complete: float, *_args) -> int:
        if self.feedback is None:
            return 1
        self.feedback.setProgress(self.start + self.span * complete)
        return 0 if self.feedback.isCanceled() else 1


def create_output(
    path: Path,
    grid: Grid,
    dtype: int,
    nodata: Optional[float],
    block: int,
    threads: int,
    compression: str = "ZSTD",
    bands: int = 1,
) -> gdal.Dataset:
    """A tiled, compressed GeoTIFF on ``grid`` (``bands`` bands of ``dtype``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    options = gtiff_options(block, threads, compression, dtype)
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(path), grid.width, grid.height, bands, dtype, options=options)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    if nodata is not None:
        for i in range(bands):
            ds.GetRasterBand(i + 1).SetNoDataValue(nodata)
    return ds


def finish_output(
    partial: Path,
    output: Path,
    cog: bool,
    block: int,
    threads: int,
    feedback: Optional[QgsFeedback],
    compression: str = "ZSTD",
) -> bool:
    """Move the finished ``partial`` GeoTIFF to ``output``, through GDAL's COG driver when ``cog``.

    Returns False (and removes everything) when cancelled during the COG copy.
    """
    if not cog:
        os.replace(partial, output)
        return True
    cog_partial = output.with_name(output.stem + ".cog-partial" + (output.suffix or ".tif"))
    try:
        with gdal_errors():
            gdal.Translate(
                str(cog_partial),
                str(partial),
                format="COG",
                creationOptions=cog_options(block, threads, compression),
                callback=_ProgressCallback(feedback, 80, 20),
            )
    except RuntimeError as e:
        _remove(cog_partial)
        if feedback is not None and feedback.isCanceled():
            return False
        raise RasterError(
            tr("The Cloud-Optimized GeoTIFF {} could not be written: {}").format(output, e)
        ) from e
    finally:
        _remove(partial)
    os.replace(cog_partial, output)
    return True


Window = tuple[int, int, int, int]  # x, y, width, height on the output grid
BlockFunction = Callable[
    [dict[str, np.ndarray], dict[str, Optional[np.ndarray]], Window, np.ndarray], np.ndarray
]


class _Writer:
    """Writes window results to the output dataset: each output tile is written whole, once, and flushed
    at once (compressed, written to the file and dropped from GDAL's cache).

    When the windows are made of whole output tiles they are written as they come. Otherwise (windows on the
    blocks of an input that is not aligned with the output's tiles), results are gathered into rows of output
    tiles, written when complete.
    """

    def __init__(self, ds: gdal.Dataset, grid: Grid, block: int, bands: int, aligned: bool, fill) -> None:
        self.ds, self.grid, self.block, self.bands, self.aligned = ds, grid, block, bands, aligned
        self.fill = fill  # numpy scalar of the output's type, for windows without data
        self.rows: dict[int, np.ndarray] = {}  # tile row → (bands, rows, width) strip

    def _write(self, array: np.ndarray, x: int, y: int) -> None:
        for i in range(self.bands):
            self.ds.GetRasterBand(i + 1).WriteArray(array[i], x, y)
        self.ds.FlushCache()

    def put(self, window: Window, result: Optional[np.ndarray]) -> None:
        x, y, w, h = window
        if result is None:
            result = np.full((self.bands, h, w), self.fill)
        elif result.ndim == 2:
            result = result[np.newaxis]
        if self.aligned:
            self._write(result, x, y)
            return
        b = self.block
        for r in range(y // b, (y + h - 1) // b + 1):
            strip = self.rows.get(r)
            if strip is None:
                shape = (self.bands, min(b, self.grid.height - r * b), self.grid.width)
                strip = self.rows[r] = np.empty(shape, self.fill.dtype)
            top, bottom = max(y, r * b), min(y + h, (r + 1) * b)
            strip[:, top - r * b : bottom - r * b, x : x + w] = result[:, top - y : bottom - y]
        if x + w < self.grid.width:
            return
        # A row of windows is complete, and so is every row of tiles above its bottom.
        for r in sorted(self.rows):
            if min((r + 1) * b, self.grid.height) <= y + h:
                strip = self.rows.pop(r)
                for x0 in range(0, self.grid.width, b):
                    self._write(strip[:, :, x0 : x0 + b], x0, r * b)


def compute_blockwise(
    sources: Mapping[str, BandRef],
    grid: Grid,
    func: BlockFunction,
    output: str,
    *,
    nodata: float,
    cog: bool = False,
    compression: str = "ZSTD",
    feedback: Optional[QgsFeedback] = None,
    workers: Optional[int] = None,
    data_type: int = gdal.GDT_Float32,
    bands: int = 1,
    nodata_masks: bool = True,
    empty: Optional[Callable[[Window], bool]] = None,
) -> bool:
    """Write ``func(values, invalid, window, out)`` over ``grid`` to ``output``; False when cancelled.

    ``func`` gets, for one window, a dict of arrays (one per source key, as read), a dict of masks of
    the pixels without data (None when that source has none there, or always when not ``nodata_masks``),
    the window and ``out``, an uninitialised array of the output's shape and type; it returns the window of
    the output, (rows, columns) or (bands, rows, columns) when ``bands`` > 1, of ``data_type``: ``out``
    filled, or a new array. The arrays it gets are reused by the next windows: it must neither keep nor
    return them. Windows for which ``empty(window)`` is True are not read: they are written as ``nodata``.

    Windows follow the blocks of the first source read directly, so that each of its blocks is decoded
    once. Worker threads read and compute (GDAL and numpy release the GIL), a few windows ahead of the
    calling thread, which writes them in order: memory stays bounded whatever the raster size.
    """
    if compression not in COMPRESSIONS:
        raise RasterError(tr("Unknown compression {}.").format(compression))
    out_path = Path(output)
    threads = max(1, min(os.cpu_count() or 1, 4))
    workers = workers or threads
    block = block_size(grid)
    partial = partial_path(out_path)
    with gdal_errors():
        srcs = _Sources(sources, grid, nodata_masks)
        cols, rows = window_edges(grid, block, srcs.reference())
        aligned = all(e % block == 0 for e in cols[:-1] + rows[:-1])
        try:
            # Tiles are compressed one by one by this thread while the workers decode. (GDAL's compression
            # threads, flushed every few tiles, take more CPU time and memory for each tile: they compress
            # through a temporary in-memory TIFF.)
            ds = create_output(partial, grid, data_type, nodata, block, 1, compression, bands)
        except RuntimeError as e:
            srcs.close()
            raise RasterError(tr("The output file {} cannot be created: {}").format(output, e)) from e
        wins = [
            (x0, y0, x1 - x0, y1 - y0) for y0, y1 in zip(rows, rows[1:]) for x0, x1 in zip(cols, cols[1:])
        ]
        out_type = gdal_array.GDALTypeCodeToNumericTypeCode(data_type)
        writer = _Writer(ds, grid, block, bands, aligned, np.array(nodata).astype(out_type)[()])
        span = 80.0 if cog else 100.0

        def work(win: Window, slot: _Scratch) -> Optional[np.ndarray]:
            if empty is not None and empty(win):
                return None
            x, y, w, h = win
            values, invalid = {}, {}
            for key in sources:
                values[key], invalid[key] = srcs.read(key, x, y, w, h)
            out = slot.array("out", out_type, (h, w) if bands == 1 else (bands, h, w))
            return func(values, invalid, win, out)

        cancelled = False
        try:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="terrascope-raster") as pool:
                # Windows read ahead of the writer (each holds its output array until written): bounds memory.
                ahead = 2 * workers
                slots = deque(_Scratch() for _ in range(ahead))
                pending: deque = deque()
                todo = iter(wins)
                for win in todo:
                    slot = slots.popleft()
                    pending.append((win, slot, pool.submit(work, win, slot)))
                    if not slots:
                        break
                done, shown = 0, -1
                while pending:
                    win, slot, future = pending.popleft()
                    writer.put(win, future.result())
                    slots.append(slot)
                    done += 1
                    if feedback is not None:
                        if feedback.isCanceled():
                            cancelled = True
                            for _, _, f in pending:
                                f.cancel()
                            break
                        percent = int(span * done / len(wins))
                        if percent != shown:
                            feedback.setProgress(percent)
                            shown = percent
                    nxt = next(todo, None)
                    if nxt is not None:
                        slot = slots.popleft()
                        pending.append((nxt, slot, pool.submit(work, nxt, slot)))
            ds.FlushCache()
            ds = writer = None
        except BaseException:
            ds = writer = None
            srcs.close()
            _remove(partial)
            raise
        srcs.close()
        if cancelled:
            _remove(partial)
            return False
        return finish_output(partial, out_path, cog, block, threads, feedback, compression)
