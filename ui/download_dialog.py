"""Downloading the selected products: the dialog that asks what and where, and the controller that runs it.

:class:`DownloadDialog` lists the data files of the selected products (one check box per asset key, with the
number of files and their size), the folder (default from the settings, remembered), "Clip to the search area"
(only when the caller has an area) and "Add to the map when done" (remembered).

:class:`DownloadController` starts a :class:`~..core.download_task.DownloadTask` per download, keeps a
reference until it ends, reports in the message bar (with a button that opens the folder) and adds the
downloaded rasters to the project, named, scaled and styled as when streamed (a
:class:`~..core.layers.LoadTask`); a raster the plugin cannot style is added as a plain layer.
"""

from collections import OrderedDict
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.gui import QgsFileWidget, QgsMessageBar
from qgis.PyQt.QtCore import QObject, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import LOG_TAG, settings
from ..core.download_task import DownloadTask
from ..core.downloads import CANCELLED, FAILED, clip_area, plan_downloads
from ..core.errors import TerrascopeError
from ..core.i18n import tr
from ..core.layers import LoadTask, add_plain_rasters, plans_for_downloads

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _size_text(count: int) -> str:
    if count >= 1e9:
        return tr("{:.2f} GB").format(count / 1e9)
    return tr("{:.1f} MB").format(count / 1e6)


def _offered(asset) -> bool:
    """Files a user downloads: data and data masks (not thumbnails, previews or metadata)."""
    return any(role == "data" or role.startswith("data-") for role in asset.roles)


class DownloadDialog(QDialog):
    """Which assets of ``products``, to which folder, clipped or not, loaded or not."""

    def __init__(
        self, products: list, clip_available: bool = False, parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Download Terrascope products"))
        self.products = list(products)
        self._assets = self._collect(self.products)  # key -> (title, [sizes or None])

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("{n} products selected. Choose the files to download:").format(n=len(self.products)))
        )
        self.asset_list = QListWidget()
        for key, (title, sizes) in self._assets.items():
            known = [s for s in sizes if s is not None]
            text = tr("{key} — {title}: {n} files, {size}").format(
                key=key, title=title or key, n=len(sizes), size=_size_text(sum(known))
            )
            if len(known) < len(sizes):
                text += " " + tr("(some sizes unknown)")
            entry = QListWidgetItem(text)
            entry.setData(KEY_ROLE, key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.asset_list.addItem(entry)
        self.asset_list.itemChanged.connect(self._update)
        layout.addWidget(self.asset_list)

        buttons_row = QHBoxLayout()
        all_button = QPushButton(tr("Select all"))
        none_button = QPushButton(tr("Select none"))
        all_button.clicked.connect(lambda: self.set_selected_assets(list(self._assets)))
        none_button.clicked.connect(lambda: self.set_selected_assets([]))
        buttons_row.addWidget(all_button)
        buttons_row.addWidget(none_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)

        form = QFormLayout()
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(settings.download_folder())
        self.folder_widget.fileChanged.connect(self._update)
        form.addRow(tr("Folder"), self.folder_widget)
        layout.addLayout(form)
        hint = QLabel(tr("Files go to <folder>/<collection>/<product id>/."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.clip_check = QCheckBox(
            tr("Clip to the search area (GeoTIFF files: only that part is downloaded)")
        )
        self.clip_check.setEnabled(clip_available)
        if not clip_available:
            self.clip_check.setToolTip(tr("Draw or choose a search area first."))
        layout.addWidget(self.clip_check)
        self.load_check = QCheckBox(tr("Add the downloaded rasters to the map when done"))
        self.load_check.setChecked(settings.DOWNLOAD_LOAD_WHEN_DONE.value())
        layout.addWidget(self.load_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Download"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    @staticmethod
    def _collect(products: list) -> "OrderedDict[str, tuple]":
        assets: OrderedDict = OrderedDict()
        for product in products:
            for asset in product.assets.values():
                if not _offered(asset):
                    continue
                title, sizes = assets.setdefault(asset.key, (asset.title, []))
                size = asset.raw.get("file:size") if isinstance(asset.raw, dict) else None
                sizes.append(
                    int(size) if isinstance(size, (int, float)) and not isinstance(size, bool) else None
                )
        return assets

    # ------------------------------------------------------------------ values

    def asset_keys(self) -> list:
        return list(self._assets)

    def selected_assets(self) -> list:
        return [
            self.asset_list.item(i).data(KEY_ROLE)
            for i in range(self.asset_list.count())
            if self.asset_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected_assets(self, keys) -> None:
        wanted = set(keys)
        self.asset_list.blockSignals(True)
        for i in range(self.asset_list.count()):
            entry = self.asset_list.item(i)
            checked = entry.data(KEY_ROLE) in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.asset_list.blockSignals(False)
        self._update()

    def total_bytes(self) -> int:
        return sum(s for key in self.selected_assets() for s in self._assets[key][1] if s is not None)

    def folder(self) -> str:
        return self.folder_widget.filePath().strip()

    def clip(self) -> bool:
        return self.clip_check.isEnabled() and self.clip_check.isChecked()

    def load_when_done(self) -> bool:
        return self.load_check.isChecked()

    # ------------------------------------------------------------------ behaviour

    def _update(self, *_args) -> None:
        keys = self.selected_assets()
        files = sum(len(self._assets[k][1]) for k in keys)
        unknown = sum(1 for k in keys for s in self._assets[k][1] if s is None)
        text = tr("Total: {n} files, {size}").format(n=files, size=_size_text(self.total_bytes()))
        if unknown:
            text += " " + tr("and {n} of unknown size").format(n=unknown)
        if self.clip():
            text += " " + tr("(less when clipped)")
        self.total_label.setText(text)
        self.ok_button.setEnabled(bool(keys) and bool(self.folder()))

    def accept(self) -> None:
        """Remember the folder and the "add to the map" choice."""
        if self.folder():
            settings.DOWNLOAD_FOLDER.set_value(self.folder())
        settings.DOWNLOAD_LOAD_WHEN_DONE.set_value(self.load_check.isChecked())
        super().accept()


class DownloadController(QObject):
    """Runs downloads for the dock: dialog, task, messages, loading the files."""

    # the plugin hands its iface down (tests pass theirs), as plugin.py takes it from classFactory
    def __init__(self, iface, parent: Optional[QObject] = None) -> None:  # noqa: QGS105
        super().__init__(parent)
        self.iface = iface
        self.tasks: list = []  # running DownloadTasks: QGIS deletes a task that nobody references
        self.load_tasks: list = []  # the LoadTasks adding what was downloaded

    def open_dialog(self, products: list, area=None, area_crs=None) -> Optional[DownloadTask]:
        """Ask what to download (``area``: the search area for "Clip", in ``area_crs``, default WGS 84)."""
        if not products:
            self._push(tr("Select one or more products to download."), Qgis.MessageLevel.Warning)
            return None
        parent = self.iface.mainWindow() if self.iface is not None else None
        dialog = DownloadDialog(products, clip_available=area is not None, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.start(
                products,
                dialog.selected_assets(),
                dialog.folder(),
                clip=area if dialog.clip() else None,
                crs=area_crs,
                load=dialog.load_when_done(),
            )
        finally:
            dialog.deleteLater()

    def start(
        self,
        products: list,
        assets,
        folder: str,
        clip=None,
        crs=None,
        load: bool = True,
        overwrite: bool = False,
    ) -> Optional[DownloadTask]:
        """Start downloading in the background; None (and a message) when there is nothing to do."""
        try:
            plan = plan_downloads(products, assets, folder, clip_area(clip, crs))
        except TerrascopeError as exc:
            self._push(str(exc), Qgis.MessageLevel.Warning)
            return None
        for reason in plan.skipped:
            QgsMessageLog.logMessage(reason, LOG_TAG, Qgis.MessageLevel.Info)
        if not plan.jobs:
            problems = [r.message for r in plan.refused] + plan.skipped
            self._push(problems[0] if problems else tr("Nothing to download."), Qgis.MessageLevel.Warning)
            return None
        task = DownloadTask(plan, overwrite=overwrite)
        self.tasks.append(task)
        task.downloadsFinished.connect(
            lambda results, t=task, p=list(products): self._finished(t, results, load, p)
        )
        QgsApplication.taskManager().addTask(task)
        self._push(
            tr("Downloading {n} files to {folder}; progress is in the task manager.").format(
                n=len(plan.jobs), folder=plan.folder
            ),
            Qgis.MessageLevel.Info,
            duration=5,
        )
        return task

    def _finished(self, task: DownloadTask, results: list, load: bool, products: list) -> None:
        """(Slot.) Never raises: an exception escaping a Qt slot would abort QGIS."""
        if task in self.tasks:
            self.tasks.remove(task)
        try:
            self._report(task, results, products if load else None)
        except Exception as exc:  # noqa: BLE001 - see the docstring
            QgsMessageLog.logMessage(
                tr("The end of a download could not be reported ({kind}: {error}).").format(
                    kind=type(exc).__name__, error=exc
                ),
                LOG_TAG,
                Qgis.MessageLevel.Critical,
            )

    def _report(self, task: DownloadTask, results: list, products: Optional[list]) -> None:
        for result in results:
            if result.status == FAILED:
                QgsMessageLog.logMessage(result.message, LOG_TAG, Qgis.MessageLevel.Warning)
        if products is not None:
            self.load_results(results, products)
        if any(r.status == FAILED for r in results) or task.error:
            level = Qgis.MessageLevel.Warning if task.downloaded else Qgis.MessageLevel.Critical
        elif any(r.status == CANCELLED for r in results):
            level = Qgis.MessageLevel.Info
        else:
            level = Qgis.MessageLevel.Success
        self._push(task.summary(), level, folder=task.plan.folder if task.downloaded else None)

    def load_results(self, results: list, products: list) -> Optional[LoadTask]:
        """Add the rasters downloaded for ``results`` (of ``products``) to the project, styled as streamed
        layers in a :class:`LoadTask` (returned; None when there is none); the others as plain layers."""
        plans, plain = plans_for_downloads(results, products)
        self.load(plain)
        if not plans:
            return None
        task = LoadTask(plans)
        task.loaded.connect(lambda _layers, messages, t=task: self._loaded(t, messages))
        task.taskTerminated.connect(lambda t=task: self._loaded(t, []))
        self.load_tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _loaded(self, task: LoadTask, messages: list) -> None:
        if task in self.load_tasks:
            self.load_tasks.remove(task)
        for message in messages:
            self._push(message, Qgis.MessageLevel.Warning, duration=10)

    def load(self, paths: list) -> list:
        """Add the rasters among ``paths`` to the project (plain layers); returns the layers added."""
        return add_plain_rasters(paths)

    def cancel_all(self) -> None:
        for task in list(self.tasks) + list(self.load_tasks):
            task.cancel()

    def teardown(self) -> None:
        """Cancel what runs (plugin unload)."""
        self.cancel_all()

    def _push(self, text: str, level, duration: int = 0, folder: Optional[Path] = None) -> None:
        if self.iface is None:
            QgsMessageLog.logMessage(text, LOG_TAG, level)
            return
        bar = self.iface.messageBar()
        if duration == 0 and level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success):
            duration = 10
        if folder is None or not isinstance(bar, QgsMessageBar):
            bar.pushMessage(tr("Terrascope"), text, level, duration)
            return
        message = QgsMessageBar.createMessage(tr("Terrascope"), text)
        button = QPushButton(tr("Open folder"), message)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        message.layout().addWidget(button)
        bar.pushWidget(message, level, duration)
