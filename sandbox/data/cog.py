"""Writing Cloud-Optimized GeoTIFFs (GDAL's COG driver: deflate, tiled, internal overviews)."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from osgeo import gdal

from . import geo

gdal.UseExceptions()

_IN_MEMORY_PIXELS = 4096 * 4096

_GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("float32"): gdal.GDT_Float32,
}


def block_size(grid: geo.Grid) -> int:
    """512 px tiles for real-size rasters (as VITO's), 256 for the small sandbox ones."""
    return 512 if max(grid.width, grid.height) > 2048 else 256


def overview_count(width: int, height: int, block: int) -> int:
    """Halvings until the raster fits one tile (GDAL's own rule), but at least one level."""
    largest = max(width, height)
    return max(1, math.ceil(math.log2(largest / block))) if largest > block else 1


def _creation_options(grid: geo.Grid, dtype: np.dtype, categorical: bool, paletted: bool) -> list[str]:
    block = block_size(grid)
    predictor = "NO" if paletted else ("YES" if dtype.kind in "iuf" else "NO")
    return [
        "COMPRESS=DEFLATE",
        "LEVEL=6",
        f"PREDICTOR={predictor}",
        f"BLOCKSIZE={block}",
        f"OVERVIEW_COUNT={overview_count(grid.width, grid.height, block)}",
        f"OVERVIEW_RESAMPLING={'NEAREST' if categorical else 'AVERAGE'}",
        "BIGTIFF=IF_SAFER",
    ]


def _describe(
    ds: gdal.Dataset,
    grid: geo.Grid,
    nodata: float | None,
    scale: float | None,
    offset: float | None,
    names: Sequence[str],
    color_table: dict[int, tuple[int, int, int]] | None,
) -> None:
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(geo.srs(grid.epsg).ExportToWkt())
    for i in range(ds.RasterCount):
        band = ds.GetRasterBand(i + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if scale is not None:
            band.SetScale(scale)
        if offset is not None:
            band.SetOffset(offset)
        if i < len(names):
            band.SetDescription(names[i])
        if color_table is not None:
            table = gdal.ColorTable()
            table.SetColorEntry(0, (0, 0, 0, 0))
            for value, rgb in color_table.items():
                table.SetColorEntry(value, (*rgb, 255))
            band.SetRasterColorTable(table)
            band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
    if ds.RasterCount == 3 and color_table is None and len(names) == 3 and names[0] == "red":
        for i, ci in enumerate((gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand)):
            ds.GetRasterBand(i + 1).SetRasterColorInterpretation(ci)


def write_cog(
    path: Path,
    data: np.ndarray,
    grid: geo.Grid,
    *,
    nodata: float | None = None,
    scale: float | None = None,
    offset: float | None = None,
    names: Sequence[str] = (),
    categorical: bool = False,
    color_table: dict[int, tuple[int, int, int]] | None = None,
) -> int:
    """Write a (bands, rows, cols) or (rows, cols) array as a COG; returns the file size in bytes."""
    arr = data if data.ndim == 3 else data[np.newaxis]
    if arr.shape[1:] != (grid.height, grid.width):
        raise ValueError(f"array {arr.shape[1:]} does not match grid {(grid.height, grid.width)}")
    mem = gdal.GetDriverByName("MEM").Create(
        "", grid.width, grid.height, arr.shape[0], _GDAL_TYPES[arr.dtype]
    )
    _describe(mem, grid, nodata, scale, offset, names, color_table)
    for i in range(arr.shape[0]):
        mem.GetRasterBand(i + 1).WriteArray(arr[i])
    return _translate(mem, path, grid, arr.dtype, categorical, color_table is not None)


def _translate(
    src: gdal.Dataset, path: Path, grid: geo.Grid, dtype: np.dtype, categorical: bool, paletted: bool
) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    options = _creation_options(grid, np.dtype(dtype), categorical, paletted)
    if grid.width * grid.height > _IN_MEMORY_PIXELS:
        gdal.Translate(str(path), src, format="COG", creationOptions=options)
        return path.stat().st_size
    # Small rasters: build in memory (the COG driver's temporary files stay off the disk), same bytes.
    mem_path = f"/vsimem/sandbox-cog-{os.getpid()}-{path.name}"
    gdal.Translate(mem_path, src, format="COG", creationOptions=options)
    try:
        handle = gdal.VSIFOpenL(mem_path, "rb")
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        data = gdal.VSIFReadL(1, size, handle)
        gdal.VSIFCloseL(handle)
    finally:
        gdal.Unlink(mem_path)
    path.write_bytes(data)
    return len(data)


class BlockWriter:
    """Builds a big COG strip by strip, so memory stays bounded: strips go to a plain tiled GeoTIFF
    beside the target, which GDAL's COG driver then copies with overviews."""

    def __init__(
        self,
        path: Path,
        grid: geo.Grid,
        dtype: str,
        bands: int = 1,
        *,
        nodata: float | None = None,
        scale: float | None = None,
        offset: float | None = None,
        names: Sequence[str] = (),
        categorical: bool = False,
    ) -> None:
        self.path = path
        self.grid = grid
        self.dtype = np.dtype(dtype)
        self.categorical = categorical
        self.tmp = path.with_name(path.name + ".strips.tif")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.ds = gdal.GetDriverByName("GTiff").Create(
            str(self.tmp),
            grid.width,
            grid.height,
            bands,
            _GDAL_TYPES[self.dtype],
            options=["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=LZW", "BIGTIFF=YES"],
        )
        _describe(self.ds, grid, nodata, scale, offset, names, None)

    def write(self, row0: int, data: np.ndarray) -> None:
        arr = data if data.ndim == 3 else data[np.newaxis]
        for i in range(arr.shape[0]):
            self.ds.GetRasterBand(i + 1).WriteArray(arr[i].astype(self.dtype, copy=False), 0, row0)

    def close(self) -> int:
        """Finish the COG; returns its size in bytes."""
        self.ds.FlushCache()
        try:
            return _translate(self.ds, self.path, self.grid, self.dtype, self.categorical, False)
        finally:
            self.ds = None
            os.remove(self.tmp)
