"""Sentinel-1 GRD sigma0 backscatter (VV, VH, incidence angle) over the union of tiles 31UES and 31UFS."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import ogr

from . import atmosphere, geo, world
from .cog import write_cog
from .collections import S2_TILES, CollectionSpec, collection
from .metadata import write_inspire_xml
from .noise import fbm, rng, seed_of
from .plans import S1Scene
from .stac import WrittenFile, build_item, iso, item_dir

_SCENE_SECONDS = 25  # a GRD IW slice lasts about 25 s (real products: 05:58:49.458 - 05:59:14.456)
_NEAR_ANGLE, _FAR_ANGLE = 30.6, 45.9  # IW incidence angle range, degrees


def union_grid(spec: CollectionSpec, small: bool) -> geo.Grid:
    tiles = [S2_TILES[t] for t in spec.params["union_of"]]
    xmin = min(t[0] for t in tiles)
    ymin = min(t[1] for t in tiles)
    ymax = max(t[3] for t in tiles)
    res = spec.asset("VV").resolution or 20.0
    if small:
        res *= spec.small_factor
    width = math.ceil((max(t[2] for t in tiles) - xmin) / res)
    return geo.Grid(geo.UTM31N, xmin, ymax, res, width, round((ymax - ymin) / res))


def footprint(scene: S1Scene, grid: geo.Grid) -> ogr.Geometry:
    swath = geo.reproject(geo.polygon(scene.corners, geo.WGS84), geo.UTM31N)
    xmin, ymin, xmax, ymax = grid.bbox
    box = geo.polygon([(xmin, ymax), (xmax, ymax), (xmax, ymin), (xmin, ymin)], geo.UTM31N)
    return box.Intersection(swath)


def incidence_angle(scene: S1Scene, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Incidence angle from the pixel's distance to the swath's near-range edge."""
    corners = geo.transform_points(scene.corners, geo.WGS84, geo.UTM31N)
    i, j = scene.near_edge
    (ax, ay), (bx, by) = corners[i], corners[j]
    far = [corners[k] for k in range(4) if k not in (i, j)]
    nx, ny = by - ay, -(bx - ax)
    norm = math.hypot(nx, ny)

    def distance(px: Any, py: Any) -> Any:
        return np.abs((px - ax) * nx + (py - ay) * ny) / norm

    width = float(np.mean([distance(px, py) for px, py in far]))
    frac = np.clip(distance(x, y) / width, 0.0, 1.0)
    return (_NEAR_ANGLE + (_FAR_ANGLE - _NEAR_ANGLE) * frac).astype(np.float32)


def soil_moisture(scene: S1Scene) -> float:
    season = atmosphere.season_of(scene.when)
    rain = rng("s1-rain", scene.when.strftime("%Y%m%d")).random()
    return float(np.clip(0.3 + 0.35 * (1.0 - season) + 0.3 * (rain - 0.5), 0.05, 0.95))


def backscatter(scene: S1Scene, land: world.Landscape, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Linear sigma0 (VV, VH) from the landscape's cover fractions on the scene's date."""
    cover = world.fractions(land, world.day_of_year(scene.when))
    sm = soil_moisture(scene)
    soil_vv = 0.03 + 0.12 * sm
    attenuation = np.exp(-1.5 * cover.green)
    bare = np.clip(1.0 - cover.urban - cover.water - cover.conifer, 0.0, 1.0)
    wind = 0.5 + 2.5 * fbm(land.x, land.y, 30000.0, seed_of("wind", scene.when.isoformat()), 2)
    vv = (
        bare * (0.10 * cover.green + 0.05 * cover.dry + soil_vv * attenuation)
        + cover.conifer * 0.12
        + cover.urban * 0.35
        + cover.water * 0.0025 * wind
    )
    vh = (
        bare * (0.030 * cover.green + 0.012 * cover.dry + 0.15 * soil_vv * attenuation)
        + cover.conifer * 0.035
        + cover.urban * 0.05
        + cover.water * 0.0005 * wind
    )
    slope = (np.cos(np.radians(theta)) / math.cos(math.radians(38.0))) ** 2
    return (vv * slope).astype(np.float32), (vh * slope).astype(np.float32)


def _speckle(scene_id: str, pol: str, shape: tuple[int, ...], res: float) -> np.ndarray:
    # IW GRDH has ~4.4 looks at 20 m; a coarser pixel averages (res/20)^2 of them.
    looks = 4.4 * max(1.0, (res / 20.0) ** 2)
    return rng(scene_id, pol).gamma(looks, 1.0 / looks, size=shape).astype(np.float32)


def render_job(out_dir: Path, scene: S1Scene, collection_id: str) -> list[dict[str, Any]]:
    spec = collection(collection_id)
    grid = union_grid(spec, small=True)
    land = world.landscape(grid)
    fp = footprint(scene, grid)
    valid = geo.rasterize([fp], grid)
    theta = incidence_angle(scene, land.x, land.y)
    vv, vh = backscatter(scene, land, theta)
    item_id = scene.item_id
    arrays = {
        "VV": vv * _speckle(item_id, "VV", vv.shape, grid.res),
        "VH": vh * _speckle(item_id, "VH", vh.shape, grid.res),
        "angle": theta,
    }
    directory = out_dir / "files" / item_dir(spec, item_id, scene.when.date())
    files: dict[str, WrittenFile] = {}
    for key, data in arrays.items():
        a = spec.asset(key)
        data = np.where(valid, np.maximum(data, 1e-5), 0.0).astype(np.float32)
        name = a.file.format(id=item_id)
        size = write_cog(directory / name, data, grid, nodata=a.nodata, names=[b.name for b in a.bands])
        files[key] = WrittenFile(name, size, grid)
    end = scene.when + timedelta(seconds=_SCENE_SECONDS)
    bbox = geo.lonlat_bbox(fp)
    meta = spec.asset("metadata")
    name = meta.file.format(id=item_id)
    files["metadata"] = WrittenFile(
        name, write_inspire_xml(directory / name, spec, item_id, iso(scene.when), iso(end), bbox)
    )
    props = {
        "platform": scene.platform,
        "constellation": "sentinel-1",
        "instruments": ["c-sar"],
        "gsd": 20,
        "sar:instrument_mode": "IW",
        "sar:frequency_band": "C",
        "sar:center_frequency": 5.405,
        "sar:polarizations": ["VV", "VH"],
        "sar:product_type": "GRD",
        "sar:resolution_range": 20,
        "sar:resolution_azimuth": 22,
        "sar:pixel_spacing_range": 10,
        "sar:pixel_spacing_azimuth": 10,
        "sar:looks_range": 5,
        "sar:looks_azimuth": 1,
        "sar:looks_equivalent_number": 4.4,
        "sat:orbit_state": scene.orbit_state,
        "sat:relative_orbit": scene.relative_orbit,
        "sat:absolute_orbit": scene.absolute_orbit,
        "processing:facility": "VITO",
        "processing:version": "110",
    }
    return [build_item(spec, item_id, scene.when, end, fp, props, files, grid)]
