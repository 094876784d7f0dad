"""Indicator time series (issue #8), against the sandbox: values equal a numpy reference read with rasterio
from the sandbox's own files; traffic counted at the sandbox; gaps, faults and messages; CSV; chart; dock."""

from __future__ import annotations

import csv
import math
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDate, QPoint, QPointF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QToolBar, QWidget
from qt_wait import no_task_left_running, wait_until  # noqa: F401 (the fixture)
from rasterio.features import geometry_mask
from shapely.geometry import Point, Polygon, shape
from shapely.ops import transform
from test_plugin_lifecycle import app_calls, flush_deletions, iface, snapshot  # noqa: F401 (fixtures)

from terrascope_explorer import api
from terrascope_explorer.core import auth, timeseries
from terrascope_explorer.core.catalogue import POLYGON_GEOMETRY
from terrascope_explorer.core.errors import AuthError, InvalidInputError
from terrascope_explorer.core.products import parse_datetime
from terrascope_explorer.core.timeseries import CLOUDY, FAILED, OK, TimeSeriesRequest

S2 = "terrascope-s2-toc-v2"
NDVI_PRODUCT = "terrascope-s2-ndvi-v2"
UTM31 = QgsCoordinateReferenceSystem("EPSG:32631")
# the centre of the pixel (col 200, row 150) of tile 31UES (origin 499980, 5700000; 300 m pixels in the
# sandbox): inside 31UES only
POINT = (499980 + 200.5 * 300, 5700000 - 150.5 * 300)
YEAR = ("2026-01-01", "2026-12-31")
SCL_MASKED = (0, 1, 3, 8, 9, 10)
# about 100 ha, not aligned with the pixels
POLYGON = Polygon([(560010, 5654010), (561030, 5654110), (561010, 5655090), (559990, 5654990)])


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture()
def logged_in(sandbox):
    auth.discard_session()
    api.login("demo", "demo", remember=False)
    yield sandbox
    current = auth.existing_session()
    if current is not None:
        current.logout(end_server_session=False)
    auth.discard_session()


def to_wgs84(geometry):
    project = utm31_to_wgs84
    return transform(project, geometry)


def items(sandbox, collection: str = S2, start: str = YEAR[0], end: str = YEAR[1], place=None):
    """The sandbox's items whose footprint meets ``place`` (default: POINT) in the period, by date."""
    place = to_wgs84(place if place is not None else Point(*POINT))
    found = [
        i
        for i in sandbox.ctx.items_of(collection)
        if start <= i["properties"]["datetime"][:10] <= end and shape(i["geometry"]).intersects(place)
    ]
    return sorted(found, key=lambda i: (i["properties"]["datetime"], i["id"]))


def local(sandbox, href: str) -> Path:
    return sandbox.ctx.files_dir / href.split("/download/", 1)[1]


def point_request(**kw) -> TimeSeriesRequest:
    kw.setdefault("geometry", QgsPointXY(*POINT))
    kw.setdefault("crs", UTM31)
    kw.setdefault("start", YEAR[0])
    kw.setdefault("end", YEAR[1])
    return TimeSeriesRequest(kw.pop("collection", S2), kw.pop("indicator", "NDVI"), **kw)


def read_at(path: Path, x: float, y: float):
    with rasterio.open(path) as src:
        row, col = src.index(x, y)
        return src.read(1, window=((row, row + 1), (col, col + 1)))[0, 0], src.nodata


def reference_ndvi_at_point(sandbox, item: dict):
    """(NDVI or None, why) at POINT from the item's files, as a user would compute it with rasterio."""
    assets = item["assets"]
    red, red_nodata = read_at(local(sandbox, assets["B04"]["href"]), *POINT)
    nir, _ = read_at(local(sandbox, assets["B08"]["href"]), *POINT)
    scl, _ = read_at(local(sandbox, assets["SCL"]["href"]), *POINT)
    if int(scl) in SCL_MASKED:
        return None, CLOUDY
    if red == red_nodata or nir == red_nodata or int(red) + int(nir) == 0:
        return None, "nodata"
    red, nir = float(red) * 0.0001, float(nir) * 0.0001
    return (nir - red) / (nir + red), OK


def download_requests(sandbox) -> list:
    return [e for e in sandbox.ctx.stats.snapshot() if e["path"].startswith("/download/")]


# --------------------------------------------------------------------------------------------- values


def test_ndvi_at_a_point_equals_rasterio_and_costs_two_requests_per_band(logged_in, monkeypatch) -> None:
    sandbox = logged_in
    memory_files = []
    write = gdal.FileFromMemBuffer
    monkeypatch.setattr(
        gdal, "FileFromMemBuffer", lambda name, data: (memory_files.append(name), write(name, data))[1]
    )
    expected_items = items(sandbox)
    assert len(expected_items) > 20
    sandbox.ctx.stats.reset()

    series = timeseries.run(point_request())

    assert [r.item_id for r in series] == [i["id"] for i in expected_items]
    statuses = Counter()
    for row, item in zip(series, expected_items):
        value, why = reference_ndvi_at_point(sandbox, item)
        assert row.datetime == parse_datetime(item["properties"]["datetime"])
        if value is None:
            assert row.value is None and row.valid_pixels == 0, row
            assert row.status == why
        else:
            assert row.value == pytest.approx(value, rel=1e-6), row
            assert (row.valid_pixels, row.total_pixels, row.status) == (1, 1, OK)
        statuses[row.status] += 1
    assert statuses[OK] >= 5 and statuses[CLOUDY] >= 5, statuses  # a real mix, so the test can fail
    when, value, count, item_id = series[0]  # rows unpack as (datetime, value, valid pixels, item id)
    assert item_id == expected_items[0]["id"]

    # traffic: B04, B08 and SCL of every product, each file at most twice (header + one tile), no HEAD
    traffic = download_requests(sandbox)
    per_file = Counter(e["path"] for e in traffic)
    assert len(per_file) == 3 * len(expected_items)
    assert max(per_file.values()) <= 2, per_file.most_common(3)
    assert {e["method"] for e in traffic} == {"GET"}
    assert all(e["range"] for e in traffic) and all(e["status"] == 206 for e in traffic)
    assert series.requests == len(traffic) and series.bytes_read == sum(e["bytes"] for e in traffic)
    made = [name for name in memory_files if name.startswith("/vsimem/terrascope_explorer/timeseries/")]
    assert len(made) >= 2 * len(per_file) and all(gdal.VSIStatL(name) is None for name in made), "all removed"


@pytest.mark.parametrize(
    ("collection", "asset", "scale", "offset"),
    [
        (NDVI_PRODUCT, "NDVI", 0.004, -0.08),
        ("terrascope-s2-fapar-v2", "FAPAR", 0.005, 0.0),
        ("terrascope-s2-lai-v2", "LAI", 0.0333, 0.0),
    ],
)
def test_product_value_with_its_scale_and_offset(logged_in, collection, asset, scale, offset) -> None:
    """A product collection's own value: DN × scale + offset (the catalogue's), nodata 255, SCL mask."""
    sandbox = logged_in
    series = timeseries.run(point_request(collection=collection, indicator=asset))
    expected_items = items(sandbox, collection)
    assert [r.item_id for r in series] == [i["id"] for i in expected_items]
    checked = 0
    values = []
    for row, item in zip(series, expected_items):
        dn, nodata = read_at(local(sandbox, item["assets"][asset]["href"]), *POINT)
        scl, _ = read_at(local(sandbox, item["assets"]["SCL"]["href"]), *POINT)
        if dn == nodata or int(scl) in SCL_MASKED:
            assert row.value is None and row.status == (CLOUDY if int(scl) in SCL_MASKED else "nodata")
        else:
            assert row.value == pytest.approx(int(dn) * scale + offset, abs=1e-9)
            values.append(row.value)
            checked += 1
    assert checked >= 5
    assert len(set(values)) > 2, "the values change over the year"
    assert series.unit == "" and series.indicator == asset


def test_a_band_by_common_name_is_its_reflectance(logged_in) -> None:
    sandbox = logged_in
    series = timeseries.run(
        point_request(indicator="red", mask_clouds=False, start="2026-03-01", end="2026-05-31")
    )
    expected_items = items(sandbox, start="2026-03-01", end="2026-05-31")
    assert len(series) == len(expected_items) > 3
    for row, item in zip(series, expected_items):
        dn, nodata = read_at(local(sandbox, item["assets"]["B04"]["href"]), *POINT)
        assert row.value == (None if dn == nodata else pytest.approx(int(dn) * 0.0001))


def test_polygon_statistics_equal_numpy(logged_in) -> None:
    sandbox = logged_in
    polygon = QgsGeometry.fromWkt(POLYGON.wkt)
    sandbox.ctx.stats.reset()
    series = timeseries.run(point_request(geometry=polygon, start="2026-01-01", end="2026-06-30"))
    expected_items = items(sandbox, start="2026-01-01", end="2026-06-30", place=POLYGON)
    assert series.is_area and [r.item_id for r in series] == [i["id"] for i in expected_items]
    compared = 0
    for row, item in zip(series, expected_items):
        assets = item["assets"]
        with rasterio.open(local(sandbox, assets["B04"]["href"])) as src:
            red = src.read(1).astype(np.float64)
            inside = geometry_mask([POLYGON], src.shape, src.transform, invert=True)
            nodata = src.nodata
        with rasterio.open(local(sandbox, assets["B08"]["href"])) as src:
            nir = src.read(1).astype(np.float64)
        with rasterio.open(local(sandbox, assets["SCL"]["href"])) as src:
            scl = np.repeat(np.repeat(src.read(1), 2, axis=0), 2, axis=1)[: red.shape[0], : red.shape[1]]
        valid = inside & (red != nodata) & (nir != nodata) & ~np.isin(scl, SCL_MASKED)
        assert row.total_pixels == int(inside.sum()) >= 9
        assert row.valid_pixels == int(valid.sum())
        if not valid.any():
            assert row.value is None and row.minimum is None
            continue
        ndvi = ((nir - red) / (nir + red))[valid]
        assert row.value == pytest.approx(ndvi.mean(), rel=1e-5)
        assert row.minimum == pytest.approx(ndvi.min(), rel=1e-5)
        assert row.maximum == pytest.approx(ndvi.max(), rel=1e-5)
        assert row.p10 == pytest.approx(np.percentile(ndvi, 10), rel=1e-5)
        assert row.p90 == pytest.approx(np.percentile(ndvi, 90), rel=1e-5)
        assert row.std == pytest.approx(ndvi.std(), rel=1e-4, abs=1e-7)
        compared += 1
    assert compared >= 3
    # only the windows were read
    assert 0 < series.bytes_read < series.bytes_total
    assert max(Counter(e["path"] for e in download_requests(sandbox)).values()) <= 2


def test_same_values_when_the_header_needs_more_requests_or_gdal_reads_the_file(
    logged_in, monkeypatch
) -> None:
    sandbox = logged_in
    request = point_request(start="2026-04-01", end="2026-06-30")
    expected = [r.value for r in timeseries.run(request)]
    assert any(v is not None for v in expected)
    monkeypatch.setattr(timeseries, "HEADER_BYTES", 64)  # the IFD lies beyond: more requests, same values
    assert [r.value for r in timeseries.run(request)] == expected

    def not_a_tiff(read):
        raise ValueError("not a TIFF")

    monkeypatch.setattr(timeseries, "_tiff_extents", not_a_tiff)  # falls back to GDAL's /vsicurl/
    sandbox.ctx.stats.reset()
    assert [r.value for r in timeseries.run(request)] == pytest.approx(expected)
    assert any(e["method"] == "HEAD" for e in download_requests(sandbox)), "GDAL read these files itself"


# --------------------------------------------------------------------------------------------- bad input


def test_max_cloud_leaves_out_the_cloudier_products(logged_in) -> None:
    sandbox = logged_in
    expected_items = items(sandbox)
    cover = {i["id"]: i["properties"]["eo:cloud_cover"] for i in expected_items}
    clear = [i["id"] for i in expected_items if cover[i["id"]] <= 10]
    assert 0 < len(clear) < len(expected_items), "the catalogue has both: the test can fail"

    everything = timeseries.run(point_request(max_cloud=100))
    few = timeseries.run(point_request(max_cloud=10))

    assert [r.item_id for r in everything] == [i["id"] for i in expected_items]
    assert [r.item_id for r in few] == clear
    assert all(r.cloud_cover == cover[r.item_id] <= 10 for r in few)
    kept = {r.item_id: r for r in everything}
    assert [r.value for r in few] == [kept[r.item_id].value for r in few], "same values, fewer dates"


def test_point_outside_every_product_says_so(logged_in) -> None:
    with pytest.raises(InvalidInputError, match="outside the collection's coverage"):
        timeseries.run(
            point_request(geometry=QgsPointXY(10.0, 45.0), crs=QgsCoordinateReferenceSystem("EPSG:4326"))
        )


def test_no_product_in_the_period_says_so(logged_in) -> None:
    with pytest.raises(
        InvalidInputError, match=r"No product of terrascope-s2-toc-v2 covers this point between"
    ):
        timeseries.run(point_request(start="2015-01-01", end="2015-12-31"))


def test_unknown_indicator_and_line_are_refused(logged_in) -> None:
    with pytest.raises(InvalidInputError, match='"XYZ" is neither an index nor a band'):
        timeseries.run(point_request(indicator="XYZ", start="2026-05-01", end="2026-05-31"))
    line = QgsGeometry.fromWkt("LINESTRING(560000 5654000, 561000 5655000)")
    with pytest.raises(InvalidInputError, match="not a line"):
        timeseries.run(point_request(geometry=line))


def test_not_logged_in_is_one_clear_error(sandbox) -> None:
    auth.discard_session()
    auth.CredentialStore().remove()
    with pytest.raises(AuthError, match="not logged in"):
        timeseries.run(point_request(start="2026-05-01", end="2026-05-31"))
    assert download_requests(sandbox) == [], "no file was asked for"


def test_everything_cloudy_gives_only_gaps_and_a_message(logged_in) -> None:
    sandbox = logged_in
    cloudy = [i for i in items(sandbox) if reference_ndvi_at_point(sandbox, i)[1] == CLOUDY]
    assert cloudy
    day = cloudy[0]["properties"]["datetime"][:10]
    series = timeseries.run(point_request(start=day, end=day))
    assert len(series) >= 1
    assert all(r.value is None and r.status == CLOUDY for r in series)
    assert not series.failures
    assert any("cloudy" in m for m in series.messages), series.messages


def test_a_server_fault_mid_series_keeps_the_other_dates(logged_in) -> None:
    sandbox = logged_in
    expected_items = items(sandbox, start="2026-03-01", end="2026-06-30")
    broken = {expected_items[2]["id"], expected_items[5]["id"]}
    for item in expected_items:
        if item["id"] in broken:
            folder = item["assets"]["B08"]["href"].split(sandbox.base_url, 1)[1].rsplit("/", 1)[0]
            sandbox.ctx.faults.add(path=folder + "/", kind="status", status=500)
    series = timeseries.run(point_request(start="2026-03-01", end="2026-06-30"))

    assert [r.item_id for r in series] == [i["id"] for i in expected_items], "every date is still there"
    assert {f.item_id for f in series.failures} == broken
    for row, item in zip(series, expected_items):
        if item["id"] in broken:
            assert row.status == FAILED and row.value is None
            assert "HTTP 500" in row.error and "download server" in row.error
        else:
            value, _ = reference_ndvi_at_point(sandbox, item)
            assert row.value == (None if value is None else pytest.approx(value, rel=1e-6))
    assert any("2 of" in m and "could not be read" in m for m in series.messages), series.messages
    assert all(f.status == 500 for f in series.failures)


def test_every_product_failing_is_an_error(logged_in) -> None:
    sandbox = logged_in
    sandbox.ctx.faults.add(path="/download/", kind="status", status=503)
    with pytest.raises(api.NetworkError, match="None of the .* products could be read.*HTTP 503"):
        timeseries.run(point_request(start="2026-05-01", end="2026-06-30"))


def fail_item_files(sandbox, item: dict, status: int) -> None:
    """Every file of ``item`` answers ``status`` from now on (its folder on the download server)."""
    folder = item["assets"]["B04"]["href"].split(sandbox.base_url, 1)[1].rsplit("/", 1)[0]
    sandbox.ctx.faults.add(path=folder + "/", kind="status", status=status)


def test_a_session_refused_mid_series_keeps_the_rows_read_and_marks_the_series(logged_in) -> None:
    sandbox = logged_in
    expected_items = items(sandbox)
    victim = len(expected_items) * 2 // 3
    fail_item_files(sandbox, expected_items[victim], 401)  # as if the session was revoked there

    series = timeseries.run(point_request())

    ids = [i["id"] for i in expected_items]
    got = [r.item_id for r in series]
    assert got == [i for i in ids if i in got], "in date order, and only products of the period"
    assert victim - timeseries.MAX_PARALLEL_ITEMS <= len(series) < len(expected_items)
    assert ids[: victim - timeseries.MAX_PARALLEL_ITEMS] == got[: victim - timeseries.MAX_PARALLEL_ITEMS]
    refused = next(r for r in series if r.item_id == ids[victim])
    assert refused.status == FAILED and "HTTP 401" in refused.error
    for row, item in zip(series, expected_items):
        if row.status != FAILED:
            value, _ = reference_ndvi_at_point(sandbox, item)
            assert row.value == (None if value is None else pytest.approx(value, rel=1e-6))
    assert series.incomplete and not series.cancelled
    assert "HTTP 401" in series.interrupted and "Log in again" in series.interrupted
    assert f"of {len(expected_items)} products" in series.interrupted
    assert any(m.startswith("Incomplete series: the run stopped on an error") for m in series.messages)
    assert "the series is incomplete" in series.summary()


def test_a_session_refused_before_anything_was_read_is_still_an_error(logged_in) -> None:
    sandbox = logged_in
    for item in items(sandbox, start="2026-05-01", end="2026-05-31"):
        fail_item_files(sandbox, item, 401)
    with pytest.raises(AuthError, match="HTTP 401"):
        timeseries.run(point_request(start="2026-05-01", end="2026-05-31"))


class FaultAfterFirstPage(QgsFeedback):
    """Arms a catalogue fault as soon as the first page of the search has arrived (its progress)."""

    def __init__(self, sandbox) -> None:
        super().__init__()
        self.armed = False
        self.progressChanged.connect(lambda value: self._arm(sandbox))

    def _arm(self, sandbox) -> None:
        if not self.armed:
            self.armed = True
            sandbox.ctx.faults.add(path="/stac/search", kind="status", status=503)


def test_a_catalogue_fault_on_a_later_page_keeps_the_products_listed(logged_in, monkeypatch) -> None:
    sandbox = logged_in
    monkeypatch.setattr(timeseries, "SEARCH_PAGE_SIZE", 10)
    expected_items = items(sandbox)
    assert len(expected_items) > 10

    series = timeseries.run(point_request(), FaultAfterFirstPage(sandbox))

    # the catalogue lists the newest products first: the series has the last 10 dates
    assert [r.item_id for r in series] == [i["id"] for i in expected_items[-10:]]
    assert not series.failures and series.incomplete and not series.cancelled
    assert "the catalogue failed while listing the products: only the 10" in series.interrupted
    assert "HTTP 503" in series.interrupted
    searches = [e for e in sandbox.ctx.stats.snapshot() if e["path"] == "/stac/search"]
    assert searches[0]["status"] == 200 and all(e["status"] == 503 for e in searches[1:]), searches


def test_cancelling_keeps_what_was_read(logged_in) -> None:
    seen = []

    def on_row(row) -> None:
        seen.append(row)

    series = timeseries.run(point_request(), cancel=lambda: len(seen) >= 3, on_row=on_row)
    assert series.cancelled and series.incomplete and not series.interrupted
    assert 3 <= len(series) < len(items(logged_in))
    assert any("Cancelled" in m for m in series.messages)


def test_a_csv_of_an_incomplete_series_says_so_on_its_last_line(logged_in, tmp_path: Path) -> None:
    seen = []
    series = timeseries.run(point_request(), cancel=lambda: len(seen) >= 3, on_row=seen.append)
    path = series.to_csv(tmp_path / "cancelled.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["item_id"] for line in lines[:-1]] == [r.item_id for r in series]
    last = lines[-1]
    assert (last["date"], last["value"], last["item_id"], last["status"]) == ("", "", "", "cancelled")
    assert last["error"] == f"Incomplete series: the run was cancelled after {len(series)} products."
    assert all(line["status"] not in ("cancelled", "incomplete") for line in lines[:-1])


# --------------------------------------------------------------------------------------------- CSV, API


def test_csv_has_one_line_per_product_and_empty_gaps(logged_in, tmp_path: Path) -> None:
    series = timeseries.run(point_request(start="2026-03-01", end="2026-06-30"))
    path = series.to_csv(tmp_path / "ndvi.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert list(lines[0]) == list(timeseries.CSV_COLUMNS)
    assert len(lines) == len(series)
    for line, row in zip(lines, series):
        assert line["item_id"] == row.item_id
        assert line["date"] == row.datetime.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert line["status"] == row.status
        assert int(line["valid_pixels"]) == row.valid_pixels
        if row.value is None:
            assert line["value"] == ""
        else:
            assert float(line["value"]) == pytest.approx(row.value, rel=1e-8)
    assert [p.name for p in tmp_path.iterdir()] == ["ndvi.csv"], "no partial file left"


def test_console_api(logged_in) -> None:
    point = QgsGeometry.fromPointXY(QgsPointXY(*POINT))
    series = api.timeseries(
        S2, "NDVI", geometry=point, crs="EPSG:32631", start="2026-05-01", end=date(2026, 6, 30)
    )
    reference = timeseries.run(point_request(start="2026-05-01", end="2026-06-30"))
    assert [tuple(r) for r in series] == [tuple(r) for r in reference]
    assert "timeseries" in api.__all__


# --------------------------------------------------------------------------------------------- chart and dock


def blue_pixels(image: QImage) -> int:
    """Bluish pixels (every other one in both directions)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            count += c.blue() > c.red() + 40  # the series' blue, and its paler bands
    return count


def test_chart_renders_to_a_png_with_the_series(logged_in, tmp_path: Path) -> None:
    from terrascope_explorer.ui.timeseries_chart import TimeSeriesChart, date_ticks, nice_ticks

    series = timeseries.run(point_request(geometry=QgsGeometry.fromWkt(POLYGON.wkt), start="2026-01-01"))
    chart = TimeSeriesChart()
    path = tmp_path / "chart.png"
    assert chart.save_png(str(path), QSize(600, 300))  # never shown: export draws off screen
    empty = blue_pixels(QImage(str(path)))
    chart.set_series(series)
    assert chart.save_png(str(path), QSize(600, 300))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (600, 300)
    assert blue_pixels(image) > empty + 100, "points, line and band are drawn"

    chart.resize(600, 300)
    chart.grab()  # paints: the points' positions are known for hovering and clicking
    clicked = []
    chart.itemClicked.connect(clicked.append)
    valid = series.valid_rows[0]
    centre = next(c for c, r in chart._points if r is valid)
    assert chart.row_at(QPointF(centre.x() + 2, centre.y())) is valid
    assert valid.item_id in chart.describe(valid)
    assert chart.row_at(QPointF(-50, -50)) is None

    assert [kind for kind, _ in chart.legend_entries()][:3] == ["line", "minmax", "p10p90"]
    assert chart.legend_entries()[0][1] == "mean", "over a polygon the line is the mean"

    assert nice_ticks(0.12, 0.87) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    start, end = series.rows[0].datetime, series.rows[-1].datetime
    labels = [label for _, label in date_ticks(start, end)]
    assert 3 <= len(labels) <= 8 and labels[0].endswith("2026")


def red_pixels_near(image: QImage, x: float, y0: float, y1: float) -> int:
    count = 0
    for y in range(int(y0), int(y1) + 1):
        for dx in range(-5, 6):
            c = QColor(image.pixel(int(round(x)) + dx, y))
            count += c.red() > 150 and c.green() < 90 and c.blue() < 90
    return count


def test_chart_breaks_the_line_at_gaps_and_marks_failed_dates(logged_in) -> None:
    from terrascope_explorer.ui.timeseries_chart import TimeSeriesChart

    sandbox = logged_in
    expected_items = items(sandbox, start="2026-03-01", end="2026-08-31")
    broken = {expected_items[4]["id"], expected_items[9]["id"]}
    for item in expected_items:
        if item["id"] in broken:
            fail_item_files(sandbox, item, 500)
    series = timeseries.run(point_request(start="2026-03-01", end="2026-08-31"))
    kinds = [("gap" if r.status != FAILED else "failed") if r.value is None else "value" for r in series]
    assert kinds.count("failed") == 2 and kinds.count("gap") >= 2 and kinds.count("value") >= 3, kinds

    chart = TimeSeriesChart()
    chart.set_series(series)
    chart.resize(700, 320)
    image = chart.grab().toImage()  # painted as on screen: what was drawn is in chart.drawn

    # one line per run of consecutive dates with a value, none drawn across a gap or a failed date
    runs, current = [], 0
    for kind in kinds:
        if kind == "value":
            current += 1
        else:
            runs.append(current)
            current = 0
    runs.append(current)
    assert [len(line) for line in chart.drawn["lines"]] == [n for n in runs if n >= 2]
    gaps, failed = chart.drawn["gaps"], chart.drawn["failed"]
    assert len(gaps) == kinds.count("gap") and len(failed) == 2
    for line in chart.drawn["lines"]:
        assert not any(line[0].x() < x < line[-1].x() for x in gaps + failed), "the line breaks there"
    centres = {row.item_id: centre for centre, row in chart._points}
    assert sorted(failed) == sorted(centres[i].x() for i in broken)

    # the red crosses are there, at the bottom of the plot, and in the legend
    bottom = max(c.y() for c in centres.values())
    for x in failed:
        assert red_pixels_near(image, x, bottom - 12, bottom + 2) >= 6
    legend = {kind: rect for kind, _, rect in chart.drawn["legend"]}
    assert list(legend) == ["line", "gap", "failed"]
    assert (
        red_pixels_near(image, legend["failed"].left() + 8, legend["failed"].top(), legend["failed"].bottom())
        >= 6
    )
    assert all(rect.bottom() < bottom - 100 for rect in legend.values()), "above the plot"

    # an incomplete series is marked in red in the legend
    seen = []
    cancelled = timeseries.run(
        point_request(start="2026-03-01", end="2026-08-31"), cancel=lambda: len(seen) >= 3, on_row=seen.append
    )
    chart.set_series(cancelled)
    image = chart.grab().toImage()
    mark = next(rect for kind, _, rect in chart.drawn["legend"] if kind == "incomplete")
    assert chart.incomplete.startswith("Incomplete series: the run was cancelled")
    red = sum(
        red_pixels_near(image, x, mark.top(), mark.bottom())
        for x in range(int(mark.left()) + 6, int(mark.right()) - 6, 11)
    )
    assert red > 20, "the word is written in red"


def test_dock_runs_a_series_end_to_end(logged_in, qgis_iface, tmp_path: Path) -> None:
    from terrascope_explorer.core.catalogue import Catalogue
    from terrascope_explorer.ui.timeseries_dock import TimeSeriesDock

    dock = TimeSeriesDock(qgis_iface.mapCanvas())
    try:
        dock.load_collections()
        wait_until(lambda: dock.collection_combo.count() > 0, timeout=30)
        ids = [dock.collection_combo.itemData(i).id for i in range(dock.collection_combo.count())]
        assert S2 in ids and NDVI_PRODUCT in ids
        assert dock.collection_combo.currentData().id == S2
        assert dock.indicator_key() == "NDVI"
        assert {c.id for c in Catalogue().collections()} >= set(ids)

        dock.run_series()
        assert "Choose a place" in dock.status_label.text()

        dock.set_place(QgsGeometry.fromPointXY(QgsPointXY(*POINT)), UTM31)
        assert "Point at" in dock.place_label.text()
        dock.start_edit.setDate(QDate(2026, 3, 1))
        dock.end_edit.setDate(QDate(2026, 6, 30))
        shown = []
        dock.seriesShown.connect(shown.append)
        dock.run_series()
        assert dock.cancel_button.isEnabled()
        wait_until(lambda: shown, timeout=60)
        series = shown[0]
        expected = timeseries.run(point_request(start="2026-03-01", end="2026-06-30"))
        assert [tuple(r) for r in series] == [tuple(r) for r in expected]
        assert dock.chart.rows == sorted(series.rows, key=lambda r: (r.datetime, r.item_id))
        assert "dates have a value" in dock.status_label.text()
        assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()

        dock.export_csv(str(tmp_path / "s.csv"))
        assert len((tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()) == len(series) + 1
        assert dock.export_png(str(tmp_path / "s.png")) and QImage(str(tmp_path / "s.png")).width() > 100

        loaded = []
        dock.sceneLoaded.connect(loaded.append)
        row = series.valid_rows[0]
        dock.chart.itemClicked.emit(row.item_id)  # what a click on the point does
        wait_until(lambda: loaded, timeout=30)
        layer = loaded[0]
        assert layer.isValid() and QgsProject.instance().mapLayer(layer.id()) is layer
        assert row.datetime.strftime("%Y-%m-%d") in layer.name(), "that date's scene"
        QgsProject.instance().removeMapLayer(layer.id())
    finally:
        dock.teardown()
        dock.deleteLater()


def test_dock_polygon_from_a_selected_feature(logged_in, qgis_iface) -> None:
    from qgis.core import QgsFeature, QgsVectorLayer

    from terrascope_explorer.ui.timeseries_dock import TimeSeriesDock

    layer = QgsVectorLayer("Polygon?crs=EPSG:32631", "parcels", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(POLYGON.wkt))
    layer.dataProvider().addFeatures([feature])
    dock = TimeSeriesDock(qgis_iface.mapCanvas())
    try:
        dock.use_selected_feature(layer)
        assert "No feature" in dock.status_label.text()
        layer.selectAll()
        dock.use_selected_feature(layer)
        assert dock.place is not None and "Polygon of 1.0" in dock.place_label.text()
        assert dock.place_crs.authid() == "EPSG:32631"
        assert math.isclose(dock.place.area(), POLYGON.area)
    finally:
        dock.teardown()
        dock.deleteLater()


@pytest.fixture()
def ready_dock(logged_in, qgis_iface):
    """The dock on a UTM 31N canvas around POINT, collections loaded (S2, NDVI), period March–June 2026."""
    from terrascope_explorer.ui.timeseries_dock import TimeSeriesDock

    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(UTM31)
    canvas.setExtent(QgsRectangle(POINT[0] - 3000, POINT[1] - 2000, POINT[0] + 3000, POINT[1] + 2000))
    dock = TimeSeriesDock(canvas, message_bar=qgis_iface.messageBar())
    dock.load_collections()
    wait_until(lambda: dock.collection_combo.count() > 0, timeout=30)
    dock.start_edit.setDate(QDate(2026, 3, 1))
    dock.end_edit.setDate(QDate(2026, 6, 30))
    dock.resize(420, 640)
    dock.show()  # as a user sees it: laid out, its buttons clickable
    bar = qgis_iface.messageBar()
    bar.messages = {level: [] for level in bar.messages}
    try:
        yield dock
    finally:
        dock.cancel()
        wait_until(lambda: not dock._tasks, timeout=30)
        dock.teardown()
        dock.deleteLater()
        if canvas.mapTool() is not None:
            canvas.unsetMapTool(canvas.mapTool())


def canvas_pixel(canvas, x: float, y: float) -> QPoint:
    """Where the map point (x, y) (canvas CRS) is on the canvas's viewport."""
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(pixel.x()), round(pixel.y()))


def test_clicking_the_map_runs_the_series_and_clicking_the_chart_loads_that_date(
    logged_in, ready_dock
) -> None:
    dock = ready_dock
    canvas = dock.canvas
    shown, loaded = [], []
    dock.seriesShown.connect(shown.append)
    dock.sceneLoaded.connect(loaded.append)

    QTest.mouseClick(dock.point_button, Qt.MouseButton.LeftButton)
    assert dock.point_button.isChecked() and canvas.mapTool() is dock.point_tool
    QTest.mouseClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        canvas_pixel(canvas, *POINT),
    )

    assert "Point at" in dock.place_label.text()
    picked = dock.place.asPoint()
    assert math.hypot(picked.x() - POINT[0], picked.y() - POINT[1]) < 2 * canvas.mapUnitsPerPixel()
    assert dock.task is not None, "the series runs at once: a collection and an indicator are chosen"
    wait_until(lambda: shown, timeout=60)
    series = shown[0]
    assert [r.item_id for r in series] == [
        i["id"] for i in items(logged_in, start="2026-03-01", end="2026-06-30")
    ]
    assert canvas.mapTool() is dock.point_tool and dock.point_button.isChecked(), "ready for the next point"

    dock.chart.grab()  # painted: the points are where a user sees them
    row = series.valid_rows[len(series.valid_rows) // 2]
    centre = next(c for c, r in dock.chart._points if r is row)
    QTest.mouseClick(dock.chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre.toPoint())
    wait_until(lambda: loaded, timeout=30)
    layer = loaded[0]
    assert layer.isValid() and QgsProject.instance().mapLayer(layer.id()) is layer
    assert row.datetime.strftime("%Y-%m-%d") in layer.name(), "the clicked date's scene"
    QgsProject.instance().removeMapLayer(layer.id())
    wait_until(lambda: not dock._tasks, timeout=30)

    QTest.mouseClick(dock.chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, 2))
    assert not dock._tasks and len(loaded) == 1, "a click beside every point loads nothing"


def test_drawing_a_polygon_on_the_map_runs_the_series_over_it(ready_dock) -> None:
    dock = ready_dock
    canvas = dock.canvas
    shown = []
    dock.seriesShown.connect(shown.append)
    dock.indicator_combo.setCurrentIndex(dock.indicator_combo.findData("B04"))
    QTest.mouseClick(dock.polygon_button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is dock.polygon_tool and not dock.point_button.isChecked()
    corners = [(POINT[0] - 700, POINT[1] - 500), (POINT[0] + 700, POINT[1] - 500), (POINT[0], POINT[1] + 600)]
    for corner in corners:
        QTest.mouseClick(
            canvas.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            canvas_pixel(canvas, *corner),
        )
    assert dock.place is None, "not finished yet"
    QTest.mouseClick(
        canvas.viewport(),
        Qt.MouseButton.RightButton,
        Qt.KeyboardModifier.NoModifier,
        canvas_pixel(canvas, *POINT),
    )

    assert dock.place is not None and dock.place.type() == POLYGON_GEOMETRY
    to_map = canvas.getCoordinateTransform()
    clicked = [to_map.toMapCoordinates(canvas_pixel(canvas, *corner)) for corner in corners]
    assert dock.place.area() == pytest.approx(Polygon([(p.x(), p.y()) for p in clicked]).area, rel=1e-6)
    assert dock.place.area() == pytest.approx(Polygon(corners).area, rel=0.25)  # to the canvas's pixels
    assert "Polygon of" in dock.place_label.text()
    assert not dock.polygon_button.isChecked() and canvas.mapTool() is not dock.polygon_tool
    wait_until(lambda: shown, timeout=60)
    series = shown[0]
    assert series.is_area and series.indicator == "B04"
    assert any(r.total_pixels > 1 and r.p90 is not None for r in series)


def test_the_place_buttons_pop_up_when_another_map_tool_is_chosen(ready_dock) -> None:
    from qgis.gui import QgsMapToolPan

    dock = ready_dock
    canvas = dock.canvas
    pan = QgsMapToolPan(canvas)
    QTest.mouseClick(dock.point_button, Qt.MouseButton.LeftButton)
    assert dock.point_button.isChecked()
    canvas.setMapTool(pan)  # what the Pan button of QGIS does
    assert not dock.point_button.isChecked()
    QTest.mouseClick(dock.polygon_button, Qt.MouseButton.LeftButton)
    assert dock.polygon_button.isChecked() and canvas.mapTool() is dock.polygon_tool
    canvas.setMapTool(pan)
    assert not dock.polygon_button.isChecked() and not dock.point_button.isChecked()
    assert canvas.mapTool() is pan, "the dock does not take the map back"
    canvas.unsetMapTool(pan)


def test_the_dock_keeps_the_chart_when_the_session_is_refused_mid_series(
    logged_in, ready_dock, tmp_path: Path
) -> None:
    dock = ready_dock
    sandbox = logged_in
    expected_items = items(sandbox, start="2026-03-01", end="2026-06-30")
    victim = expected_items[len(expected_items) * 2 // 3]
    fail_item_files(sandbox, victim, 401)
    shown = []
    dock.seriesShown.connect(shown.append)
    dock.set_place(QgsGeometry.fromPointXY(QgsPointXY(*POINT)), UTM31)
    dock.run_series()
    wait_until(lambda: shown, timeout=60)

    series = shown[0]
    assert series.incomplete and 0 < len(series) < len(expected_items)
    assert dock.chart.rows == sorted(series.rows, key=lambda r: (r.datetime, r.item_id)), "the chart is kept"
    assert dock.chart.incomplete == series.incomplete_note()
    assert ("incomplete", "incomplete series") in dock.chart.legend_entries()
    status = dock.status_label.text()
    assert "the series is incomplete" in status and "HTTP 401" in status and "Log in again" in status
    warnings = dock.message_bar.get_messages(Qgis.MessageLevel.Warning)
    assert any("Incomplete series" in w for w in warnings), warnings
    assert dock.csv_button.isEnabled()
    dock.export_csv(str(tmp_path / "partial.csv"))
    with (tmp_path / "partial.csv").open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["item_id"] for line in lines[:-1]] == [r.item_id for r in series]
    assert lines[-1]["status"] == "incomplete" and "HTTP 401" in lines[-1]["error"]

    # a run that fails outright after rows were drawn keeps them too (the chart has rows of the last run)
    dock._on_failed("The server went away.")
    assert dock.chart.rows and dock.chart.incomplete == "The server went away."
    assert "The series stopped: The server went away." in dock.status_label.text()


def test_plugin_button_makes_the_dock_and_unload_removes_everything(
    sandbox,
    iface,  # noqa: F811 - the fixture
    app_calls,  # noqa: F811 - the fixture
) -> None:
    import terrascope_explorer

    flush_deletions()  # what earlier tests deleted
    before = snapshot(iface)
    iface.mainWindow().show()  # a dock only becomes visible in a visible window
    plugin = terrascope_explorer.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.timeseries_dock is None, "made when first asked for"
        toolbar = iface.mainWindow().findChild(QToolBar, "TerrascopeExplorerToolbar")
        assert toolbar.actions() == [plugin.dock_action, plugin.timeseries_action], "beside the dock's button"
        plugin.timeseries_action.trigger()
        dock = plugin.timeseries_dock
        assert dock is not None and dock.objectName() == "TerrascopeTimeSeriesDock"
        assert plugin.timeseries_action.isChecked() and dock.isUserVisible()
        assert "Terrascope time series" in [a.text() for a in app_calls.panel_menu.actions()]
        plugin.timeseries_action.trigger()
        assert not dock.isUserVisible() and plugin.timeseries_dock is dock
    finally:
        plugin.unload()
        flush_deletions()
        iface.mainWindow().hide()
    assert snapshot(iface) == before


def utm31_to_wgs84(x, y) -> tuple:
    """(lon, lat) of a UTM 31N point, by GDAL/PROJ as QGIS has them (no pyproj: not every test machine
    has its PROJ data)."""
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, wgs84)
    if isinstance(x, (int, float)):
        lon, lat, _ = transform.TransformPoint(x, y)
        return lon, lat
    points = [transform.TransformPoint(a, b)[:2] for a, b in zip(x, y)]  # shapely.ops.transform's sequences
    return tuple(p[0] for p in points), tuple(p[1] for p in points)


def test_dock_puts_the_chart_beside_the_form_below_the_map(sandbox, qgis_iface) -> None:
    """Docked below the map (where the plugin opens it) the form stands left of the chart; moved beside the
    map or floating, the chart goes below the form."""
    from qgis.PyQt.QtWidgets import QMainWindow

    from terrascope_explorer.ui.timeseries_dock import TimeSeriesDock

    window = QMainWindow()
    window.setCentralWidget(QWidget(window))
    window.resize(1400, 900)
    dock = TimeSeriesDock(qgis_iface.mapCanvas(), parent=window)
    origin = QPoint(0, 0)

    def at(widget) -> QPoint:
        return widget.mapTo(dock.widget(), origin)

    try:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.show()
        wait_until(lambda: dock.is_side_by_side() and dock.isVisible(), timeout=5)
        wait_until(lambda: at(dock.chart).x() > at(dock.run_button).x() + 100, timeout=5)
        assert at(dock.chart).y() < at(dock.status_label).y()  # beside, not below
        assert dock.chart.width() > 700

        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)  # the user drags it to the side
        wait_until(lambda: not dock.is_side_by_side(), timeout=5)
        wait_until(lambda: at(dock.chart).y() > at(dock.status_label).y(), timeout=5)
        assert dock.width() < 700  # the side-by-side minimum width did not stay

        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        wait_until(lambda: dock.is_side_by_side(), timeout=5)
        dock.setFloating(True)
        wait_until(lambda: not dock.is_side_by_side(), timeout=5)
    finally:
        dock.teardown()
        window.removeDockWidget(dock)
        dock.deleteLater()
        window.deleteLater()
