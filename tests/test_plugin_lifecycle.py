"""Plugin lifecycle: load, unload, load again; nothing may be left behind.

pytest-qgis 2.1.0's stub iface has no Web menu, and its ``addDockWidget``/``addToolBar`` leave the main
window untouched. The ``iface`` fixture completes those calls the way QGIS's ``QgisApp`` does them, on
real Qt widgets of the stub's main window, so the tests can look at what the plugin really added and
removed. ``tests/test_real_qgis.py`` checks the same against QGIS itself.
"""

import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Optional

import pytest
from qgis.core import QgsApplication, QgsProcessingProvider, QgsSettings
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMainWindow, QMenu, QToolBar

import terrascope_explorer
from terrascope_explorer.core import LOG_TAG, i18n

WEB_MENU_ENTRY = "&Terrascope"
ACTION_NAME = "mActionTerrascopeExplorer"
TOOLBAR_NAME = "TerrascopeExplorerToolbar"
DOCK_NAME = "TerrascopeExplorerDock"
PROVIDER_ID = "terrascope"


class QgisAppCalls:
    """What ``QgisApp`` does for the iface calls the stub lacks, done on the stub's main window."""

    def __init__(self, main_window: QMainWindow) -> None:
        self.main_window = main_window
        self.web_menu = QMenu("&Web", main_window)
        self.web_menu.setObjectName("mWebMenu")
        main_window.menuBar().addMenu(self.web_menu)
        self.panel_menu = QMenu("Panels", main_window)  # View > Panels: one entry per dock
        self.panel_menu.setObjectName("mPanelMenu")

    def webMenu(self) -> QMenu:
        return self.web_menu

    def _submenu(self, name: str) -> Optional[QMenu]:
        return next((a.menu() for a in self.web_menu.actions() if a.menu() and a.text() == name), None)

    def addPluginToWebMenu(self, name: str, action: QAction) -> None:
        menu = self._submenu(name)
        if menu is None:
            menu = QMenu(name, self.main_window)
            self.web_menu.addMenu(menu)
        menu.addAction(action)

    def removePluginWebMenu(self, name: str, action: QAction) -> None:
        menu = self._submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.web_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None:
        self.main_window.addDockWidget(area, dock)
        self.panel_menu.addAction(dock.toggleViewAction())
        dock.show()

    def removeDockWidget(self, dock: QDockWidget) -> None:
        self.main_window.removeDockWidget(dock)
        self.panel_menu.removeAction(dock.toggleViewAction())

    def addToolBar(self, name: str) -> QToolBar:
        return self.main_window.addToolBar(name)

    def close(self) -> None:
        self.main_window.menuBar().removeAction(self.web_menu.menuAction())
        self.web_menu.deleteLater()
        self.panel_menu.deleteLater()
        flush_deletions()


@pytest.fixture()
def app_calls(qgis_iface):
    calls = QgisAppCalls(qgis_iface.mainWindow())
    yield calls
    calls.close()


@pytest.fixture()
def iface(qgis_iface, app_calls: QgisAppCalls, qgis_processing, monkeypatch: pytest.MonkeyPatch):
    for name in ("webMenu", "addPluginToWebMenu", "removePluginWebMenu", "addDockWidget", "removeDockWidget"):
        monkeypatch.setattr(qgis_iface, name, getattr(app_calls, name), raising=False)
    monkeypatch.setattr(qgis_iface, "addToolBar", app_calls.addToolBar)
    return qgis_iface


def flush_deletions() -> None:
    """Run the ``deleteLater()`` calls now, as the QGIS event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def load(iface):
    plugin = terrascope_explorer.classFactory(iface)
    plugin.initGui()
    return plugin


def unload(plugin) -> None:
    plugin.unload()
    flush_deletions()


def web_entries(iface) -> list[QAction]:
    return [a for a in iface.webMenu().actions() if a.menu() is not None and a.text() == WEB_MENU_ENTRY]


def providers() -> list[str]:
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


def ours(iface) -> dict[str, int]:
    """How many of each thing the plugin creates are there now."""
    main_window = iface.mainWindow()
    return {
        "actions": len(main_window.findChildren(QAction, ACTION_NAME)),
        "toolbars": len(main_window.findChildren(QToolBar, TOOLBAR_NAME)),
        "docks": len(main_window.findChildren(QDockWidget, DOCK_NAME)),
        "web menu entries": len(web_entries(iface)),
        "providers": providers().count(PROVIDER_ID),
    }


def snapshot(iface) -> Counter:
    """Everything under the main window, the Web menu entries and the Processing providers."""
    main_window = iface.mainWindow()
    objects = Counter((type(o).__name__, o.objectName()) for o in main_window.findChildren(QObject))
    objects.update(("web menu", a.text()) for a in iface.webMenu().actions())
    objects.update(("provider", p) for p in providers())
    return objects


def test_init_gui_adds_toolbar_web_menu_dock_and_provider(iface) -> None:
    main_window = iface.mainWindow()
    plugin = load(iface)
    try:
        assert ours(iface) == dict.fromkeys(ours(iface), 1)

        action = plugin.dock_action
        assert (action.objectName(), action.text(), action.isCheckable()) == (
            ACTION_NAME,
            "Terrascope Explorer",
            True,
        )
        assert not action.icon().isNull()

        toolbar = main_window.findChild(QToolBar, TOOLBAR_NAME)
        assert main_window.toolBarArea(toolbar) != Qt.ToolBarArea.NoToolBarArea
        series = plugin.timeseries_action
        assert series.objectName() == "mActionTerrascopeTimeSeries" and not series.icon().isNull()
        assert toolbar.actions() == [action, series]
        assert web_entries(iface)[0].menu().actions() == [action, series]

        dock = main_window.findChild(QDockWidget, DOCK_NAME)
        assert dock is plugin.dock
        assert main_window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert dock.windowTitle() == "Terrascope Explorer"
        assert dock.isHidden(), "the dock waits for the button (or the state QGIS restores)"
        sections = [box.title() for box in dock.findChildren(QgsCollapsibleGroupBox)]
        assert sections == ["Login", "Search", "Results", "Web services"]

        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        assert provider is plugin.provider
        assert provider.name() == "Terrascope"
        assert {"spectralindex", "clipraster"} <= {a.name() for a in provider.algorithms()}
        assert not provider.icon().isNull() and Path(provider.svgIconPath()).is_file()
    finally:
        unload(plugin)


def test_button_toggles_the_dock(iface) -> None:
    main_window = iface.mainWindow()
    main_window.show()  # a dock only becomes visible in a visible window
    plugin = load(iface)
    try:
        dock, action = plugin.dock, plugin.dock_action
        action.trigger()
        assert dock.isVisible() and action.isChecked()
        action.trigger()
        assert not dock.isVisible() and not action.isChecked()
        action.trigger()
        dock.close()  # the dock's own close button
        assert not action.isChecked()
    finally:
        unload(plugin)
        main_window.hide()


def test_unload_leaves_nothing_behind(iface, app_calls: QgisAppCalls) -> None:
    before = snapshot(iface)
    plugin = load(iface)
    created = [plugin.dock, plugin.dock_action, plugin.toolbar]
    assert snapshot(iface) != before
    assert [a.text() for a in app_calls.panel_menu.actions()] == ["Terrascope Explorer"]

    plugin.unload()
    assert app_calls.panel_menu.actions() == [], "the dock was handed back with iface.removeDockWidget"
    flush_deletions()

    assert all(sip.isdeleted(obj) for obj in created), "dock, action and toolbar are deleted"
    assert ours(iface) == dict.fromkeys(ours(iface), 0)
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert snapshot(iface) == before


def test_load_unload_load_again(iface) -> None:
    before = snapshot(iface)
    for _ in range(3):
        plugin = load(iface)
        assert ours(iface) == dict.fromkeys(ours(iface), 1)
        unload(plugin)
        assert ours(iface) == dict.fromkeys(ours(iface), 0)
    assert snapshot(iface) == before


def test_processing_only_as_qgis_process_does(qgis_processing) -> None:
    """``qgis_process`` builds the plugin with no iface and calls only initProcessing (maybe twice)."""
    plugin = terrascope_explorer.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    assert providers().count(PROVIDER_ID) == 1
    plugin.unload()
    assert PROVIDER_ID not in providers()


def test_provider_id_taken_by_another_plugin(qgis_processing) -> None:
    """The registry refuses (and deletes) a second provider "terrascope": the plugin says so and goes on."""

    class Squatter(QgsProcessingProvider):
        def id(self) -> str:
            return PROVIDER_ID

        def name(self) -> str:
            return "Someone else's"

        def loadAlgorithms(self) -> None:
            pass

    registry = QgsApplication.processingRegistry()
    squatter = Squatter()
    assert registry.addProvider(squatter)
    messages = []

    def on_message(message: str, tag: str, level) -> None:
        messages.append((tag, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(on_message)
    plugin = terrascope_explorer.classFactory(None)
    try:
        plugin.initProcessing()
        assert plugin.provider is None
        assert registry.providerById(PROVIDER_ID) is squatter
        assert [tag for tag, message in messages if "could not be registered" in message] == [LOG_TAG]
        plugin.unload()
        assert registry.providerById(PROVIDER_ID) is squatter, (
            "unload leaves the other plugin's provider alone"
        )
    finally:
        log.messageReceived.disconnect(on_message)
        registry.removeProvider(squatter)


@pytest.fixture()
def dutch_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A compiled catalogue for "nl", in place of the plugin's i18n folder, and QGIS set to Dutch."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (Qt linguist tools) is not installed")
    source = tmp_path / "terrascope_explorer_nl.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl">\n'
        f"<context><name>{i18n.CONTEXT}</name>\n"
        "<message><source>Terrascope Explorer</source>"
        "<translation>Terrascope Verkenner</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run([lrelease, "-silent", str(source)], check=True)
    assert source.with_suffix(".qm").is_file()
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_BE")
    yield tmp_path
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


def test_translator_is_installed_and_removed(iface, dutch_catalogue: Path) -> None:
    assert i18n.qgis_locale() == "nl_BE"
    plugin = load(iface)
    translator = plugin.translator  # kept alive here: unload must remove it, not just drop it
    try:
        assert translator is not None
        assert plugin.dock_action.text() == "Terrascope Verkenner"
        assert i18n.tr("Terrascope Explorer") == "Terrascope Verkenner"
    finally:
        unload(plugin)
    assert plugin.translator is None
    assert i18n.tr("Terrascope Explorer") == "Terrascope Explorer"


def test_no_catalogue_means_no_translator(tmp_path: Path) -> None:
    assert i18n.install_translator("xx_XX", tmp_path) is None
    assert i18n.install_translator("", tmp_path) is None
