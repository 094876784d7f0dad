"""What every Terrascope algorithm shares: the plugin's icon, and a fresh instance of its own class."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..core import PLUGIN_ICON


class TerrascopeAlgorithm(QgsProcessingAlgorithm):
    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_ICON))

    def createInstance(self) -> "TerrascopeAlgorithm":
        return type(self)()
