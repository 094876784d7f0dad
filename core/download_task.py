"""Downloads in the background: a QgsTask with progress in the task manager and cancel.

:class:`DownloadTask` runs a :class:`~.downloads.DownloadPlan` with :class:`~.downloads.Downloader` in
``run()`` (worker thread: no widget, no layer, no project). ``finished()`` (main thread) sets ``results`` and
``downloaded`` (the paths of the files in place) and emits ``downloadsFinished`` with the results; loading
the files as layers is the caller's business. The caller keeps a reference to the task until then.
"""

from typing import Optional

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from . import LOG_TAG
from .downloads import Downloader, DownloadPlan, downloaded_paths, summary
from .errors import log_bug
from .i18n import tr
from .qt_threads import settle


class DownloadTask(QgsTask):
    """Download (or clip) the files of ``plan``; cancellable from the task manager."""

    downloadsFinished = pyqtSignal(list)  # noqa: N815 - Qt naming; DownloadResult list, main thread

    def __init__(self, plan: DownloadPlan, overwrite: bool = False, description: str = "") -> None:
        count = len(plan.jobs)
        super().__init__(
            description or tr("Downloading {n} Terrascope files").format(n=count), QgsTask.Flag.CanCancel
        )
        settle(self)
        self.plan = plan
        self.overwrite = overwrite
        self.results: list = []
        self.downloaded: list = []  # paths (str) of the files in place, set in finished()
        self.error: Optional[str] = None

    def run(self) -> bool:
        downloader = Downloader(
            progress=self._progress,
            is_cancelled=self.isCanceled,
            overwrite=self.overwrite,
            log=self._log,
        )
        try:
            self.results = downloader.run(self.plan)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never raised into QGIS
            self.error = tr(
                "The download failed because of an error in the plugin ({kind}). The details are in the log."
            ).format(kind=log_bug(exc))
            return False
        return not self.isCanceled()

    def _progress(self, done: int, total: Optional[int]) -> None:
        if total:
            self.setProgress(min(100.0, 100.0 * done / total))

    @staticmethod
    def _log(text: str) -> None:
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Info)

    def finished(self, result: bool) -> None:
        """(Main thread.) Results, paths, then the signal; also when cancelled or failed."""
        self.downloaded = downloaded_paths(self.results)
        self.downloadsFinished.emit(list(self.results))

    def summary(self) -> str:
        """What to tell the user when it ended."""
        if self.error:
            return self.error
        if not self.results and self.isCanceled():  # cancelled before it started
            return tr("The download was cancelled.")
        return summary(self.results)
