"""The Search and Results panels against the sandbox: what a user does, what the list and the map show.

The panels are the real widgets of the dock, on pytest-qgis's canvas and project; the searches go to the
sandbox's STAC API. A screenshot of the dock after a search goes to ``artifacts/search/``.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt

from terrascope_explorer.core.catalogue import area_km2
from terrascope_explorer.core.products import parse_datetime
from terrascope_explorer.core.thumbnails import ThumbnailLoader
from terrascope_explorer.ui.results_panel import PRODUCT_ROLE, ProductDialog, ResultsPanel
from terrascope_explorer.ui.search_controller import connect_search
from terrascope_explorer.ui.search_panel import AREA_CANVAS, AREA_NONE, SearchPanel
from tests import qt_wait

S2 = "terrascope-s2-toc-v2"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "search"


def wait_until(condition, timeout: float = 60.0) -> None:
    qt_wait.wait_until(condition, timeout)


no_task_left_running = qt_wait.no_task_left_running


@pytest.fixture()
def panels(sandbox, qgis_canvas, qgis_new_project, tmp_path):
    """A search panel with its collections loaded and a results panel, wired as in the dock."""
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.resize(600, 400)
    qgis_canvas.setExtent(QgsRectangle(2.5, 50.0, 6.5, 52.0))
    search = SearchPanel(qgis_canvas)
    results = ResultsPanel(qgis_canvas, thumbnails=ThumbnailLoader(tmp_path / "thumbs"))
    search.searchRequested.connect(results.start_search)
    search.load_collections()
    wait_until(lambda: search.collections)
    yield search, results
    search.teardown()
    results.teardown()
    wait_until(lambda: not results.busy)
    QgsProject.instance().removeAllMapLayers()


def run_search(search: SearchPanel, results: ResultsPanel) -> None:
    search.request_search()
    assert search.message.text() == ""
    wait_until(lambda: results.search is not None and not results.busy)


def listed_ids(results: ResultsPanel) -> list[str]:
    return [p.id for p in results.model.products]


def test_collections_are_listed_by_mission_with_a_text_filter(sandbox, panels) -> None:
    search, _results = panels
    model = search.collection_model
    missions = [model.item(r).text() for r in range(model.rowCount())]
    assert "Sentinel-2" in missions and len(missions) == len(set(missions))
    titles = {item.text() for item in search._collection_items()}
    assert titles == {c["title"] for c in sandbox.ctx.collections}
    search.collection_filter.setText("worldcover")
    proxy = search.collection_proxy
    visible = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert visible == ["WorldCover"]
    search.collection_filter.setText("")
    assert proxy.rowCount() == len(missions)


def test_search_lists_products_and_footprints_and_loads_more(sandbox, panels) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    search.cloud_spin.setValue(60)
    run_search(search, results)
    expected = {i["id"] for i in sandbox.ctx.items_of(S2) if i["properties"]["eo:cloud_cover"] <= 60}
    assert results.search.matched == len(expected)
    first = len(listed_ids(results))
    assert first == min(100, len(expected))
    assert results.count_label.text() == f"{first} of {len(expected)} products"
    layer = results.layer
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.featureCount() == first
    assert int(layer.customProperty("skipMemoryLayersCheck")) == 1, "no 'scratch layer' warning at close"
    feature = next(layer.getFeatures())
    product = next(p for p in results.model.products if p.id == feature["id"])
    assert (feature["collection"], feature["tile"]) == (S2, product.tile)
    assert feature["cloud_cover"] == pytest.approx(product.cloud_cover)
    assert feature.geometry().boundingBox().contains(product.footprint.centroid().asPoint())
    while results.search.has_more:
        results.load_more()
        wait_until(lambda: not results.busy)
    assert sorted(listed_ids(results)) == sorted(expected), "every matching product, no duplicates"
    assert layer.featureCount() == len(expected)
    assert not results.load_more_button.isVisible()


def test_selection_is_synced_both_ways(sandbox, panels) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    run_search(search, results)
    view, layer = results.view, results.layer
    view.selectionModel().select(
        results.proxy.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = results.selected_products()[0]
    assert [f["id"] for f in layer.getSelectedFeatures()] == [chosen.id]

    targets = results.model.products[10:13]
    fids = [f.id() for f in layer.getFeatures() if f["id"] in {p.id for p in targets}]
    layer.selectByIds(fids)
    assert {p.id for p in results.selected_products()} == {p.id for p in targets}


def test_sorting_by_cloud_cover_asks_the_server_when_results_are_partial(sandbox, panels) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    search.request_search()
    wait_until(lambda: results.search is not None and not results.busy)
    sandbox.ctx.stats.reset()
    results.sort_combo.setCurrentIndex(2)  # least cloudy first
    wait_until(lambda: not results.busy and results.model.products)
    assert len([r for r in sandbox.ctx.stats.snapshot() if "/stac/search" in r["path"]]) == 1, (
        "searched again"
    )
    proxy = results.proxy
    shown = [proxy.data(proxy.index(r, 0), PRODUCT_ROLE).cloud_cover for r in range(proxy.rowCount())]
    assert shown == sorted(shown) and len(shown) == len(results.model.products)
    results.load_all()
    wait_until(lambda: not results.busy)
    shown = [proxy.data(proxy.index(r, 0), PRODUCT_ROLE).cloud_cover for r in range(proxy.rowCount())]
    all_clouds = sorted(i["properties"]["eo:cloud_cover"] for i in sandbox.ctx.items_of(S2))
    assert shown == pytest.approx(all_clouds), "once everything is here, the whole list is in order"


def test_canvas_area_in_a_projected_crs(sandbox, panels, qgis_canvas) -> None:
    search, results = panels
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32631"))
    qgis_canvas.setExtent(QgsRectangle(580000, 5620000, 600000, 5640000))
    search.set_area_mode(AREA_CANVAS)
    area = search.search_area()
    extent = qgis_canvas.extent()  # what the canvas shows (its aspect ratio widens the rectangle asked for)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    for ref in (utm, wgs84):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(utm, wgs84)
    corners = [
        to_wgs84.TransformPoint(x, y)[:2]
        for x in (extent.xMinimum(), extent.xMaximum())
        for y in (extent.yMinimum(), extent.yMaximum())
    ]
    box = area.boundingBox()
    assert box.xMinimum() == pytest.approx(min(c[0] for c in corners), abs=1e-4)
    assert box.xMaximum() == pytest.approx(max(c[0] for c in corners), abs=1e-4)
    assert box.yMinimum() == pytest.approx(min(c[1] for c in corners), abs=1e-3)
    assert box.yMaximum() == pytest.approx(max(c[1] for c in corners), abs=1e-3)
    assert search.area_label.text().startswith("Area: ")
    km2 = area_km2(area)
    canvas_km2 = qgis_canvas.extent().area() / 1e6
    assert km2 == pytest.approx(canvas_km2, rel=0.02)


def test_same_day_tiles_and_dates(sandbox, panels) -> None:
    search, results = panels
    items = sandbox.ctx.items_of(S2)
    days = sorted({parse_datetime(i["properties"]["datetime"]).date() for i in items})
    day = next(
        d for d in days if sum(parse_datetime(i["properties"]["datetime"]).date() == d for i in items) > 1
    )
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    search.set_dates(day, day)
    run_search(search, results)
    expected = {i["id"] for i in items if parse_datetime(i["properties"]["datetime"]).date() == day}
    assert set(listed_ids(results)) == expected and len(expected) > 1
    assert len({p.tile for p in results.model.products}) > 1


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda s: s.set_selected_collections([]), "Choose at least one collection"),
        (lambda s: s.set_dates(date(2025, 6, 2), date(2025, 6, 1)), "before the start date"),
    ],
)
def test_bad_input_shows_a_message_and_searches_nothing(sandbox, panels, setup, words) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    setup(search)
    search.request_search()
    assert words in search.message.text() and search.message.isVisibleTo(search)
    assert results.search is None
    assert [r for r in sandbox.ctx.stats.snapshot() if "/stac/search" in r["path"]] == []


def test_a_server_failure_is_shown_in_the_results(sandbox, panels) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    sandbox.ctx.faults.add(path="/stac/search", kind="html", status=502, times=1)
    run_search(search, results)
    assert "HTTP 502" in results.message.text() and results.model.products == []


def test_a_new_search_cancels_the_running_one(sandbox, panels) -> None:
    search, results = panels
    others = [c["id"] for c in sandbox.ctx.collections if c["id"] != S2]
    sandbox.ctx.faults.add(path="/stac/search", kind="latency", delay=2, times=1)
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    search.request_search()
    wait_until(lambda: results.busy and results.task.status() == results.task.Running)
    time.sleep(0.3)  # the first request is on its way, held by the server
    search.set_selected_collections([others[0]])
    started = time.monotonic()
    run_search(search, results)
    assert time.monotonic() - started < 1.8, "the second search did not wait for the first"
    time.sleep(0.3)
    QCoreApplication.processEvents()
    assert {p.collection for p in results.model.products} == {others[0]}
    assert results.layer.featureCount() == len(results.model.products)


def test_a_page_costs_the_main_thread_little(sandbox, panels) -> None:
    search, results = panels
    durations = []
    on_page = results._on_page

    def timed(page) -> None:
        started = time.perf_counter()
        on_page(page)
        durations.append(time.perf_counter() - started)

    results._on_page = timed
    search.set_selected_collections([c.id for c in search.collections])
    search.set_area_mode(AREA_NONE)
    run_search(search, results)
    results.load_all()
    wait_until(lambda: not results.busy)
    assert len(results.model.products) == len(sandbox.ctx.items)
    assert max(durations) < 0.1, f"a page held the main thread {max(durations) * 1000:.0f} ms"


def test_thumbnails_load_in_the_background_and_are_cached_on_disk(sandbox, panels, tmp_path) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    run_search(search, results)
    assert results.model.products, "the list is shown before any thumbnail"
    first = results.model.products[:5]
    for row in range(5):
        results.model.data(results.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    wait_until(lambda: all(results.thumbnails.image(p.thumbnail_url) for p in first))
    previews = [r for r in sandbox.ctx.stats.snapshot() if r["path"].startswith("/titiler/")]
    assert len(previews) == 5 and not any(r.get("auth") for r in previews)
    assert len(list((tmp_path / "thumbs").glob("*.img"))) == 5
    sandbox.ctx.stats.reset()
    again = ThumbnailLoader(tmp_path / "thumbs")
    assert all(again.request(p.thumbnail_url) is not None for p in first)
    assert [r for r in sandbox.ctx.stats.snapshot() if r["path"].startswith("/titiler/")] == []


def test_detail_dialog_lists_properties_and_assets(sandbox, panels) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    run_search(search, results)
    product = results.model.products[0]
    dialog = results.show_details(product)
    assert isinstance(dialog, ProductDialog)
    assert dialog.properties.topLevelItemCount() == len(product.properties)
    keys = {dialog.assets.topLevelItem(i).text(0) for i in range(dialog.assets.topLevelItemCount())}
    assert keys == set(product.assets)
    dialog.close()


def test_zoom_and_hover(sandbox, panels, qgis_canvas) -> None:
    search, results = panels
    search.set_selected_collections([S2])
    search.set_area_mode(AREA_NONE)
    run_search(search, results)
    product = results.model.products[0]
    results.zoom_to([product])
    assert qgis_canvas.extent().contains(product.footprint.boundingBox())
    results._on_hover(results.proxy.index(0, 0))
    assert results.hovered is not None and results._hover.numberOfVertices() >= 4


def test_dock_after_a_search_fits_a_laptop(sandbox, qgis_iface, qgis_canvas, qgis_new_project) -> None:
    """The dock at 350 px wide after a search: saved to artifacts/search/dock-search.png to look at."""
    from qgis.PyQt.QtWidgets import QWidget

    from terrascope_explorer.ui.dock import TerrascopeDock

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.setExtent(QgsRectangle(3.5, 50.5, 5.5, 51.5))
    dock = TerrascopeDock()
    search, results = connect_search(dock, qgis_canvas)
    try:
        dock.resize(350, 1100)
        dock.show()
        wait_until(lambda: search.collections)
        search.set_selected_collections([S2])
        search.cloud_spin.setValue(50)
        run_search(search, results)
        for row in range(min(12, len(results.model.products))):
            results.model.data(results.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        wait_until(lambda: results.thumbnails.pending() == 0)
        QCoreApplication.processEvents()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert dock.grab().save(str(ARTIFACTS / "dock-search.png"))
        widths = {
            "login": dock.login_panel.minimumSizeHint().width(),
            "search": search.minimumSizeHint().width(),
            "results": results.minimumSizeHint().width(),
        }
        print("minimum widths", widths)
        assert widths["search"] <= 330 and widths["results"] <= 330, widths
        contents = dock.scrollContents
        assert contents.minimumSizeHint().width() <= 350, "no horizontal scroll bar at 350 px"
        assert results.model.products
        header = results.view.header()
        for column in range(header.count()):  # no header label elided ("Clo…") at 350 px
            label = results.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(label) + 8, label
        assert sum(header.sectionSize(c) for c in range(header.count())) <= results.view.viewport().width()
        date_width = results.view.iconSize().width() + header.fontMetrics().horizontalAdvance("2026-08-19")
        assert header.sectionSize(0) >= date_width + 8, "the date is not elided either"
        for widget in (search.search_button, results.view):
            assert widget.isVisible() and isinstance(widget, QWidget)
    finally:
        dock.tear_down_search()
        dock.login_panel.cancel()
        dock.hide()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QgsProject.instance().removeAllMapLayers()


# ------------------------------------------------------------------ add to map, download


def test_double_click_adds_the_product_to_a_group_for_the_search(sandbox, panels, tmp_path) -> None:
    from terrascope_explorer import api
    from terrascope_explorer.core import settings

    search, results = panels
    settings.LAYER_CACHE_FOLDER.set_value(str(tmp_path / "layer-cache"))
    api.login("demo", "demo", remember=False)
    try:
        search.set_selected_collections(["terrascope-s2-ndvi-v2"])
        search.date_preset.setCurrentIndex(0)
        run_search(search, results)
        assert not results.add_button.isEnabled(), "nothing selected: nothing to add"
        first = results.proxy.index(0, 0)
        results.view.selectionModel().select(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        assert results.add_button.isEnabled() and results.download_button.isEnabled()
        labels = [a.text() for a in results.add_button.menu().actions()]
        assert labels[0] == "Add to map" and "Choose bands…" in labels

        results.view.doubleClicked.emit(first)
        wait_until(lambda: not results.layer_actions.tasks)
        product = results.proxy.data(first, PRODUCT_ROLE)
        added = [
            layer for layer in QgsProject.instance().mapLayers().values() if product.tile in layer.name()
        ]
        assert len(added) == 1 and added[0].isValid() and added[0].providerType() == "gdal"
        node = QgsProject.instance().layerTreeRoot().findLayer(added[0].id())
        assert node.parent().name().startswith("Terrascope · terrascope-s2-ndvi-v2 · ")
    finally:
        api.logout()
        settings.LAYER_CACHE_FOLDER.remove()
