"""Run by ``qgis --code``: a user's first minutes with Terrascope Explorer, screenshotted for the README.

Through the dock's own widgets, against the sandbox (``TERRASCOPE_SANDBOX``): log in as demo, search
Sentinel-2 reflectance over Brussels with at most 30 % cloud, pick the least cloudy product, add it to the
map (true colour), zoom to it, and open the time-series panel. Screenshots go to ``$TERRASCOPE_TOUR_DIR``
(``tour-*.png``) with a JSON report (``tour.json``); QGIS quits with 0 when every step worked.
Nothing may escape from here: an exception from a ``--code`` script opens a dialog nobody closes.
"""


def _terrascope_tour() -> None:  # one function: QGIS runs this file in the console's namespace
    import json
    import os
    import time
    import traceback
    from pathlib import Path

    import qgis.utils
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QItemSelectionModel, QTimer
    from qgis.PyQt.QtWidgets import QAction, QDockWidget

    out = Path(os.environ.get("TERRASCOPE_TOUR_DIR", "artifacts/tour"))
    out.mkdir(parents=True, exist_ok=True)
    iface = qgis.utils.iface
    main_window = iface.mainWindow()
    report = {"steps": [], "errors": []}

    def save() -> None:
        (out / "tour.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    def step(name: str, ok: bool, detail="") -> None:
        report["steps"].append({"name": name, "ok": bool(ok), "detail": str(detail)})
        save()  # after every step: if QGIS hangs, the report says how far it got
        print(f"tour: {name}: {'ok' if ok else 'FAILED'} {detail}", flush=True)
        if not ok:
            raise RuntimeError(f"{name}: {detail}")

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_for(condition, timeout_s: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if condition():
                return True
            settle(100)
        return bool(condition())

    def shoot(name: str, widget=None) -> None:
        settle(500)
        path = out / f"tour-{name}.png"
        (widget or main_window).grab().save(str(path))
        report["steps"].append({"name": f"screenshot {name}", "ok": path.is_file(), "detail": str(path)})

    def tour() -> None:
        project = QgsProject.instance()
        canvas = iface.mapCanvas()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")

        def zoom(rectangle_wgs84: QgsRectangle) -> None:
            """Zoom the canvas (whatever its CRS: the first layer added sets it) to a WGS 84 rectangle."""
            to_map = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), project)
            canvas.setExtent(to_map.transformBoundingBox(rectangle_wgs84))
            canvas.refresh()
            settle(1500)
            wait_for(lambda: not canvas.isDrawing(), 60)

        zoom(QgsRectangle(4.15, 50.70, 4.65, 50.97))  # Brussels

        dock = main_window.findChild(QDockWidget, "TerrascopeExplorerDock")
        if not dock.isVisible():  # QGIS may restore it open from the last session
            main_window.findChild(QAction, "mActionTerrascopeExplorer").trigger()
        step("dock shown", wait_for(dock.isVisible, 10))
        search, results, login = dock.search_panel, dock.results_panel, dock.login_panel

        login.usernameEdit.setText("demo")
        login.passwordEdit.setText("demo")
        login.rememberCheck.setChecked(False)
        login.loginButton.click()
        from terrascope_explorer import api

        step(
            "logged in", wait_for(api.is_logged_in, 30) and wait_for(lambda: api.current_user() == "demo", 30)
        )

        step("collections listed", wait_for(lambda: bool(search.collections), 60))
        search.set_selected_collections(["terrascope-s2-toc-v2"])
        search.cloud_spin.setValue(30)
        search.search_button.click()
        step("search finished", wait_for(lambda: results.search is not None and not results.busy, 60))
        step("products listed", results.model.rowCount() > 0, results.model.rowCount())
        results.sort_combo.setCurrentIndex(2)  # least cloudy first
        settle(300)
        first = results.proxy.index(0, 0)
        results.view.selectionModel().select(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        shoot("search", dock)

        before = set(project.mapLayers())
        results.add_button.click()
        step("layer added", wait_for(lambda: bool(set(project.mapLayers()) - before), 90))
        added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        raster = next(layer for layer in added if isinstance(layer, QgsRasterLayer))
        step("layer valid", raster.isValid(), raster.name())
        zoom(results.selected_products()[0].footprint.boundingBox())
        shoot("map")

        series = main_window.findChild(QAction, "mActionTerrascopeTimeSeries")
        step("time-series button", series is not None)
        series.trigger()
        panel = main_window.findChild(QDockWidget, "TerrascopeTimeSeriesDock")
        step("time-series panel shown", wait_for(lambda: panel is not None and panel.isVisible(), 10))
        wait_for(lambda: panel.collection_combo.count() > 0, 30)
        from qgis.core import QgsGeometry, QgsPointXY
        from qgis.PyQt.QtCore import QDate

        panel.start_edit.setDate(QDate(2025, 9, 1))
        panel.end_edit.setDate(QDate(2026, 8, 31))
        panel.set_place(QgsGeometry.fromPointXY(QgsPointXY(4.40, 50.85)), wgs84)
        panel.run_button.click()
        step("series drawn", wait_for(lambda: panel.series is not None, 120), panel.status_label.text())
        shoot("timeseries")

    def finish() -> None:
        code = 0
        try:
            tour()
        except Exception:  # noqa: BLE001 (report it, never let it reach QGIS)
            code = 1
            report["errors"].append(traceback.format_exc())
        finally:
            save()
        if code == 0:
            # as a user quits: File > Exit, once no task runs (QGIS would ask whether to cancel them); the
            # footprints layer stays in the project and must not make QGIS ask anything or crash on the way
            if not wait_for(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 30):
                report["errors"].append("tasks still running before quitting")
                save()
            QgsProject.instance().setDirty(False)
            print("tour: quitting through File > Exit", flush=True)
            QTimer.singleShot(0, iface.actionExit().trigger)
            return
        # after a failure: close the project, unload the plugin, exit with 1
        try:
            QgsProject.instance().clear()
            settle(300)
            qgis.utils.unloadPlugin("terrascope_explorer")
            settle(300)
        except Exception:  # noqa: BLE001 (report it, never let it reach QGIS)
            report["errors"].append(traceback.format_exc())
            save()
        QTimer.singleShot(0, lambda: QgsApplication.exit(code))

    import faulthandler
    import sys

    # if QGIS hangs, every thread's stack goes to the output (kept by the test) before the test kills it
    faulthandler.dump_traceback_later(150, exit=False, file=sys.__stderr__)
    QCoreApplication.processEvents()
    QTimer.singleShot(int(os.environ.get("TERRASCOPE_CHECK_DELAY_MS", "1500")), finish)


try:
    _terrascope_tour()
except Exception:  # noqa: BLE001 (never let an exception open a dialog in an unattended QGIS)
    import os
    import traceback

    print(traceback.format_exc(), flush=True)
    os._exit(3)
