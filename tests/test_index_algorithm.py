"""``terrascope:spectralindex`` through Processing, on real GeoTIFFs, against plain numpy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from processing_helpers import Recorder, error_of, provider, run  # noqa: F401 (the fixture)
from raster_data import info, read, reflectances, write_raster

from terrascope_explorer.core import indices
from terrascope_explorer.core.raster_engine import partial_path
from tests.real_qgis.profile import create_profile

pytestmark = pytest.mark.usefixtures("provider")

ALG = "terrascope:spectralindex"
NODATA_IN = 32767
NODATA_OUT = -9999.0
SHAPE = (300, 340)  # not a multiple of the tile size
S2_NAME = "S2B_20200617T105031_31UFS_TOC-{}_{}M_V210.tif"


def s2_band(folder: Path, key: str, data: np.ndarray, res: int = 10, **kw) -> str:
    kw.setdefault("nodata", NODATA_IN)
    kw.setdefault("scale", 0.0001)
    return str(write_raster(folder / S2_NAME.format(key, res), data, res=res, descriptions=[key], **kw))


def ndvi_reference(nir: np.ndarray, red: np.ndarray, invalid: np.ndarray) -> np.ndarray:
    nir, red = nir.astype(np.float64), red.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (nir - red) / (nir + red)
    out[invalid | (nir + red == 0)] = NODATA_OUT
    return out


def params(out: Path, **kw) -> dict:
    p = {"INDEX": "NDVI", "SENSOR": "sentinel2", "OUTPUT": str(out)}
    p.update(kw)
    return p


@pytest.fixture()
def s2(tmp_path: Path) -> dict:
    """B04 and B08 (10 m), B11 (20 m), SCL (20 m) of one Sentinel-2 tile, with no-data and zero pixels."""
    red = reflectances(SHAPE, 1)
    nir = reflectances(SHAPE, 2)
    red[:5, :7] = NODATA_IN
    nir[10:12, :] = NODATA_IN
    red[50, 50:60] = 0
    nir[50, 50:60] = 0  # 0 / 0
    swir = reflectances((SHAPE[0] // 2, SHAPE[1] // 2), 3)
    scl = np.random.default_rng(4).integers(0, 12, swir.shape).astype(np.uint8)
    return {
        "red": red,
        "nir": nir,
        "swir16": swir,
        "scl": scl,
        "B04": s2_band(tmp_path, "B04", red),
        "B08": s2_band(tmp_path, "B08", nir),
        "B11": s2_band(tmp_path, "B11", swir, res=20),
        "SCL": s2_band(tmp_path, "SCL", scl, res=20, nodata=None, scale=None),
    }


def test_ndvi_from_band_files(s2, tmp_path: Path) -> None:
    out = tmp_path / "ndvi.tif"
    feedback = Recorder()
    result = run(ALG, params(out, BANDS=[s2["B08"], s2["B04"]]), feedback)
    assert result["OUTPUT"] == str(out)
    got = read(out)
    assert got.dtype == np.float32
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN)
    expected = ndvi_reference(s2["nir"], s2["red"], invalid)
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-6)
    assert (got[:5, :7] == NODATA_OUT).all() and (got[10:12] == NODATA_OUT).all()
    assert (got[50, 50:60] == NODATA_OUT).all()  # division by zero
    gt, width, height, _, nodata = info(out)
    assert (width, height, nodata) == (SHAPE[1], SHAPE[0], NODATA_OUT)
    assert gt == info(s2["B04"])[0]
    assert feedback.progress_values[-1] == pytest.approx(100)
    assert not partial_path(out).exists()


def reference(key: str, v: dict) -> np.ndarray:
    """Each index in plain numpy (float64, reflectance)."""
    b = {k: a.astype(np.float64) * 0.0001 for k, a in v.items()}
    nir, red = b.get("nir"), b.get("red")
    with np.errstate(divide="ignore", invalid="ignore"):
        formulas = {
            "NDVI": lambda: (nir - red) / (nir + red),
            "NDWI": lambda: (b["green"] - nir) / (b["green"] + nir),
            "MNDWI": lambda: (b["green"] - b["swir16"]) / (b["green"] + b["swir16"]),
            "NDMI": lambda: (nir - b["swir16"]) / (nir + b["swir16"]),
            "NBR": lambda: (nir - b["swir22"]) / (nir + b["swir22"]),
            "NBR2": lambda: (b["swir16"] - b["swir22"]) / (b["swir16"] + b["swir22"]),
            "NDRE": lambda: (nir - b["rededge1"]) / (nir + b["rededge1"]),
            "GNDVI": lambda: (nir - b["green"]) / (nir + b["green"]),
            "NDBI": lambda: (b["swir16"] - nir) / (b["swir16"] + nir),
            "EVI": lambda: 2.5 * (nir - red) / (nir + 6 * red - 7.5 * b["blue"] + 1),
            "EVI2": lambda: 2.5 * (nir - red) / (nir + 2.4 * red + 1),
            "SAVI": lambda: 1.5 * (nir - red) / (nir + red + 0.5),
            "MSAVI2": lambda: (2 * nir + 1 - np.sqrt((2 * nir + 1) ** 2 - 8 * (nir - red))) / 2,
        }
        out = formulas[key]()
    out[~np.isfinite(out)] = NODATA_OUT
    return out


@pytest.mark.parametrize("key", [i.key for i in indices.INDICES])
def test_every_index_from_a_multiband_raster_with_a_band_mapping(tmp_path: Path, key: str) -> None:
    order = ("blue", "green", "red", "rededge1", "nir", "swir16", "swir22")
    stack = np.stack([reflectances((64, 80), 10 + i, 1, 6000) for i in range(len(order))])
    stack[4, 0, :4] = 0
    stack[2, 0, :4] = 0  # NDVI 0/0
    path = write_raster(tmp_path / "stack.tif", stack, scale=0.0001)
    mapping = ", ".join(f"{name}={i + 1}" for i, name in enumerate(order))
    out = tmp_path / f"{key}.tif"
    run(ALG, params(out, INDEX=key, SENSOR="custom", INPUT=str(path), BAND_MAPPING=mapping))
    expected = reference(key, {name: stack[i] for i, name in enumerate(order)})
    got = read(out)
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6)
    assert (got == NODATA_OUT).sum() == (expected == NODATA_OUT).sum()


def evi(blue: np.ndarray, red: np.ndarray, nir: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 2.5 * (nir - red) / (nir + 6 * red - 7.5 * blue + 1)
    out[~np.isfinite(out)] = NODATA_OUT
    return out


def test_the_sensor_scale_turns_digital_numbers_into_reflectance(tmp_path: Path) -> None:
    """EVI's constants assume reflectance: band files that say no scale get the Sentinel-2 preset's 0.0001."""
    dn = {key: reflectances((60, 70), seed, 1, 6000) for seed, key in enumerate(("B02", "B04", "B08"))}
    bands = [s2_band(tmp_path, key, data, scale=None, nodata=None) for key, data in dn.items()]
    out = tmp_path / "evi.tif"
    feedback = Recorder()
    run(ALG, params(out, INDEX="EVI", BANDS=bands), feedback)
    refl = {k: v * indices.SENTINEL2.scale for k, v in dn.items()}
    expected = evi(refl["B02"], refl["B04"], refl["B08"])
    np.testing.assert_allclose(read(out), expected, rtol=1e-5, atol=1e-5)
    # With the digital numbers taken as reflectance, the values would be far off: the scale matters here.
    assert np.abs(evi(dn["B02"] * 1.0, dn["B04"] * 1.0, dn["B08"] * 1.0) - expected).max() > 0.5
    assert feedback.warnings == []


def test_a_given_scale_and_offset_and_a_warning_for_digital_numbers_read_with_scale_1(tmp_path: Path) -> None:
    stack = np.stack([reflectances((50, 60), 30 + i, 200, 6000) for i in range(2)])  # red, nir
    path = str(write_raster(tmp_path / "stack.tif", stack))
    out = tmp_path / "savi.tif"
    given = params(out, INDEX="SAVI", SENSOR="custom", INPUT=path, BAND_MAPPING="red=1, nir=2")
    feedback = Recorder()
    run(ALG, {**given, "SCALE": 0.0002, "OFFSET": -0.01}, feedback)
    red, nir = (stack[i] * 0.0002 - 0.01 for i in range(2))
    expected = 1.5 * (nir - red) / (nir + red + 0.5)
    np.testing.assert_allclose(read(out), expected, rtol=1e-5, atol=1e-6)
    assert feedback.warnings == []

    # No scale in the file, none given, none for the custom sensor: integers up to 6000 as "reflectance".
    feedback = Recorder()
    run(ALG, given, feedback)
    assert feedback.warnings == [
        f"The bands nir, red hold integers (up to {stack.max()}) read as reflectance with scale 1: SAVI "
        "expects reflectance from 0 to 1, and its values will be wrong. Choose the sensor, or give the "
        "reflectance scale (such as 0.0001 for Sentinel-2 digital numbers)."
    ]
    # A normalized difference is the same whatever the (common) scale: no warning.
    feedback = Recorder()
    run(ALG, {**given, "INDEX": "NDVI"}, feedback)
    assert feedback.warnings == []


def test_band_descriptions_and_the_preset_order_find_the_bands(tmp_path: Path) -> None:
    stack = np.stack([reflectances((40, 50), 20 + i) for i in range(4)])  # PROBA-V: BLUE RED NIR SWIR
    path = write_raster(tmp_path / "PROBAV_S1_TOC_X18Y02_20200101_333M_V101_RADIOMETRY.tif", stack)
    out = tmp_path / "ndvi.tif"
    feedback = Recorder()
    run(ALG, params(out, SENSOR="probav", INPUT=str(path)), feedback)
    expected = ndvi_reference(stack[2], stack[1], np.zeros((40, 50), bool))
    np.testing.assert_allclose(read(out), expected, atol=1e-6)
    assert any("nir: band 3" in line for line in feedback.infos)

    described = write_raster(tmp_path / "described.tif", stack[[2, 1]], descriptions=["B08", "B04"])
    run(ALG, params(out, INPUT=str(described)))
    np.testing.assert_allclose(read(out), expected, atol=1e-6)


def test_scene_classification_masks_clouds_on_the_10m_grid(s2, tmp_path: Path) -> None:
    out = tmp_path / "ndvi.tif"
    run(ALG, params(out, BANDS=[s2["B04"], s2["B08"], s2["SCL"]], MASK_CLASSES="3, 8-10"))
    scl10 = np.repeat(np.repeat(s2["scl"], 2, axis=0), 2, axis=1)
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN) | np.isin(scl10, [3, 8, 9, 10])
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)

    # The same with the SCL given on its own, and the default classes (0, 1, 3, 8, 9, 10).
    run(ALG, params(out, BANDS=[s2["B04"], s2["B08"]], SCL=s2["SCL"]))
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN) | np.isin(scl10, [0, 1, 3, 8, 9, 10])
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)


def test_the_scene_classification_file_of_a_terrascope_download_is_the_cloud_mask(s2, tmp_path: Path) -> None:
    """Terrascope's own file name for the SCL asset (…_SCENECLASSIFICATION_20M_V210.tif), without a band
    description, is recognised as the scene classification: downloaded files chained into the index (a model)
    are cloud-masked."""
    folder = tmp_path / "download"
    folder.mkdir()
    scl = str(
        write_raster(folder / "S2B_20200617T105031_31UFS_SCENECLASSIFICATION_20M_V210.tif", s2["scl"], res=20)
    )
    out = tmp_path / "ndvi.tif"
    run(ALG, params(out, BANDS=[s2["B04"], s2["B08"], scl]))
    scl10 = np.repeat(np.repeat(s2["scl"], 2, axis=0), 2, axis=1)
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN) | np.isin(scl10, indices.DEFAULT_SCL_MASK)
    assert invalid.sum() > (s2["red"] == NODATA_IN).sum() + (s2["nir"] == NODATA_IN).sum()  # clouds masked
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)


def test_20m_band_is_resampled_to_the_10m_grid(s2, tmp_path: Path) -> None:
    out = tmp_path / "ndmi.tif"
    run(ALG, params(out, INDEX="NDMI", BANDS=[s2["B11"], s2["B08"]]))
    swir10 = np.repeat(np.repeat(s2["swir16"], 2, axis=0), 2, axis=1)
    nir = s2["nir"].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = (nir - swir10) / (nir + swir10)
    expected[(s2["nir"] == NODATA_IN) | (swir10 == NODATA_IN)] = NODATA_OUT
    assert info(out)[:3] == info(s2["B08"])[:3]
    np.testing.assert_allclose(read(out), expected, atol=1e-6)

    # A chosen pixel size: 20 m, the 10 m band resampled (nearest) onto the 20 m grid.
    run(ALG, params(out, INDEX="NDMI", BANDS=[s2["B11"], s2["B08"]], RESOLUTION=20))
    gt, width, height, _, _ = info(out)
    assert (gt[1], width, height) == (20.0, SHAPE[1] // 2, SHAPE[0] // 2)


def warped_onto(path: str, out: Path, resampling: str = "near") -> np.ndarray:
    """``path`` warped by GDAL onto the grid of ``out`` (exact transformation of every pixel)."""
    gt, width, height, crs, _ = info(out)
    bounds = (gt[0], gt[3] + height * gt[5], gt[0] + width * gt[1], gt[3])
    return gdal.Warp(
        "",
        path,
        format="MEM",
        dstSRS=crs,
        outputBounds=bounds,
        width=width,
        height=height,
        resampleAlg=resampling,
        dstNodata=NODATA_IN,
        errorThreshold=0,
    ).ReadAsArray()


def window_of(path: str, out: Path) -> np.ndarray:
    """The pixels of ``path`` under ``out``, whose grid must be a window of ``path``'s."""
    gt, width, height, _, _ = info(out)
    src = info(path)[0]
    col, row = (gt[0] - src[0]) / src[1], (gt[3] - src[3]) / src[5]
    assert gt[1] == src[1] and gt[5] == src[5] and col.is_integer() and row.is_integer()
    return read(path)[int(row) : int(row) + height, int(col) : int(col) + width]


def test_a_band_in_another_crs_is_reprojected_onto_the_first_band(s2, tmp_path: Path) -> None:
    """An 8 m Web Mercator band does not take over a 10 m UTM band given first: metres in different CRSs
    are not compared; on a tie between CRSs the first band's wins."""
    nir_3857 = str(tmp_path / "B08_3857.tif")
    gdal.Warp(nir_3857, s2["B08"], dstSRS="EPSG:3857", xRes=8, yRes=8, resampleAlg="near")
    out = tmp_path / "ndvi.tif"
    run(ALG, params(out, BANDS=[s2["B04"], nir_3857]))
    gt, width, height, crs, _ = info(out)
    assert "UTM zone 31N" in crs and gt[1] == 10.0
    red = window_of(s2["B04"], out)  # the red band's own pixels, not resampled
    assert (width, height) == (SHAPE[1], SHAPE[0])  # the Web Mercator band's bounds enclose the red band
    nir = warped_onto(nir_3857, out)
    expected = ndvi_reference(nir, red, (red == NODATA_IN) | (nir == NODATA_IN))
    np.testing.assert_allclose(read(out), expected, atol=1e-6)

    # The Web Mercator band first: its CRS and its pixels.
    run(ALG, params(out, BANDS=[nir_3857, s2["B04"]]))
    gt, _, _, crs, _ = info(out)
    assert "Pseudo-Mercator" in crs and gt[1] == 8.0

    # Or the CRS of the user's choice.
    run(ALG, params(out, BANDS=[nir_3857, s2["B04"]], TARGET_CRS="EPSG:32631"))
    gt, _, _, crs, _ = info(out)
    assert "UTM zone 31N" in crs and gt[1] == 10.0


def test_a_band_in_degrees_does_not_take_over_the_bands_in_metres(s2, tmp_path: Path) -> None:
    """A band in EPSG:4326 (pixels of 0.0001°, "smaller" than any pixel in metres) given first: the output
    is in the CRS most inputs are in (the red band and the scene classification), on the red band's 10 m
    pixels."""
    nir_4326 = str(tmp_path / "B08_4326.tif")
    gdal.Warp(nir_4326, s2["B08"], dstSRS="EPSG:4326", xRes=1e-4, yRes=1e-4, resampleAlg="near")
    out = tmp_path / "ndvi.tif"
    run(ALG, params(out, BANDS=[nir_4326, s2["B04"], s2["SCL"]], MASK_CLASSES=""))
    gt, width, height, crs, _ = info(out)
    assert "UTM zone 31N" in crs and (gt[1], gt[5]) == (10.0, -10.0)
    red = window_of(s2["B04"], out)
    nir = warped_onto(nir_4326, out)
    assert width * height > 0.8 * SHAPE[0] * SHAPE[1]
    expected = ndvi_reference(nir, red, (red == NODATA_IN) | (nir == NODATA_IN))
    np.testing.assert_allclose(read(out), expected, atol=1e-6)


def test_choices_are_saved_by_key_not_by_position() -> None:
    """Models, batch files and scripts store "NDVI", not 0: adding an index to the table changes no saved
    choice. The options shown are the keys; their long names and formulas are in the help."""
    from qgis.core import QgsApplication, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    expected = {
        "INDEX": ([i.key for i in indices.INDICES], "NDVI"),
        "SENSOR": (["sentinel2", "probav", "custom"], "sentinel2"),
        "RESAMPLING": (["nearest", "bilinear", "cubic", "average"], "nearest"),
        "COMPRESSION": (["ZSTD", "DEFLATE", "NONE"], "NONE"),
    }
    context = QgsProcessingContext()
    for name, (options, default) in expected.items():
        definition = algorithm.parameterDefinition(name)
        assert definition.usesStaticStrings(), name
        assert (definition.options(), definition.defaultValue()) == (options, default)
        assert definition.valueAsPythonString(options[-1], context) == repr(options[-1])
        assert not definition.checkValueIsAcceptable(1)
    clip = QgsApplication.processingRegistry().algorithmById("terrascope:clipraster")
    assert clip.parameterDefinition("COMPRESSION").usesStaticStrings()
    assert clip.parameterDefinition("COMPRESSION").defaultValue() == "ZSTD"


def test_cog_output(s2, tmp_path: Path) -> None:
    out = tmp_path / "ndvi_cog.tif"
    run(ALG, params(out, BANDS=[s2["B04"], s2["B08"]], COG=True, COMPRESSION="DEFLATE"))
    ds = gdal.Open(str(out))
    assert ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN)
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    big = (2100, 2100)  # several windows
    red = write_raster(tmp_path / "B04.tif", reflectances(big, 1), descriptions=["B04"])
    nir = write_raster(tmp_path / "B08.tif", reflectances(big, 2), descriptions=["B08"])
    out = tmp_path / "ndvi.tif"
    feedback = Recorder(cancel_at=1)
    result = run(ALG, params(out, BANDS=[str(red), str(nir)]), feedback)
    assert result.get("OUTPUT") is None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("ndvi")] == []


# --- Bad input ------------------------------------------------------------------------------------------


def test_rasters_that_do_not_overlap(s2, tmp_path: Path) -> None:
    far = s2_band(tmp_path / "", "B08", s2["nir"], origin=(700000.0, 5700000.0))
    message = error_of(ALG, params(tmp_path / "o.tif", BANDS=[s2["B04"], far]))
    assert "do not overlap" in message


def test_a_missing_band(s2, tmp_path: Path) -> None:
    message = error_of(ALG, params(tmp_path / "o.tif", INDEX="EVI", BANDS=[s2["B04"], s2["B08"]]))
    assert "EVI needs the blue band (B02 for Sentinel-2" in message


def test_bands_of_two_products_are_an_error_not_a_guess(s2, tmp_path: Path) -> None:
    """The files of several products (a download chained into the index in a model): which B04 is meant
    cannot be guessed."""
    other = tmp_path / "other"
    other.mkdir()
    name = "S2A_20200620T105031_31UFS_TOC-{}_{}M_V210.tif"
    red2 = str(write_raster(other / name.format("B04", 10), s2["red"], descriptions=["B04"]))
    message = error_of(ALG, params(tmp_path / "o.tif", BANDS=[s2["B04"], s2["B08"], red2]))
    assert message == (
        f"Two inputs provide band B04 ({Path(s2['B04']).name}, {Path(red2).name}): give the bands of one "
        "product only."
    )
    scl2 = str(write_raster(other / name.format("SCL", 20), s2["scl"], res=20))
    message = error_of(ALG, params(tmp_path / "o.tif", BANDS=[s2["B04"], s2["B08"], s2["SCL"], scl2]))
    assert f"Two inputs provide band SCL ({Path(s2['SCL']).name}, {Path(scl2).name})" in message
    # The same file twice is no ambiguity; a scene classification given on its own replaces the listed one.
    out = tmp_path / "ndvi.tif"
    run(ALG, params(out, BANDS=[s2["B04"], s2["B08"], s2["B04"], s2["SCL"], scl2], SCL=s2["SCL"]))
    scl10 = np.repeat(np.repeat(s2["scl"], 2, axis=0), 2, axis=1)
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN) | np.isin(scl10, indices.DEFAULT_SCL_MASK)
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)
    assert not (tmp_path / "o.tif").exists()


def test_wrong_band_count(tmp_path: Path) -> None:
    path = write_raster(tmp_path / "two.tif", np.stack([reflectances((20, 20), i) for i in range(2)]))
    message = error_of(ALG, params(tmp_path / "o.tif", INPUT=str(path), BAND_MAPPING="red=1, nir=4"))
    assert "band 4 of two.tif, but that raster has only 2 band(s)" in message
    message = error_of(ALG, params(tmp_path / "o.tif", INPUT=str(path), BAND_MAPPING="red=one"))
    assert "band mapping" in message and "red=3" in message


def test_unsupported_data_type(tmp_path: Path) -> None:
    data = np.ones((2, 20, 20), dtype=np.int16)
    path = write_raster(tmp_path / "complex.tif", data, data_type=gdal.GDT_CInt16)
    message = error_of(ALG, params(tmp_path / "o.tif", INPUT=str(path), BAND_MAPPING="red=1, nir=2"))
    assert "CInt16 values, which cannot be used here" in message


def test_no_input_and_not_a_geotiff(s2, tmp_path: Path) -> None:
    assert "Give the band rasters, or a multiband raster" in error_of(ALG, params(tmp_path / "o.tif"))
    message = error_of(ALG, params(tmp_path / "o.img", BANDS=[s2["B04"], s2["B08"]]))
    assert "GeoTIFF" in message


def test_scene_classification_of_real_numbers(s2, tmp_path: Path) -> None:
    scl = write_raster(tmp_path / "scl.tif", np.zeros((150, 170), np.float32), res=20)
    message = error_of(ALG, params(tmp_path / "o.tif", BANDS=[s2["B04"], s2["B08"]], SCL=str(scl)))
    assert "must hold class numbers" in message


def test_a_raster_without_georeferencing(s2, tmp_path: Path) -> None:
    plain = tmp_path / "plain_B08.tif"
    gdal.GetDriverByName("GTiff").Create(str(plain), 10, 10, 1, gdal.GDT_UInt16).FlushCache()
    message = error_of(ALG, params(tmp_path / "o.tif", BANDS=[s2["B04"], str(plain)]))
    assert "plain_B08.tif has no coordinate reference system or no georeferencing" in message


# --- qgis_process ---------------------------------------------------------------------------------------

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


@pytest.mark.slow
@pytest.mark.skipif(QGIS_PROCESS is None, reason="needs qgis_process")
def test_qgis_process_runs_both_algorithms(s2, tmp_path: Path) -> None:
    """``qgis_process run`` with the plugin enabled in a throw-away profile (as a user would script it)."""
    profiles = create_profile(tmp_path / "profiles")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(profiles)}

    def qgis_process(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300, cwd=str(tmp_path)
        )

    out = tmp_path / "ndvi.tif"
    done = qgis_process(
        "run",
        ALG,
        "--",
        "INDEX=NDVI",
        "SENSOR=sentinel2",
        "RESAMPLING=bilinear",
        "COMPRESSION=DEFLATE",
        f"BANDS={s2['B04']}",
        f"BANDS={s2['B08']}",
        f"OUTPUT={out}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    invalid = (s2["red"] == NODATA_IN) | (s2["nir"] == NODATA_IN)
    np.testing.assert_allclose(read(out), ndvi_reference(s2["nir"], s2["red"], invalid), atol=1e-6)
    assert gdal.Open(str(out)).GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"

    # Choices are given by key: a position is refused, not taken for whichever index is there now.
    done = qgis_process(
        "run", ALG, "--", "INDEX=1", f"BANDS={s2['B04']}", f"BANDS={s2['B08']}", f"OUTPUT={out}"
    )
    assert done.returncode != 0 and "INDEX" in done.stdout + done.stderr

    clipped = tmp_path / "clipped.tif"
    done = qgis_process(
        "run", "terrascope:clipraster", "--", f"INPUT={s2['B04']}",
        "EXTENT=600105,600505,5698995,5699399 [EPSG:32631]", f"OUTPUT={clipped}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    np.testing.assert_array_equal(read(clipped), s2["red"][61:100, 11:50])

    done = qgis_process("run", ALG, "--", "INDEX=EVI", f"BANDS={s2['B04']}", f"OUTPUT={out}")
    assert done.returncode != 0
    assert "EVI needs the nir band (B08 for Sentinel-2" in done.stdout + done.stderr
