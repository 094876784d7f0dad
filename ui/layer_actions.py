"""Adding search results to the map: the "Add to map" menu, its presets and the band chooser.

:class:`LayerActions` is what the results list uses: :meth:`LayerActions.menu_for` for a context menu,
:meth:`LayerActions.add_default` for a double-click or a button, :meth:`LayerActions.add` for a chosen preset
or bands. The work runs in a :class:`~..core.layers.LoadTask` (the window stays responsive); products that
cannot be loaded are reported in the QGIS message bar, one sentence each.
"""

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..core import LOG_TAG
from ..core.errors import TerrascopeError
from ..core.i18n import tr
from ..core.layers import LoadTask, band_keys, plan_layer, presets_for

MESSAGE_SECONDS = 10


def common_presets(products: list) -> list:
    """The presets every one of ``products`` offers, in the order of the first one's menu."""
    if not products:
        return []
    first = presets_for(products[0])
    others = [{p.id for p in presets_for(product)} for product in products[1:]]
    return [p for p in first if all(p.id in ids for ids in others)]


def common_bands(products: list) -> list:
    """The image assets every one of ``products`` has, in the first one's order."""
    if not products:
        return []
    others = [set(band_keys(product)) for product in products[1:]]
    return [key for key in band_keys(products[0]) if all(key in keys for keys in others)]


class BandDialog(QDialog):
    """Pick three bands for red, green and blue, or one band shown on its own."""

    def __init__(self, keys: list, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose bands"))
        self.keys = list(keys)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Show three bands as red, green and blue, or one band on its own.")))
        form = QFormLayout()
        self.mode = QComboBox()
        self.mode.addItem(tr("Red, green, blue composite"), 3)
        self.mode.addItem(tr("One band"), 1)
        form.addRow(tr("Show"), self.mode)
        self.combos = []
        defaults = [k for k in ("B08", "B04", "B03") if k in self.keys] if len(self.keys) >= 3 else []
        for index, label in enumerate((tr("Red"), tr("Green"), tr("Blue"))):
            combo = QComboBox()
            combo.addItems(self.keys)
            if len(defaults) == 3:
                combo.setCurrentText(defaults[index])
            elif index < len(self.keys):
                combo.setCurrentIndex(index)
            self.combos.append(combo)
            form.addRow(label, combo)
        self.labels = [form.labelForField(c) for c in self.combos]
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._update)
        if len(self.keys) < 3:
            self.mode.setCurrentIndex(1)
            self.mode.setEnabled(False)
        self._update()

    def _update(self) -> None:
        single = self.mode.currentData() == 1
        self.labels[0].setText(tr("Band") if single else tr("Red"))
        for combo, label in zip(self.combos[1:], self.labels[1:]):
            combo.setVisible(not single)
            label.setVisible(not single)

    def bands(self) -> tuple:
        count = 1 if self.mode.currentData() == 1 else 3
        return tuple(c.currentText() for c in self.combos[:count])


class LayerActions(QObject):
    """Add products to the map from the results list. Call :meth:`teardown` when the panel goes away.

    ``group``: the layer-tree group new layers go to (the caller sets one per search); None: the tree's top.
    """

    layersAdded = pyqtSignal(list)  # noqa: N815 - Qt naming; the layers one load added

    def __init__(  # noqa: QGS105 - the plugin hands its iface on, so tests can pass theirs
        self, iface, parent: Optional[QObject] = None, project: Optional[QgsProject] = None
    ) -> None:
        super().__init__(parent)
        self.iface = iface
        self.project = project
        self.group: Optional[str] = None
        self.tasks: list = []
        self._dialogs: list = []

    # ------------------------------------------------------------------ menus

    def menu_for(self, products: list, parent: Optional[QWidget] = None) -> QMenu:
        """A menu with "Add to map" (default preset), "Add to map as" (the presets all products offer) and
        "Choose bands…"."""
        products = list(products)
        menu = QMenu(tr("Add to map"), parent)
        add = menu.addAction(tr("Add to map"))
        add.triggered.connect(lambda _checked=False: self.add_default(products))
        add.setEnabled(bool(products) and all(presets_for(p) for p in products))
        presets = common_presets(products)
        if presets:
            submenu = menu.addMenu(tr("Add to map as"))
            for preset in presets:
                action = submenu.addAction(preset.label)
                action.setData(preset.id)
                action.triggered.connect(lambda _checked=False, pid=preset.id: self.add(products, preset=pid))
        bands = common_bands(products)
        choose = menu.addAction(tr("Choose bands…"))
        choose.triggered.connect(lambda _checked=False: self.choose_bands(products, parent))
        choose.setEnabled(bool(bands))
        return menu

    def choose_bands(self, products: list, parent: Optional[QWidget] = None) -> Optional[BandDialog]:
        """Open the band chooser (non-modal); the products are added when it is accepted."""
        keys = common_bands(list(products))
        if not keys:
            return None
        dialog = BandDialog(keys, parent or (self.iface.mainWindow() if self.iface is not None else None))
        dialog.accepted.connect(lambda: self.add(products, bands=dialog.bands()))
        dialog.finished.connect(
            lambda _result: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ loading

    def add_default(self, products: list, group: Optional[str] = None) -> Optional[LoadTask]:
        """Add each product with its default preset (the first of ``presets_for``)."""
        return self.add(products, group=group)

    def add(
        self, products: list, preset: Optional[str] = None, bands=None, group: Optional[str] = None
    ) -> Optional[LoadTask]:
        """Start loading ``products``; returns the task (None when none of them can be shown)."""
        plans, problems = [], []
        for product in products:
            try:
                plans.append(plan_layer(product, preset=preset, bands=bands))
            except TerrascopeError as exc:
                problems.append(str(exc))
        if problems:
            self._report(problems)
        if not plans:
            return None
        task = LoadTask(plans, group=group or self.group, project=self.project)
        task.loaded.connect(lambda layers, messages, t=task: self._on_loaded(t, layers, messages))
        task.taskCompleted.connect(lambda t=task: self._forget(t))
        task.taskTerminated.connect(lambda t=task: self._forget(t))
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_loaded(self, task: LoadTask, layers: list, messages: list) -> None:
        if messages:
            self._report(messages)
        if layers:
            self.layersAdded.emit(layers)

    def _forget(self, task: LoadTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def _report(self, messages: list) -> None:
        for message in messages:
            if self.iface is not None:
                self.iface.messageBar().pushMessage(
                    tr("Terrascope"), message, Qgis.MessageLevel.Warning, MESSAGE_SECONDS
                )
            else:
                QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)

    # ------------------------------------------------------------------ teardown

    def teardown(self) -> None:
        """Cancel the loads still running (they add nothing) and close the band chooser."""
        for task in list(self.tasks):
            if not sip.isdeleted(task):
                task.cancel()
        self.tasks.clear()
        for dialog in list(self._dialogs):
            dialog.close()
        self._dialogs.clear()
