"""Small real rasters for the Processing tests, written with GDAL into a test's tmp_path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

UTM31 = 32631
ORIGIN = (600000.0, 5700000.0)

_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}


def wkt(epsg: int) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def write_raster(
    path: Path,
    data: np.ndarray,
    *,
    res: float = 10.0,
    origin: tuple[float, float] = ORIGIN,
    epsg: int = UTM31,
    nodata: float | None = None,
    scale: float | None = None,
    offset: float | None = None,
    descriptions: Sequence[str] = (),
    data_type: int | None = None,
) -> Path:
    """A (bands, rows, cols) or (rows, cols) array as a tiled GeoTIFF on a north-up grid."""
    arr = data if data.ndim == 3 else data[np.newaxis]
    gtype = data_type if data_type is not None else _TYPES[arr.dtype]
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), arr.shape[2], arr.shape[1], arr.shape[0], gtype, ["TILED=YES", "COMPRESS=DEFLATE"]
    )
    ds.SetGeoTransform((origin[0], res, 0.0, origin[1], 0.0, -res))
    ds.SetProjection(wkt(epsg))
    for i in range(arr.shape[0]):
        band = ds.GetRasterBand(i + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if scale is not None:
            band.SetScale(scale)
        if offset is not None:
            band.SetOffset(offset)
        if i < len(descriptions):
            band.SetDescription(descriptions[i])
        band.WriteArray(arr[i])
    ds = None
    return path


def read(path: str | Path, band: int = 1) -> np.ndarray:
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(band).ReadAsArray()


def info(path: str | Path) -> tuple[tuple, int, int, str, float | None]:
    """(geotransform, width, height, CRS WKT, nodata of band 1)."""
    ds = gdal.Open(str(path))
    return (
        ds.GetGeoTransform(),
        ds.RasterXSize,
        ds.RasterYSize,
        ds.GetProjection(),
        ds.GetRasterBand(1).GetNoDataValue(),
    )


def write_polygons(path: Path, wkts: Sequence[str], epsg: int = UTM31) -> Path:
    """Polygons as a GeoPackage layer (empty when ``wkts`` is)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer("mask", srs, ogr.wkbMultiPolygon)
    for text in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(text)))
        layer.CreateFeature(feature)
    layer = None  # before its data source
    ds = None
    return path


def reflectances(shape: tuple[int, int], seed: int, low: int = 1, high: int = 10000) -> np.ndarray:
    return np.random.default_rng(seed).integers(low, high, shape).astype(np.uint16)
