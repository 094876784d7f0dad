"""The Terrascope Explorer dock: Login, Search and Results sections.

The form is ``resources/ui/dock.ui``; signals are connected here, never in the ``.ui`` file.
"""

from typing import Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QWidget

from ..core import resource_path
from .login_panel import LoginPanel

_FORM_CLASS, _ = uic.loadUiType(str(resource_path("ui", "dock.ui")))


class TerrascopeDock(QgsDockWidget, _FORM_CLASS):
    """Dock widget of the plugin; its object name lets QGIS restore its place between sessions."""

    OBJECT_NAME = "TerrascopeExplorerDock"

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(self.OBJECT_NAME)
        self.login_panel = LoginPanel(self.loginGroup)
        self.loginLayout.addWidget(self.login_panel)
        self.search_panel = None
        self.results_panel = None
        self.web_services_panel = None
        # The dock is never narrower than its sections, their vertical scroll bar included: translated
        # buttons are longer than the English ones, and a dock that scrolls sideways hides half of them.
        self.scrollContents.installEventFilter(self)
        self._fit_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.scrollContents and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        area = self.scrollArea
        bar = area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(self.scrollContents.minimumSizeHint().width() + bar + 2 * area.frameWidth())

    def set_up_search(self, canvas, iface=None) -> None:  # noqa: QGS105 - handed on by the plugin
        """Fill the Search and Results sections; ``canvas`` gives the area and shows footprints and hovers."""
        from .search_controller import connect_search

        self.search_panel, self.results_panel = connect_search(self, canvas, iface)
        self.set_up_web_services(canvas)

    def set_up_web_services(self, canvas) -> None:
        """Fill the Web services section (layers load when first shown; their TIME follows ``canvas``)."""
        from .web_services_panel import WebServicesPanel

        self.web_services_panel = WebServicesPanel(canvas, self.webServicesGroup)
        self.webServicesLayout.addWidget(self.web_services_panel)

    def tear_down_search(self) -> None:
        """Cancel searches and remove map tools and canvas drawings (called by the plugin's unload)."""
        for panel in (self.search_panel, self.results_panel, self.web_services_panel):
            if panel is not None:
                panel.teardown()
