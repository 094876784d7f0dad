"""Clipping a raster by an extent or by polygons, pixels unchanged.

The output grid is the source grid cropped to the pixels lying wholly inside the bounding box of the
cutline (what ``gdalwarp -crop_to_cutline`` does when the CRSs match); pixels whose centre is outside the
polygons get the no-data value. Only that window of the source is read, block by block, each block once;
blocks wholly outside the polygons are not read at all. When the polygons are in another CRS they are
reprojected to the raster's, never the raster: no resampling.
"""

import math
import threading
from collections.abc import Sequence
from typing import Optional

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeedback

from .errors import RasterError
from .i18n import tr
from .raster_engine import (
    BandRef,
    Grid,
    Window,
    check_band,
    compute_blockwise,
    describe,
    gdal_errors,
    srs_from_wkt,
)

_TOLERANCE = 1e-6  # of a pixel


def extent_polygon(xmin: float, ymin: float, xmax: float, ymax: float) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def cutline(
    geometries: Sequence[bytes], crs_wkt: str, raster_crs_wkt: str, densify: bool = False
) -> ogr.Geometry:
    """The union of ``geometries`` (WKB polygons in ``crs_wkt``) in the raster's CRS.

    ``densify`` adds vertices before reprojecting (an extent's straight edges become curves).
    """
    with gdal_errors():
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for wkb in geometries:
            geom = ogr.CreateGeometryFromWkb(bytes(wkb))
            if geom is None or geom.IsEmpty():
                continue
            flat = ogr.GT_Flatten(geom.GetGeometryType())
            if flat == ogr.wkbPolygon:
                union.AddGeometry(geom)
            elif flat == ogr.wkbMultiPolygon:
                for i in range(geom.GetGeometryCount()):
                    union.AddGeometry(geom.GetGeometryRef(i))
        if union.IsEmpty():
            raise RasterError(tr("The mask has no polygon: it is empty, or its features have no area."))
        src, dst = srs_from_wkt(crs_wkt), srs_from_wkt(raster_crs_wkt)
        if not src.IsSame(dst):
            if densify:
                env = union.GetEnvelope()
                union.Segmentize(max(env[1] - env[0], env[3] - env[2]) / 100.0)
            union.Transform(osr.CoordinateTransformation(src, dst))
        geom = union.UnionCascaded() if union.GetGeometryCount() > 1 else union
        if geom is None or geom.IsEmpty() or geom.GetArea() == 0:
            raise RasterError(tr("The mask has no polygon: it is empty, or its features have no area."))
    return geom


def crop_grid(grid: Grid, geometry: ogr.Geometry, name: str) -> tuple[Grid, int, int]:
    """The pixels of ``grid`` wholly inside the envelope of ``geometry``: (grid, column, row offsets)."""
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    x0, dx, _, y0, _, dy = grid.geotransform
    c0 = max(0, math.ceil((xmin - x0) / dx - _TOLERANCE))
    c1 = min(grid.width, math.floor((xmax - x0) / dx + _TOLERANCE))
    r0 = max(0, math.ceil((y0 - ymax) / -dy - _TOLERANCE))
    r1 = min(grid.height, math.floor((y0 - ymin) / -dy + _TOLERANCE))
    if c1 <= c0 or r1 <= r0:
        raise RasterError(
            tr("The mask does not overlap the raster {}: nothing is left to clip.").format(name)
        )
    return Grid(grid.crs_wkt, (x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy), c1 - c0, r1 - r0), c0, r0


def _is_rectangle(geometry: ogr.Geometry) -> bool:
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    area = (xmax - xmin) * (ymax - ymin)
    return area > 0 and abs(geometry.GetArea() - area) <= 1e-9 * area


class _Cutline:
    """Which pixels of each window lie outside the cutline, worked out once per window by the worker thread
    that reads it: windows wholly outside are not read at all, windows wholly inside are not masked.

    The window's rectangle (pixel edges) is tested first: inside the cutline, every pixel centre is; apart
    from it, no pixel is touched. Only the windows that the cutline's boundary crosses are rasterized, as
    gdalwarp does, by pixel centre or every touched pixel.
    """

    def __init__(self, geometry: ogr.Geometry, grid: Grid, all_touched: bool) -> None:
        self.wkb = bytes(geometry.ExportToWkb())
        self.envelope = geometry.GetEnvelope()  # xmin, xmax, ymin, ymax
        self.grid, self.all_touched = grid, all_touched
        self._local = threading.local()

    def outside(self, window: Window):
        """True when the whole window is outside, False when it is wholly inside, else a boolean array
        (True outside)."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0] == window:
            return last[1]
        x, y, w, h = window
        x0, dx, _, y0, _, dy = self.grid.geotransform
        left, right, top, bottom = x0 + x * dx, x0 + (x + w) * dx, y0 + y * dy, y0 + (y + h) * dy
        exmin, exmax, eymin, eymax = self.envelope
        if right < exmin or left > exmax or top < eymin or bottom > eymax:
            result = True
        else:
            geometry = getattr(self._local, "geometry", None)
            if geometry is None:  # one copy per thread: OGR geometries are not shared between threads
                geometry = self._local.geometry = ogr.CreateGeometryFromWkb(self.wkb)
            box = extent_polygon(left, bottom, right, top)
            if not geometry.Intersects(box):
                result = True
            elif geometry.Contains(box):
                result = False
            else:
                result = _outside(geometry, self.grid, window, self.all_touched)
        self._local.last = (window, result)
        return result


def _outside(geometry: ogr.Geometry, grid: Grid, window: Window, all_touched: bool) -> np.ndarray:
    """True outside ``geometry`` for the pixels of ``window`` (by pixel centre, or every touched pixel)."""
    x, y, w, h = window
    x0, dx, _, y0, _, dy = grid.geotransform
    mem = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_Byte)
    mem.SetGeoTransform((x0 + x * dx, dx, 0.0, y0 + y * dy, 0.0, dy))
    mem.SetProjection(grid.crs_wkt)
    ogr_ds = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = ogr_ds.CreateLayer("cutline", srs_from_wkt(grid.crs_wkt), ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    feature = None
    gdal.RasterizeLayer(mem, [1], layer, burn_values=[1], options=["ALL_TOUCHED=TRUE"] if all_touched else [])
    layer = None  # before its data source (the bindings of GDAL < 3.8 do not keep the source alive)
    ogr_ds = None
    return mem.GetRasterBand(1).ReadAsArray() == 0


def clip_raster(
    path: str,
    output: str,
    geometry: ogr.Geometry,
    *,
    nodata: Optional[float] = None,
    all_touched: bool = False,
    cog: bool = False,
    compression: str = "ZSTD",
    feedback: Optional[QgsFeedback] = None,
) -> bool:
    """Clip every band of ``path`` by ``geometry`` (in the raster's CRS, see :func:`cutline`).

    Outside the polygons: ``nodata``, else the source's no-data value, else 0; the output's no-data value
    is set to it. Returns False when cancelled (nothing is written then).
    """
    info = describe(path)
    for band in range(1, info.band_count + 1):
        check_band(info, band, tr("band {}").format(band))
    grid, c0, r0 = crop_grid(info.grid, geometry, info.name)
    if nodata is None:
        nodata = info.nodata[0] if info.nodata[0] is not None else 0.0
    np_type = gdal.GetDataTypeName(info.data_types[0])
    dtypes = set(info.data_types)
    if len(dtypes) > 1:
        raise RasterError(
            tr("The bands of {} have different data types; clip them one by one.").format(info.name)
        )
    fill = _fill_value(nodata, np_type, info.name)
    sources = {f"b{i}": BandRef(path, i) for i in range(1, info.band_count + 1)}
    cut = None if _is_rectangle(geometry) else _Cutline(geometry, grid, all_touched)

    def block(values: dict, _invalid: dict, window: Window, out: np.ndarray) -> np.ndarray:
        arrays = [values[k] for k in sources]
        if len(arrays) == 1:
            np.copyto(out, arrays[0])
        else:
            np.stack(arrays, out=out)
        outside = cut.outside(window) if cut is not None else False
        if outside is not False:
            np.copyto(out, fill, where=outside)
        return out

    return compute_blockwise(
        sources,
        grid,
        block,
        output,
        nodata=nodata,
        cog=cog,
        compression=compression,
        feedback=feedback,
        data_type=info.data_types[0],
        bands=info.band_count,
        nodata_masks=False,
        empty=(lambda window: cut.outside(window) is True) if cut is not None else None,
    )


def _fill_value(nodata: float, type_name: str, name: str):
    np_type = np.dtype(gdal_array_type(type_name))
    if np_type.kind in "iu":
        limits = np.iinfo(np_type)
        if not float(nodata).is_integer() or not limits.min <= nodata <= limits.max:
            raise RasterError(
                tr("The no-data value {} does not fit the {} pixels of {}.").format(nodata, type_name, name)
            )
    return np_type.type(nodata)


def gdal_array_type(type_name: str) -> str:
    return {
        "Byte": "uint8",
        "Int8": "int8",
        "UInt16": "uint16",
        "Int16": "int16",
        "UInt32": "uint32",
        "Int32": "int32",
        "UInt64": "uint64",
        "Int64": "int64",
        "Float32": "float32",
        "Float64": "float64",
    }[type_name]
