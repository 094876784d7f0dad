"""The formula table and its evaluation on numpy arrays (no files)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from terrascope_explorer.core import indices

NODATA = -9999.0


def test_table_is_complete_and_shown_in_the_help() -> None:
    keys = [i.key for i in indices.INDICES]
    assert len(keys) == len(set(keys))
    assert {"NDVI", "NDWI", "MNDWI", "NDMI", "NBR", "NBR2", "EVI", "SAVI", "MSAVI2", "NDRE", "GNDVI"} <= set(
        keys
    )
    text = indices.help_table()
    for index in indices.INDICES:
        assert f"<b>{index.key}</b>" in text and index.reference in text
        for band in index.bands:
            assert band in indices.SENTINEL2.assets  # every index can be computed from Sentinel-2
    assert "G = 2.5" in indices.INDEX_BY_KEY["EVI"].describe()


class Shouting(QTranslator):
    """A catalogue that "translates" every text of the plugin to capitals (placeholders and tags kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if context != "TerrascopeExplorer":
            return None
        parts = re.split(r"(\{[^{}]*\}|<[^<>]*>)", source)
        return "".join(p if p.startswith(("{", "<")) else p.upper() for p in parts)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def test_names_and_parsing_errors_are_translated_when_shown(qgis_app) -> None:
    """The table is built at import, before the plugin installs its translator: names are translated when
    shown, in the language active then."""
    assert "(Normalized Difference Vegetation Index)" in indices.help_table()
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        assert "(NORMALIZED DIFFERENCE VEGETATION INDEX)" in indices.help_table()
        assert indices.INDEX_BY_KEY["SAVI"].title() == "SOIL ADJUSTED VEGETATION INDEX"
        assert "OTHER (BAND MAPPING OR BAND NAMES)" in indices.presets_help()
        assert indices.SENTINEL2.title() == "SENTINEL-2 (TERRASCOPE TOC)"
        with pytest.raises(ValueError, match='"red:3" IS NOT OF THE FORM NAME=BAND NUMBER, SUCH AS RED=3'):
            indices.parse_band_mapping("red:3")
        with pytest.raises(ValueError, match='"x" IS NOT A CLASS NUMBER'):
            indices.parse_classes("x")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert indices.INDEX_BY_KEY["SAVI"].name == "Soil Adjusted Vegetation Index"  # the key of the catalogue


def test_the_algorithm_help_has_every_formula_reference_and_sensor(qgis_app) -> None:
    from terrascope_explorer.processing_provider.index_algorithm import SpectralIndexAlgorithm

    text = SpectralIndexAlgorithm().shortHelpString()
    for index in indices.INDICES:
        line = f"<b>{index.key}</b> ({index.name}): {index.describe()[len(index.key) + 3 :]}"
        assert line in text and f"bands {', '.join(index.bands)}; {index.reference}</li>" in text
    assert "G × (nir − red) / (nir + C1 × red − C2 × blue + L) (G = 2.5, C1 = 6, C2 = 7.5, L = 1)" in text
    assert "<b>sentinel2</b>: Sentinel-2 (Terrascope TOC); reflectance = digital number × 0.0001 + 0" in text
    assert "<b>probav</b>: PROBA-V (TOC reflectance); reflectance = digital number × 0.0005 + 0" in text
    assert "<b>custom</b>: Other (band mapping or band names)" in text
    assert "<i>DEFLATE</i> is read by every GIS" in text


def test_normalized_difference_in_float32_is_the_rounded_exact_value() -> None:
    rng = np.random.default_rng(0)
    a = rng.integers(0, 10000, (200, 300)).astype(np.uint16)
    b = rng.integers(0, 10000, (200, 300)).astype(np.uint16)
    index = indices.INDEX_BY_KEY["NDVI"]
    got = indices.evaluate(index, {"nir": a, "red": b}, None, NODATA, {"nir": (1e-4, 0), "red": (1e-4, 0)})
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = (a.astype(np.float64) - b) / (a.astype(np.float64) + b)
    expected[a.astype(int) + b == 0] = NODATA
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, expected, atol=1e-7)
    np.testing.assert_array_equal(got, expected.astype(np.float32))


def test_offsets_do_not_cancel() -> None:
    index = indices.INDEX_BY_KEY["NDVI"]
    scales = {"nir": (0.0005, -0.01), "red": (0.0005, -0.01)}
    assert not indices.scale_cancels(index, scales)
    nir = np.array([[100, 40, 20]], np.int16)
    red = np.array([[50, 20, 20]], np.int16)
    got = indices.evaluate(index, {"nir": nir, "red": red}, None, NODATA, scales)
    n, r = nir * 0.0005 - 0.01, red * 0.0005 - 0.01  # red 20 -> reflectance 0: nir 20 gives 0 / 0
    expected = np.array([[(n[0, 0] - r[0, 0]) / (n[0, 0] + r[0, 0]), 1.0, NODATA]])
    np.testing.assert_allclose(got, expected, atol=1e-6)


def test_invalid_pixels_division_by_zero_and_negative_roots_become_nodata() -> None:
    nir = np.array([[0.5, 0.0, 0.3, 0.2]])
    red = np.array([[0.1, 0.0, 0.2, 0.1]])
    invalid = np.array([[False, False, True, False]])
    got = indices.evaluate(indices.INDEX_BY_KEY["NDVI"], {"nir": nir, "red": red}, invalid, NODATA)
    np.testing.assert_allclose(got, [[0.4 / 0.6, NODATA, NODATA, 0.1 / 0.3]], atol=1e-6)
    # MSAVI2: (2n + 1)^2 - 8(n - r) < 0 cannot happen for reflectances, but can for bad inputs.
    got = indices.evaluate(
        indices.INDEX_BY_KEY["MSAVI2"], {"nir": np.array([[-0.5]]), "red": np.array([[-5.0]])}, None, NODATA
    )
    assert got[0, 0] == NODATA
    # EVI with a zero denominator: nir + 6 red - 7.5 blue + 1 = 0
    got = indices.evaluate(
        indices.INDEX_BY_KEY["EVI"],
        {"nir": np.array([[0.5]]), "red": np.array([[0.0]]), "blue": np.array([[0.2]])},
        None,
        NODATA,
    )
    assert got[0, 0] == NODATA


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("S2B_20200617T105031_31UFS_TOC-B04_10M_V210.tif", "red"),
        ("S2B_20200617T105031_31UFS_TOC-B08_10M_V210.tif", "nir"),
        ("S2B_20200617T105031_31UFS_TOC-B8A_20M_V210.tif", None),  # nir08 is not asked for
        ("S2B_20200617T105031_31UFS_TOC-SCL_20M_V210.tif", "mask"),
        ("nir", "nir"),
        ("B04", "red"),
        ("B040.tif", None),
    ],
)
def test_band_files_are_recognised_by_their_name(name: str, expected: str | None) -> None:
    assert indices.match_name(name, indices.SENTINEL2, ("nir", "red")) == expected


def test_band_mapping_and_classes_parsing() -> None:
    assert indices.parse_band_mapping("red=3, NIR=4;swir16=5") == {"red": 3, "nir": 4, "swir16": 5}
    assert indices.parse_band_mapping("") == {}
    for bad in ("red", "red=0", "red=x"):
        with pytest.raises(ValueError, match="name=band number"):
            indices.parse_band_mapping(bad)
    assert indices.parse_classes("3, 8-10") == (3, 8, 9, 10)
    with pytest.raises(ValueError, match="class number"):
        indices.parse_classes("cloud")


def test_evaluate_into_a_given_array() -> None:
    rng = np.random.default_rng(5)
    nir = rng.integers(0, 10000, (64, 80)).astype(np.uint16)
    red = rng.integers(0, 10000, (64, 80)).astype(np.uint16)
    nir[3, :4] = red[3, :4] = 0  # 0 / 0
    invalid = np.zeros(nir.shape, bool)
    invalid[10:12] = True
    index = indices.INDEX_BY_KEY["NDVI"]
    expected = indices.evaluate(index, {"nir": nir, "red": red}, invalid, NODATA)
    out = np.full(nir.shape, 7.0, np.float32)
    got = indices.evaluate(index, {"nir": nir, "red": red}, invalid.copy(), NODATA, None, out)
    assert got is out
    np.testing.assert_array_equal(got, expected)
    assert (got[3, :4] == NODATA).all() and (got[10:12] == NODATA).all()
    # the reused intermediate arrays of a larger call do not leak into a smaller one
    small = indices.evaluate(index, {"nir": nir[:5, :6], "red": red[:5, :6]}, None, NODATA)
    np.testing.assert_array_equal(small[:3], expected[:3, :6])


def test_index_over_many_windows_of_misaligned_inputs_equals_numpy(tmp_path) -> None:
    """Windows follow the first band's 256 px tiles, which are not the output's (the bands' common area starts
    inside them): every pixel is still written once, with the numpy value."""
    from raster_data import ORIGIN, reflectances, write_raster

    nodata_in = 32767
    nir = reflectances((1100, 1300), 11)
    red = reflectances((1000, 1250), 12)
    nir[600:610, :] = nodata_in
    red[:, 900] = nodata_in
    nir[700, 100:120] = red[700 - 37, 100 - 29 : 120 - 29] = 0  # 0 / 0
    paths = {
        "B08": write_raster(tmp_path / "T_B08.tif", nir, nodata=nodata_in, scale=0.0001),
        # 29 columns east and 37 rows south of the near-infrared band
        "B04": write_raster(
            tmp_path / "T_B04.tif",
            red,
            nodata=nodata_in,
            scale=0.0001,
            origin=(ORIGIN[0] + 290.0, ORIGIN[1] - 370.0),
        ),
    }
    index = indices.INDEX_BY_KEY["NDVI"]
    inputs = indices.resolve_inputs(
        index, indices.SENTINEL2, separate=[(str(p), [p.name]) for p in paths.values()]
    )
    out = tmp_path / "ndvi.tif"
    assert indices.compute_index(index, inputs, str(out), compression="DEFLATE")
    ds = gdal.Open(str(out))
    assert (ds.RasterXSize, ds.RasterYSize) == (1250, 1000)
    assert ds.GetGeoTransform()[:4:3] == (ORIGIN[0] + 290.0, ORIGIN[1] - 370.0)
    got = ds.GetRasterBand(1).ReadAsArray()
    n = nir[37 : 37 + 1000, 29 : 29 + 1250].astype(np.float64)
    r = red.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = (n - r) / (n + r)
    expected[(n == nodata_in) | (r == nodata_in) | (n + r == 0)] = NODATA
    np.testing.assert_allclose(got, expected, atol=1e-6)
    assert (got == NODATA).sum() == (expected == NODATA).sum()


def test_clip_over_many_windows_same_pixels_as_gdalwarp(tmp_path) -> None:
    """Windows (on the raster's tiles, not the output's) wholly outside the polygon or in its hole are not
    read, windows wholly inside are not masked, the others are rasterized: the pixels are gdalwarp's."""
    from raster_data import read, reflectances, write_polygons, write_raster

    from terrascope_explorer.core import clip

    raster = write_raster(tmp_path / "B04.tif", reflectances((2600, 2600), 21), nodata=0)
    polygon = (
        "POLYGON((600100 5699900, 625900 5699900, 625900 5674100, 612000 5674100, 600100 5685000, "
        "600100 5699900),(610500 5690000, 621000 5690000, 621000 5678000, 610500 5678000, 610500 5690000))"
    )
    mask = write_polygons(tmp_path / "mask.gpkg", [polygon])
    wkt = gdal.Open(str(raster)).GetProjection()
    geometry = clip.cutline([ogr.CreateGeometryFromWkt(polygon).ExportToWkb()], wkt, wkt)
    out = tmp_path / "clipped.tif"
    assert clip.clip_raster(str(raster), str(out), geometry)
    reference = gdal.Warp(
        str(tmp_path / "reference.tif"), str(raster), cutlineDSName=str(mask), cropToCutline=True
    )
    ds = gdal.Open(str(out))
    assert ds.GetGeoTransform() == pytest.approx(reference.GetGeoTransform(), abs=1e-6)
    got = read(out)
    np.testing.assert_array_equal(got, reference.ReadAsArray())
    assert (got[1100:1400, 1600:1900] == 0).all()  # windows in the hole
    assert (got[:500, :500] != 0).all()  # a window wholly inside
