"""Catalogue work in the background: QgsTasks that never touch a widget.

- :class:`SearchTask` fetches pages of a :class:`~.catalogue.Search` in ``run()`` until it has ``want`` more
  products or the search is exhausted. Each page reaches the main thread through ``pageReady`` (a queued
  signal) as soon as it arrives; the end comes through ``searchFinished`` or ``searchFailed`` from
  ``finished()``, on the main thread. ``cancel()`` also aborts the request in flight.
- :class:`CatalogueTask` runs one blocking catalogue call (collections, queryables) the same way.

The caller keeps a reference to the task until ``finished`` (QGIS deletes it afterwards).
"""

import threading
from typing import Any, Callable, Optional

from qgis.core import QgsFeedback, QgsNetworkAccessManager, QgsTask
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal

from .catalogue import Search
from .errors import CatalogueError, TerrascopeError, log_bug
from .i18n import tr
from .qt_threads import settle

_SILENT = getattr(QgsTask.Flag, "Silent", None)  # QGIS >= 3.26: no pop-up in the task bar when it ends


def _flags() -> Any:
    flags = QgsTask.Flag.CanCancel
    if _SILENT is not None:
        flags = flags | _SILENT
    return flags


class _Canceller(QObject):
    """Lives in the worker thread; cancels the task's feedback *there*.

    QGIS 3.22's ``QgsBlockingNetworkRequest`` can wait forever when its feedback is cancelled from another
    thread between the start of a request and the creation of its reply. Cancelling from the worker's own
    event loop can only happen while the request waits for its reply, where the abort is clean.
    """

    requested = pyqtSignal()

    def __init__(self, feedback: QgsFeedback) -> None:
        super().__init__()
        settle(self)
        self.feedback = feedback
        self.requested.connect(self._cancel, Qt.ConnectionType.QueuedConnection)

    def _cancel(self) -> None:
        self.feedback.cancel()


class _CancellableTask(QgsTask):
    """A task whose ``feedback`` is cancelled in the worker thread (see :class:`_Canceller`)."""

    def __init__(self, description: str) -> None:
        super().__init__(description, _flags())
        settle(self)
        self.feedback = settle(QgsFeedback())
        self._canceller: Optional[_Canceller] = None
        self._canceller_lock = threading.Lock()

    def cancel(self) -> None:
        super().cancel()
        with self._canceller_lock:
            if self._canceller is not None:
                self._canceller.requested.emit()

    def _start_worker(self) -> bool:
        """Call first in ``run()``; False when the task was cancelled before it started."""
        QgsNetworkAccessManager.instance()  # this thread's manager, created before any request
        with self._canceller_lock:
            self._canceller = _Canceller(self.feedback)
        return not self.isCanceled()

    def _end_worker(self) -> None:
        with self._canceller_lock:
            self._canceller = None

    def run(self) -> bool:
        if not self._start_worker():
            return False
        try:
            self._work()
        except Exception as exc:  # noqa: BLE001 - reported to the user, never raised into QGIS
            if not self.isCanceled():
                self.error = _as_terrascope_error(exc)
            return False
        finally:
            self._end_worker()
        return not self.isCanceled()

    def _work(self) -> None:
        """The task's work, in the worker thread; it stops early when the task is cancelled."""
        raise NotImplementedError


def _as_terrascope_error(exc: Exception) -> TerrascopeError:
    if isinstance(exc, TerrascopeError):
        return exc
    return CatalogueError(
        tr(
            "Searching failed because of an error in the plugin ({error}). The details are in the log."
        ).format(error=log_bug(exc))
    )


class SearchTask(_CancellableTask):
    """Fetch pages of ``search`` until ``want`` more products arrived (None: until the end)."""

    pageReady = pyqtSignal(object)  # noqa: N815 - Qt naming; a catalogue.Page, emitted from run()
    searchFinished = pyqtSignal(object)  # noqa: N815 - the Search, on the main thread
    searchFailed = pyqtSignal(str)  # noqa: N815 - a sentence for the user, on the main thread

    def __init__(self, search: Search, want: Optional[int] = None, description: str = "") -> None:
        super().__init__(description or tr("Searching the Terrascope catalogue"))
        self.search = search
        self.want = want
        self.error: Optional[TerrascopeError] = None
        self.received = 0

    def _work(self) -> None:
        while self.search.has_more and not self.isCanceled():
            page = self.search.next_page(self.feedback)
            if self.isCanceled():
                return
            self.received += len(page.products)
            if page.products or page.number == 1:
                self.pageReady.emit(page)
            if self.search.matched:
                target = self.search.matched if self.want is None else min(self.search.matched, self.want)
                self.setProgress(min(100.0, 100.0 * self.received / max(1, target)))
            if self.want is not None and self.received >= self.want:
                break

    def finished(self, result: bool) -> None:
        if result:
            self.searchFinished.emit(self.search)
        elif self.error is not None:
            self.searchFailed.emit(str(self.error))
        # cancelled: the caller already moved on


class CatalogueTask(_CancellableTask):
    """Run ``function(feedback)`` in the background; ``done(result)`` or ``failed(message)`` follow."""

    done = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, description: str, function: Callable[[QgsFeedback], Any]) -> None:
        super().__init__(description)
        self.function = function
        self.result: Any = None
        self.error: Optional[TerrascopeError] = None

    def _work(self) -> None:
        self.result = self.function(self.feedback)

    def finished(self, result: bool) -> None:
        if result:
            self.done.emit(self.result)
        elif self.error is not None and not self.isCanceled():
            self.failed.emit(str(self.error))
