"""The Results section of the dock: the products found, their thumbnails and footprints.

:class:`ResultsPanel` runs the search in a :class:`~..core.search_task.SearchTask` (a new search cancels the
running one), lists the products in a sortable view with thumbnails loaded in the background, keeps a
"Terrascope footprints" layer in the project in step with the list (selection both ways, hover highlight,
zoom to a product) and loads more pages on demand ("Load more", or scrolling to the end).
"""

from typing import Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsRubberBand
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QGuiApplication, QIcon, QImage, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import LOG_TAG
from ..core.catalogue import POLYGON_GEOMETRY, Catalogue, Search, SearchRequest
from ..core.errors import InvalidInputError
from ..core.footprints import FootprintIndex, add_products, new_footprint_layer
from ..core.i18n import tr, tr_noop
from ..core.products import Product
from ..core.search_task import SearchTask
from ..core.thumbnails import ThumbnailLoader
from .download_dialog import DownloadController
from .layer_actions import LayerActions

PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COL_DATE, COL_TILE, COL_CLOUD = range(3)
ICON_SIZE = 32
SCROLL_MARGIN = 4  # rows from the end that trigger the next page

# (label, server-side sortby, local column, local order)
SORT_OPTIONS = (
    (tr_noop("Newest first"), "-datetime", COL_DATE, Qt.SortOrder.DescendingOrder),
    (tr_noop("Oldest first"), "datetime", COL_DATE, Qt.SortOrder.AscendingOrder),
    (tr_noop("Least cloudy first"), "eo:cloud_cover", COL_CLOUD, Qt.SortOrder.AscendingOrder),
)


class ResultsModel(QAbstractTableModel):
    """The products found, in arrival order; the view sorts through a proxy."""

    HEADERS = (tr_noop("Date"), tr_noop("Tile"), tr_noop("Cloud"))

    def __init__(self, thumbnails: Optional[ThumbnailLoader], parent=None) -> None:
        super().__init__(parent)
        self.products: list = []
        self._rows_by_url: dict = {}
        self.thumbnails = thumbnails
        self._placeholder: Optional[QIcon] = None
        if thumbnails is not None:
            thumbnails.thumbnailReady.connect(self._on_thumbnail)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])  # texts marked tr_noop
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        product: Product = self.products[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return product.datetime.strftime("%Y-%m-%d") if product.datetime else ""
            if column == COL_TILE:
                return product.tile
            if column == COL_CLOUD:
                return "" if product.cloud_cover is None else f"{product.cloud_cover:.0f}%"
        elif role == SORT_ROLE:
            if column == COL_DATE:
                return product.datetime.timestamp() if product.datetime else 0.0
            if column == COL_TILE:
                return product.tile
            if column == COL_CLOUD:
                return -1.0 if product.cloud_cover is None else product.cloud_cover
        elif role == Qt.ItemDataRole.DecorationRole and column == COL_DATE:
            return self._thumbnail(product)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return f"{product.title}\n{product.collection}\n{product.date_text} UTC"
        elif role == PRODUCT_ROLE:
            return product
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CLOUD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _thumbnail(self, product: Product):
        url = product.thumbnail_url
        if self.thumbnails is None or not url:
            return None
        image = self.thumbnails.request(url)
        if image is None:
            return self._placeholder_icon()
        return QIcon(QPixmap.fromImage(image))  # an icon is drawn at the view's icon size, a pixmap is not

    def _placeholder_icon(self) -> QIcon:
        if self._placeholder is None:
            pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
            pixmap.fill(QColor(220, 220, 220))
            self._placeholder = QIcon(pixmap)
        return self._placeholder

    def _on_thumbnail(self, url: str, image: QImage) -> None:
        for row in self._rows_by_url.get(url, ()):
            index = self.index(row, COL_DATE)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def append(self, products: list) -> None:
        if not products:
            return
        first = len(self.products)
        self.beginInsertRows(QModelIndex(), first, first + len(products) - 1)
        for offset, product in enumerate(products):
            url = product.thumbnail_url
            if url:
                self._rows_by_url.setdefault(url, []).append(first + offset)
        self.products.extend(products)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.products = []
        self._rows_by_url = {}
        self.endResetModel()


class ProductDialog(QDialog):
    """Everything about one product: its properties and its assets."""

    def __init__(self, product: Product, image: Optional[QImage] = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(product.title or product.id)
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        if image is not None and not image.isNull():
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            header.addWidget(picture)
        summary = QLabel(
            f"<b>{product.id}</b><br>{product.collection}<br>{product.date_text} UTC"
            + (f"<br>{tr('Tile')}: {product.tile}" if product.tile else "")
            + (
                f"<br>{tr('Cloud cover')}: {product.cloud_cover:.1f} %"
                if product.cloud_cover is not None
                else ""
            )
        )
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.setWordWrap(True)
        header.addWidget(summary, 1)
        layout.addLayout(header)
        tabs = QTabWidget()
        self.properties = QTreeWidget()
        self.properties.setHeaderLabels([tr("Property"), tr("Value")])
        for name in sorted(product.properties):
            QTreeWidgetItem(self.properties, [name, _text(product.properties[name])])
        self.properties.resizeColumnToContents(0)
        self.assets = QTreeWidget()
        self.assets.setHeaderLabels([tr("Asset"), tr("Type"), tr("Roles"), tr("Login"), tr("Address")])
        for key in sorted(product.assets):
            asset = product.assets[key]
            QTreeWidgetItem(
                self.assets,
                [
                    asset.key,
                    asset.type,
                    ", ".join(asset.roles),
                    tr("yes") if asset.needs_login else "",
                    asset.href,
                ],
            )
        self.assets.resizeColumnToContents(0)
        tabs.addTab(self.properties, tr("Properties ({n})").format(n=len(product.properties)))
        tabs.addTab(self.assets, tr("Assets ({n})").format(n=len(product.assets)))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _text(value) -> str:
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ResultsPanel(QWidget):
    """Runs searches and shows their results; ``canvas`` may be None (no map: no hover or zoom)."""

    searchStarted = pyqtSignal()  # noqa: N815
    searchEnded = pyqtSignal()  # noqa: N815 - finished, failed or cancelled
    pageShown = pyqtSignal(int)  # noqa: N815 - products listed so far
    messageChanged = pyqtSignal(str)  # noqa: N815

    def __init__(  # noqa: QGS105 - the plugin hands its iface on, tests pass theirs
        self,
        canvas: Optional[QgsMapCanvas] = None,
        project: Optional[QgsProject] = None,
        thumbnails: Optional[ThumbnailLoader] = None,
        parent: Optional[QWidget] = None,
        iface=None,
    ) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.thumbnails = thumbnails if thumbnails is not None else ThumbnailLoader(parent=self)
        self.search: Optional[Search] = None
        self.request: Optional[SearchRequest] = None
        self.task: Optional[SearchTask] = None
        self.layer: Optional[QgsVectorLayer] = None
        self.index = FootprintIndex()
        self._syncing = False
        self._hover: Optional[QgsRubberBand] = None
        self._dialogs: list = []
        self.hovered: Optional[Product] = None
        # "Add to map" (streamed, styled layers) and "Download…" (files) for the selected products
        self.layer_actions = LayerActions(iface, self, self.project)
        self.downloads = DownloadController(iface, self)
        self._build()

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.count_label = QLabel(tr("No search yet."))
        self.count_label.setWordWrap(True)
        self.sort_combo = QComboBox()
        for label, *_rest in SORT_OPTIONS:
            self.sort_combo.addItem(tr(label))  # texts marked tr_noop
        top.addWidget(self.count_label, 1)
        top.addWidget(self.sort_combo)
        layout.addLayout(top)

        self.model = ResultsModel(self.thumbnails, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(self.view.iconSize().__class__(ICON_SIZE, ICON_SIZE))
        self.view.setMouseTracking(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMinimumHeight(220)
        header = self.view.header()
        # Fixed widths from the font: ResizeToContents would read every row (and ask for every thumbnail)
        # each time a page arrives.
        metrics = self.view.fontMetrics()
        header.setStretchLastSection(False)
        # The date column (with the thumbnail) takes the spare room; tile and cloud keep the width of their
        # header or widest value, so a narrow dock never cuts a header.
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(10)
        for column, sample in ((COL_TILE, "31UFS"), (COL_CLOUD, "100%")):
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(str(label))) + 12
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)
        self.load_more_button = QPushButton(tr("Load more"))
        self.load_more_button.setVisible(False)
        self.add_button = QToolButton()
        self.add_button.setText(tr("Add to map"))
        self.add_button.setToolTip(
            tr("Add the selected products to the map, streamed and styled (double-click a row does the same)")
        )
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.download_button = QPushButton(tr("Download…"))
        self.download_button.setToolTip(tr("Download files of the selected products"))
        bottom.addWidget(self.load_more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.download_button)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.load_more_button.clicked.connect(self.load_more)
        self.add_button.clicked.connect(lambda: self.add_to_map(self.selected_products()))
        self.download_button.clicked.connect(lambda: self.download(self.selected_products()))
        self._update_actions()
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self.view.entered.connect(self._on_hover)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.project.layerWillBeRemoved.connect(self._on_layer_removed)

    # ------------------------------------------------------------------ searching

    def start_search(self, request: SearchRequest) -> None:
        """Cancel the running search, clear the results and search ``request``.

        :raises InvalidInputError: the request cannot be searched.
        """
        search = Catalogue().search(request)  # validates first: nothing changes on bad input
        self.cancel()
        self.request = request
        self.search = search
        self.layer_actions.group = _group_name(request)
        self.model.clear()
        self.thumbnails.cancel_all()
        self.index.clear()
        self._clear_hover()
        if self.layer is not None:
            self.layer.dataProvider().truncate()
            self.layer.removeSelection()
            self.layer.triggerRepaint()
        self._show_message("")
        self.count_label.setText(tr("Searching…"))
        self.searchStarted.emit()
        self._fetch(request.page_size)

    def load_more(self) -> None:
        """Fetch the next page of the current search (nothing when one is already on its way)."""
        if self.search is None or not self.search.has_more or self.task is not None:
            return
        self._fetch(self.search.request.page_size)

    def load_all(self) -> None:
        if self.search is None or not self.search.has_more or self.task is not None:
            return
        self._fetch(None)

    def cancel(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            try:
                task.cancel()
            except RuntimeError:  # deleted by the task manager already
                pass
            self._update_count()
            self.searchEnded.emit()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _fetch(self, want: Optional[int]) -> None:
        task = SearchTask(self.search, want)
        task.pageReady.connect(self._on_page)
        task.searchFinished.connect(self._on_finished)
        task.searchFailed.connect(self._on_failed)
        task.taskTerminated.connect(lambda t=task: self._on_terminated(t))
        self.task = task
        self.load_more_button.setEnabled(False)
        QgsApplication.taskManager().addTask(task)

    def _current(self) -> bool:
        """Whether the signal being handled comes from a task of the current search (not a replaced one)."""
        task = self.sender()
        return task is not None and getattr(task, "search", None) is self.search

    def _on_page(self, page) -> None:
        if not self._current():
            return  # a page of a search that was replaced
        self.model.append(page.products)
        self._add_footprints(page.products)
        self._update_count()
        self.pageShown.emit(len(self.model.products))

    def _on_finished(self, search) -> None:
        if search is not self.search:
            return
        self.task = None
        self._update_count()
        self.searchEnded.emit()
        self._maybe_fill_view()

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self.task = None
        self._show_message(message)
        QgsMessageLog.logMessage(message, LOG_TAG)
        self._update_count()
        self.searchEnded.emit()

    def _on_terminated(self, task) -> None:
        if task is self.task:  # cancelled from the task manager
            self.task = None
            self._update_count()
            self.searchEnded.emit()

    def _update_count(self) -> None:
        shown = len(self.model.products)
        search = self.search
        if search is None:
            self.count_label.setText(tr("No search yet."))
            self.load_more_button.setVisible(False)
            return
        matched = search.matched
        if matched is None:
            text = tr("{shown} products").format(shown=shown)
        elif matched == 0:
            text = tr("No product matches.")
        else:
            text = tr("{shown} of {matched} products").format(shown=shown, matched=matched)
        if self.task is not None:
            text += " " + tr("(loading…)")
        self.count_label.setText(text)
        self.load_more_button.setVisible(search.has_more)
        self.load_more_button.setEnabled(self.task is None)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.messageChanged.emit(text)

    # ------------------------------------------------------------------ sorting and endless scroll

    def _on_sort_changed(self, index: int) -> None:
        """Sort what is listed; when more pages wait on the server, search again sorted by the server, so
        that the first pages are the right ones. The list stays sorted locally as pages arrive, because
        not every backend sorts numbers as numbers (pgstac compares undeclared properties as text)."""
        _label, sortby, column, order = SORT_OPTIONS[index]
        self.proxy.sort(column, order)
        if self.search is not None and self.search.has_more and self.request is not None:
            from dataclasses import replace

            try:
                self.start_search(replace(self.request, sortby=sortby))
            except InvalidInputError as exc:
                self._show_message(str(exc))

    def sortby(self) -> str:
        return SORT_OPTIONS[self.sort_combo.currentIndex()][1]

    def _on_scroll(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum() - SCROLL_MARGIN * max(1, bar.singleStep()):
            self.load_more()

    def _maybe_fill_view(self) -> None:
        """Endless scroll: when everything fits without a scroll bar, nothing would ask for more."""
        bar = self.view.verticalScrollBar()
        if self.isVisible() and bar.maximum() == 0 and self.search is not None and self.search.has_more:
            self.load_more()

    # ------------------------------------------------------------------ footprints

    def footprint_layer(self) -> QgsVectorLayer:
        """The footprints layer, created (and added to the project) on first use."""
        if self.layer is None:
            self.layer = new_footprint_layer()
            self.project.addMapLayer(self.layer)
            self.layer.selectionChanged.connect(self._on_layer_selection)
        return self.layer

    def _add_footprints(self, products: list) -> None:
        if not products:
            return
        layer = self.footprint_layer()
        fids = add_products(layer, products)
        self.index.add(products, fids)

    def _on_layer_removed(self, layer_id: str) -> None:
        if self.layer is not None and self.layer.id() == layer_id:
            self.layer = None
            self.index.clear()

    def _products_at(self, proxy_rows) -> list:
        return [self.model.products[self.proxy.mapToSource(self.proxy.index(r, 0)).row()] for r in proxy_rows]

    def selected_products(self) -> list:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return self._products_at(rows)

    def _on_view_selection(self, *args) -> None:
        self._update_actions()
        if self._syncing or self.layer is None:
            return
        keys = [p.key for p in self.selected_products()]
        self._syncing = True
        try:
            self.layer.selectByIds(self.index.fids(keys))
        finally:
            self._syncing = False

    def _on_layer_selection(self, selected, deselected, clear_and_select) -> None:
        if self._syncing or self.layer is None:
            return
        keys = set(self.index.keys(self.layer.selectedFeatureIds()))
        from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for row, product in enumerate(self.model.products):
            if product.key in keys:
                source = self.model.index(row, 0)
                left, right = (
                    self.proxy.mapFromSource(source),
                    self.proxy.mapFromSource(self.model.index(row, 2)),
                )
                selection.select(left, right)
        self._syncing = True
        try:
            self.view.selectionModel().select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            if not selection.isEmpty():
                self.view.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    # ------------------------------------------------------------------ hover, zoom, details

    def _product_at(self, proxy_index: QModelIndex) -> Optional[Product]:
        if not proxy_index.isValid():
            return None
        return self.proxy.data(proxy_index.siblingAtColumn(0), PRODUCT_ROLE)

    def _on_hover(self, proxy_index: QModelIndex) -> None:
        product = self._product_at(proxy_index)
        if product is None or self.canvas is None:
            return
        if self._hover is None:
            self._hover = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
            self._hover.setStrokeColor(QColor(255, 0, 0))
            self._hover.setFillColor(QColor(255, 0, 0, 40))
            self._hover.setWidth(2)
        self._hover.setToGeometry(product.footprint, QgsCoordinateReferenceSystem("EPSG:4326"))
        self.hovered = product

    def _clear_hover(self) -> None:
        if self._hover is not None:
            self._hover.reset(POLYGON_GEOMETRY)
        self.hovered = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from qgis.PyQt.QtCore import QEvent

        if event.type() == QEvent.Type.Leave:
            self._clear_hover()
        return False

    def zoom_to(self, products: list) -> None:
        if self.canvas is None or not products:
            return
        box = None
        for product in products:
            b = product.footprint.boundingBox()
            if box is None:
                box = b
            else:
                box.combineExtentWith(b)
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            self.canvas.mapSettings().destinationCrs(),
            self.project,
        )
        extent = transform.transformBoundingBox(box)
        extent.scale(1.1)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def _on_double_click(self, proxy_index: QModelIndex) -> None:
        product = self._product_at(proxy_index)
        if product is not None:
            self.add_to_map([product])

    # ------------------------------------------------------------------ layers and files

    def add_to_map(self, products: list, preset: Optional[str] = None):
        """Stream ``products`` into the project (default preset), in this search's layer group."""
        if not products:
            self._show_message(tr("Select one or more products to add to the map."))
            return None
        return self.layer_actions.add(products, preset=preset)

    def download(self, products: list):
        """Ask which files of ``products`` to download (clipped to the search area if wanted)."""
        area = self.request.area if self.request is not None else None
        return self.downloads.open_dialog(products, area=area)

    def _update_actions(self) -> None:
        products = self.selected_products()
        self.add_button.setEnabled(bool(products))
        self.download_button.setEnabled(bool(products))
        old = self.add_button.menu()
        self.add_button.setMenu(self.layer_actions.menu_for(products, self) if products else None)
        if old is not None:
            old.deleteLater()

    def show_details(self, product: Product) -> ProductDialog:
        image = self.thumbnails.image(product.thumbnail_url) if product.thumbnail_url else None
        dialog = ProductDialog(product, image, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.show()
        return dialog

    def _context_menu(self, position) -> None:
        product = self._product_at(self.view.indexAt(position))
        if product is None:
            return
        selected = self.selected_products()
        products = selected if product in selected else [product]
        menu = QMenu(self)
        add_menu = self.layer_actions.menu_for(products, menu)
        for action in add_menu.actions():
            menu.addAction(action)
        menu.addAction(tr("Download…"), lambda: self.download(products))
        menu.addSeparator()
        menu.addAction(tr("Zoom to product"), lambda: self.zoom_to([product]))
        menu.addAction(tr("Details…"), lambda: self.show_details(product))
        menu.addAction(tr("Copy id"), lambda: QGuiApplication.clipboard().setText(product.id))
        menu.exec(self.view.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ teardown

    def teardown(self) -> None:
        """Cancel the search, thumbnails and layer loads, drop the hover band; the footprints layer stays."""
        self.cancel()
        self.layer_actions.teardown()
        self.downloads.teardown()
        self.thumbnails.cancel_all()
        try:
            self.project.layerWillBeRemoved.disconnect(self._on_layer_removed)
        except TypeError:
            pass
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self._on_layer_selection)
            except (TypeError, RuntimeError):
                pass
        if self._hover is not None and self.canvas is not None:
            self.canvas.scene().removeItem(self._hover)
            self._hover = None
        for dialog in list(self._dialogs):
            dialog.close()


def _group_name(request: SearchRequest) -> str:
    """The layer-tree group a search's layers go to: its collections and when it was made."""
    from datetime import datetime

    names = ", ".join(request.collections[:2]) + ("…" if len(request.collections) > 2 else "")
    return tr("Terrascope · {collections} · {when}").format(
        collections=names, when=datetime.now().strftime("%Y-%m-%d %H:%M")
    )
