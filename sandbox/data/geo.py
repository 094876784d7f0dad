"""Pixel grids, coordinate transforms and polygon rasterisation for the generated rasters."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

UTM31N = 32631
WGS84 = 4326

Ring = Sequence[Sequence[float]]


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: top-left corner, square pixel size, size in pixels."""

    epsg: int
    x0: float
    y0: float
    res: float
    width: int
    height: int

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        return (self.x0, self.res, 0.0, self.y0, 0.0, -self.res)

    @property
    def stac_transform(self) -> list[float]:
        """proj:transform as STAC writes it (row-major affine with the trailing 0, 0, 1)."""
        return [_clean(self.res), 0, _clean(self.x0), 0, _clean(-self.res), _clean(self.y0), 0, 0, 1]

    @property
    def bbox(self) -> list[float]:
        """[xmin, ymin, xmax, ymax] in the grid's CRS."""
        return [
            _clean(self.x0),
            _clean(self.y0 - self.height * self.res),
            _clean(self.x0 + self.width * self.res),
            _clean(self.y0),
        ]

    @property
    def shape(self) -> list[int]:
        return [self.height, self.width]

    def with_res(self, res: float) -> Grid:
        """The same extent at another pixel size (the extent must hold a whole number of pixels)."""
        width = round(self.width * self.res / res)
        height = round(self.height * self.res / res)
        return Grid(self.epsg, self.x0, self.y0, res, width, height)

    def rows(self, row0: int, nrows: int) -> Grid:
        """The sub-grid of rows [row0, row0 + nrows)."""
        return Grid(self.epsg, self.x0, self.y0 - row0 * self.res, self.res, self.width, nrows)

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        """Pixel-centre coordinates (2-D arrays, float64) in the grid's CRS."""
        xs = self.x0 + (np.arange(self.width) + 0.5) * self.res
        ys = self.y0 - (np.arange(self.height) + 0.5) * self.res
        return np.meshgrid(xs, ys)


def geographic_window(west: float, south: float, east: float, north: float, cells_per_degree: int) -> Grid:
    """An EPSG:4326 grid with pixel centres on multiples of 1/cells_per_degree (as PROBA-V and SPOT-VGT)."""
    res = 1.0 / cells_per_degree
    first_col = math.ceil(west * cells_per_degree - 1e-9)
    last_col = math.floor(east * cells_per_degree + 1e-9)
    top_row = math.floor(north * cells_per_degree + 1e-9)
    bottom_row = math.ceil(south * cells_per_degree - 1e-9)
    return Grid(
        WGS84,
        (first_col - 0.5) * res,
        (top_row + 0.5) * res,
        res,
        last_col - first_col + 1,
        top_row - bottom_row + 1,
    )


def _clean(value: float) -> float | int:
    """Whole numbers as int, others rounded to 12 significant digits so the JSON stays stable and short."""
    if float(value).is_integer():
        return int(value)
    return float(f"{value:.12g}")


@functools.cache
def srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


@functools.cache
def _transformer(src: int, dst: int) -> osr.CoordinateTransformation:
    return osr.CoordinateTransformation(srs(src), srs(dst))


def transform_points(points: Ring, src: int, dst: int) -> list[tuple[float, float]]:
    if src == dst:
        return [(float(x), float(y)) for x, y in points]
    out = _transformer(src, dst).TransformPoints([(float(x), float(y)) for x, y in points])
    return [(p[0], p[1]) for p in out]


def transform_arrays(xs: np.ndarray, ys: np.ndarray, src: int, dst: int) -> tuple[np.ndarray, np.ndarray]:
    if src == dst:
        return xs, ys
    pts = np.stack([xs.ravel(), ys.ravel()], axis=1)
    out = np.asarray(_transformer(src, dst).TransformPoints(pts))
    return out[:, 0].reshape(xs.shape), out[:, 1].reshape(xs.shape)


def polygon(ring: Ring, epsg: int) -> ogr.Geometry:
    """An OGR polygon from one ring (closed here if it is not)."""
    lin = ogr.Geometry(ogr.wkbLinearRing)
    pts = list(ring)
    if tuple(pts[0]) != tuple(pts[-1]):
        pts.append(pts[0])
    for x, y in pts:
        lin.AddPoint_2D(float(x), float(y))
    geom = ogr.Geometry(ogr.wkbPolygon)
    geom.AddGeometry(lin)
    geom.AssignSpatialReference(srs(epsg))
    return geom


def line(points: Ring, epsg: int) -> ogr.Geometry:
    geom = ogr.Geometry(ogr.wkbLineString)
    for x, y in points:
        geom.AddPoint_2D(float(x), float(y))
    geom.AssignSpatialReference(srs(epsg))
    return geom


def reproject(geom: ogr.Geometry, epsg: int) -> ogr.Geometry:
    out = geom.Clone()
    out.TransformTo(srs(epsg))
    return out


def rasterize(geoms: Sequence[ogr.Geometry], grid: Grid, all_touched: bool = False) -> np.ndarray:
    """Boolean mask of the pixels the geometries cover (geometries in the grid's CRS)."""
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(grid.geotransform)
    mem.SetProjection(srs(grid.epsg).ExportToWkt())
    vec = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vec.CreateLayer("g", srs(grid.epsg), ogr.wkbUnknown)
    for geom in geoms:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.RasterizeLayer(mem, [1], layer, burn_values=[1], options=options)
    return mem.GetRasterBand(1).ReadAsArray().astype(bool)


def lonlat_bbox(geom: ogr.Geometry) -> list[float]:
    """[west, south, east, north] of a polygon's exterior ring in EPSG:4326."""
    ring = lonlat_ring(geom)
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return [min(lons), min(lats), max(lons), max(lats)]


def lonlat_ring(geom: ogr.Geometry, decimals: int = 7) -> list[list[float]]:
    """The exterior ring of a polygon in EPSG:4326, as GeoJSON coordinates."""
    ll = reproject(geom, WGS84)
    ring = ll.GetGeometryRef(0)
    coords = [
        [round(ring.GetX(i), decimals), round(ring.GetY(i), decimals)] for i in range(ring.GetPointCount())
    ]
    doubled_area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(coords, coords[1:]))
    # GeoJSON (RFC 7946) wants exterior rings counter-clockwise, as the real catalogue's are.
    return coords if doubled_area > 0 else coords[::-1]
