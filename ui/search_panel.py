"""The Search section of the dock: collections, area, dates, cloud cover, extra filters, the Search button.

Collections and their filters are loaded in background tasks. :meth:`SearchPanel.build_request` turns the
form into a :class:`~..core.catalogue.SearchRequest` (area reprojected to WGS 84), or raises
:class:`~..core.errors.InvalidInputError` with the sentence to show. ``searchRequested`` carries the request.
"""

from datetime import date, timedelta
from typing import Optional

from qgis.core import Qgis, QgsGeometry, QgsMapLayerProxyModel, QgsRectangle
from qgis.gui import QgsMapCanvas, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import (
    Catalogue,
    SearchRequest,
    area_in_wgs84,
    area_km2,
    layer_area,
    rectangle_in_wgs84,
)
from ..core.errors import InvalidInputError, TerrascopeError
from ..core.i18n import tr, tr_noop
from ..core.search_task import CatalogueTask
from .area_tools import AreaOverlay, PolygonTool, RectangleTool

COLLECTION_ROLE = Qt.ItemDataRole.UserRole + 1

# area modes, in the order of the combo box
AREA_CANVAS, AREA_RECTANGLE, AREA_POLYGON, AREA_LAYER, AREA_SELECTION, AREA_NONE = range(6)
# date presets: (label, days back; None = no limit, -1 = custom)
DATE_PRESETS = (
    (tr_noop("Any date"), None),
    (tr_noop("Last 7 days"), 7),
    (tr_noop("Last 30 days"), 30),
    (tr_noop("Last 90 days"), 90),
    (tr_noop("Last 12 months"), 365),
    (tr_noop("Custom dates"), -1),
)


class _CollectionFilter(QSortFilterProxyModel):
    """Text filter on titles, ids and keywords; a mission shows while one of its collections matches."""

    text = ""

    def set_text(self, text: str) -> None:
        self.text = text.strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        text = self.text
        if not text:
            return True
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        item = model.itemFromIndex(index)
        if item.hasChildren():
            return text in item.text().lower() or any(
                self.filterAcceptsRow(r, index) for r in range(item.rowCount())
            )
        if parent.isValid() and text in model.itemFromIndex(parent).text().lower():
            return True  # the mission matches: show all of it
        collection = item.data(COLLECTION_ROLE)
        words = [item.text()] + ([collection.id, *collection.keywords] if collection else [])
        return text in " ".join(words).lower()


class SearchPanel(QWidget):
    """The search form. ``canvas`` gives the extent and hosts the drawing tools."""

    searchRequested = pyqtSignal(object)  # noqa: N815 - a SearchRequest
    cancelRequested = pyqtSignal()  # noqa: N815
    collectionsLoaded = pyqtSignal(list)  # noqa: N815
    queryablesLoaded = pyqtSignal(str, list)  # noqa: N815 - collection id, queryables

    def __init__(self, canvas: Optional[QgsMapCanvas], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.collections: list = []
        self._drawn_area: Optional[QgsGeometry] = None  # WGS 84
        self._tasks: set = set()
        self._queryable_widgets: dict = {}  # property -> QComboBox
        self._queryables_for: Optional[str] = None
        self._previous_tool = None
        self._filling = False
        self.overlay = AreaOverlay(canvas) if canvas is not None else None
        self.rectangle_tool = RectangleTool(canvas) if canvas is not None else None
        self.polygon_tool = PolygonTool(canvas) if canvas is not None else None
        self._build()
        self._connect()
        self._update_area_widgets()
        self._apply_preset()

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.collection_filter = QLineEdit()
        self.collection_filter.setPlaceholderText(tr("Filter collections…"))
        self.collection_filter.setClearButtonEnabled(True)
        self.collection_model = QStandardItemModel(self)
        self.collection_proxy = _CollectionFilter(self)
        self.collection_proxy.setSourceModel(self.collection_model)
        self.collection_proxy.setRecursiveFilteringEnabled(False)
        self.collection_view = QTreeView()
        self.collection_view.setModel(self.collection_proxy)
        self.collection_view.setHeaderHidden(True)
        self.collection_view.setUniformRowHeights(True)
        self.collection_view.setMinimumHeight(110)
        self.collection_view.setMaximumHeight(170)
        self.collection_view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.collection_status = QLabel(tr("Loading the collections…"))
        self.collection_status.setWordWrap(True)
        layout.addWidget(QLabel(tr("Collections")))
        layout.addWidget(self.collection_filter)
        layout.addWidget(self.collection_view)
        layout.addWidget(self.collection_status)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.area_mode = QComboBox()
        self.area_mode.addItems(
            [
                tr("Map canvas extent"),
                tr("Draw a rectangle"),
                tr("Draw a polygon"),
                tr("Layer extent"),
                tr("Selected features"),
                tr("Anywhere"),
            ]
        )
        self.draw_button = QToolButton()
        self.draw_button.setText(tr("Draw"))
        self.draw_button.setCheckable(True)
        area_row = QHBoxLayout()
        area_row.addWidget(self.area_mode, 1)
        area_row.addWidget(self.draw_button)
        form.addRow(tr("Area"), area_row)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(_area_layer_filters())
        form.addRow("", self.layer_combo)
        self.area_label = QLabel()
        self.area_label.setWordWrap(True)
        form.addRow("", self.area_label)

        self.date_preset = QComboBox()
        for label, _days in DATE_PRESETS:
            self.date_preset.addItem(tr(label))  # texts marked tr_noop
        form.addRow(tr("Dates"), self.date_preset)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_label, self.end_label = QLabel(tr("From")), QLabel(tr("To"))
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_label, self.end_edit)

        self.cloud_spin = QSpinBox()
        self.cloud_spin.setRange(0, 100)
        self.cloud_spin.setValue(100)
        self.cloud_spin.setSuffix(" %")
        self.cloud_spin.setToolTip(tr("Largest cloud cover of a product; 100 % keeps every product."))
        form.addRow(tr("Max. cloud"), self.cloud_spin)
        layout.addLayout(form)

        self.more_button = QToolButton()
        self.more_button.setText(tr("More filters"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_widget = QWidget()
        self.more_form = QFormLayout(self.more_widget)
        self.more_form.setContentsMargins(12, 0, 0, 0)
        self.more_note = QLabel(tr("Choose one collection to filter on its properties."))
        self.more_note.setWordWrap(True)
        self.more_form.addRow(self.more_note)
        self.more_widget.setVisible(False)
        layout.addWidget(self.more_button)
        layout.addWidget(self.more_widget)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.search_button = QPushButton(tr("Search"))
        self.search_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.search_button, 1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.collection_filter.textChanged.connect(self._filter_collections)
        self.collection_model.itemChanged.connect(self._on_collection_checked)
        self.area_mode.currentIndexChanged.connect(self._update_area_widgets)
        self.layer_combo.layerChanged.connect(self._update_area_label)
        self.draw_button.toggled.connect(self._toggle_drawing)
        self.date_preset.currentIndexChanged.connect(self._apply_preset)
        self.more_button.toggled.connect(self._toggle_more)
        self.search_button.clicked.connect(self.request_search)
        self.cancel_button.clicked.connect(self.cancelRequested)
        if self.canvas is not None:
            self.canvas.extentsChanged.connect(self._update_area_label)
            self.rectangle_tool.rectangleDrawn.connect(self._on_rectangle)
            self.polygon_tool.polygonDrawn.connect(self._on_polygon)

    # ------------------------------------------------------------------ collections

    def load_collections(self) -> None:
        """Fetch the collections in the background (the list fills when they arrive)."""
        self.collection_status.setText(tr("Loading the collections…"))
        self.collection_status.setVisible(True)
        task = CatalogueTask(tr("Loading the Terrascope collections"), lambda fb: Catalogue().collections(fb))
        task.done.connect(self.set_collections)
        task.failed.connect(self._collections_failed)
        self._run(task)

    def _run(self, task) -> None:
        from qgis.core import QgsApplication

        self._tasks.add(task)
        task.taskCompleted.connect(lambda t=task: self._tasks.discard(t))
        task.taskTerminated.connect(lambda t=task: self._tasks.discard(t))
        QgsApplication.taskManager().addTask(task)

    def _collections_failed(self, message: str) -> None:
        self.collection_status.setText(message)
        self.collection_status.setVisible(True)

    def set_collections(self, collections: list) -> None:
        """Fill the list, grouped by mission; the previously checked collections stay checked."""
        checked = set(self.selected_collection_ids())
        self.collections = list(collections)
        self._filling = True  # not blockSignals: the filter proxy must see the rows arrive
        self.collection_model.clear()
        groups: dict = {}
        bold = QFont()
        bold.setBold(True)
        for collection in collections:
            group = groups.get(collection.mission)
            if group is None:
                group = QStandardItem(collection.mission)
                group.setFont(bold)
                group.setSelectable(False)
                groups[collection.mission] = group
                self.collection_model.appendRow(group)
            item = QStandardItem(collection.label)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if collection.id in checked else Qt.CheckState.Unchecked)
            item.setData(collection, COLLECTION_ROLE)
            item.setToolTip(f"{collection.id}\n{collection.description[:300]}")
            group.appendRow(item)
        self._filling = False
        self.collection_view.expandAll()
        self.collection_status.setVisible(not collections)
        self.collection_status.setText(tr("The catalogue has no collections."))
        self._on_collection_checked()
        self.collectionsLoaded.emit(self.collections)

    def _collection_items(self) -> list:
        items = []
        for row in range(self.collection_model.rowCount()):
            group = self.collection_model.item(row)
            items.extend(group.child(r) for r in range(group.rowCount()))
        return items

    def selected_collections(self) -> list:
        return [
            i.data(COLLECTION_ROLE)
            for i in self._collection_items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def selected_collection_ids(self) -> list:
        return [c.id for c in self.selected_collections()]

    def set_selected_collections(self, ids) -> None:
        wanted = set(ids)
        for item in self._collection_items():
            state = (
                Qt.CheckState.Checked if item.data(COLLECTION_ROLE).id in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _filter_collections(self, text: str) -> None:
        self.collection_proxy.set_text(text)
        self.collection_view.expandAll()

    def _on_collection_checked(self, *args) -> None:
        if self._filling:
            return
        selected = self.selected_collections()
        optical = any(c.has_cloud_cover for c in selected)
        self.cloud_spin.setEnabled(optical or not selected)
        if selected and not optical:
            self.cloud_spin.setToolTip(tr("The chosen collections have no cloud cover (not optical)."))
        self._update_queryables(selected)

    # ------------------------------------------------------------------ extra filters

    def _toggle_more(self, shown: bool) -> None:
        self.more_widget.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_queryables(self, selected: list) -> None:
        target = selected[0].id if len(selected) == 1 else None
        if target == self._queryables_for:
            return
        self._queryables_for = target
        self._clear_queryables()
        if target is None:
            self.more_note.setText(tr("Choose one collection to filter on its properties."))
            self.more_note.setVisible(True)
            return
        self.more_note.setText(tr("Loading the filters of this collection…"))
        collection = selected[0]
        task = CatalogueTask(
            tr("Loading the filters of {collection}").format(collection=collection.id),
            lambda fb, c=collection: Catalogue().queryables(c, fb),
        )
        task.done.connect(lambda result, cid=target: self.set_queryables(cid, result))
        task.failed.connect(self.more_note.setText)
        self._run(task)

    def _clear_queryables(self) -> None:
        for name in list(self._queryable_widgets):
            widget = self._queryable_widgets.pop(name)
            self.more_form.removeRow(widget)

    def set_queryables(self, collection_id: str, queryables: list) -> None:
        if collection_id != self._queryables_for:
            return  # the user moved on
        self._clear_queryables()
        for queryable in queryables:
            combo = QComboBox()
            combo.addItem(tr("Any"), None)
            for value in queryable.values:
                text = str(value)
                combo.addItem(text[5:] if text.startswith("MGRS-") else text, value)
            if not queryable.values:
                combo.setEditable(True)
            self._queryable_widgets[queryable.name] = combo
            self.more_form.addRow(queryable.title, combo)
        self.more_note.setVisible(not queryables)
        self.more_note.setText(tr("This collection has no other filters."))
        self.queryablesLoaded.emit(collection_id, queryables)

    def filters(self) -> dict:
        result = {}
        for name, combo in self._queryable_widgets.items():
            value = combo.currentData()
            if value is None and combo.isEditable() and combo.currentText() not in ("", tr("Any")):
                value = combo.currentText()
            if value is not None:
                result[name] = value
        return result

    def set_filter(self, name: str, value) -> None:
        combo = self._queryable_widgets[name]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # ------------------------------------------------------------------ area

    def _update_area_widgets(self, *args) -> None:
        mode = self.area_mode.currentIndex()
        self.draw_button.setVisible(mode in (AREA_RECTANGLE, AREA_POLYGON))
        self.layer_combo.setVisible(mode in (AREA_LAYER, AREA_SELECTION))
        if mode not in (AREA_RECTANGLE, AREA_POLYGON):
            self.draw_button.setChecked(False)
        self._update_area_label()

    def _toggle_drawing(self, on: bool) -> None:
        if self.canvas is None:
            return
        tool = self.rectangle_tool if self.area_mode.currentIndex() == AREA_RECTANGLE else self.polygon_tool
        if on:
            current = self.canvas.mapTool()
            if current not in (self.rectangle_tool, self.polygon_tool):
                self._previous_tool = current
            self.canvas.setMapTool(tool)
        else:
            self._restore_tool()

    def _restore_tool(self) -> None:
        if self.canvas is None:
            return
        if self.canvas.mapTool() in (self.rectangle_tool, self.polygon_tool):
            self.canvas.unsetMapTool(self.canvas.mapTool())
            if self._previous_tool is not None:
                self.canvas.setMapTool(self._previous_tool)
        self._previous_tool = None

    def _on_rectangle(self, rectangle: QgsRectangle) -> None:
        self.set_drawn_area(rectangle_in_wgs84(rectangle, self.canvas.mapSettings().destinationCrs()))
        self.draw_button.setChecked(False)

    def _on_polygon(self, polygon: QgsGeometry) -> None:
        self.set_drawn_area(area_in_wgs84(polygon, self.canvas.mapSettings().destinationCrs()))
        self.draw_button.setChecked(False)

    def set_drawn_area(self, geometry_wgs84: Optional[QgsGeometry]) -> None:
        """The drawn area (WGS 84): used by the rectangle and polygon modes."""
        self._drawn_area = geometry_wgs84
        self._update_area_label()

    def set_area_mode(self, mode: int) -> None:
        self.area_mode.setCurrentIndex(mode)

    def search_area(self) -> Optional[QgsGeometry]:
        """The area of the current mode in WGS 84 (None: anywhere).

        :raises InvalidInputError: nothing drawn yet, no layer, no selection.
        """
        mode = self.area_mode.currentIndex()
        if mode == AREA_NONE:
            return None
        if mode == AREA_CANVAS:
            if self.canvas is None:
                return None
            settings = self.canvas.mapSettings()
            return rectangle_in_wgs84(self.canvas.extent(), settings.destinationCrs())
        if mode in (AREA_RECTANGLE, AREA_POLYGON):
            if self._drawn_area is None:
                raise InvalidInputError(tr("Draw the search area on the map first (the Draw button)."))
            return self._drawn_area
        return layer_area(self.layer_combo.currentLayer(), selected_only=mode == AREA_SELECTION)

    def _update_area_label(self, *args) -> None:
        try:
            area = self.search_area()
        except (InvalidInputError, TerrascopeError) as exc:
            self.area_label.setText(str(exc))
            if self.overlay is not None:
                self.overlay.clear()
            return
        if area is None:
            self.area_label.setText(tr("The whole catalogue, no area limit."))
        else:
            self.area_label.setText(tr("Area: {km2} km²").format(km2=_format_km2(area_km2(area))))
        if self.overlay is not None:
            if self.area_mode.currentIndex() == AREA_CANVAS:
                self.overlay.clear()
            else:
                self.overlay.show(area)

    # ------------------------------------------------------------------ dates

    def _apply_preset(self, *args) -> None:
        _label, days = DATE_PRESETS[self.date_preset.currentIndex()]
        custom = days == -1
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        today = date.today()
        for widget in (self.start_label, self.start_edit, self.end_label, self.end_edit):
            widget.setVisible(days is not None)  # "Any date": nothing to show
        if days is not None and not custom:
            self.start_edit.setDate(_qdate(today - timedelta(days=days)))
            self.end_edit.setDate(_qdate(today))

    def set_dates(self, start: Optional[date], end: Optional[date]) -> None:
        """Custom dates (``None`` for both: any date)."""
        if start is None and end is None:
            self.date_preset.setCurrentIndex(0)
            return
        self.date_preset.setCurrentIndex(len(DATE_PRESETS) - 1)
        if start is not None:
            self.start_edit.setDate(_qdate(start))
        if end is not None:
            self.end_edit.setDate(_qdate(end))

    def dates(self) -> tuple:
        _label, days = DATE_PRESETS[self.date_preset.currentIndex()]
        if days is None:
            return None, None
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    # ------------------------------------------------------------------ the request

    def build_request(self, sortby: Optional[str] = "-datetime", page_size: int = 100) -> SearchRequest:
        """The form as a search request, checked.

        :raises InvalidInputError: with the sentence to show.
        """
        selected = self.selected_collections()
        if not selected:
            raise InvalidInputError(tr("Choose at least one collection to search."))
        start, end = self.dates()
        cloud = self.cloud_spin.value()
        optical = any(c.has_cloud_cover for c in selected)
        request = SearchRequest(
            collections=tuple(c.id for c in selected),
            area=self.search_area(),
            start=start,
            end=end,
            max_cloud=float(cloud) if optical and cloud < 100 else None,
            filters=self.filters() if len(selected) == 1 else {},
            sortby=sortby,
            page_size=page_size,
        )
        request.validate()
        return request

    def request_search(self) -> None:
        try:
            request = self.build_request()
        except InvalidInputError as exc:
            self.show_message(str(exc))
            return
        self.show_message("")
        self.searchRequested.emit(request)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)

    # ------------------------------------------------------------------ teardown

    def teardown(self) -> None:
        """Cancel the tasks, hand the map tool back and remove the drawings from the canvas."""
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass
        self._tasks.clear()
        self._restore_tool()
        if self.polygon_tool is not None:
            self.polygon_tool.remove_band()
        for tool in (self.rectangle_tool, self.polygon_tool):
            if tool is not None:
                tool.deleteLater()  # parented to the canvas, which outlives the plugin
        self.rectangle_tool = self.polygon_tool = None
        if self.overlay is not None:
            self.overlay.remove()
        if self.canvas is not None:
            try:
                self.canvas.extentsChanged.disconnect(self._update_area_label)
            except TypeError:
                pass


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _format_km2(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:.1f}"


def _area_layer_filters():
    """Layers that can give an area; Qgis.LayerFilter from QGIS 3.34, where the old flags are deprecated."""
    if hasattr(Qgis, "LayerFilter"):
        # the flags type, not the int an OR of two members gives: sip would pick the deprecated overload
        return Qgis.LayerFilters(Qgis.LayerFilter.HasGeometry | Qgis.LayerFilter.RasterLayer)
    return QgsMapLayerProxyModel.Filter.HasGeometry | QgsMapLayerProxyModel.Filter.RasterLayer
