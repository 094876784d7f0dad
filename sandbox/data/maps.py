"""ESA WorldCover land-cover maps and ESA WorldCereal crop maps, on 3 x 3 degree EPSG:4326 tiles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from . import geo, world
from .cog import write_cog
from .collections import WORLDCOVER_CLASSES, CollectionSpec, collection
from .metadata import write_inspire_xml
from .noise import hash2, seed_of
from .plans import map_tile_bounds
from .stac import WrittenFile, build_item, iso, item_dir

_WORLDCOVER_OF = {
    world.WATER: 80,
    world.URBAN: 50,
    world.DECIDUOUS: 10,
    world.CONIFER: 10,
    world.HEATH: 20,
    world.WETLAND: 90,
    world.GRASSLAND: 30,
    world.WINTER_CEREAL: 40,
    world.MAIZE: 40,
    world.SUGAR_BEET: 40,
    world.POTATO: 40,
    world.BARE: 60,
}

_CEREAL_CLASSES = {
    "temporarycrops": world.CROPS,
    "maize": (world.MAIZE,),
    "wintercereals": (world.WINTER_CEREAL,),
}


def tile_grid(spec: CollectionSpec, tile: str, small: bool) -> geo.Grid:
    west, _, _, north = map_tile_bounds(tile)
    res = spec.assets[0].resolution or 1 / 12000
    if small:
        res *= spec.small_factor
    cells = round(3.0 / res)
    return geo.Grid(geo.WGS84, west, north, 3.0 / cells, cells, cells)


def worldcover_map(land: world.Landscape, year: int) -> np.ndarray:
    lut = np.zeros(256, dtype=np.uint8)
    for cls, code in _WORLDCOVER_OF.items():
        lut[cls] = code
    classes = lut[land.cls]
    # Each map version draws the grassland/cropland boundary a little differently.
    idx_x = np.floor(land.x / 100.0)
    idx_y = np.floor(land.y / 100.0)
    flip = hash2(idx_x, idx_y, seed_of("worldcover", year)) < 0.04
    swapped = np.where(classes == 30, 40, np.where(classes == 40, 30, classes))
    return np.where(flip, swapped, classes).astype(np.uint8)


def worldcereal_maps(land: world.Landscape, product: str) -> tuple[np.ndarray, np.ndarray]:
    detected = np.isin(land.cls, _CEREAL_CLASSES[product])
    classification = np.where(detected, 100, 0).astype(np.uint8)
    # Confidence is high inside a parcel's class and lower for the ambiguous grass/crop parcels.
    base = np.where(detected, 72, 80) + 25 * land.parcel
    ambiguous = np.isin(land.cls, (world.GRASSLAND, world.WETLAND, world.HEATH))
    confidence = np.clip(np.where(ambiguous, base - 25, base), 0, 100).astype(np.uint8)
    # Inferred: the maps cover land only; the sea is no data.
    classification[land.sea] = 255
    confidence[land.sea] = 255
    return classification, confidence


def render_job(out_dir: Path, collection_id: str, tile: str) -> list[dict[str, Any]]:
    spec = collection(collection_id)
    params = spec.params
    grid = tile_grid(spec, tile, small=True)
    land = world.landscape(grid)
    names = {"tile": tile}
    item_id = params["id"].format(**names)
    names["id"] = item_id
    if spec.kind == "worldcover":
        arrays = {"Map": worldcover_map(land, params["year"])}
    else:
        classification, confidence = worldcereal_maps(land, params["product"])
        arrays = {"classification": classification, "confidence": confidence}
    start = datetime(params["year"], 1, 1)
    end = datetime(params["year"], 12, 31, 23, 59, 59)
    directory = out_dir / "files" / item_dir(spec, item_id, start.date())
    files: dict[str, WrittenFile] = {}
    for key, data in arrays.items():
        a = spec.asset(key)
        name = a.file.format(**names)
        size = write_cog(
            directory / name,
            data,
            grid,
            nodata=a.nodata,
            names=[key],
            categorical=key in ("Map", "classification"),
            color_table={code: rgb for code, (_, rgb) in WORLDCOVER_CLASSES.items()}
            if key == "Map"
            else None,
        )
        files[key] = WrittenFile(name, size, grid)
    west, south, east, north = map_tile_bounds(tile)
    footprint = geo.polygon([(west, south), (east, south), (east, north), (west, north)], geo.WGS84)
    meta = spec.asset("metadata")
    name = meta.file.format(**names)
    files["metadata"] = WrittenFile(
        name,
        write_inspire_xml(directory / name, spec, item_id, iso(start), iso(end), [west, south, east, north]),
    )
    props: dict[str, Any] = {"processing:facility": "VITO"}
    if spec.kind == "worldcover":
        props["processing:version"] = params["version"]
    return [build_item(spec, item_id, start, end, footprint, props, files, grid)]
