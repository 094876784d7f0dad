"""The plugin shell: what QGIS loads and unloads.

``initGui`` adds a "Terrascope" toolbar with one button and a "Terrascope" entry in the Web menu, both
toggling the dock, and calls ``initProcessing``, which registers the Processing provider and the network
pre-processor that gives the Terrascope token to QGIS's own requests for Terrascope hosts (layers, previews).
The translator is installed first. The Terrascope session is created on first use, without any network call.
``unload`` removes every one of them, and drops the session's tokens and GDAL header, so the plugin can be
loaded again and again without leaving anything behind.
"""

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.gui import QgisInterface
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QToolBar

from .core import LOG_TAG, PLUGIN_ICON, auth, i18n, network
from .core.i18n import tr
from .processing_provider.provider import TerrascopeProvider
from .ui.dock import TerrascopeDock


class TerrascopeExplorerPlugin:
    """Built by ``classFactory``. ``qgis_process`` calls only ``initProcessing``, with ``iface`` None."""

    TOOLBAR_OBJECT_NAME = "TerrascopeExplorerToolbar"
    DOCK_ACTION_OBJECT_NAME = "mActionTerrascopeExplorer"

    # QGIS hands iface to classFactory; taking it here, rather than importing it, lets tests pass theirs.
    def __init__(self, iface: Optional[QgisInterface]) -> None:  # noqa: QGS105
        self.iface = iface
        self.translator: Optional[QTranslator] = None
        self.provider: Optional[TerrascopeProvider] = None
        self.dock: Optional[TerrascopeDock] = None
        self.dock_action: Optional[QAction] = None
        self.toolbar: Optional[QToolBar] = None
        self.web_menu_name = ""
        self.preprocessor_id: Optional[str] = None
        self.timeseries_action: Optional[QAction] = None
        self.timeseries_dock = None  # created the first time the action is used
        self._layer_tasks: list = []  # reconnecting streamed layers of an opened project
        self._refreshed_header: Optional[str] = None  # the GDAL header file the streamed layers last got

    def initProcessing(self) -> None:
        """Install the translator and register the Processing provider; safe to call more than once."""
        self._install_translator()
        if self.preprocessor_id is None:
            self.preprocessor_id = network.install_request_preprocessor()
        if self.provider is not None:
            return
        provider = TerrascopeProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:  # the registry has deleted it
            QgsMessageLog.logMessage(
                tr(
                    'The Processing provider "Terrascope" could not be registered: another plugin probably '
                    'uses the id "terrascope". Disable that plugin, then enable Terrascope Explorer again.'
                ),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )

    def initGui(self) -> None:
        self.initProcessing()  # QGIS only calls initProcessing itself under qgis_process
        main_window = self.iface.mainWindow()

        self.dock = TerrascopeDock(main_window)
        self.dock.set_up_search(self.iface.mapCanvas(), self.iface)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # QGIS shows new docks; it restores the state of the last session after this.

        self.dock_action = QAction(QIcon(str(PLUGIN_ICON)), tr("Terrascope Explorer"), main_window)
        self.dock_action.setObjectName(self.DOCK_ACTION_OBJECT_NAME)
        self.dock_action.setToolTip(tr("Show or hide the Terrascope Explorer panel"))
        self.dock.setToggleVisibilityAction(self.dock_action)  # makes it checkable, in step with the dock

        self.web_menu_name = tr("&Terrascope")
        self.iface.addPluginToWebMenu(self.web_menu_name, self.dock_action)

        self.toolbar = self.iface.addToolBar(tr("Terrascope"))
        self.toolbar.setObjectName(self.TOOLBAR_OBJECT_NAME)
        self.toolbar.addAction(self.dock_action)
        self._add_timeseries_action()
        QgsProject.instance().readProject.connect(self._on_project_read)
        auth.session().stateChanged.connect(self._on_session_changed)
        self._refreshed_header = auth.GdalHeaders.installed_file()

    def unload(self) -> None:
        """Remove everything initGui and initProcessing created; tolerates a plugin that was never shown."""
        if self.toolbar is not None:  # initGui ran: its signal connections go too
            try:
                QgsProject.instance().readProject.disconnect(self._on_project_read)
            except TypeError:
                pass
            current = auth.existing_session()
            if current is not None:
                try:
                    current.stateChanged.disconnect(self._on_session_changed)
                except TypeError:
                    pass
        for task in self._layer_tasks:
            if not sip.isdeleted(task):
                task.cancel()
        self._layer_tasks.clear()
        self._remove_timeseries()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:  # before the action it holds a pointer to
            self.dock.login_panel.cancel()
            self.dock.tear_down_search()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.dock_action is not None:
            self.iface.removePluginWebMenu(self.web_menu_name, self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)  # noqa: QGS202 (deletes it)
            self.provider = None
        network.remove_request_preprocessor(self.preprocessor_id)
        self.preprocessor_id = None
        auth.discard_session()  # tokens and GDAL header go; the stored login stays for the next time
        i18n.remove_translator(self.translator)
        self.translator = None

    def _add_timeseries_action(self) -> None:
        """The time series panel's button, beside the dock's (toolbar and Web menu); the panel is made when
        first asked for."""
        main_window = self.iface.mainWindow()
        self.timeseries_action = QAction(
            QgsApplication.getThemeIcon("/propertyicons/temporal.svg"),
            tr("Terrascope time series"),
            main_window,
        )
        self.timeseries_action.setObjectName("mActionTerrascopeTimeSeries")
        self.timeseries_action.setToolTip(
            tr("Show the time series of an indicator at a point or over a polygon, from Terrascope products")
        )
        self.timeseries_action.setCheckable(True)
        self.timeseries_action.triggered.connect(self._open_timeseries)
        self.toolbar.addAction(self.timeseries_action)
        self.iface.addPluginToWebMenu(self.web_menu_name, self.timeseries_action)

    def _open_timeseries(self) -> None:
        if self.timeseries_dock is not None:
            return  # the dock follows its action itself
        from .ui.timeseries_dock import TimeSeriesDock

        dock = TimeSeriesDock(self.iface.mapCanvas(), self.iface.messageBar(), self.iface.mainWindow())
        # below the map, where a year of dates has the width it needs (the form goes beside the chart)
        self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.setToggleVisibilityAction(self.timeseries_action)
        dock.setUserVisible(True)
        self.timeseries_dock = dock

    def _remove_timeseries(self) -> None:
        if self.timeseries_dock is not None:  # before the action it holds a pointer to
            self.timeseries_dock.teardown()
            self.iface.removeDockWidget(self.timeseries_dock)
            self.timeseries_dock.deleteLater()
            self.timeseries_dock = None
        if self.timeseries_action is not None:
            self.iface.removePluginWebMenu(self.web_menu_name, self.timeseries_action)
            self.timeseries_action.deleteLater()
            self.timeseries_action = None

    def _on_project_read(self, *_args) -> None:
        """A project was opened: sign in silently for its streamed layers (in a task) and redraw them; its
        WMTS layers that followed the Temporal Controller follow it again."""
        from .core import layers, web_services

        project = QgsProject.instance()
        for task in (
            layers.reconnect(project),
            web_services.restore_followers(project, self.iface.mapCanvas()),
        ):
            if task is not None:
                self._layer_tasks.append(task)
                task.taskCompleted.connect(lambda t=task: self._forget_layer_task(t))
                task.taskTerminated.connect(lambda t=task: self._forget_layer_task(t))

    def _forget_layer_task(self, task) -> None:
        if task in self._layer_tasks:
            self._layer_tasks.remove(task)

    def _on_session_changed(self) -> None:
        """When a session starts (a new GDAL header file), the streamed layers draw with it: those drawn
        before the login stay blank otherwise (GDAL remembers the failure)."""
        header = auth.GdalHeaders.installed_file()
        if header is not None and header != self._refreshed_header:
            from .core import layers

            layers.refresh_after_login(QgsProject.instance())
            self._refreshed_header = header

    def _install_translator(self) -> None:
        if self.translator is None:
            self.translator = i18n.install_translator(i18n.qgis_locale())
