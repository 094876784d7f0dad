"""A tiny catalogue in the shape of the generated one (and a slice of the real generated one), for tests.

Writes ``catalogue.json`` (hrefs with the ``{SANDBOX}`` placeholder) and small COGs with overviews under
``files/``: Sentinel-2 TOC (B02 B03 B04, int16, scale 1e-4, nodata 32767) and NDVI (uint8, DN*0.004-0.08,
nodata 255) for the MGRS tiles 31UES and 31UFS (UTM 31N) on two dates, and an ESA WorldCover 2021 map (uint8
classes, EPSG:4326) over Belgium. Pixels are coarse (200 m, 0.005°) so the files stay a few hundred kB.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import transform_bounds

S2_TILES = {"31UES": 499980.0, "31UFS": 600000.0}  # upper-left x of the MGRS tiles, UTM 31N
S2_TOP = 5700000.0
S2_SIZE = 109800.0
S2_RES = 200.0
DATES = ("2026-06-01", "2026-06-06")
WORLDCOVER_BOX = (2.5, 49.5, 6.5, 51.6)  # west, south, east, north
WORLDCOVER_RES = 0.005
WORLDCOVER_CLASSES = (10, 20, 30, 40, 50, 60, 80, 90)


def write_cog(path: Path, data: np.ndarray, epsg: int, geotransform: tuple, nodata: float | None) -> None:
    """A single-band COG with internal overviews (GDAL's COG driver, through rasterio)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = {
        "driver": "COG",
        "width": data.shape[1],
        "height": data.shape[0],
        "count": 1,
        "dtype": str(data.dtype),
        "crs": CRS.from_epsg(epsg),
        "transform": Affine.from_gdal(*geotransform),
        "nodata": nodata,
        "blocksize": 128,
        "overview_resampling": "nearest",
        "compress": "deflate",
    }
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(data, 1)


def _utm_to_wgs84_bbox(x0: float, y0: float, size: float) -> list[float]:
    bounds = transform_bounds("EPSG:32631", "EPSG:4326", x0, y0 - size, x0 + size, y0)
    return [round(v, 6) for v in bounds]


def _polygon(bbox: list[float]) -> dict[str, Any]:
    w, s, e, n = bbox
    return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}


def _asset(rel: str, **extra: Any) -> dict[str, Any]:
    return {
        "href": "{SANDBOX}/download/" + rel,
        "type": "image/tiff; application=geotiff; profile=cloud-optimized",
        "roles": ["data"],
        "auth:refs": ["oidc"],
        **extra,
    }


def _field(shape: tuple[int, int], seed: int) -> np.ndarray:
    """A smooth non-uniform 0..1 field with some texture."""
    rows, cols = np.mgrid[0 : shape[0], 0 : shape[1]].astype("float32")
    rng = np.random.default_rng(seed)
    wave = 0.5 + 0.25 * np.sin(cols / 23.0 + seed) + 0.2 * np.cos(rows / 31.0)
    return np.clip(wave + rng.normal(0, 0.03, shape).astype("float32"), 0, 1)


def _s2_items(files: Path) -> list[dict[str, Any]]:
    items = []
    size = int(S2_SIZE / S2_RES)
    for day, date in enumerate(DATES):
        for tile, x0 in S2_TILES.items():
            stamp = date.replace("-", "")
            toc_id = f"S2B_{stamp}T105619_{tile}_TOC_V220"
            ndvi_id = f"S2B_{stamp}T105619_{tile}_NDVI_V200"
            gt = (x0, S2_RES, 0.0, S2_TOP, 0.0, -S2_RES)
            bbox = _utm_to_wgs84_bbox(x0, S2_TOP, S2_SIZE)
            field = _field((size, size), seed=day * 10 + len(items))
            nodata_rows = slice(0, size // 8)  # a strip of no data along the top, as on a swath edge
            toc_assets = {}
            for band, factor in (("B02", 0.6), ("B03", 0.8), ("B04", 1.0)):
                rel = f"Sentinel2/TOC_V2/{date.replace('-', '/')}/{toc_id}/{toc_id[:-5]}-{band}_10M_V220.tif"
                data = (300 + field * 1200 * factor).astype("int16")
                data[nodata_rows] = 32767
                write_cog(files / rel, data, 32631, gt, 32767)
                toc_assets[band] = _asset(rel, nodata=32767, **{"raster:scale": 0.0001, "raster:offset": 0})
            rel = f"Sentinel2/NDVI_V2/{date.replace('-', '/')}/{ndvi_id}/{ndvi_id[:-5]}_NDVI_10M_V200.tif"
            ndvi = (20 + field * 230).astype("uint8")
            ndvi[nodata_rows] = 255
            write_cog(files / rel, ndvi, 32631, gt, 255)
            ndvi_asset = _asset(rel, nodata=255, **{"raster:scale": 0.004, "raster:offset": -0.08})
            props = {"datetime": f"{date}T10:56:19Z", "platform": "sentinel-2b", "proj:code": "EPSG:32631"}
            for item_id, collection, assets in (
                (toc_id, "terrascope-s2-toc-v2", toc_assets),
                (ndvi_id, "terrascope-s2-ndvi-v2", {"NDVI": ndvi_asset}),
            ):
                items.append(_item(item_id, collection, bbox, props, assets))
    return items


def _item(item_id: str, collection: str, bbox: list[float], props: dict, assets: dict) -> dict[str, Any]:
    return {
        "type": "Feature",
        "stac_version": "1.1.0",
        "id": item_id,
        "collection": collection,
        "bbox": bbox,
        "geometry": _polygon(bbox),
        "properties": dict(props),
        "links": [],
        "assets": assets,
    }


def _worldcover_item(files: Path) -> dict[str, Any]:
    west, south, east, north = WORLDCOVER_BOX
    cols, rows = round((east - west) / WORLDCOVER_RES), round((north - south) / WORLDCOVER_RES)
    index = (_field((rows, cols), seed=7) * (len(WORLDCOVER_CLASSES) - 1)).round().astype(int)
    data = np.array(WORLDCOVER_CLASSES, dtype="uint8")[index]
    rel = "ESA_WorldCover/v200/2021/ESA_WorldCover_10m_2021_v200_N48E000_Map.tif"
    write_cog(files / rel, data, 4326, (west, WORLDCOVER_RES, 0.0, north, 0.0, -WORLDCOVER_RES), 0)
    props = {
        "datetime": None,
        "start_datetime": "2021-01-01T00:00:00Z",
        "end_datetime": "2021-12-31T23:59:59Z",
    }
    asset = _asset("ESA_WorldCover/v200/2021/ESA_WorldCover_10m_2021_v200_N48E000_Map.tif", nodata=0)
    return _item(
        "ESA_WorldCover_10m_2021_v200_N48E000",
        "esa-worldcover-map-10m-2021-v2",
        [west, south, east, north],
        props,
        {"Map": asset},
    )


def _collection(collection_id: str) -> dict[str, Any]:
    return {
        "type": "Collection",
        "id": collection_id,
        "stac_version": "1.1.0",
        "links": [],
        "description": collection_id,
        "license": "proprietary",
        "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]}, "temporal": {"interval": [[None, None]]}},
    }


def build(data_dir: Path) -> Path:
    """Write the tiny catalogue into ``data_dir`` (catalogue.json + files/) and return ``data_dir``."""
    files = data_dir / "files"
    items = _s2_items(files) + [_worldcover_item(files)]
    collections = [_collection(c) for c in sorted({i["collection"] for i in items})]
    (data_dir / "catalogue.json").write_text(json.dumps({"collections": collections, "items": items}))
    return data_dir


GENERATED_SUBSET = (
    "terrascope-s2-toc-v2",
    "terrascope-s2-ndvi-v2",
    "terrascope-s2-fapar-v2",
    "terrascope-s2-lai-v2",
    "terrascope-s2-fcover-v2",
    "terrascope-s1-grd-sigma0-v1",
    "terrascope-probav-s10-toc-ndvi-333m-v1",
    "esa-worldcover-map-10m-2020-v1",
    "esa-worldcover-map-10m-2021-v2",
)


def generated_subset(limit: int = 2) -> Path:
    """A small slice of the real generator's output (first ``limit`` dates/tiles), cached per version."""
    from sandbox.data.generate import ensure_data
    from sandbox.server import DEFAULT_CACHE

    return ensure_data(DEFAULT_CACHE, only=GENERATED_SUBSET, limit=limit)
