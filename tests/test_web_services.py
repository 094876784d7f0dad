"""Terrascope's WMTS and WMS layers against the sandbox: capabilities, layers QGIS draws, TIME that follows.

What the sandbox received is the proof: the GetTile/GetMap requests in its traffic log, with their
TILEMATRIXSET, TILEMATRIX and TIME. QGIS's network cache is emptied before every test, and each test draws
its own layer/date pairs, so a request that QGIS would answer from a cache never hides a wrong TIME.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsDateTimeRange,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsNetworkAccessManager,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QSize, QTime, QTimer

from sandbox.ows import build_catalogue
from terrascope_explorer import api
from terrascope_explorer.core import web_services as ws
from terrascope_explorer.core.errors import InvalidInputError, NetworkError
from terrascope_explorer.ui.web_services_panel import WebServicesPanel
from tests import qt_wait

REAL_NAMES = {
    "CGS_S2_RADIOMETRY",
    "CGS_S2_NDVI",
    "CGS_S2_FAPAR",
    "WORLDCOVER_2020_MAP",
    "WORLDCOVER_2021_MAP",
}

no_task_left_running = qt_wait.no_task_left_running


def wait_until(condition, timeout: float = 60.0) -> None:
    qt_wait.wait_until(condition, timeout)


@pytest.fixture()
def web(sandbox, qgis_new_project):
    """The sandbox, an empty project and an empty network cache."""
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.clear()
    yield sandbox
    ws.detach_followers()
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture(scope="module")
def sandbox_dates(sandbox_server) -> dict:
    """The dates with data per layer, as the sandbox computes them from its catalogue."""
    return {name: layer.dates for name, layer in build_catalogue(sandbox_server.ctx.items).layers.items()}


def ows_requests(sandbox, path: str, request: str) -> list[dict]:
    """The query parameters (lower-case names) of the ``request`` calls that reached ``path``."""
    found = []
    for entry in sandbox.ctx.stats.snapshot():
        if entry["path"].rstrip("/") != path:
            continue
        params = {k.lower(): v[0] for k, v in parse_qs(entry["query"], keep_blank_values=True).items()}
        if params.get("request", "").lower() == request.lower():
            found.append(params)
    return found


def render(layer, temporal_range: QgsDateTimeRange | None = None, size: int = 256):
    """Draw ``layer`` over its extent; returns (opaque pixels, image)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(size, size))
    if temporal_range is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(temporal_range)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    opaque = sum(
        1 for x in range(0, size, 2) for y in range(0, size, 2) if image.pixelColor(x, y).alpha() > 0
    )
    return opaque, image


def day_range(day: str, days: int = 1) -> QgsDateTimeRange:
    """The frame [day 00:00, day + days 00:00), as the Temporal Controller makes it."""
    start = QDate.fromString(day, "yyyy-MM-dd")
    return QgsDateTimeRange(QDateTime(start, QTime(0, 0)), QDateTime(start.addDays(days), QTime(0, 0)))


def unbounded() -> QgsDateTimeRange:
    """What the canvas gets while the Temporal Controller is off."""
    return QgsDateTimeRange(QDateTime(), QDateTime())


def gap_after(dates) -> str:
    """A day without data whose nearest date with data is the one before it (ties go to the earlier)."""
    for before, after in zip(dates, dates[1:]):
        b, a = date.fromisoformat(before), date.fromisoformat(after)
        if (a - b).days >= 3:
            return date.fromordinal(b.toordinal() + 1).isoformat()
    raise AssertionError("no gap of three days in the dates")


def source_param(layer, name: str) -> str:
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    return uri.param(name)


# ---------------------------------------------------------------------------------------------- capabilities


def test_wmts_capabilities_have_the_real_layer_names_and_time_values(web, sandbox_dates) -> None:
    caps = ws.fetch_capabilities("wmts")
    assert REAL_NAMES <= set(caps.names())
    ndvi = caps.layer("CGS_S2_NDVI")
    assert ndvi.title == "Sentinel-2 NDVI"
    assert ndvi.time_dimension == "time"
    assert list(ndvi.dates) == sandbox_dates["CGS_S2_NDVI"]
    assert ndvi.default_date == sandbox_dates["CGS_S2_NDVI"][-1]  # the sandbox's Default: the latest
    assert {"image/png", "image/jpeg"} <= set(ndvi.formats)
    assert ndvi.tile_matrix_sets == ("EPSG:3857",)
    west, south, east, north = ndvi.wgs84_bbox
    assert 2 < west < east < 7 and 49 < south < north < 52
    tms = caps.tile_matrix_sets["EPSG:3857"]
    assert tms.crs == "EPSG:3857"
    assert tms.matrices == tuple(f"EPSG:3857:{z}" for z in range(19))
    assert caps.url.endswith("/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities")


def test_wms_capabilities_have_the_same_layers_with_crs_and_time(web, sandbox_dates) -> None:
    caps = ws.fetch_capabilities("wms")
    assert REAL_NAMES <= set(caps.names())
    fapar = caps.layer("CGS_S2_FAPAR")
    assert "EPSG:3857" in fapar.crs and "EPSG:31370" in fapar.crs  # inherited from the root layer
    assert list(fapar.dates) == sandbox_dates["CGS_S2_FAPAR"]
    assert fapar.time_extent.split(",") == sandbox_dates["CGS_S2_FAPAR"]
    assert "image/png" in fapar.formats


def test_unknown_layer_name_lists_the_close_names(web) -> None:
    caps = ws.fetch_capabilities("wmts")
    with pytest.raises(InvalidInputError) as error:
        caps.layer("CGS_S2_NDVII")
    assert "CGS_S2_NDVII" in str(error.value) and "CGS_S2_NDVI" in str(error.value)
    with pytest.raises(InvalidInputError, match="WORLDCOVER_2021_MAP"):
        api.add_wmts("WORLDCOVER_2012_MAP")
    assert caps.layer("cgs_s2_ndvi").name == "CGS_S2_NDVI"  # case does not matter when it is unambiguous
    assert QgsProject.instance().count() == 0


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ({"kind": "status", "status": 503}, "is busy or failing (HTTP 503"),
        ({"kind": "html", "status": 502}, "HTTP 502: 502 Service Temporarily Unavailable"),
        ({"kind": "html", "status": 200}, "sent a web page (200 Service Temporarily Unavailable)"),
        ({"kind": "malformed"}, "cannot be read (not XML)"),
    ],
)
@pytest.mark.parametrize("service", ["wmts", "wms"])
def test_capabilities_faults_give_one_clear_sentence(web, service, fault, expected) -> None:
    web.ctx.faults.add(path=f"/{service}/v2", times=1, **fault)
    with pytest.raises(NetworkError) as error:
        ws.fetch_capabilities(service)
    message = str(error.value)
    assert expected in message
    assert f"Terrascope {service.upper()} service" in message
    assert "Traceback" not in message and "REQUEST=" not in message  # no query strings in messages


def test_an_exception_report_is_a_sentence() -> None:
    report = (
        b'<?xml version="1.0"?><ExceptionReport xmlns="http://www.opengis.net/ows/1.1" version="1.1.0">'
        b'<Exception exceptionCode="NoApplicableCode"><ExceptionText>GeoTrellis backend down</ExceptionText>'
        b"</Exception></ExceptionReport>"
    )
    with pytest.raises(NetworkError, match="refused to describe its layers: GeoTrellis backend down"):
        ws.parse_wmts_capabilities(report, "https://services.terrascope.be/wmts/v2?SERVICE=WMTS")


def test_time_values_and_ranges() -> None:
    assert ws.expand_time_values(["2021-01-03/2021-01-07/P2D", "2020-05-01T10:00:00Z", "x"]) == [
        "2020-05-01",
        "2021-01-03",
        "2021-01-05",
        "2021-01-07",
    ]
    dates = ["2025-06-01", "2025-06-04", "2025-06-10"]
    assert ws.nearest_date(dates, "2025-06-02") == "2025-06-01"
    assert ws.nearest_date(dates, date(2025, 6, 7)) == "2025-06-04"  # a tie goes to the earlier date
    assert ws.nearest_date(dates, "2030-01-01") == "2025-06-10"
    day = ws._py_datetime  # frames as the Temporal Controller gives them
    r = day_range("2025-06-04")
    assert ws.date_for_range(dates, day(r.begin()), day(r.end())) == "2025-06-04"
    r = day_range("2025-06-05")  # no data that day: the nearest one
    assert ws.date_for_range(dates, day(r.begin()), day(r.end())) == "2025-06-04"
    r = day_range("2025-06-01", days=30)  # a month: the latest date in it
    assert ws.date_for_range(dates, day(r.begin()), day(r.end())) == "2025-06-10"
    assert ws.date_for_range(dates, None, None) is None
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        ws.to_date("June 3rd")


# ---------------------------------------------------------------------------------------------- WMTS


def test_wmts_layer_is_valid_with_the_right_tile_matrix_set_and_time(web, sandbox_dates) -> None:
    caps = ws.fetch_capabilities("wmts")
    day = sandbox_dates["CGS_S2_NDVI"][3]
    web.ctx.stats.reset()
    layer = ws.add_web_layer(caps, "CGS_S2_NDVI", day, follow=False)

    assert layer.isValid() and layer.providerType() == "wms"
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.name() == f"Sentinel-2 NDVI · {day} (WMTS)"
    assert layer.crs().authid() == "EPSG:3857"
    assert source_param(layer, "tileMatrixSet") == "EPSG:3857"
    assert source_param(layer, "tileDimensions") == f"time={day}"
    meta = layer.metadata()
    assert meta.title() == "Sentinel-2 NDVI" and meta.identifier() == "CGS_S2_NDVI"
    assert meta.links()[0].type == "OGC:WMTS"
    assert meta.extent().temporalExtents()[0].begin().date() == QDate.fromString(
        sandbox_dates["CGS_S2_NDVI"][0], "yyyy-MM-dd"
    )

    opaque, _ = render(layer)
    tiles = ows_requests(web, "/wmts/v2", "GetTile")
    assert opaque > 0
    assert tiles
    assert {t["tilematrixset"] for t in tiles} == {"EPSG:3857"}
    assert all(t["tilematrix"].startswith("EPSG:3857:") for t in tiles)
    assert {t["time"] for t in tiles} == {day}
    assert {t["layer"] for t in tiles} == {"CGS_S2_NDVI"}


def test_a_date_without_data_shows_the_nearest_date_with_data(web, sandbox_dates) -> None:
    dates = sandbox_dates["CGS_S2_LAI"]
    gap = gap_after(dates)
    before = max(d for d in dates if d < gap)
    layer = api.add_wmts("CGS_S2_LAI", time=gap, follow=False)
    assert source_param(layer, "tileDimensions") == f"time={before}"
    web.ctx.stats.reset()
    opaque, _ = render(layer)
    assert opaque > 0
    assert {t["time"] for t in ows_requests(web, "/wmts/v2", "GetTile")} == {before}


def test_wmts_time_follows_the_temporal_controller(web, sandbox_dates, qgis_canvas) -> None:
    dates = sandbox_dates["CGS_S2_FAPAR"]
    qgis_canvas.setTemporalRange(unbounded())  # the controller is off
    layer = ws.add_web_layer(ws.fetch_capabilities("wmts"), "CGS_S2_FAPAR", dates[0], canvas=qgis_canvas)
    follower = ws.follower_of(layer)
    assert follower is not None and follower.pinned_date == dates[0]
    layer.renderer().setOpacity(0.4)
    layer_id = layer.id()
    tree_layer = QgsProject.instance().layerTreeRoot().findLayer(layer_id)

    # a frame on a day with data: that day
    qgis_canvas.setTemporalRange(day_range(dates[5]))
    assert follower.current_date == dates[5]
    web.ctx.stats.reset()
    opaque, _ = render(layer)
    assert opaque > 0
    assert {t["time"] for t in ows_requests(web, "/wmts/v2", "GetTile")} == {dates[5]}

    # a frame on a day without data: the nearest date with data
    gap = gap_after(dates[6:])
    nearest = max(d for d in dates if d < gap)
    qgis_canvas.setTemporalRange(day_range(gap))
    web.ctx.stats.reset()
    render(layer)
    assert {t["time"] for t in ows_requests(web, "/wmts/v2", "GetTile")} == {nearest}

    # the same layer, in the same place of the tree, with its style and metadata; the name follows the date
    assert QgsProject.instance().mapLayer(layer_id) is layer
    assert QgsProject.instance().layerTreeRoot().findLayer(layer_id) is tree_layer
    assert layer.renderer().opacity() == pytest.approx(0.4)
    assert layer.metadata().identifier() == "CGS_S2_FAPAR"
    assert layer.name() == f"Sentinel-2 FAPAR · {nearest} (WMTS)"
    layer.setName("my FAPAR")  # a name the user chose stays
    qgis_canvas.setTemporalRange(day_range(dates[7]))
    assert layer.name() == "my FAPAR"

    # controller off again: the picked date
    qgis_canvas.setTemporalRange(unbounded())
    assert follower.current_date == dates[0]
    assert follower.set_pinned_date(dates[2]) == dates[2]
    assert source_param(layer, "tileDimensions") == f"time={dates[2]}"

    # removing the layer removes its follower; unloading detaches the others
    QgsProject.instance().removeMapLayer(layer_id)
    qgis_canvas.setTemporalRange(day_range(dates[9]))  # nothing may touch the deleted layer
    other = ws.add_web_layer(ws.fetch_capabilities("wmts"), "CGS_S2_FAPAR", canvas=qgis_canvas)
    assert ws.detach_followers() == 1
    qgis_canvas.setTemporalRange(day_range(dates[10]))
    assert source_param(other, "tileDimensions") == f"time={dates[9]}"
    qgis_canvas.setTemporalRange(unbounded())


def test_a_reopened_project_follows_the_controller_again(web, sandbox_dates, qgis_canvas, tmp_path) -> None:
    """The follower is saved as a layer property; after reopening, the capabilities come in a task and the
    layer follows the Temporal Controller again, from the date it was saved with."""
    from tests.qt_wait import wait_until

    dates = sandbox_dates["CGS_S2_FAPAR"]
    qgis_canvas.setTemporalRange(unbounded())
    project = QgsProject.instance()
    layer = ws.add_web_layer(ws.fetch_capabilities("wmts"), "CGS_S2_FAPAR", dates[3], canvas=qgis_canvas)
    fixed = ws.add_web_layer(ws.fetch_capabilities("wmts"), "CGS_S2_FAPAR", dates[4], follow=False)
    assert ws.follower_of(fixed) is None
    following_id, fixed_id = layer.id(), fixed.id()
    path = tmp_path / "followers.qgz"
    assert project.write(str(path))
    project.clear()

    assert project.read(str(path))
    reopened, kept = project.mapLayer(following_id), project.mapLayer(fixed_id)
    assert ws.follower_of(reopened) is None, "nothing before the capabilities came"
    task = ws.restore_followers(project, qgis_canvas)
    assert task is not None
    wait_until(lambda: ws.follower_of(reopened) is not None, 30)
    assert ws.follower_of(reopened).pinned_date == dates[3] and ws.follower_of(kept) is None
    qgis_canvas.setTemporalRange(day_range(dates[6]))
    assert source_param(reopened, "tileDimensions") == f"time={dates[6]}"
    assert source_param(kept, "tileDimensions") == f"time={dates[4]}"
    assert ws.restore_followers(project, qgis_canvas) is None, "followed already"
    qgis_canvas.setTemporalRange(unbounded())
    project.clear()


def test_following_the_controller_asks_the_capabilities_once(web, sandbox_dates, qgis_canvas) -> None:
    """Switching the date reuses QGIS's cached capabilities: only tiles travel."""
    dates = sandbox_dates["CGS_S2_FCOVER"]
    qgis_canvas.setTemporalRange(unbounded())
    caps = ws.fetch_capabilities("wmts")
    web.ctx.stats.reset()
    ws.add_web_layer(caps, "CGS_S2_FCOVER", canvas=qgis_canvas)
    added = len(ows_requests(web, "/wmts/v2", "GetCapabilities"))
    for day in dates[:10]:
        qgis_canvas.setTemporalRange(day_range(day))
    switched = len(ows_requests(web, "/wmts/v2", "GetCapabilities")) - added
    print(f"GetCapabilities when adding: {added}; for 10 date switches: {switched}")
    assert added <= 1
    assert switched == 0
    qgis_canvas.setTemporalRange(unbounded())


# ---------------------------------------------------------------------------------------------- WMS-T


def test_wms_t_layer_follows_the_temporal_controller_natively(web, sandbox_dates) -> None:
    dates = sandbox_dates["CGS_S2_RADIOMETRY"]
    layer = api.add_wmts("CGS_S2_RADIOMETRY", time=dates[1], service="wms")
    assert layer.isValid()
    assert layer.name() == "Sentinel-2 true colour (TOC reflectance) (WMS-T)"
    assert source_param(layer, "type") == "wmst"
    assert layer.dataProvider().temporalCapabilities().hasTemporalCapabilities()
    properties = layer.temporalProperties()
    assert properties.isActive()
    assert (
        properties.intervalHandlingMethod() == Qgis.TemporalIntervalMatchMethod.FindClosestMatchToStartOfRange
    )

    web.ctx.stats.reset()
    opaque, _ = render(layer)  # no temporal range: the picked date
    assert opaque > 0
    assert [m["time"] for m in ows_requests(web, "/wms/v2", "GetMap")] == [dates[1]]

    web.ctx.stats.reset()
    render(layer, day_range(dates[4]))
    assert [m["time"] for m in ows_requests(web, "/wms/v2", "GetMap")] == [dates[4]]

    gap = gap_after(dates[5:])
    web.ctx.stats.reset()
    render(layer, day_range(gap))  # QGIS takes the latest date at or before the frame's start
    assert [m["time"] for m in ows_requests(web, "/wms/v2", "GetMap")] == [max(d for d in dates if d < gap)]


def test_wms_layer_without_following_keeps_its_date(web, sandbox_dates) -> None:
    dates = sandbox_dates["CGS_S2_LAI"]
    layer = api.add_wmts("CGS_S2_LAI", time=dates[2], service="wms", follow=False)
    assert layer.name() == f"Sentinel-2 LAI · {dates[2]} (WMS)"
    assert not layer.temporalProperties().isActive()
    web.ctx.stats.reset()
    opaque, _ = render(layer, day_range(dates[6]))
    assert opaque > 0
    maps = ows_requests(web, "/wms/v2", "GetMap")
    assert [m["time"] for m in maps] == [dates[2]]
    assert maps[0]["crs"] == "EPSG:3857"


def test_console_lists_the_web_layers(web) -> None:
    names = {layer.name for layer in api.web_layers()}
    assert REAL_NAMES <= names
    assert REAL_NAMES <= {layer.name for layer in api.web_layers("wms")}
    with pytest.raises(InvalidInputError, match='"wfs" is not a Terrascope web service'):
        api.web_layers("wfs")


# ---------------------------------------------------------------------------------------------- panel


@pytest.fixture()
def panel(web, qgis_canvas):
    widget = WebServicesPanel(qgis_canvas)
    yield widget
    widget.teardown()
    widget.deleteLater()


def test_panel_lists_filters_and_adds_a_layer(panel, web, sandbox_dates, qgis_canvas) -> None:
    qgis_canvas.setTemporalRange(unbounded())
    panel.show()  # the first show loads the capabilities, in a task
    wait_until(panel.is_loading)
    wait_until(lambda: "wmts" in panel.capabilities)
    assert REAL_NAMES <= set(panel.visible_names())

    panel.filter_edit.setText("worldcover")
    assert panel.visible_names() == ["WORLDCOVER_2020_MAP", "WORLDCOVER_2021_MAP"]
    panel.filter_edit.setText("ndvi")
    assert "CGS_S2_NDVI" in panel.visible_names() and "CGS_S2_FAPAR" not in panel.visible_names()
    panel.filter_edit.setText("")

    panel.select_layer("CGS_S2_NDVI")
    dates = sandbox_dates["CGS_S2_NDVI"]
    offered = [panel.date_combo.itemData(i) for i in range(panel.date_combo.count())]
    assert offered == list(reversed(dates))  # exactly the advertised dates, newest first
    assert panel.selected_date() == dates[-1]
    gap = gap_after(dates)
    panel.date_edit.setDate(QDate.fromString(gap, "yyyy-MM-dd"))  # any day: the nearest date with data
    nearest = max(d for d in dates if d < gap)
    assert panel.selected_date() == nearest
    assert panel.date_edit.date().toString("yyyy-MM-dd") == nearest

    layer = panel.add_selected()
    assert layer is not None and layer.isValid()
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert source_param(layer, "tileDimensions") == f"time={nearest}"
    assert ws.follower_of(layer) is not None
    assert layer.name() in panel.message_label.text()

    panel.set_service("wms")  # the other service loads when it is chosen
    wait_until(lambda: "wms" in panel.capabilities)
    panel.select_layer("WORLDCOVER_2021_MAP")
    assert panel.date_combo.count() == 1 and not panel.follow_check.isEnabled()
    wms_layer = panel.add_selected()
    assert wms_layer.isValid() and source_param(wms_layer, "layers") == "WORLDCOVER_2021_MAP"


def test_panel_never_blocks_on_a_slow_service(panel, web) -> None:
    # every request of the test is slow, so the panel's own request is slow whatever else asks the service
    # (once in CI the timer ticked only once: most likely another request had taken the single slow answer)
    web.ctx.faults.add(path="/wmts/v2", kind="latency", delay=1.5)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    panel.show()
    wait_until(panel.is_loading)
    # the request runs in a task: the UI thread is free
    assert panel.status_label.text() == "Loading the layers…"
    assert not panel.reload_button.isEnabled()
    wait_until(lambda: not panel.is_loading())
    timer.stop()
    assert len(ticks) > 5  # the event loop kept running while the service was slow
    assert REAL_NAMES <= set(panel.visible_names())


def test_panel_says_what_failed_and_reloads(panel, web) -> None:
    web.ctx.faults.add(path="/wmts/v2", kind="status", status=503, times=1)
    panel.show()
    wait_until(lambda: "wmts" in panel.errors)
    text = panel.status_label.text()
    assert "The Terrascope WMTS service is busy or failing (HTTP 503" in text
    assert "reload" in text
    assert panel.layer_list.topLevelItemCount() == 0 and not panel.add_button.isEnabled()
    assert panel.add_selected() is None and "Choose a layer" in panel.message_label.text()

    panel.reload_button.click()  # the fault is gone: it works now
    wait_until(lambda: "wmts" in panel.capabilities)
    assert panel.status_label.text() == ""
    assert REAL_NAMES <= set(panel.visible_names())


def test_dock_has_a_web_services_section_that_loads_when_opened(web) -> None:
    from terrascope_explorer.ui.dock import TerrascopeDock

    dock = TerrascopeDock()
    dock.set_up_web_services(None)
    group = dock.webServicesGroup
    try:
        assert group.title() == "Web services"
        assert dock.web_services_panel.parent() is group
        dock.show()
        group.setCollapsed(True)
        QCoreApplication.processEvents()
        assert not dock.web_services_panel.is_loading() and not dock.web_services_panel.capabilities
        group.setCollapsed(False)  # opening the section loads the layers
        wait_until(lambda: "wmts" in dock.web_services_panel.capabilities)
    finally:
        dock.tear_down_search()
        dock.hide()
        dock.deleteLater()
