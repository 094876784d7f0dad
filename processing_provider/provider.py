"""Processing provider "Terrascope" (id ``terrascope``): the plugin's algorithms in the Processing toolbox."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core import PLUGIN_ICON
from ..core.i18n import tr


class TerrascopeProvider(QgsProcessingProvider):
    """Holds the Terrascope algorithms. It has none yet: later issues add them in :meth:`loadAlgorithms`."""

    def id(self) -> str:
        return "terrascope"

    def name(self) -> str:
        return "Terrascope"

    def longName(self) -> str:
        return tr("Terrascope (VITO Earth observation)")

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_ICON))

    def svgIconPath(self) -> str:
        return str(PLUGIN_ICON)

    def loadAlgorithms(self) -> None:
        """Register the algorithms; QGIS calls this when the provider is added and on refresh."""
        from .clip_algorithm import ClipRasterAlgorithm
        from .download_algorithm import DownloadAlgorithm
        from .index_algorithm import SpectralIndexAlgorithm
        from .search_algorithm import SearchAlgorithm
        from .timeseries_algorithm import TimeSeriesAlgorithm

        self.addAlgorithm(SpectralIndexAlgorithm())
        self.addAlgorithm(ClipRasterAlgorithm())
        self.addAlgorithm(SearchAlgorithm())
        self.addAlgorithm(DownloadAlgorithm())
        self.addAlgorithm(TimeSeriesAlgorithm())

    def supportedOutputRasterLayerExtensions(self) -> list:
        """The raster algorithms write GeoTIFF only."""
        return ["tif"]
