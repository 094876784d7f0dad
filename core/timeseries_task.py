"""A time series in the background: :class:`TimeSeriesTask` runs :func:`.timeseries.run` in a ``QgsTask``.

``rowReady`` brings each row to the main thread as soon as it is read (a queued signal), so a chart can
fill while the series runs; ``seriesFinished`` (the :class:`~.timeseries.TimeSeries`) or ``seriesFailed``
(a sentence) follow from ``finished()``, on the main thread. ``run()`` touches no widget and no project.
Cancelling stops after the requests in flight; what was read is still delivered (``cancelled`` True).
The caller keeps a reference to the task until it has finished.
"""

from typing import Optional

from qgis.PyQt.QtCore import Qt, pyqtSignal

from .errors import RasterError, TerrascopeError, log_bug
from .i18n import tr
from .search_task import _CancellableTask
from .timeseries import TimeSeries, TimeSeriesRequest, run


class TimeSeriesTask(_CancellableTask):
    """Read the series of ``request``."""

    rowReady = pyqtSignal(object)  # noqa: N815 - Qt naming; a TimeSeriesRow, emitted from run()
    seriesFinished = pyqtSignal(object)  # noqa: N815 - the TimeSeries, on the main thread
    seriesFailed = pyqtSignal(str)  # noqa: N815 - a sentence for the user, on the main thread

    def __init__(self, request: TimeSeriesRequest, description: str = "") -> None:
        super().__init__(
            description
            or tr("Time series of {indicator} in {collection}").format(
                indicator=request.indicator, collection=request.collection
            )
        )
        self.request = request
        # the engine reports progress to the feedback; the task bar shows the task's own progress
        self.feedback.progressChanged.connect(self.setProgress, Qt.ConnectionType.DirectConnection)
        self.series: Optional[TimeSeries] = None
        self.error: Optional[TerrascopeError] = None

    def _work(self) -> None:
        try:
            self.series = run(self.request, self.feedback, cancel=self.isCanceled, on_row=self.rowReady.emit)
        except TerrascopeError:
            raise
        except Exception as exc:  # a bug: the details go to the log, the user gets one sentence
            raise RasterError(
                tr(
                    "The time series failed because of an error in the plugin ({error}). The details are in "
                    "the log."
                ).format(error=log_bug(exc))
            ) from None
        self.setProgress(100.0)

    def finished(self, result: bool) -> None:
        # a cancelled series still has the rows read so far: deliver them too
        if self.series is not None and self.error is None:
            self.seriesFinished.emit(self.series)
        elif self.error is not None:
            self.seriesFailed.emit(str(self.error))
