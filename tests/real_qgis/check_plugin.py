"""Run by ``qgis --code`` inside a real QGIS: did Terrascope Explorer load cleanly, and does its dock open?

QGIS runs this file before its event loop starts, so the checks run from a timer. Python errors come from
``startup.py`` beside this file, which QGIS must run first (``PYQGIS_STARTUP``) to see plugin loading too.
The checks write a JSON report to ``$TERRASCOPE_CHECK_RESULT`` and screenshots to
``$TERRASCOPE_CHECK_SCREENSHOT`` (the main window) and ``…-dock.png`` beside it, then quit QGIS with exit
code 0 when every check passed and no error was recorded, 1 otherwise, and 2 when the checks themselves
broke. Nothing may escape from here: an exception from a ``--code`` script opens a dialog nobody closes.
"""


def _terrascope_check_plugin() -> None:  # one function: QGIS runs this file in the console's namespace
    import json
    import os
    import sys
    import traceback
    from pathlib import Path

    import qgis.utils
    from qgis.core import Qgis, QgsApplication
    from qgis.gui import QgsCollapsibleGroupBox
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
    from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

    plugin_id = "terrascope_explorer"
    names = {
        "action": (QAction, "mActionTerrascopeExplorer"),
        "toolbar": (QToolBar, "TerrascopeExplorerToolbar"),
        "dock": (QDockWidget, "TerrascopeExplorerDock"),
    }
    result_path = Path(os.environ.get("TERRASCOPE_CHECK_RESULT", "artifacts/real_qgis/check_plugin.json"))
    screenshot_path = Path(os.environ.get("TERRASCOPE_CHECK_SCREENSHOT", "artifacts/real_qgis/qgis.png"))
    start_delay_ms = int(os.environ.get("TERRASCOPE_CHECK_DELAY_MS", "1500"))
    iface = qgis.utils.iface
    main_window = iface.mainWindow()
    report = {"ok": False, "qgis_version": Qgis.QGIS_VERSION, "checks": [], "errors": []}
    # tests/real_qgis/startup.py (PYQGIS_STARTUP) records the Python errors from before plugins load on
    recorder = sys.modules.get("terrascope_check_startup")

    # -- helpers
    def check(name: str, ok: bool, detail="") -> bool:
        report["checks"].append({"name": name, "ok": bool(ok), "detail": detail})
        return bool(ok)

    def settle(ms: int) -> None:
        """Let QGIS run its event loop for ``ms`` milliseconds (paint, layout, deferred deletes)."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def find(kind: str):
        cls, object_name = names[kind]
        return main_window.findChildren(cls, object_name)

    def web_entries():
        return [a for a in iface.webMenu().actions() if a.menu() is not None and a.text() == "&Terrascope"]

    def counts() -> dict:
        found = {kind: len(find(kind)) for kind in names}
        found["web menu entries"] = len(web_entries())
        providers = [p.id() for p in QgsApplication.processingRegistry().providers()]
        found["providers"] = providers.count("terrascope")
        return found

    # -- the checks
    def run_checks() -> None:
        check("error recorder from PYQGIS_STARTUP", recorder is not None)
        check(
            "plugin loaded",
            plugin_id in qgis.utils.plugins and plugin_id in qgis.utils.active_plugins,
            f"active plugins: {qgis.utils.active_plugins}",
        )
        check(
            "one of each: action, toolbar, dock, web menu entry, provider",
            counts() == dict.fromkeys(counts(), 1),
            counts(),
        )

        actions, toolbars, docks = find("action"), find("toolbar"), find("dock")
        if not (actions and toolbars and docks):
            return
        action, toolbar, dock = actions[0], toolbars[0], docks[0]
        check(
            "toolbar shows the button",
            toolbar.isVisible() and toolbar.actions()[:1] == [action] and len(toolbar.actions()) == 2,
            [a.text() for a in toolbar.actions()],
        )
        entries = web_entries()
        check(
            "Web > Terrascope holds the buttons",
            bool(entries)
            and entries[0].menu().actions()[:1] == [action]
            and len(entries[0].menu().actions()) == 2,
        )
        provider = QgsApplication.processingRegistry().providerById("terrascope")
        check(
            "Processing provider",
            provider is not None and provider.name() == "Terrascope",
            provider.longName() if provider else None,
        )

        main_window.move(0, 0)
        main_window.resize(main_window.screen().availableGeometry().size())
        settle(300)
        check("dock starts hidden", not dock.isVisible())
        action.trigger()
        settle(800)
        area = main_window.dockWidgetArea(dock)
        geometry = dock.geometry()
        report["window_size"] = [main_window.width(), main_window.height()]
        report["dock_geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
        check("dock opens from the button", dock.isVisible() and action.isChecked())
        check("dock is on the right", area == Qt.DockWidgetArea.RightDockWidgetArea, str(area))
        check("dock title", dock.windowTitle() == "Terrascope Explorer", dock.windowTitle())
        check("dock width", 280 <= dock.width() <= main_window.width() // 2, dock.width())
        sections = [box.title() for box in dock.findChildren(QgsCollapsibleGroupBox)]
        check("dock sections", sections == ["Login", "Search", "Results", "Web services"], sections)

        from terrascope_explorer import api

        sandbox = os.environ.get("TERRASCOPE_SANDBOX")  # set by `make run`, not by the test
        expected = api.Endpoints.sandbox(sandbox) if sandbox else api.PRODUCTION
        check("Python API in the console", api.endpoints() == expected, api.endpoints().stac)

        screenshot_path.parent.mkdir(parents=True, exist_ok=True)
        dock_path = screenshot_path.with_name(screenshot_path.stem + "-dock.png")
        check(
            "screenshot saved",
            main_window.grab().save(str(screenshot_path)) and dock.grab().save(str(dock_path)),
            str(screenshot_path),
        )

        # unload and load again, as the Plugin Manager and Plugin Reloader do
        check("unload", qgis.utils.unloadPlugin(plugin_id))
        settle(200)
        check("nothing left after unload", counts() == dict.fromkeys(counts(), 0), counts())
        check("load again", qgis.utils.loadPlugin(plugin_id) and qgis.utils.startPlugin(plugin_id))
        settle(200)
        check("one of each after loading again", counts() == dict.fromkeys(counts(), 1), counts())
        find("action")[0].trigger()
        settle(300)
        check("dock opens after loading again", find("dock")[0].isVisible())

    def finish() -> None:
        broke = False
        try:
            run_checks()
            settle(200)
        except Exception:  # noqa: BLE001 (report it, never let it reach QGIS)
            broke = True
            report["errors"].append("check script failed:\n" + traceback.format_exc())
        finally:
            report["errors"].extend(recorder.errors if recorder is not None else [])
            passed = (
                bool(report["checks"]) and all(c["ok"] for c in report["checks"]) and not report["errors"]
            )
            report["ok"] = passed and not broke
            code = 2 if broke else 0 if passed else 1
            report["exit_code"] = code
            result_path.parent.mkdir(parents=True, exist_ok=True)
            result_path.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
            QTimer.singleShot(0, lambda: QgsApplication.exit(code))

    QTimer.singleShot(start_delay_ms, finish)


try:
    _terrascope_check_plugin()
except Exception:  # noqa: BLE001 (never let an exception open a dialog in an unattended QGIS)
    import os
    import traceback

    print(traceback.format_exc(), flush=True)
    os._exit(3)
