"""PROBA-V and SPOT-VEGETATION 10-daily maximum-value NDVI composites.

EPSG:4326 grids with pixel centres on multiples of the pixel size; DN = (NDVI + 0.08) / 0.004, 255 no data.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import numpy as np

from . import geo, world
from .cog import write_cog
from .collections import collection
from .metadata import write_inspire_xml
from .noise import fbm, rng, seed_of
from .stac import WrittenFile, build_item, iso, item_dir


def composite_grid(window: tuple[float, float, float, float], cells_per_degree: int) -> geo.Grid:
    return geo.geographic_window(*window, cells_per_degree)


def composite_ndvi(land: world.Landscape, start: date, end: date) -> np.ndarray:
    """Physical NDVI of a dekad: the landscape mid-dekad, a little residual cloud, NaN where never clear."""
    mid = datetime.combine(start, time(11)) + (end - start) / 2
    cover = world.fractions(land, world.day_of_year(mid))
    red = cover.reflectance("B04")
    nir = cover.reflectance("B08")
    ndvi = (nir - red) / np.maximum(nir + red, 1e-6)
    seed = seed_of("composite-clouds", start.isoformat())
    haze = fbm(land.x, land.y, 25000.0, seed, 3)
    winter = 1.0 - (0.5 - 0.5 * np.cos(2 * np.pi * (mid.timetuple().tm_yday - 15) / 365.0))
    ndvi = ndvi - 0.35 * np.clip((haze - 0.62) / 0.2, 0.0, 1.0)  # residual cloud contamination
    ndvi = ndvi + 0.015 * rng("composite-noise", start.isoformat()).standard_normal(ndvi.shape)
    never_clear = haze > 0.80 - 0.12 * winter
    return np.where(never_clear, np.nan, ndvi)


def render_job(out_dir: Path, collection_id: str, start: date, end: date) -> list[dict[str, Any]]:
    spec = collection(collection_id)
    params = spec.params
    grid = composite_grid(params["window"], params["cells_per_degree"])
    land = world.landscape(grid)
    ndvi = composite_ndvi(land, start, end)
    asset = spec.asset("NDVI")
    dn = np.clip(np.rint((np.nan_to_num(ndvi) - asset.offset) / asset.scale), 0, 250).astype(np.uint8)
    dn[np.isnan(ndvi)] = 255
    names = {"date": f"{start:%Y%m%d}"}
    item_id = params["id"].format(**names)
    names["id"] = item_id
    directory = out_dir / "files" / item_dir(spec, item_id, start)
    files: dict[str, WrittenFile] = {}
    name = asset.file.format(**names)
    size = write_cog(
        directory / name,
        dn,
        grid,
        nodata=asset.nodata,
        scale=asset.scale,
        offset=asset.offset,
        names=["NDVI"],
    )
    files["NDVI"] = WrittenFile(name, size, grid)
    first = datetime.combine(start, time(0))
    last = datetime.combine(end, time(23, 59, 59))
    xmin, ymin, xmax, ymax = grid.bbox
    footprint = geo.polygon([(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)], geo.WGS84)
    meta = spec.asset("metadata")
    name = meta.file.format(**names)
    files["metadata"] = WrittenFile(
        name,
        write_inspire_xml(directory / name, spec, item_id, iso(first), iso(last), [xmin, ymin, xmax, ymax]),
    )
    props = {
        "platform": params["platform"],
        "instruments": list(params["instruments"]),
        "gsd": params["gsd"],
        "processing:facility": "VITO",
        "processing:version": params["version"],
    }
    return [build_item(spec, item_id, first, last, footprint, props, files, grid)]
