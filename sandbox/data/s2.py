"""Sentinel-2 TOC reflectance and the NDVI/FAPAR/LAI/FCOVER products derived from it.

One acquisition is rendered per job. Every asset is computed on its own grid (10, 20 or 60 m, or the
quicklook's) from the same world, weather and footprint, so bands, SCL and masks agree wherever they
overlap; the biophysical products are computed from the very B04/B08 digital numbers written to disk.
"""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from osgeo import gdal

from . import atmosphere, geo, world
from .cog import BlockWriter, write_cog
from .collections import S2_TILES, SCL_INVALID, AssetSpec, CollectionSpec, collection
from .metadata import write_inspire_xml
from .noise import hash2, rng
from .plans import S2_PROCESSING_VERSION, S2Acquisition, s2_acquisitions
from .stac import WrittenFile, build_item, iso, item_dir

TOC = "terrascope-s2-toc-v2"
_VERSION = "V" + S2_PROCESSING_VERSION
_NODATA_INT16 = 32767
_ORBIT_HEIGHT = 786_000.0  # m
_FULL_STRIP_ROWS = 128
_FULL_GDAL_CACHE = 256 * 1024 * 1024  # bytes: GDAL's block cache would otherwise take 5 % of RAM


def tile_grid(tile: str, res: float) -> geo.Grid:
    xmin, ymin, xmax, ymax = S2_TILES[tile]
    return geo.Grid(geo.UTM31N, xmin, ymax, res, round((xmax - xmin) / res), round((ymax - ymin) / res))


def asset_grid(spec: CollectionSpec, asset: AssetSpec, tile: str, small: bool) -> geo.Grid:
    res = asset.resolution or 10
    if small:
        res = asset.small_resolution or res * spec.small_factor
    if asset.key == "QUICKLOOK" and not small:
        # The real quicklook is 686 x 686 over the tile: 160 m pixels on a 109760 m square.
        xmin, _, _, ymax = S2_TILES[tile]
        return geo.Grid(geo.UTM31N, xmin, ymax, res, 686, 686)
    return tile_grid(tile, res)


@dataclass(frozen=True)
class Scene:
    """One acquisition evaluated on one grid."""

    grid: geo.Grid
    land: world.Landscape
    cover: world.Fractions
    clouds: atmosphere.Clouds
    valid: np.ndarray  # inside the data footprint


class Renderer:
    """Computes the TOC assets of one acquisition on any grid (or strip of a grid)."""

    def __init__(self, acq: S2Acquisition, cache_landscape: bool = True) -> None:
        self.acq = acq
        self.item_id = f"{acq.prefix}_TOC_{_VERSION}"
        self.sky = atmosphere.sky(acq.when)
        self.doy = world.day_of_year(acq.when)
        self.footprint = acq.footprint()
        self.cache_landscape = cache_landscape
        self._scene: Scene | None = None
        self._angles_of: tuple[geo.Grid, tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None

    def scene(self, grid: geo.Grid) -> Scene:
        if self._scene is None or self._scene.grid != grid:
            land = world.landscape(grid) if self.cache_landscape else world.build_landscape(grid)
            self._scene = Scene(
                grid=grid,
                land=land,
                cover=world.fractions(land, self.doy),
                clouds=atmosphere.clouds(self.sky, land.x, land.y),
                valid=geo.rasterize([self.footprint], grid),
            )
        return self._scene

    def asset(self, key: str, grid: geo.Grid) -> np.ndarray:
        sc = self.scene(grid)
        if key in world.BAND_INDEX:
            return self._band(key, sc)
        return _PRODUCERS[key](self, sc)

    def _band(self, key: str, sc: Scene) -> np.ndarray:
        i = world.BAND_INDEX[key]
        refl = atmosphere.observed(sc.cover.reflectance(key), i, sc.clouds)
        noise = rng(self.item_id, key, sc.grid.y0).standard_normal(refl.shape, dtype=np.float32)
        # 1.5 % speckle at 10 m; a coarser pixel averages (res/10)^2 of them, hence the 1/(res/10).
        refl = refl * (1.0 + 0.015 * (10.0 / sc.grid.res) * noise)
        dn = np.clip(np.rint(refl * 10000.0), 1, _NODATA_INT16 - 1).astype(np.int16)
        dn[~sc.valid] = _NODATA_INT16
        return dn

    def _scl(self, sc: Scene) -> np.ndarray:
        red = sc.cover.reflectance("B04")
        nir = sc.cover.reflectance("B08")
        ndvi = (nir - red) / np.maximum(nir + red, 1e-6)
        scl = np.where(ndvi > 0.35, 4, 5).astype(np.uint8)
        scl[sc.land.cls == world.WATER] = 6
        scl[hash2(np.floor(sc.land.x / 20.0), np.floor(sc.land.y / 20.0), 77) < 0.003] = 7
        weather = sc.clouds.scl > 0
        scl[weather] = sc.clouds.scl[weather]
        scl[~sc.valid] = 0
        return scl

    def _cloudmask(self, sc: Scene) -> np.ndarray:
        mask = np.isin(sc.clouds.scl, (3, 8, 9, 10)).astype(np.uint8)
        mask[~sc.valid] = 255
        return mask

    def _scaled(self, values: np.ndarray, sc: Scene, scale: float, nodata: int) -> np.ndarray:
        dn = np.clip(np.rint(values / scale), 1, nodata - 1).astype(np.uint16)
        dn[~sc.valid] = nodata
        return dn

    def _aot(self, sc: Scene) -> np.ndarray:
        dn = self._scaled(atmosphere.aerosol(self.sky, sc.land.x, sc.land.y), sc, 0.001, 65535)
        dn[~sc.valid] = 0
        return dn

    def _wvp(self, sc: Scene) -> np.ndarray:
        dn = self._scaled(atmosphere.water_vapour(self.sky, sc.land.x, sc.land.y), sc, 0.001, 65535)
        dn[~sc.valid] = 0
        return dn

    def _angles(self, sc: Scene) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lon, lat = geo.transform_arrays(sc.land.x, sc.land.y, geo.UTM31N, geo.WGS84)
        sza, saa = atmosphere.sun_angles(self.acq.when, lon, lat)
        if self._angles_of is not None and self._angles_of[0] == sc.grid:
            return self._angles_of[1]
        track = self.acq.swath.track_x(sc.land.y)
        across = sc.land.x - track
        vza = np.degrees(np.arctan(np.abs(across) / _ORBIT_HEIGHT)) * 1.08  # Earth curvature, roughly
        vaa = np.where(across < 0, 102.0, 282.0)  # the satellite is east of pixels west of its track
        angles = (sza, vza, np.mod(saa - vaa, 360.0))
        self._angles_of = (sc.grid, angles)
        return angles

    def _sza(self, sc: Scene) -> np.ndarray:
        return self._scaled(self._angles(sc)[0], sc, 0.01, 65535)

    def _vza(self, sc: Scene) -> np.ndarray:
        return self._scaled(self._angles(sc)[1], sc, 0.01, 65535)

    def _raa(self, sc: Scene) -> np.ndarray:
        return self._scaled(self._angles(sc)[2], sc, 0.01, 65535)

    def _quicklook(self, sc: Scene) -> np.ndarray:
        rgb = []
        for band in ("B04", "B03", "B02"):
            refl = atmosphere.observed(sc.cover.reflectance(band), world.BAND_INDEX[band], sc.clouds)
            rgb.append(np.clip(np.rint(refl * (254.0 / 0.18)), 0, 254).astype(np.uint8))
        out = np.stack(rgb)
        out[:, ~sc.valid] = 255
        return out

    def cloud_cover(self, scl: np.ndarray) -> float:
        """Sen2Cor's cloudy-pixel percentage: medium, high and cirrus over valid pixels."""
        valid = np.count_nonzero(scl)
        cloudy = np.count_nonzero(np.isin(scl, (8, 9, 10)))
        return round(100.0 * cloudy / valid, 2) if valid else 100.0


_PRODUCERS: dict[str, Callable[[Renderer, Scene], np.ndarray]] = {
    "SCL": Renderer._scl,
    "CLOUDMASK": Renderer._cloudmask,
    "AOT": Renderer._aot,
    "WVP": Renderer._wvp,
    "SZA": Renderer._sza,
    "VZA": Renderer._vza,
    "RAA": Renderer._raa,
    "QUICKLOOK": Renderer._quicklook,
}


# --- Biophysical products -------------------------------------------------------------------------------


def ndvi_from_dn(b04: np.ndarray, b08: np.ndarray) -> np.ndarray:
    red = b04.astype(np.float64)
    nir = b08.astype(np.float64)
    total = nir + red
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, (nir - red) / total, np.nan)


def biopar(product: str, ndvi: np.ndarray) -> np.ndarray:
    """Physical value from NDVI (simple published-style relations; the sandbox's stand-in for VITO's NN)."""
    if product == "NDVI":
        return ndvi
    fcover = np.clip((ndvi - 0.12) / (0.90 - 0.12), 0.0, 1.0)
    if product == "FCOVER":
        return fcover
    if product == "FAPAR":
        return np.clip(1.1638 * ndvi - 0.1426, 0.0, 0.95)  # Myneni & Williams (1994)
    if product == "LAI":
        return np.clip(-2.0 * np.log(1.0 - 0.95 * fcover), 0.0, 7.9)  # Beer's law, k = 0.5
    raise KeyError(product)


def biopar_dn(spec: CollectionSpec, b04: np.ndarray, b08: np.ndarray, scl20: np.ndarray) -> np.ndarray:
    """The product's digital numbers from the TOC B04/B08 numbers and the 20 m SCL."""
    product = spec.params["biopar"]
    asset = spec.asset(product)
    ndvi = ndvi_from_dn(b04, b08)
    scl = np.repeat(np.repeat(scl20, 2, axis=0), 2, axis=1)
    invalid = np.isin(scl, SCL_INVALID) | (b04 == _NODATA_INT16) | (b08 == _NODATA_INT16) | np.isnan(ndvi)
    value = biopar(product, np.nan_to_num(ndvi))
    dn = np.clip(np.rint((value - (asset.offset or 0.0)) / asset.scale), 0, spec.params["max_dn"])
    dn = dn.astype(np.uint8)
    dn[invalid] = 255
    return dn


def _colour_ramp(dn: np.ndarray, max_dn: int) -> np.ndarray:
    t = dn.astype(np.float32) / max_dn
    r = np.clip(np.rint(200 - 180 * t), 0, 254)
    g = np.clip(np.rint(120 + 100 * np.sin(np.pi * np.minimum(t, 1.0) / 1.6)), 0, 254)
    b = np.clip(np.rint(60 - 40 * t), 0, 254)
    out = np.stack([r, g, b]).astype(np.uint8)
    out[:, dn == 255] = 255
    return out


# --- Jobs -----------------------------------------------------------------------------------------------


def _names(acq: S2Acquisition, item_id: str) -> dict[str, str]:
    return {"prefix": acq.prefix, "version": _VERSION, "id": item_id}


def _properties(acq: S2Acquisition, cloud_cover: float) -> dict[str, Any]:
    tile = acq.tile
    return {
        "platform": acq.platform,
        "instruments": ["msi"],
        "constellation": "sentinel-2",
        "gsd": 10,
        "eo:cloud_cover": cloud_cover,
        "sat:absolute_orbit": acq.absolute_orbit,
        "sat:relative_orbit": acq.relative_orbit,
        "sat:orbit_state": "descending",
        "mgrs:utm_zone": int(tile[:2]),
        "mgrs:latitude_band": tile[2],
        "mgrs:grid_square": tile[3:],
        "grid:code": f"MGRS-{tile}",
        "processing:facility": "VITO",
        "processing:version": S2_PROCESSING_VERSION,
    }


def _finish_item(
    out_dir: Path,
    spec: CollectionSpec,
    acq: S2Acquisition,
    item_id: str,
    files: dict[str, WrittenFile],
    cloud_cover: float,
) -> dict[str, Any]:
    directory = out_dir / "files" / item_dir(spec, item_id, acq.when.date())
    footprint = acq.footprint()
    meta = spec.asset("metadata")
    name = meta.file.format(**_names(acq, item_id))
    bbox = geo.lonlat_bbox(footprint)
    end = acq.when
    size = write_inspire_xml(directory / name, spec, item_id, iso(acq.when), iso(end), bbox)
    files["metadata"] = WrittenFile(name, size)
    data_key = next(a.key for a in spec.assets if "data" in a.roles)
    return build_item(
        spec,
        item_id,
        acq.when,
        end,
        footprint,
        _properties(acq, cloud_cover),
        files,
        files[data_key].grid or tile_grid(acq.tile, 10),
    )


def render_job(out_dir: Path, acq: S2Acquisition, wanted: tuple[str, ...]) -> list[dict[str, Any]]:
    """Write the small-mode TOC item of `acq` and its biophysical items (those in `wanted`)."""
    toc = collection(TOC)
    r = Renderer(acq)
    arrays: dict[str, np.ndarray] = {}
    grids: dict[str, geo.Grid] = {}
    for a in toc.assets:
        if a.is_raster:
            grids[a.key] = asset_grid(toc, a, acq.tile, small=True)
            arrays[a.key] = r.asset(a.key, grids[a.key])
    cloud_cover = r.cloud_cover(arrays["SCL"])
    items = []
    scl_file: Path | None = None  # the biophysical items ship the very same SCL file as the TOC item
    if TOC in wanted:
        files = _write_rasters(out_dir, toc, acq, r.item_id, arrays, grids)
        items.append(_finish_item(out_dir, toc, acq, r.item_id, files, cloud_cover))
        scl_file = out_dir / "files" / item_dir(toc, r.item_id, acq.when.date()) / files["SCL"].name
    for cid in wanted:
        spec = collection(cid)
        if spec.kind != "s2-biopar":
            continue
        product = spec.params["biopar"]
        item_id = f"{acq.prefix}_{product}_{_VERSION}"
        dn = biopar_dn(spec, arrays["B04"], arrays["B08"], arrays["SCL"])
        dgrids = {
            k: asset_grid(spec, spec.asset(k), acq.tile, small=True) for k in (product, "SCL", "QUICKLOOK")
        }
        step = dgrids[product].width // dgrids["QUICKLOOK"].width
        quicklook = _colour_ramp(dn[step // 2 :: step, step // 2 :: step], spec.params["max_dn"])
        derived = {product: dn, "SCL": arrays["SCL"], "QUICKLOOK": quicklook}
        files = _write_rasters(out_dir, spec, acq, item_id, derived, dgrids, scl_file)
        scl_file = out_dir / "files" / item_dir(spec, item_id, acq.when.date()) / files["SCL"].name
        items.append(_finish_item(out_dir, spec, acq, item_id, files, cloud_cover))
    return items


def _write_rasters(
    out_dir: Path,
    spec: CollectionSpec,
    acq: S2Acquisition,
    item_id: str,
    arrays: dict[str, np.ndarray],
    grids: dict[str, geo.Grid],
    scl_file: Path | None = None,
) -> dict[str, WrittenFile]:
    directory = out_dir / "files" / item_dir(spec, item_id, acq.when.date())
    files = {}
    for key, data in arrays.items():
        a = spec.asset(key)
        name = a.file.format(**_names(acq, item_id))
        if key == "SCL" and scl_file is not None:
            directory.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(scl_file, directory / name)
            files[key] = WrittenFile(name, (directory / name).stat().st_size, grids[key])
            continue
        size = write_cog(
            directory / name,
            data,
            grids[key],
            nodata=a.nodata,
            scale=a.scale,
            offset=a.offset,
            names=[b.name for b in a.bands],
            categorical=key in ("SCL", "CLOUDMASK"),
        )
        files[key] = WrittenFile(name, size, grids[key])
    return files


# --- Full size ------------------------------------------------------------------------------------------


def full_size_acquisition() -> S2Acquisition:
    """A growing-season R008 acquisition of 31UFS (whole tile in the swath), the least cloudy one."""
    candidates = [a for a in s2_acquisitions(("31UFS",)) if a.relative_orbit == 8 and 4 <= a.when.month <= 9]
    return min(candidates, key=lambda a: (atmosphere.target_cover(a.when), a.when))


def render_full_size(out_dir: Path, acq: S2Acquisition, divisor: int = 1) -> dict[str, Any]:
    """Write the TOC item of `acq` at native resolution (divided by `divisor`, for tests), strip by strip."""
    previous_cache = gdal.GetCacheMax()
    gdal.SetCacheMax(_FULL_GDAL_CACHE)
    try:
        return _render_full_size(out_dir, acq, divisor)
    finally:
        gdal.SetCacheMax(previous_cache)


def _render_full_size(out_dir: Path, acq: S2Acquisition, divisor: int) -> dict[str, Any]:
    toc = collection(TOC)
    r = Renderer(acq, cache_landscape=False)
    directory = out_dir / "files" / item_dir(toc, r.item_id, acq.when.date())
    files: dict[str, WrittenFile] = {}
    cloud_cover = 0.0
    by_grid: dict[geo.Grid, list[AssetSpec]] = {}
    for a in toc.assets:
        if a.is_raster:
            grid = asset_grid(toc, a, acq.tile, small=False)
            if divisor != 1:
                grid = geo.Grid(
                    grid.epsg,
                    grid.x0,
                    grid.y0,
                    grid.res * divisor,
                    math.ceil(grid.width / divisor),
                    math.ceil(grid.height / divisor),
                )
            by_grid.setdefault(grid, []).append(a)
    for grid, assets in by_grid.items():
        writers = {
            a.key: BlockWriter(
                directory / a.file.format(**_names(acq, r.item_id)),
                grid,
                a.data_type or "uint8",
                len(a.bands) or 1,
                nodata=a.nodata,
                scale=a.scale,
                offset=a.offset,
                names=[b.name for b in a.bands],
                categorical=a.key in ("SCL", "CLOUDMASK"),
            )
            for a in assets
        }
        counts = np.zeros(2, dtype=np.int64)
        for row0 in range(0, grid.height, _FULL_STRIP_ROWS):
            strip = grid.rows(row0, min(_FULL_STRIP_ROWS, grid.height - row0))
            for key, writer in writers.items():
                data = r.asset(key, strip)
                writer.write(row0, data)
                if key == "SCL":
                    counts += (np.count_nonzero(data), np.count_nonzero(np.isin(data, (8, 9, 10))))
        for key, writer in writers.items():
            size = writer.close()
            files[key] = WrittenFile(writer.path.name, size, grid)
        if counts[0]:
            cloud_cover = round(100.0 * counts[1] / counts[0], 2)
    return _finish_item(out_dir, toc, acq, r.item_id, files, cloud_cover)
