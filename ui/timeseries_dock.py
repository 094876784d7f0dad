"""The Time series dock: pick a place, an indicator and dates; see the curve; export it; open a date's scene.

The place is a point clicked on the map, a polygon drawn on it (:class:`.area_tools.PolygonTool`) or the
selected feature of the current layer; once a collection and an indicator are chosen, picking a place runs
the series at once (the point tool stays on: click again for the next place). The series runs in a
:class:`~..core.timeseries_task.TimeSeriesTask` and fills the chart
(:class:`.timeseries_chart.TimeSeriesChart`) row by row; a run that stops early keeps what it read, marked
incomplete. Clicking a point of the chart loads that date's product as a layer. Collections are loaded the
first time the dock is shown.
"""

from datetime import date
from typing import Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsMapCanvas, QgsMapToolEmitPoint, QgsRubberBand, QgsVertexMarker
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import POINT_GEOMETRY, POLYGON_GEOMETRY, Catalogue, area_in_wgs84, area_km2
from ..core.errors import InvalidInputError, TerrascopeError
from ..core.i18n import tr
from ..core.search_task import CatalogueTask
from ..core.timeseries import TimeSeries, TimeSeriesRequest, indicators_for, write_csv
from ..core.timeseries_task import TimeSeriesTask
from .area_tools import AREA_COLOR, PolygonTool
from .timeseries_chart import TimeSeriesChart

DEFAULT_COLLECTION = "terrascope-s2-toc-v2"


class TimeSeriesDock(QgsDockWidget):
    """The dock. ``canvas`` gives the map tools; ``message_bar`` (optional) shows errors."""

    OBJECT_NAME = "TerrascopeTimeSeriesDock"
    CONTROLS_WIDTH = 470  # px: the form's width beside the chart (dates and place buttons unclipped)
    NO_LIMIT = 16777215  # QWIDGETSIZE_MAX
    seriesShown = pyqtSignal(object)  # noqa: N815 - the TimeSeries now in the chart
    sceneLoaded = pyqtSignal(object)  # noqa: N815 - the layer added for a clicked date

    def __init__(
        self, canvas: Optional[QgsMapCanvas], message_bar=None, parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(tr("Terrascope time series"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.canvas = canvas
        self.message_bar = message_bar
        self.place: Optional[QgsGeometry] = None
        self.place_crs = QgsCoordinateReferenceSystem("EPSG:4326")
        self.series: Optional[TimeSeries] = None
        self.task: Optional[TimeSeriesTask] = None
        self._tasks: set = set()  # every task still running, kept alive until it ends
        self._collections_loaded = False
        self._marker: Optional[QgsVertexMarker] = None
        self._band: Optional[QgsRubberBand] = None
        self._build()
        self.point_tool = QgsMapToolEmitPoint(canvas) if canvas is not None else None
        self.polygon_tool = PolygonTool(canvas) if canvas is not None else None
        if self.point_tool is not None:
            self.point_tool.canvasClicked.connect(self._on_point)
            self.polygon_tool.polygonDrawn.connect(self._on_polygon)
            # another map tool chosen (pan, identify…): the buttons must not stay pressed
            self.point_tool.deactivated.connect(self._point_tool_left)
            self.polygon_tool.deactivated.connect(self._polygon_tool_left)

    # ------------------------------------------------------------------ form

    def _build(self) -> None:
        body = QWidget(self)
        # The form and the chart side by side when the dock is below the map (where it opens), one above the
        # other when it is beside the map or floating: see _follow_area.
        self._split = QBoxLayout(QBoxLayout.Direction.TopToBottom, body)
        self._controls = QWidget(body)
        layout = QVBoxLayout(self._controls)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.collection_combo = QComboBox(body)
        self.collection_combo.setObjectName("timeseriesCollection")
        self.collection_combo.setToolTip(tr("The collection whose products make the series"))
        form.addRow(tr("Collection"), self.collection_combo)
        self.indicator_combo = QComboBox(body)
        self.indicator_combo.setObjectName("timeseriesIndicator")
        self.indicator_combo.setToolTip(
            tr("An index computed from the bands (NDVI…), the product's own value (NDVI, FAPAR…) or a band")
        )
        form.addRow(tr("Indicator"), self.indicator_combo)
        for combo in (self.collection_combo, self.indicator_combo):  # long titles must not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        dates = QHBoxLayout()
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today.addYears(-1), body)
        self.end_edit = QDateEdit(today, body)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            dates.addWidget(edit)
        form.addRow(tr("From / to"), dates)
        self.cloud_spin = QSpinBox(body)
        self.cloud_spin.setRange(0, 100)
        self.cloud_spin.setValue(100)
        self.cloud_spin.setSuffix(" %")
        self.cloud_spin.setToolTip(
            tr("Skip products cloudier than this as a whole; clouds at the place are masked pixel by pixel")
        )
        form.addRow(tr("Max cloud cover"), self.cloud_spin)
        place = QHBoxLayout()
        self.point_button = QToolButton(body)
        self.point_button.setText(tr("Point"))
        self.point_button.setCheckable(True)
        self.point_button.setToolTip(tr("Click a point on the map"))
        self.polygon_button = QToolButton(body)
        self.polygon_button.setText(tr("Polygon"))
        self.polygon_button.setCheckable(True)
        self.polygon_button.setToolTip(
            tr("Draw a polygon on the map: click its corners, right-click to finish")
        )
        self.feature_button = QToolButton(body)
        self.feature_button.setText(tr("Selected feature"))
        self.feature_button.setToolTip(tr("Use the selected feature of the current layer"))
        for button in (self.point_button, self.polygon_button, self.feature_button):
            place.addWidget(button)
        place.addStretch(1)
        form.addRow(tr("Place"), place)
        self.place_label = QLabel(tr("No place yet."), body)
        self.place_label.setWordWrap(True)
        form.addRow("", self.place_label)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"), body)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        self.status_label = QLabel("", body)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._split.addWidget(self._controls)
        chart_column = QWidget(body)
        layout = QVBoxLayout(chart_column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = TimeSeriesChart(body)
        layout.addWidget(self.chart, 1)
        exports = QHBoxLayout()
        self.csv_button = QPushButton(tr("Export CSV…"), body)
        self.png_button = QPushButton(tr("Export PNG…"), body)
        for button in (self.csv_button, self.png_button):
            button.setEnabled(False)
            exports.addWidget(button)
        exports.addStretch(1)
        layout.addLayout(exports)
        self._split.addWidget(chart_column, 1)
        self.setWidget(body)

        self.collection_combo.currentIndexChanged.connect(self._on_collection)
        self.point_button.toggled.connect(self._toggle_point)
        self.polygon_button.toggled.connect(self._toggle_polygon)
        self.feature_button.clicked.connect(self.use_selected_feature)
        self.run_button.clicked.connect(self.run_series)
        self.cancel_button.clicked.connect(self.cancel)
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button.clicked.connect(self._ask_png)
        self.chart.itemClicked.connect(self.load_scene)
        self.dockLocationChanged.connect(self._follow_area)
        self.topLevelChanged.connect(self._follow_floating)

    def _follow_area(self, area) -> None:
        """Docked below or above the map the dock is wide: the form goes beside the chart; docked beside the
        map (or floating) it is narrow: the chart goes below the form."""
        wide = area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        direction = QBoxLayout.Direction
        self._split.setDirection(direction.LeftToRight if wide else direction.TopToBottom)
        self._controls.setMaximumWidth(self.CONTROLS_WIDTH if wide else self.NO_LIMIT)

    def _follow_floating(self, floating: bool) -> None:
        if floating:
            self._follow_area(Qt.DockWidgetArea.NoDockWidgetArea)

    def is_side_by_side(self) -> bool:
        """True when the form and the chart stand side by side (a wide dock)."""
        return self._split.direction() == QBoxLayout.Direction.LeftToRight

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._collections_loaded:
            self.load_collections()

    # ------------------------------------------------------------------ collections and indicators

    def load_collections(self) -> None:
        self._collections_loaded = True
        self.status_label.setText(tr("Loading the collections…"))
        task = CatalogueTask(tr("Loading the Terrascope collections"), lambda fb: Catalogue().collections(fb))
        task.done.connect(self.set_collections)
        task.failed.connect(self._collections_failed)
        self._start(task)

    def _collections_failed(self, message: str) -> None:
        self._collections_loaded = False  # try again at the next show
        self.status_label.setText(message)

    def set_collections(self, collections: list) -> None:
        """Fill the collection list with those that have raster data; keep the current choice."""
        current = self.collection_combo.currentData()
        current_id = current.id if current is not None else DEFAULT_COLLECTION
        self.collection_combo.blockSignals(True)
        self.collection_combo.clear()
        for collection in collections:
            if indicators_for(collection):
                self.collection_combo.addItem(collection.label, collection)
                self.collection_combo.setItemData(
                    self.collection_combo.count() - 1, collection.id, Qt.ItemDataRole.ToolTipRole
                )
        ids = [self.collection_combo.itemData(i).id for i in range(self.collection_combo.count())]
        self.collection_combo.setCurrentIndex(ids.index(current_id) if current_id in ids else 0)
        self.collection_combo.blockSignals(False)
        self.status_label.setText("")
        self._on_collection()

    def _on_collection(self) -> None:
        collection = self.collection_combo.currentData()
        current = self.indicator_combo.currentData()
        self.indicator_combo.clear()
        if collection is None:
            return
        for indicator in indicators_for(collection):
            self.indicator_combo.addItem(indicator.label, indicator.key)
        keys = [self.indicator_combo.itemData(i) for i in range(self.indicator_combo.count())]
        self.indicator_combo.setCurrentIndex(keys.index(current) if current in keys else 0)
        self.cloud_spin.setEnabled(collection.has_cloud_cover)

    def indicator_key(self) -> str:
        return str(self.indicator_combo.currentData() or "")

    # ------------------------------------------------------------------ place

    def _toggle_point(self, on: bool) -> None:
        if on:
            self.polygon_button.setChecked(False)
            if self.canvas is not None and self.point_tool is not None:
                self.canvas.setMapTool(self.point_tool)
        elif self.canvas is not None and self.canvas.mapTool() is self.point_tool:
            self.canvas.unsetMapTool(self.point_tool)

    def _toggle_polygon(self, on: bool) -> None:
        if on:
            self.point_button.setChecked(False)
            if self.canvas is not None and self.polygon_tool is not None:
                self.canvas.setMapTool(self.polygon_tool)
        elif self.canvas is not None and self.canvas.mapTool() is self.polygon_tool:
            self.canvas.unsetMapTool(self.polygon_tool)

    def _point_tool_left(self) -> None:
        self.point_button.setChecked(False)

    def _polygon_tool_left(self) -> None:
        self.polygon_button.setChecked(False)

    def _canvas_crs(self) -> QgsCoordinateReferenceSystem:
        if self.canvas is not None and self.canvas.mapSettings().destinationCrs().isValid():
            return self.canvas.mapSettings().destinationCrs()
        return QgsCoordinateReferenceSystem("EPSG:4326")

    def _on_point(self, point: QgsPointXY, button=None) -> None:
        if self.set_place(QgsGeometry.fromPointXY(QgsPointXY(point)), self._canvas_crs()):
            self._run_if_ready()

    def _on_polygon(self, geometry: QgsGeometry) -> None:
        self.polygon_button.setChecked(False)
        if self.set_place(geometry, self._canvas_crs()):
            self._run_if_ready()

    def _run_if_ready(self) -> None:
        """Run the series for the place just picked, when the form says what to follow."""
        if self.collection_combo.currentData() is not None and self.indicator_key():
            self.run_series()

    def use_selected_feature(self, layer=None) -> None:
        """The selected feature (several: their union) of ``layer`` or of the current layer."""
        if not isinstance(layer, QgsVectorLayer):
            layer = self.canvas.currentLayer() if self.canvas is not None else None
        if not isinstance(layer, QgsVectorLayer):
            self._tell(
                tr("Select a point or polygon feature in a vector layer, and make that layer current.")
            )
            return
        geometries = [f.geometry() for f in layer.getSelectedFeatures() if f.hasGeometry()]
        if not geometries:
            self._tell(tr('No feature of the layer "{name}" is selected.').format(name=layer.name()))
            return
        geometry = geometries[0] if len(geometries) == 1 else QgsGeometry.unaryUnion(geometries)
        if self.set_place(geometry, layer.crs()):
            self._run_if_ready()

    def set_place(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> bool:
        """Use ``geometry`` (a point or a polygon in ``crs``) for the next series and show it on the map.

        Returns whether a series can run there (one point, or a polygon).
        """
        self.place, self.place_crs = QgsGeometry(geometry), QgsCoordinateReferenceSystem(crs)
        try:
            wgs84 = area_in_wgs84(self.place, self.place_crs)
        except InvalidInputError as exc:
            self._tell(str(exc))
            return False
        usable = True
        if wgs84.type() == POINT_GEOMETRY and not wgs84.isMultipart():
            p = wgs84.asPoint()
            self.place_label.setText(tr("Point at {lon:.5f}°, {lat:.5f}°").format(lon=p.x(), lat=p.y()))
        elif wgs84.type() == POLYGON_GEOMETRY:
            self.place_label.setText(tr("Polygon of {area:,.2f} km²").format(area=area_km2(wgs84)))
        else:
            self.place_label.setText(tr("Several points or a line: a series needs one point or a polygon."))
            usable = False
        self._show_place()
        return usable

    def _show_place(self) -> None:
        self._remove_place_marks()
        if self.canvas is None or self.place is None:
            return
        from qgis.core import QgsCoordinateTransform

        geometry = QgsGeometry(self.place)
        transform = QgsCoordinateTransform(self.place_crs, self._canvas_crs(), QgsProject.instance())
        try:
            geometry.transform(transform)
        except Exception:  # noqa: BLE001 - a mark that cannot be drawn is not worth an error
            return
        if geometry.type() == POINT_GEOMETRY and not geometry.isMultipart():
            self._marker = QgsVertexMarker(self.canvas)
            self._marker.setCenter(geometry.asPoint())
            self._marker.setColor(AREA_COLOR)
            self._marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self._marker.setIconSize(14)
            self._marker.setPenWidth(3)
        else:
            self._band = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
            self._band.setStrokeColor(AREA_COLOR)
            fill = QColor(AREA_COLOR)
            fill.setAlpha(30)
            self._band.setFillColor(fill)
            self._band.setWidth(2)
            self._band.setToGeometry(geometry, None)

    def _remove_place_marks(self) -> None:
        if self.canvas is not None:
            for item in (self._marker, self._band):
                if item is not None:
                    self.canvas.scene().removeItem(item)
        self._marker = self._band = None

    # ------------------------------------------------------------------ running

    def build_request(self) -> TimeSeriesRequest:
        """The request the form describes. :raises InvalidInputError: with the sentence to show."""
        collection = self.collection_combo.currentData()
        if collection is None:
            raise InvalidInputError(tr("Choose a collection (they load when the panel opens)."))
        if self.place is None:
            raise InvalidInputError(
                tr("Choose a place: click a point, draw a polygon or use a selected feature.")
            )
        start = self.start_edit.date()
        end = self.end_edit.date()
        cloud = self.cloud_spin.value()
        return TimeSeriesRequest(
            collection=collection.id,
            indicator=self.indicator_key() or "NDVI",
            geometry=QgsGeometry(self.place),
            crs=QgsCoordinateReferenceSystem(self.place_crs),
            start=date(start.year(), start.month(), start.day()),
            end=date(end.year(), end.month(), end.day()),
            max_cloud=None if cloud >= 100 or not collection.has_cloud_cover else float(cloud),
        )

    def run_series(self) -> None:
        try:
            request = self.build_request()
        except InvalidInputError as exc:
            self._tell(str(exc))
            return
        self.cancel()
        self.series = None
        self.chart.start(request.indicator, self.place.type() == POLYGON_GEOMETRY)
        self.status_label.setText(tr("Searching and reading the products…"))
        task = TimeSeriesTask(request)
        # a task replaced by a newer run (a new point clicked) may still deliver: only the current one counts
        task.rowReady.connect(lambda row, t=task: self._is_current(t) and self.chart.add_row(row))
        task.seriesFinished.connect(lambda series, t=task: self._is_current(t) and self._on_series(series))
        task.seriesFailed.connect(lambda message, t=task: self._is_current(t) and self._on_failed(message))
        task.progressChanged.connect(lambda value, t=task: self._is_current(t) and self._on_progress(value))
        self.task = task
        self._set_running(True)
        self._start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _is_current(self, task) -> bool:
        return not sip.isdeleted(self) and task is self.task

    def _start(self, task) -> None:
        self._tasks.add(task)
        # lambdas outlive the dock: they check it is still there (a task may end after the plugin's unload)
        task.taskCompleted.connect(lambda t=task: None if sip.isdeleted(self) else self._task_ended(t))
        task.taskTerminated.connect(lambda t=task: None if sip.isdeleted(self) else self._task_ended(t))
        QgsApplication.taskManager().addTask(task)

    def _on_progress(self, value: float) -> None:
        self.progress.setValue(int(value))

    def _task_ended(self, task) -> None:
        self._tasks.discard(task)
        if task is self.task:
            self.task = None
            self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)

    def _on_series(self, series: TimeSeries) -> None:
        self.series = series
        self.chart.set_series(series)
        note = series.incomplete_note()
        if note:  # what matters most comes first: the series is not whole
            others = [m for m in series.messages if m != note]
            text = " ".join([note, *others, series.summary()])
        else:
            text = " ".join([series.summary(), *series.messages])
        self.status_label.setText(text)
        if series.interrupted and self.message_bar is not None:  # a fault, not the user's Cancel
            self.message_bar.pushMessage(tr("Time series"), note, Qgis.MessageLevel.Warning, 8)
        has_rows = bool(series.rows)
        self.csv_button.setEnabled(has_rows)
        self.png_button.setEnabled(has_rows)
        self.seriesShown.emit(series)

    def _on_failed(self, message: str) -> None:
        if self.chart.rows:  # dates already drawn stay: they were read, only the rest is missing
            self.chart.mark_incomplete(message)
            message = tr(
                "The series stopped: {message} The {n} dates read before are kept in the chart."
            ).format(message=message, n=len(self.chart.rows))
        else:
            self.chart.clear()
        self._tell(message)

    def _tell(self, message: str) -> None:
        self.status_label.setText(message)
        if self.message_bar is not None:
            self.message_bar.pushMessage(tr("Time series"), message, Qgis.MessageLevel.Warning, 8)

    # ------------------------------------------------------------------ export

    def export_csv(self, path: str) -> None:
        if self.series is None:
            return
        try:
            write_csv(self.series, path)
        except TerrascopeError as exc:
            self._tell(str(exc))
            return
        self.status_label.setText(tr("Saved {path}.").format(path=path))

    def export_png(self, path: str) -> bool:
        ok = self.chart.save_png(path)
        self.status_label.setText(
            tr("Saved {path}.").format(path=path)
            if ok
            else tr("{path} could not be written.").format(path=path)
        )
        return ok

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the time series"), "", tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path if path.lower().endswith(".csv") else path + ".csv")

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the chart"), "", tr("PNG images (*.png)"))
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")

    # ------------------------------------------------------------------ scenes

    def load_scene(self, item_id: str) -> None:
        """Add the product of ``item_id`` to the map, in the background: styled by the plugin's layer loader
        (:mod:`..core.layers`) when it is there, else its indicator's file as a plain raster."""
        product = self.series.products.get(item_id) if self.series is not None else None
        if product is None:
            return
        try:
            from ..core import layers
        except ImportError:  # a plugin without the layer loader
            layers = None
        if layers is not None and hasattr(layers, "LoadTask") and hasattr(layers, "plan_layer"):
            try:
                plan = self._layer_plan(layers, product)
            except TerrascopeError as exc:
                self._tell(str(exc))
                return
            task = layers.LoadTask([plan])
            task.loaded.connect(self._scene_loaded)
            self._start(task)
            return
        asset = self._scene_asset(product)
        if asset is None:
            self._tell(tr("The product {id} has no raster file to show.").format(id=item_id))
            return
        name = f"{product.date_text[:10]} {asset.key} {product.tile}".strip()

        def path_of(feedback):
            from ..core.auth import gdal_path

            return gdal_path(asset.href)  # may sign in: in the task, not on the main thread

        task = CatalogueTask(tr("Opening {name}").format(name=name), path_of)
        task.done.connect(lambda path, n=name: None if sip.isdeleted(self) else self._add_scene(path, n))
        task.failed.connect(self._tell)
        self._start(task)

    def _layer_plan(self, layers, product):
        """The product's own indicator layer (the NDVI product…) when it has one, else its default view."""
        asset = self._scene_asset(product)
        if (
            asset is not None
            and self.series is not None
            and asset.key.lower() == self.series.indicator.lower()
        ):
            try:
                return layers.plan_layer(product, preset=asset.key)
            except TerrascopeError:
                pass
        return layers.plan_layer(product)

    def _scene_loaded(self, added: list, messages: list) -> None:
        if messages:
            self._tell(" ".join(messages))
        for layer in added:
            self.sceneLoaded.emit(layer)

    def _scene_asset(self, product):
        wanted = self.series.indicator.lower() if self.series is not None else ""
        data = [a for a in product.data_assets if a.type.startswith("image/tiff")]
        for asset in data:
            if asset.key.lower() == wanted:
                return asset
        return data[0] if data else None

    def _add_scene(self, path: str, name: str) -> None:
        layer = QgsRasterLayer(path, name, "gdal")
        if not layer.isValid():
            self._tell(
                tr("{name} could not be opened: log in to Terrascope and try again.").format(name=name)
            )
            return
        QgsProject.instance().addMapLayer(layer)
        self.sceneLoaded.emit(layer)

    # ------------------------------------------------------------------ teardown

    def teardown(self) -> None:
        """Cancel tasks, leave the map tools and remove the marks (the plugin's unload)."""
        for task in list(self._tasks):
            task.cancel()
        if self.canvas is not None:
            for tool in (self.point_tool, self.polygon_tool):
                if tool is not None and self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
            if self.polygon_tool is not None:
                self.polygon_tool.remove_band()
        for tool in (self.point_tool, self.polygon_tool):
            if tool is not None:
                tool.deleteLater()  # their parent is the canvas, which outlives the dock
        self.point_tool = self.polygon_tool = None
        self._remove_place_marks()
