"""``terrascope:clipraster`` through Processing: same pixels as ``gdalwarp -cutline -crop_to_cutline``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from processing_helpers import Recorder, error_of, provider, run  # noqa: F401 (the fixture)
from qgis.core import QgsFeatureRequest, QgsProcessingContext
from raster_data import info, read, reflectances, write_polygons, write_raster

pytestmark = pytest.mark.usefixtures("provider")

ALG = "terrascope:clipraster"
NODATA = 32767
# Raster: 600000..603400 x 5697000..5700000 (340 x 300 px of 10 m)
POLYGON = "POLYGON((600123 5699877, 602555 5699300, 603001 5697777, 600777 5697104, 600123 5699877))"
HOLE = "POLYGON((601000 5699000, 601900 5699000, 601500 5698200, 601000 5699000))"
SECOND = "POLYGON((600050 5697050, 600400 5697050, 600400 5697400, 600050 5697050))"


@pytest.fixture()
def raster(tmp_path: Path) -> str:
    data = reflectances((300, 340), 7)
    data[:3] = NODATA
    return str(write_raster(tmp_path / "B04.tif", data, nodata=NODATA, scale=0.0001))


def gdalwarp_reference(raster: str, mask: Path, tmp_path: Path) -> gdal.Dataset:
    return gdal.Warp(str(tmp_path / "reference.tif"), raster, cutlineDSName=str(mask), cropToCutline=True)


def assert_same(out: Path, reference: gdal.Dataset) -> None:
    ds = gdal.Open(str(out))
    assert ds.GetGeoTransform() == pytest.approx(reference.GetGeoTransform(), abs=1e-6)
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (
        reference.RasterXSize,
        reference.RasterYSize,
        reference.RasterCount,
    )
    for i in range(1, ds.RasterCount + 1):
        assert ds.GetRasterBand(i).DataType == reference.GetRasterBand(i).DataType
        np.testing.assert_array_equal(
            ds.GetRasterBand(i).ReadAsArray(), reference.GetRasterBand(i).ReadAsArray()
        )


def test_polygons_with_a_hole_same_pixels_as_gdalwarp(raster: str, tmp_path: Path) -> None:
    polygon_with_hole = POLYGON.replace("))", "),(" + HOLE[len("POLYGON((") :])  # noqa: E203
    mask = write_polygons(tmp_path / "mask.gpkg", [polygon_with_hole, SECOND])
    out = tmp_path / "clipped.tif"
    feedback = Recorder()
    run(ALG, {"INPUT": raster, "MASK": str(mask), "OUTPUT": str(out)}, feedback)
    reference = gdalwarp_reference(raster, mask, tmp_path)
    assert_same(out, reference)
    assert info(out)[4] == NODATA
    got = read(out)
    assert (got == NODATA).any() and (got != NODATA).any()
    assert feedback.progress_values[-1] == pytest.approx(100)


def test_mask_in_another_crs_is_reprojected_not_the_raster(raster: str, tmp_path: Path) -> None:
    from osgeo import ogr, osr

    geom = ogr.CreateGeometryFromWkt(POLYGON)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geom.Transform(osr.CoordinateTransformation(utm, wgs84))
    mask = write_polygons(tmp_path / "mask4326.gpkg", [geom.ExportToWkt()], epsg=4326)
    out = tmp_path / "clipped.tif"
    run(ALG, {"INPUT": raster, "MASK": str(mask), "OUTPUT": str(out)})
    gt, width, height, crs, _ = info(out)
    src_gt = info(raster)[0]
    assert "UTM zone 31N" in crs
    assert gt[1] == src_gt[1] and ((gt[0] - src_gt[0]) / 10).is_integer()  # the source grid, not resampled
    col, row = int((gt[0] - src_gt[0]) / 10), int((src_gt[3] - gt[3]) / 10)
    window = read(raster)[row : row + height, col : col + width]  # noqa: E203
    got = read(out)
    kept = got != NODATA
    np.testing.assert_array_equal(got[kept], window[kept])  # pixels unchanged
    # gdalwarp reprojects the cutline through its own (approximate) transformer: a few pixels whose centre
    # is within a hair of the polygon's edge may differ; the grid is the same.
    reference = gdalwarp_reference(raster, mask, tmp_path)
    assert gt == pytest.approx(reference.GetGeoTransform(), abs=1e-6)
    assert (width, height) == (reference.RasterXSize, reference.RasterYSize)
    assert (got != reference.ReadAsArray()).mean() < 1e-3


def test_extent_in_the_raster_crs_keeps_the_whole_window(raster: str, tmp_path: Path) -> None:
    out = tmp_path / "clipped.tif"
    run(ALG, {"INPUT": raster, "EXTENT": "600105,600505,5698995,5699399 [EPSG:32631]", "OUTPUT": str(out)})
    gt, width, height, _, _ = info(out)
    assert (gt[0], gt[3], width, height) == (600110.0, 5699390.0, 39, 39)
    np.testing.assert_array_equal(read(out), read(raster)[61:100, 11:50])


@pytest.mark.parametrize("compression", ["ZSTD", "DEFLATE", "NONE"])
def test_every_compression_keeps_the_integer_pixels(raster: str, tmp_path: Path, compression: str) -> None:
    """DEFLATE once asked GDAL for the floating-point predictor on integer data, which it refuses."""
    out = tmp_path / "clipped.tif"
    extent = "600105,600505,5698995,5699399 [EPSG:32631]"
    run(ALG, {"INPUT": raster, "EXTENT": extent, "COMPRESSION": compression, "OUTPUT": str(out)})
    assert gdal.Open(str(out)).GetRasterBand(1).DataType == gdal.Open(raster).GetRasterBand(1).DataType
    np.testing.assert_array_equal(read(out), read(raster)[61:100, 11:50])


def test_every_band_of_a_multiband_raster_and_a_chosen_nodata(tmp_path: Path) -> None:
    stack = np.stack([reflectances((300, 340), i) for i in range(3)])
    raster = str(write_raster(tmp_path / "stack.tif", stack))
    mask = write_polygons(tmp_path / "mask.gpkg", [POLYGON])
    out = tmp_path / "clipped.tif"
    run(ALG, {"INPUT": raster, "MASK": str(mask), "NODATA": 0, "COG": True, "OUTPUT": str(out)})
    reference = gdalwarp_reference(raster, mask, tmp_path)  # no source nodata: gdalwarp fills with 0 too
    assert_same(out, reference)
    ds = gdal.Open(str(out))
    assert ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert ds.GetRasterBand(3).GetNoDataValue() == 0


def test_bad_input(raster: str, tmp_path: Path) -> None:
    out = str(tmp_path / "o.tif")
    empty = write_polygons(tmp_path / "empty.gpkg", [])
    assert "The mask layer has no feature" in error_of(
        ALG, {"INPUT": raster, "MASK": str(empty), "OUTPUT": out}
    )
    far = write_polygons(
        tmp_path / "far.gpkg", ["POLYGON((700000 5690000, 701000 5690000, 700500 5691000, 700000 5690000))"]
    )
    message = error_of(ALG, {"INPUT": raster, "MASK": str(far), "OUTPUT": out})
    assert "does not overlap the raster B04.tif" in message
    assert "Give a mask polygon layer or an extent" in error_of(ALG, {"INPUT": raster, "OUTPUT": out})
    message = error_of(
        ALG,
        {
            "INPUT": raster,
            "MASK": str(write_polygons(tmp_path / "m.gpkg", [POLYGON])),
            "NODATA": -1,
            "OUTPUT": out,
        },
    )
    assert "The no-data value -1.0 does not fit the UInt16 pixels" in message
    assert not Path(out).exists()


def test_mask_and_extent_together_clip_to_their_intersection(raster: str, tmp_path: Path) -> None:
    """The polygon, cut by an extent over its north-west part: same pixels as gdalwarp with the
    intersection as cutline."""
    from osgeo import ogr

    extent = (600000.0, 601500.0, 5698500.0, 5700000.0)  # xmin, xmax, ymin, ymax
    mask = write_polygons(tmp_path / "mask.gpkg", [POLYGON])
    out = tmp_path / "clipped.tif"
    parameters = {"INPUT": raster, "MASK": str(mask), "OUTPUT": str(out)}
    run(ALG, {**parameters, "EXTENT": ",".join(map(str, extent)) + " [EPSG:32631]"})
    xmin, xmax, ymin, ymax = extent
    box = f"POLYGON(({xmin} {ymin}, {xmax} {ymin}, {xmax} {ymax}, {xmin} {ymax}, {xmin} {ymin}))"
    both = ogr.CreateGeometryFromWkt(POLYGON).Intersection(ogr.CreateGeometryFromWkt(box))
    reference = gdalwarp_reference(
        raster, write_polygons(tmp_path / "both.gpkg", [both.ExportToWkt()]), tmp_path
    )
    assert_same(out, reference)
    gt, width, height, _, _ = info(out)
    assert gt[0] + width * gt[1] <= xmax and gt[3] + height * gt[5] >= ymin  # within the extent
    full = tmp_path / "full.tif"
    run(ALG, {**parameters, "OUTPUT": str(full)})
    assert info(full)[1] > width and info(full)[2] > height  # the extent cut the polygon

    far = "700000,701000,5690000,5691000 [EPSG:32631]"
    message = error_of(ALG, {**parameters, "EXTENT": far, "OUTPUT": str(tmp_path / "o.tif")})
    assert "The mask polygons and the extent do not overlap." in message


def test_extent_in_another_crs_is_reprojected_not_the_raster(raster: str, tmp_path: Path) -> None:
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    for srs in (utm, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon0, lat0, lon1, lat1 = osr.CoordinateTransformation(utm, wgs84).TransformBounds(
        600500, 5697500, 602500, 5699500, 21
    )
    out = tmp_path / "clipped.tif"
    run(ALG, {"INPUT": raster, "EXTENT": f"{lon0},{lon1},{lat0},{lat1} [EPSG:4326]", "OUTPUT": str(out)})
    gt, width, height, crs, _ = info(out)
    assert "UTM zone 31N" in crs and (gt[1], gt[5]) == (10.0, -10.0)  # the raster's grid, not resampled
    # The extent, once in UTM, is a slightly curved quadrilateral around 600500..602500 x 5697500..5699500:
    # cropped to the pixels inside its bounding box, pixels outside it get no-data.
    xmin, ymin, xmax, ymax = osr.CoordinateTransformation(wgs84, utm).TransformBounds(
        lon0, lat0, lon1, lat1, 21
    )
    assert abs(gt[0] - xmin) <= 10 and abs(gt[3] - ymax) <= 10
    assert abs(gt[0] + width * 10 - xmax) <= 10 and abs(gt[3] - height * 10 - ymin) <= 10
    col, row = int((gt[0] - 600000) / 10), int((5700000 - gt[3]) / 10)
    window = read(raster)[row : row + height, col : col + width]
    got = read(out)
    kept = got != NODATA
    np.testing.assert_array_equal(got[kept], window[kept])
    assert kept[20:-20, 20:-20].all() and 0.95 < kept.mean() < 1.0


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    big = write_raster(tmp_path / "big.tif", reflectances((2100, 2100), 3))
    mask = write_polygons(
        tmp_path / "mask.gpkg", ["POLYGON((600100 5679100, 620900 5679100, 610000 5699900, 600100 5679100))"]
    )
    out = tmp_path / "clipped.tif"
    feedback = Recorder(cancel_at=1)
    result = run(ALG, {"INPUT": str(big), "MASK": str(mask), "OUTPUT": str(out)}, feedback)
    assert feedback.isCanceled() and result.get("OUTPUT") is None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("clipped")] == []


def test_mask_features_without_area_are_a_clear_error(raster: str, tmp_path: Path) -> None:
    flat = write_polygons(
        tmp_path / "flat.gpkg",
        [
            "POLYGON((600100 5699000, 600500 5699000, 600900 5699000, 600100 5699000))",  # a line
            "POLYGON((601000 5698000, 601000 5698000, 601000 5698000, 601000 5698000))",  # a point
        ],
    )
    out = tmp_path / "o.tif"
    parameters = {"INPUT": raster, "MASK": str(flat), "OUTPUT": str(out)}
    # Polygons without area are invalid: by default (Processing's setting), a sentence and a stop. (QGIS's
    # own check throws inside the feature iterator, which left Python broken on QGIS 3.22: run it twice.)
    for _ in range(2):
        assert error_of(ALG, parameters) == (
            'Feature 1 of "flat" has an invalid geometry. Repair it (Fix geometries), or set Processing to '
            "skip or keep invalid input features."
        )
    # When the user told Processing to keep them, or to skip them, the algorithm says what is left.
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    message = error_of(ALG, parameters, context)
    assert message == "The mask has no polygon: it is empty, or its features have no area."
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
    message = error_of(ALG, parameters, context)
    assert message == "The mask layer has no feature: there is nothing to clip by."
    # An extent that only touches the mask polygon along an edge leaves no area either.
    square = write_polygons(
        tmp_path / "square.gpkg",
        ["POLYGON((601000 5698000, 602000 5698000, 602000 5699000, 601000 5699000, 601000 5698000))"],
    )
    touching = "602000,603000,5698000,5699000 [EPSG:32631]"
    message = error_of(ALG, {"INPUT": raster, "MASK": str(square), "EXTENT": touching, "OUTPUT": str(out)})
    assert "The mask polygons and the extent do not overlap." in message
    assert not out.exists()
