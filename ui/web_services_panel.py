"""The Web services section of the dock: Terrascope's WMTS and WMS layers, added to the map with their TIME.

The capabilities load in a ``QgsTask`` the first time the section is shown (and on "Reload"); the layer list
fills when they arrive, filtered by the box above it. The date list offers exactly the dates the service
advertises for the selected layer, newest first; the calendar next to it jumps to the nearest of them. With
"Follow the Temporal Controller" checked the layer's TIME follows the map's temporal range (see
:mod:`..core.web_services`); the picked date is shown while the controller is off.
"""

from typing import Optional

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsFilterLineEdit
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import web_services as ws
from ..core.errors import TerrascopeError
from ..core.i18n import tr
from ..core.search_task import CatalogueTask

ERROR_STYLE = "color: #b3261e;"
NAME_ROLE = Qt.ItemDataRole.UserRole


class WebServicesPanel(QWidget):
    """Lists the layers of the Terrascope WMTS or WMS and adds the chosen one to the project."""

    layerAdded = pyqtSignal(object)  # noqa: N815 - the QgsRasterLayer, once it is in the project

    def __init__(self, canvas=None, parent: Optional[QWidget] = None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.canvas = canvas
        self.project = project
        self.capabilities: dict = {}  # service -> ws.Capabilities
        self.errors: dict = {}  # service -> the sentence of the last failure
        self._tasks: dict = {}  # service -> the task loading its capabilities

        self.service_combo = QComboBox(self)
        self.service_combo.addItem(tr("WMTS (tiles)"), ws.WMTS)
        self.service_combo.addItem(tr("WMS (maps)"), ws.WMS)
        self.service_combo.setToolTip(tr("Terrascope's tiled WMTS, or its WMS (any map size and CRS)"))
        self.reload_button = QToolButton(self)
        self.reload_button.setIcon(QgsApplication.getThemeIcon("mActionRefresh.svg"))
        self.reload_button.setToolTip(tr("Ask the service for its layers again"))
        self.filter_edit = QgsFilterLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter layers by title or name"))
        self.layer_list = QTreeWidget(self)
        self.layer_list.setColumnCount(2)
        self.layer_list.setHeaderLabels([tr("Title"), tr("Name")])
        self.layer_list.setRootIsDecorated(False)
        self.layer_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.layer_list.setMinimumHeight(140)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.date_combo = QComboBox(self)
        self.date_combo.setToolTip(tr("The dates that have data for this layer"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(tr("Pick any day: the nearest date with data is chosen"))
        self.follow_check = QCheckBox(tr("Follow the Temporal Controller"), self)
        self.follow_check.setChecked(True)
        self.follow_check.setToolTip(
            tr(
                "The layer shows the date with data that fits the Temporal Controller's frame; the date "
                "above is shown while the controller is off."
            )
        )
        self.add_button = QPushButton(tr("Add to map"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        service_row = QHBoxLayout()
        service_row.addWidget(self.service_combo, 1)
        service_row.addWidget(self.reload_button)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.date_combo, 1)
        dates_row.addWidget(self.date_edit)
        service_form = QFormLayout()
        service_form.addRow(tr("Service"), service_row)
        date_form = QFormLayout()
        date_form.addRow(tr("Date"), dates_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(service_form)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.layer_list)
        layout.addWidget(self.status_label)
        layout.addLayout(date_form)
        layout.addWidget(self.follow_check)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message_label)

        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.reload_button.clicked.connect(lambda: self.load(self.service(), force=True))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.layer_list.itemSelectionChanged.connect(self._layer_selected)
        self.layer_list.itemDoubleClicked.connect(lambda *_: self.add_selected())
        self.date_edit.dateChanged.connect(self._date_picked)
        self.date_combo.activated.connect(lambda *_: self.set_date(self.selected_date() or ""))
        self.add_button.clicked.connect(self.add_selected)
        self._layer_selected()

    # ------------------------------------------------------------------ loading

    def service(self) -> str:
        return self.service_combo.currentData()

    def set_service(self, service: str) -> None:
        self.service_combo.setCurrentIndex(self.service_combo.findData(service))

    def is_loading(self, service: Optional[str] = None) -> bool:
        return (service or self.service()) in self._tasks

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # after this round of events: a collapsed section of the dock hides its contents again at once
        QTimer.singleShot(0, self._load_if_visible)

    def _load_if_visible(self) -> None:
        if not sip.isdeleted(self) and self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Load the current service's layers unless they are here, loading, or failed (then: Reload)."""
        service = self.service()
        if service not in self.capabilities and service not in self.errors and not self.is_loading(service):
            self.load(service)

    def load(self, service: str, force: bool = False) -> None:
        """Fetch the capabilities of ``service`` in a QgsTask; the list fills when they arrive."""
        if self.is_loading(service) or (service in self.capabilities and not force):
            return
        self.errors.pop(service, None)
        task = CatalogueTask(
            tr("Loading the layers of the Terrascope {service}").format(service=ws.service_title(service)),
            lambda feedback: ws.fetch_capabilities(service, feedback),
        )
        task.done.connect(lambda caps, s=service: self._loaded(s, caps))
        task.failed.connect(lambda message, s=service: self._failed(s, message))
        task.taskTerminated.connect(lambda s=service: self._tasks.pop(s, None))
        task.taskCompleted.connect(lambda s=service: self._tasks.pop(s, None))
        self._tasks[service] = task
        self._refresh_status()
        QgsApplication.taskManager().addTask(task)

    def _loaded(self, service: str, caps) -> None:
        self._tasks.pop(service, None)
        if sip.isdeleted(self):
            return
        self.capabilities[service] = caps
        if service == self.service():
            self._fill_list()
        self._refresh_status()

    def _failed(self, service: str, message: str) -> None:
        self._tasks.pop(service, None)
        if sip.isdeleted(self):
            return
        self.errors[service] = message
        self._refresh_status()

    def _service_changed(self) -> None:
        self.show_message("")
        self._fill_list()
        if self.isVisible():
            self.ensure_loaded()
        self._refresh_status()

    def _refresh_status(self) -> None:
        service = self.service()
        if self.is_loading(service):
            text, style = tr("Loading the layers…"), ""
        elif service in self.errors:
            text, style = self.errors[service] + " " + tr("Use the reload button to try again."), ERROR_STYLE
        elif service in self.capabilities and not self.capabilities[service].layers:
            text, style = tr("The service offers no layer."), ""
        else:
            text, style = "", ""
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.reload_button.setEnabled(not self.is_loading(service))

    # ------------------------------------------------------------------ list and dates

    def _fill_list(self) -> None:
        selected = self.selected_layer()
        self.layer_list.clear()
        caps = self.capabilities.get(self.service())
        for layer in caps.layers if caps else ():
            item = QTreeWidgetItem([layer.title, layer.name])
            item.setData(0, NAME_ROLE, layer.name)
            tip = layer.abstract or layer.title
            if layer.dates:
                tip += "\n" + tr("{count} dates with data, {first} to {last}").format(
                    count=len(layer.dates), first=layer.dates[0], last=layer.dates[-1]
                )
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            self.layer_list.addTopLevelItem(item)
            if selected is not None and selected.name == layer.name:
                item.setSelected(True)
        self.layer_list.resizeColumnToContents(0)
        self.apply_filter(self.filter_edit.text())
        self._layer_selected()

    def apply_filter(self, text: str = "") -> None:
        """Show the layers whose title or name contains ``text`` (case-insensitive)."""
        needle = (text or "").strip().lower()
        for index in range(self.layer_list.topLevelItemCount()):
            item = self.layer_list.topLevelItem(index)
            haystack = f"{item.text(0)} {item.text(1)}".lower()
            item.setHidden(bool(needle) and needle not in haystack)

    def visible_names(self) -> list:
        items = (self.layer_list.topLevelItem(i) for i in range(self.layer_list.topLevelItemCount()))
        return [item.text(1) for item in items if not item.isHidden()]

    def select_layer(self, name: str) -> None:
        for index in range(self.layer_list.topLevelItemCount()):
            item = self.layer_list.topLevelItem(index)
            if item.data(0, NAME_ROLE) == name:
                self.layer_list.setCurrentItem(item)
                item.setSelected(True)
                return

    def selected_layer(self) -> Optional[ws.WebLayer]:
        caps = self.capabilities.get(self.service())
        items = [i for i in self.layer_list.selectedItems() if not i.isHidden()]
        if caps is None or not items:
            return None
        name = items[0].data(0, NAME_ROLE)
        return next((layer for layer in caps.layers if layer.name == name), None)

    def _layer_selected(self) -> None:
        layer = self.selected_layer()
        self.date_combo.clear()
        dates = list(reversed(layer.dates)) if layer is not None else []
        for day in dates:
            self.date_combo.addItem(day, day)
        has_dates = bool(dates)
        self.date_combo.setEnabled(has_dates)
        self.date_edit.setEnabled(has_dates)
        self.follow_check.setEnabled(has_dates and len(dates) > 1)
        if has_dates:
            self.date_edit.blockSignals(True)
            self.date_edit.setDateRange(_qdate(layer.dates[0]), _qdate(layer.dates[-1]))
            self.date_edit.blockSignals(False)
            self.set_date(layer.default_date or dates[0])
        self.add_button.setEnabled(layer is not None)

    def selected_date(self) -> Optional[str]:
        return self.date_combo.currentData() if self.date_combo.count() else None

    def set_date(self, wanted) -> Optional[str]:
        """Select the advertised date nearest to ``wanted`` (``YYYY-MM-DD``, date or QDate); returns it."""
        layer = self.selected_layer()
        day = ws.nearest_date(layer.dates, wanted) if layer is not None else None
        if day is None:
            return None
        self.date_combo.setCurrentIndex(self.date_combo.findData(day))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        return day

    def _date_picked(self, value: QDate) -> None:
        self.set_date(value)

    # ------------------------------------------------------------------ adding

    def add_selected(self):
        """Add the selected layer at the selected date; returns the layer, or None (the message says why)."""
        layer = self.selected_layer()
        caps = self.capabilities.get(self.service())
        if layer is None or caps is None:
            self.show_message(tr("Choose a layer first."), error=True)
            return None
        follow = self.follow_check.isChecked() and len(layer.dates) > 1
        try:
            added = ws.add_web_layer(
                caps,
                layer,
                time=self.selected_date(),
                follow=follow,
                canvas=self.canvas,
                project=self.project,
            )
        except TerrascopeError as exc:
            self.show_message(str(exc), error=True)
            return None
        self.show_message(tr('Added "{name}" to the map.').format(name=added.name()))
        self.layerAdded.emit(added)
        return added

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ------------------------------------------------------------------ teardown

    def teardown(self) -> None:
        """Cancel the loading tasks and stop the layers' TIME followers (the layers keep their date)."""
        for task in list(self._tasks.values()):
            try:
                task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass
        self._tasks.clear()
        ws.detach_followers(self.project)


def _qdate(day: str) -> QDate:
    return QDate.fromString(day, "yyyy-MM-dd")
