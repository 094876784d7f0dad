"""The sandbox data generator: layout, STAC shape, COG validity, content plausibility, determinism, cache."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal, osr

from sandbox.data import atmosphere, plans, s1, s2
from sandbox.data.collections import COLLECTIONS, WORLDCOVER_CLASSES, collection
from sandbox.data.generate import (
    ensure_data,
    generate,
    generate_full_size_item,
    generator_version,
    prune_cache,
)

try:
    from osgeo_utils.samples.validate_cloud_optimized_geotiff import validate as validate_cog
except ImportError:  # pragma: no cover - GDAL's Python utilities ship with the bindings on Debian
    validate_cog = None

gdal.UseExceptions()

TOC = "terrascope-s2-toc-v2"
NDVI = "terrascope-s2-ndvi-v2"
S1 = "terrascope-s1-grd-sigma0-v1"
PROBAV = "terrascope-probav-s10-toc-ndvi-333m-v1"
WORLDCOVER = "esa-worldcover-map-10m-2021-v2"
PLACEHOLDER = "{SANDBOX}"
REPO = Path(__file__).resolve().parents[2]

REAL_S2_EXTENSIONS = [
    f"https://stac-extensions.github.io/{name}/schema.json"
    for name in (
        "eo/v2.0.0",
        "sat/v1.0.0",
        "product/v0.1.0",
        "mgrs/v1.0.0",
        "grid/v1.1.0",
        "processing/v1.2.0",
        "file/v2.1.0",
        "raster/v2.0.0",
        "projection/v2.0.0",
        "alternate-assets/v1.2.0",
        "authentication/v1.1.0",
    )
]
REAL_S2_ASSETS = {
    "B01",
    "B02",
    "B03",
    "B04",
    "B05",
    "B06",
    "B07",
    "B08",
    "B8A",
    "B11",
    "B12",
    "SCL",
    "CLOUDMASK",
    "AOT",
    "WVP",
    "SZA",
    "VZA",
    "RAA",
    "QUICKLOOK",
    "metadata",
    "preview",
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every collection, first two dates/scenes/tiles each."""
    return generate(
        tmp_path_factory.mktemp("sandbox-data") / "out", only=[c.id for c in COLLECTIONS], limit=2, workers=1
    )


@pytest.fixture(scope="module")
def catalogue(data: Path) -> dict[str, Any]:
    return json.loads((data / "catalogue.json").read_text(encoding="utf-8"))


def local_path(data: Path, href: str) -> Path:
    prefix = PLACEHOLDER + "/download/"
    assert href.startswith(prefix), href
    return data / "files" / href[len(prefix) :]


def items_of(catalogue: dict[str, Any], collection_id: str) -> list[dict[str, Any]]:
    return [i for i in catalogue["items"] if i["collection"] == collection_id]


def raster_assets(item: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(k, a) for k, a in item["assets"].items() if a["type"].startswith("image/tiff")]


# --- Layout and STAC -----------------------------------------------------------------------------------


def test_layout_version_and_every_collection(data: Path, catalogue: dict[str, Any]) -> None:
    assert (data / "VERSION").read_text().strip() == generator_version()
    assert [c["id"] for c in catalogue["collections"]] == [c.id for c in COLLECTIONS]
    assert {i["collection"] for i in catalogue["items"]} == {c.id for c in COLLECTIONS}
    assert not list(data.parent.glob(".out.tmp-*")), "temporary directory left behind"


def test_every_file_href_exists_with_its_real_size(data: Path, catalogue: dict[str, Any]) -> None:
    referenced = set()
    for item in catalogue["items"]:
        for key, asset in item["assets"].items():
            if key == "preview":
                continue
            path = local_path(data, asset["href"])
            referenced.add(path)
            assert asset["file:size"] == path.stat().st_size, (item["id"], key)
            dated = "/".join(asset["href"].split("/")[-5:])  # YYYY/MM/DD/<item id>/<file>
            root = collection(item["collection"]).local_root
            assert asset["alternate"]["local"]["href"] == f"file://{root}/{dated}"
    on_disk = {p for p in (data / "files").rglob("*") if p.is_file()}
    assert on_disk == referenced


def test_hrefs_use_the_placeholder_and_sandbox_paths(catalogue: dict[str, Any]) -> None:
    text = json.dumps(catalogue)
    assert "terrascope.be/download" not in text and "https://stac.terrascope" not in text
    for item in catalogue["items"]:
        cid, iid = item["collection"], item["id"]
        links = {link["rel"]: link["href"] for link in item["links"]}
        assert links == {
            "self": f"{PLACEHOLDER}/stac/collections/{cid}/items/{iid}",
            "parent": f"{PLACEHOLDER}/stac/collections/{cid}",
            "collection": f"{PLACEHOLDER}/stac/collections/{cid}",
            "root": f"{PLACEHOLDER}/stac/",
        }
        oidc = item["properties"]["auth:schemes"]["oidc"]
        assert (
            oidc["openIdConnectUrl"]
            == f"{PLACEHOLDER}/auth/realms/terrascope/.well-known/openid-configuration"
        )
        preview = item["assets"]["preview"]["href"]
        assert preview.startswith(f"{PLACEHOLDER}/titiler/collections/{cid}/items/{iid}/preview?")


def test_s2_toc_item_looks_like_the_real_one(catalogue: dict[str, Any]) -> None:
    item = items_of(catalogue, TOC)[0]
    assert item["stac_version"] == "1.1.0"
    assert item["stac_extensions"] == REAL_S2_EXTENSIONS
    assert set(item["assets"]) == REAL_S2_ASSETS
    props = item["properties"]
    for key in (
        "title",
        "datetime",
        "start_datetime",
        "end_datetime",
        "created",
        "updated",
        "providers",
        "platform",
        "instruments",
        "constellation",
        "gsd",
        "eo:cloud_cover",
        "sat:absolute_orbit",
        "sat:relative_orbit",
        "sat:orbit_state",
        "product:type",
        "mgrs:utm_zone",
        "mgrs:latitude_band",
        "mgrs:grid_square",
        "grid:code",
        "processing:facility",
        "processing:version",
        "proj:code",
        "proj:bbox",
        "auth:schemes",
    ):
        assert key in props, key
    assert props["platform"] in ("sentinel-2b", "sentinel-2c") and props["constellation"] == "sentinel-2"
    assert props["sat:relative_orbit"] in (8, 51) and props["sat:orbit_state"] == "descending"
    assert props["product:type"] == "TOC" and props["proj:code"] == "EPSG:32631"
    assert props["datetime"].endswith("Z") and props["datetime"][10:13] == "T10"
    assert (
        item["id"] == f"{item['id'][:3]}_{props['datetime'][:19].replace('-', '').replace(':', '')}"
        f"_{props['grid:code'][5:]}_TOC_V220"
    )
    b04 = item["assets"]["B04"]
    assert b04["href"].endswith(item["id"].replace("_TOC_V220", "_TOC-B04_10M_V220.tif"))
    assert b04["href"].startswith(
        f"{PLACEHOLDER}/download/Sentinel2/TOC_V2/{props['datetime'][:10].replace('-', '/')}/"
    )
    assert b04["type"] == "image/tiff; application=geotiff; profile=cloud-optimized"
    assert (b04["data_type"], b04["raster:scale"], b04["raster:offset"], b04["nodata"]) == (
        "int16",
        0.0001,
        0,
        32767,
    )
    assert b04["bands"] == [
        {
            "name": "B04",
            "eo:common_name": "red",
            "eo:center_wavelength": 0.665,
            "eo:full_width_half_max": 0.038,
        }
    ]
    assert b04["alternate"]["local"]["href"].startswith("file:///data/MTDA/TERRASCOPE_Sentinel2/TOC_V2/")
    preview = item["assets"]["preview"]
    assert preview["href"].endswith(
        "/preview?assets=B04&assets=B03&assets=B02&format=png&max_size=256"
        "&rescale=200,1600&rescale=200,1600&rescale=200,1600"
    )
    assert preview["roles"] == ["thumbnail", "overview"] and preview["type"] == "image/png"
    assert item["assets"]["SCL"]["roles"] == ["data-mask"] and "nodata" not in item["assets"]["SCL"]
    assert item["assets"]["CLOUDMASK"]["roles"] == ["data-mask", "cloud"]
    assert item["assets"]["CLOUDMASK"]["nodata"] == 255
    assert item["assets"]["WVP"]["raster:scale"] == 0.001 and item["assets"]["SZA"]["unit"] == "deg"
    assert item["assets"]["metadata"]["type"] == "application/xml"
    assert (
        item["assets"]["QUICKLOOK"]["roles"] == ["thumbnail"] and item["assets"]["QUICKLOOK"]["nodata"] == 255
    )


def test_auth_refs_on_data_assets_only(catalogue: dict[str, Any]) -> None:
    for item in catalogue["items"]:
        for key, asset in item["assets"].items():
            if key in ("QUICKLOOK", "preview"):
                assert "auth:refs" not in asset, (item["id"], key)
            else:
                assert asset["auth:refs"] == ["oidc"], (item["id"], key)


def test_collections_are_stac(catalogue: dict[str, Any]) -> None:
    for coll in catalogue["collections"]:
        spec = collection(coll["id"])
        assert coll["type"] == "Collection" and coll["stac_version"] == "1.1.0"
        assert coll["license"] and coll["providers"] and coll["description"]
        assert coll["keywords"][0] == spec.mission_group == coll["sandbox:mission_group"]
        assert coll["sandbox:opensearch_id"].startswith(("urn:eop:VITO:", "urn:ogc:def:EOP:VITO:"))
        assert set(coll["item_assets"]) == {a.key for a in spec.assets}
        items = items_of(catalogue, coll["id"])
        west, south, east, north = coll["extent"]["spatial"]["bbox"][0]
        for item in items:
            b = item["bbox"]
            assert west <= b[0] and south <= b[1] and b[2] <= east and b[3] <= north
        start, end = coll["extent"]["temporal"]["interval"][0]
        assert start == min(i["properties"]["start_datetime"] for i in items)
        assert end == max(i["properties"]["end_datetime"] for i in items)
        assert {link["rel"] for link in coll["links"]} >= {"self", "root", "parent", "items"}
    toc = next(c for c in catalogue["collections"] if c["id"] == TOC)
    assert set(toc["summaries"]["platform"]) <= {"sentinel-2b", "sentinel-2c"}
    assert {"minimum", "maximum"} <= set(toc["summaries"]["eo:cloud_cover"])


# --- Rasters -------------------------------------------------------------------------------------------


def test_every_raster_is_a_cog_matching_its_asset(data: Path, catalogue: dict[str, Any]) -> None:
    for item in catalogue["items"]:
        epsg = int(item["properties"]["proj:code"].split(":")[1])
        for _, asset in raster_assets(item):
            path = local_path(data, asset["href"])
            if validate_cog is not None:
                errors, _, _ = validate_cog(str(path), full_check=True)
                assert not errors, (path.name, errors)
            ds = gdal.Open(str(path))
            band = ds.GetRasterBand(1)
            assert band.GetOverviewCount() >= 1, path.name
            assert ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
            assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"
            assert [ds.RasterYSize, ds.RasterXSize] == asset["proj:shape"], path.name
            gt = ds.GetGeoTransform()
            assert np.allclose(
                [gt[1], gt[2], gt[0], gt[4], gt[5], gt[3], 0, 0, 1],
                asset["proj:transform"],
                rtol=0,
                atol=1e-9,
            ), path.name
            srs = osr.SpatialReference(wkt=ds.GetProjection())
            assert int(srs.GetAuthorityCode(None)) == epsg
            assert band.GetNoDataValue() == asset.get("nodata"), path.name
            assert (band.GetScale() or 1.0) == asset.get("raster:scale", 1.0)
            assert (band.GetOffset() or 0.0) == asset.get("raster:offset", 0.0)
            dtype = gdal.GetDataTypeName(band.DataType).lower().replace("byte", "uint8")
            assert dtype == asset["data_type"], path.name


def read(data: Path, item: dict[str, Any], key: str) -> np.ndarray:
    return gdal.Open(str(local_path(data, item["assets"][key]["href"]))).ReadAsArray()


def test_s2_grids_keep_the_tile_extent_at_a_thirtieth_of_the_pixels(catalogue: dict[str, Any]) -> None:
    item = items_of(catalogue, TOC)[0]
    shapes = {k: a["proj:shape"] for k, a in raster_assets(item)}
    assert shapes["B04"] == [366, 366] and shapes["B05"] == [183, 183] and shapes["B01"] == [61, 61]
    assert shapes["SCL"] == [183, 183] and shapes["AOT"] == [366, 366] and shapes["SZA"] == [61, 61]
    xmin, ymin, xmax, ymax = item["properties"]["proj:bbox"]
    t = item["assets"]["B04"]["proj:transform"]
    assert (t[2], t[5], t[2] + 366 * t[0], t[5] + 366 * t[4]) == (xmin, ymax, xmax, ymin)


def test_several_tiles_on_the_same_day(catalogue: dict[str, Any]) -> None:
    by_time: dict[str, set[str]] = defaultdict(set)
    for item in items_of(catalogue, TOC):
        by_time[item["properties"]["datetime"]].add(item["properties"]["grid:code"])
    assert by_time and all(tiles == {"MGRS-31UES", "MGRS-31UFS"} for tiles in by_time.values())
    assert len({i["id"] for i in items_of(catalogue, TOC)}) == 2 * len(by_time)


def test_partial_footprints_match_the_nodata(data: Path, catalogue: dict[str, Any]) -> None:
    partial = 0
    for item in items_of(catalogue, TOC):
        ring = item["geometry"]["coordinates"][0]
        b04 = read(data, item, "B04")
        scl = read(data, item, "SCL")
        if len(ring) == 5:
            assert not (b04 == 32767).any() and not (scl == 0).any(), item["id"]
            continue
        partial += 1
        assert 5 <= len(ring) - 1 <= 9, item["id"]
        assert (b04 == 32767).any() and (scl == 0).any() and not (b04 == 32767).all()
        signed = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
        assert signed > 0, "exterior ring must be counter-clockwise"
    assert partial >= 2


def test_cloud_cover_matches_scl_and_varies_over_the_year(data: Path, catalogue: dict[str, Any]) -> None:
    for item in items_of(catalogue, TOC):
        scl = read(data, item, "SCL")
        expected = 100.0 * np.isin(scl, (8, 9, 10)).sum() / np.count_nonzero(scl)
        assert item["properties"]["eo:cloud_cover"] == pytest.approx(expected, abs=0.01)
        mask = read(data, item, "CLOUDMASK")
        assert ((mask == 1) == np.isin(scl, (3, 8, 9, 10))).all() and ((mask == 255) == (scl == 0)).all()
    targets = {a.when: atmosphere.target_cover(a.when) for a in plans.s2_acquisitions()}
    values = np.array(list(targets.values()))
    assert (values < 0.05).sum() >= 3 and (values > 0.95).sum() >= 10
    assert ((values > 0.2) & (values < 0.8)).sum() >= 15
    winter = [v for t, v in targets.items() if t.month in (11, 12, 1, 2)]
    summer = [v for t, v in targets.items() if t.month in (5, 6, 7, 8)]
    assert np.mean(winter) > np.mean(summer) + 0.15


def test_reflectances_are_spectrally_sensible(data: Path, catalogue: dict[str, Any]) -> None:
    item = items_of(catalogue, TOC)[0]
    b04 = read(data, item, "B04").astype(float)
    b08 = read(data, item, "B08").astype(float)
    scl = np.repeat(np.repeat(read(data, item, "SCL"), 2, 0), 2, 1)
    veg = scl == 4
    water = scl == 6
    assert veg.sum() > 100 and water.sum() > 20
    assert np.median(b08[veg]) > 2.5 * np.median(b04[veg])
    assert np.median(b08[water]) < 400 and np.median(b08[water]) < np.median(b04[water]) * 1.2
    cloud = scl == 9
    if cloud.any():
        assert np.median(b04[cloud]) > 3000


def test_biophysical_products_follow_the_toc_numbers(data: Path, catalogue: dict[str, Any]) -> None:
    tocs = {i["id"]: i for i in items_of(catalogue, TOC)}
    checked = 0
    for spec in COLLECTIONS:
        if spec.kind != "s2-biopar":
            continue
        for item in items_of(catalogue, spec.id):
            product = spec.params["biopar"]
            toc = tocs[item["id"].replace(f"_{product}_", "_TOC_")]
            b04, b08, scl = read(data, toc, "B04"), read(data, toc, "B08"), read(data, toc, "SCL")
            got = read(data, item, product)
            assert (got == s2.biopar_dn(spec, b04, b08, scl)).all()
            assert (read(data, item, "SCL") == scl).all()
            assert item["properties"]["eo:cloud_cover"] == toc["properties"]["eo:cloud_cover"]
            checked += 1
    # NDVI written independently of the helper: DN = (NDVI + 0.08) / 0.004, 255 under clouds.
    item = items_of(catalogue, NDVI)[0]
    toc = tocs[item["id"].replace("_NDVI_", "_TOC_")]
    b04, b08 = read(data, toc, "B04").astype(float), read(data, toc, "B08").astype(float)
    scl = np.repeat(np.repeat(read(data, toc, "SCL"), 2, 0), 2, 1)
    ndvi = read(data, item, "NDVI")
    clear = ~np.isin(scl, (0, 1, 3, 8, 9, 10))
    expected = np.clip(np.rint(((b08 - b04) / (b08 + b04) + 0.08) / 0.004), 0, 250)
    assert (ndvi[clear] == expected[clear]).all() and (ndvi[~clear] == 255).all()
    assert checked == 4 * len(tocs)


def test_ndvi_time_series_looks_like_crops() -> None:
    from sandbox.data import world

    grid = s2.tile_grid("31UFS", 300.0)
    land = world.landscape(grid)
    maize = np.argwhere(land.cls == world.MAIZE)[0]
    wheat = np.argwhere(land.cls == world.WINTER_CEREAL)[0]

    def ndvi(pos: np.ndarray, doy: float) -> float:
        f = world.fractions(land, doy)
        red, nir = f.reflectance("B04")[tuple(pos)], f.reflectance("B08")[tuple(pos)]
        return float((nir - red) / (nir + red))

    assert ndvi(maize, 80) < 0.35 and ndvi(maize, 215) > 0.75 and ndvi(maize, 300) < 0.45
    assert ndvi(wheat, 140) > 0.75 and ndvi(wheat, 230) < 0.4


def test_sentinel1_backscatter_is_plausible(data: Path, catalogue: dict[str, Any]) -> None:
    from sandbox.data import world

    items = items_of(catalogue, S1)
    assert {i["properties"]["sat:orbit_state"] for i in items} <= {"ascending", "descending"}
    for item in items:
        assert item["properties"]["sar:polarizations"] == ["VV", "VH"]
        vv, vh, angle = read(data, item, "VV"), read(data, item, "VH"), read(data, item, "angle")
        valid = vv > 0
        assert valid.mean() > 0.3
        land = world.landscape(s1.union_grid(collection(S1), small=True))
        water = valid & (land.cls == world.WATER)
        crops = valid & np.isin(land.cls, world.CROPS)
        assert np.median(vv[water]) < 0.01 < np.median(vv[crops]) < 0.3
        assert np.median(vh[crops]) < np.median(vv[crops])
        assert angle[valid].min() >= 30 and angle[valid].max() <= 46


def test_probav_grid_and_encoding(data: Path, catalogue: dict[str, Any]) -> None:
    item = items_of(catalogue, PROBAV)[0]
    asset = item["assets"]["NDVI"]
    t = asset["proj:transform"]
    assert t[0] == pytest.approx(1 / 336) and item["properties"]["proj:code"] == "EPSG:4326"
    assert (t[2] + t[0] / 2) * 336 == pytest.approx(round((t[2] + t[0] / 2) * 336))  # centres on k/336
    assert (asset["raster:scale"], asset["raster:offset"], asset["nodata"]) == (0.004, -0.08, 255)
    dn = read(data, item, "NDVI")
    assert dn.max() == 255 or dn.max() <= 250
    assert 0.2 < np.median(dn[dn != 255]) * 0.004 - 0.08 < 0.9


def test_worldcover_uses_real_classes_and_colours(data: Path, catalogue: dict[str, Any]) -> None:
    for item in items_of(catalogue, WORLDCOVER):
        assert item["assets"]["Map"]["href"].endswith(f"{item['id']}_Map.tif")
        assert item["id"].startswith("ESA_WorldCover_10m_2021_v200_N")
        path = local_path(data, item["assets"]["Map"]["href"])
        ds = gdal.Open(str(path))
        values = set(np.unique(ds.ReadAsArray()).tolist())
        assert values <= set(WORLDCOVER_CLASSES) and {10, 30, 40, 50, 80} <= values
        table = ds.GetRasterBand(1).GetColorTable()
        for code, (_, rgb) in WORLDCOVER_CLASSES.items():
            assert table.GetColorEntry(code)[:3] == rgb


def test_worldcereal_values(data: Path, catalogue: dict[str, Any]) -> None:
    for spec in COLLECTIONS:
        if spec.kind != "worldcereal":
            continue
        for item in items_of(catalogue, spec.id):
            cls, conf = read(data, item, "classification"), read(data, item, "confidence")
            assert set(np.unique(cls).tolist()) <= {0, 100, 255} and (cls == 100).any()
            assert ((conf <= 100) | (conf == 255)).all() and ((cls == 255) == (conf == 255)).all()


# --- Determinism, cache, full size ---------------------------------------------------------------------


def digest_tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_version_same_bytes(tmp_path: Path) -> None:
    only = [TOC, NDVI, WORLDCOVER, S1]
    first = digest_tree(generate(tmp_path / "a", only=only, limit=1, workers=1))
    second = digest_tree(generate(tmp_path / "b", only=only, limit=1, workers=1))
    assert first == second and len(first) > 40


def test_generate_replaces_only_a_data_set(tmp_path: Path) -> None:
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        generate(tmp_path / "precious", only=[WORLDCOVER], limit=1, workers=1)
    assert (tmp_path / "precious" / "notes.txt").read_text() == "keep me"
    out = generate(tmp_path / "out", only=[WORLDCOVER], limit=1, workers=1)
    first = digest_tree(out)
    assert generate(out, only=[WORLDCOVER], limit=1, workers=1) == out and digest_tree(out) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "precious"]


def _ensure(cache_root: str, queue: Any) -> None:
    started = time.monotonic()
    path = ensure_data(Path(cache_root), only=[WORLDCOVER], limit=1)
    queue.put((str(path), time.monotonic() - started))


def test_ensure_data_caches_by_version_and_tolerates_concurrency(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_ensure, args=(str(tmp_path), queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    paths = {r[0] for r in results}
    assert len(paths) == 1
    path = Path(paths.pop())
    assert path.parent == tmp_path and path.name.startswith(generator_version())
    stamp = (path / "VERSION").stat().st_mtime_ns
    assert ensure_data(tmp_path, only=[WORLDCOVER], limit=1) == path
    assert (path / "VERSION").stat().st_mtime_ns == stamp
    leftovers = [
        p.name for p in tmp_path.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock")
    ]
    assert leftovers == []


def test_prune_cache_keeps_only_the_current_version(tmp_path: Path) -> None:
    current = tmp_path / f"{generator_version()}-abc"
    for path in (current, tmp_path / "0123456789abcdef", tmp_path / "0123456789abcdef-full"):
        path.mkdir()
    (tmp_path / f".{generator_version()}-abc.lock").touch()
    (tmp_path / ".0123456789abcdef.lock").touch()
    removed = prune_cache(tmp_path)
    assert sorted(p.name for p in removed) == [
        ".0123456789abcdef.lock",
        "0123456789abcdef",
        "0123456789abcdef-full",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".{generator_version()}-abc.lock", current.name]


def test_full_size_item_is_written_strip_by_strip(tmp_path: Path) -> None:
    out = generate(tmp_path / "out", only=[TOC], limit=1, workers=1)
    before = json.loads((out / "catalogue.json").read_text())["items"]
    item = generate_full_size_item(out, divisor=20)  # 549 x 549 at "10 m": three strips
    assert item["properties"]["grid:code"] == "MGRS-31UFS" and len(item["geometry"]["coordinates"][0]) == 5
    assert item["assets"]["B04"]["proj:shape"] == [549, 549] and item["assets"]["B05"]["proj:shape"] == [
        275,
        275,
    ]
    assert item["assets"]["QUICKLOOK"]["proj:shape"] == [35, 35]
    after = json.loads((out / "catalogue.json").read_text())["items"]
    assert [i["id"] for i in after if i["id"] != item["id"]] == [i["id"] for i in before]
    for key, asset in raster_assets(item):
        path = local_path(out, asset["href"])
        assert asset["file:size"] == path.stat().st_size
        if validate_cog is not None:
            assert not validate_cog(str(path), full_check=True)[0], key
    assert not list(out.rglob("*.strips.tif"))
    b04 = read(out, item, "B04")
    assert (b04 != 32767).all() and 100 < np.median(b04) < 3000


def test_full_size_grid_is_native() -> None:
    toc = collection(TOC)
    acq = s2.full_size_acquisition()
    assert acq.tile == "31UFS" and 4 <= acq.when.month <= 9
    assert s2.asset_grid(toc, toc.asset("B04"), acq.tile, small=False).shape == [10980, 10980]
    assert s2.asset_grid(toc, toc.asset("B11"), acq.tile, small=False).shape == [5490, 5490]
    assert s2.asset_grid(toc, toc.asset("B01"), acq.tile, small=False).shape == [1830, 1830]
    assert s2.asset_grid(toc, toc.asset("QUICKLOOK"), acq.tile, small=False).shape == [686, 686]


@pytest.mark.slow
def test_default_data_set_fits_the_budget() -> None:
    """The cached default data set (generated here when missing): ≤ 400 MB, ≤ ~90 s."""
    cache_root = REPO / ".cache" / "sandbox-data"
    fresh = not (cache_root / generator_version() / "VERSION").exists()
    started = time.monotonic()
    path = ensure_data(cache_root)
    seconds = time.monotonic() - started
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 400e6
    if fresh and os.environ.get("CI") != "true":
        assert seconds <= 120
    cat = json.loads((path / "catalogue.json").read_text())
    counts = defaultdict(int)
    for item in cat["items"]:
        counts[item["collection"]] += 1
    assert counts[TOC] == len(plans.s2_acquisitions()) >= 140
    assert all(counts[c.id] for c in COLLECTIONS)
