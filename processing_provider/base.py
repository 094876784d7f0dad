"""What every Terrascope algorithm shares: the plugin's icon, its group, and a fresh instance of its class."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..core import PLUGIN_ICON
from ..core.i18n import tr

# group id -> translated name (a function, so the text is translated in the language active when asked)
GROUPS = {
    "catalogue": lambda: tr("Catalogue"),
    "rasteranalysis": lambda: tr("Raster analysis"),
}


class TerrascopeAlgorithm(QgsProcessingAlgorithm):
    group_id = ""  # a key of GROUPS

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_ICON))

    def group(self) -> str:
        return GROUPS[self.group_id]() if self.group_id else ""

    def groupId(self) -> str:  # noqa: N802 - Qt naming
        return self.group_id

    def createInstance(self) -> "TerrascopeAlgorithm":
        return type(self)()
