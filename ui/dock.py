"""The Terrascope Explorer dock: Login, Search and Results sections.

The form is ``resources/ui/dock.ui``; signals are connected here, never in the ``.ui`` file.
"""

from typing import Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QWidget

from ..core import resource_path

_FORM_CLASS, _ = uic.loadUiType(str(resource_path("ui", "dock.ui")))


class TerrascopeDock(QgsDockWidget, _FORM_CLASS):
    """Dock widget of the plugin; its object name lets QGIS restore its place between sessions."""

    OBJECT_NAME = "TerrascopeExplorerDock"

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(self.OBJECT_NAME)
