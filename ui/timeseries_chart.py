"""A date/value chart for time series, drawn with Qt's own ``QPainter``.

Why Qt and not matplotlib or plotly: matplotlib ships with the QGIS installers on Windows (OSGeo4W) and
macOS, but Debian and Ubuntu's ``qgis``/``python3-qgis`` packages neither depend on nor recommend it, and
plotly needs a web view. ``QPainter`` is there wherever QGIS runs, draws the same on every platform, and
exports with the same code that paints the widget.

What it shows: the dates on the x axis (ticks by day, month or year as the span asks), the values on the
y axis; valid values as points joined by a line that breaks at every gap (a cloudy or empty date); for
areas, the min–max band and the p10–p90 band behind the line; gaps as grey ticks and failed products as
red crosses along the bottom. A legend above the plot names what is drawn; a series that did not run to its
end (cancelled, or stopped by a fault) is marked "incomplete" there, in red. Hovering a point shows its
date, value, pixel count and product; clicking it emits ``itemClicked(item id)``.
:meth:`TimeSeriesChart.save_png` writes it as a PNG at any size.
"""

import math
from datetime import datetime, timedelta, timezone
from typing import Optional

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from qgis.PyQt.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.i18n import tr
from ..core.timeseries import FAILED, TimeSeries, TimeSeriesRow

SERIES_COLOR = QColor(0, 120, 215)
FAILED_COLOR = QColor(200, 40, 40)
GAP_COLOR = QColor(150, 150, 150)
HIT_RADIUS = 8.0  # pixels around a point that still count as on it
SWATCH = 16.0  # width of a legend entry's symbol
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# date tick steps: (days, label format), the first that gives at most about 8 ticks wins
_DAY_STEPS = ((1, "%Y-%m-%d"), (2, "%m-%d"), (7, "%m-%d"), (14, "%m-%d"))
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def _flags(*flags) -> int:
    """Qt flags as the ``int`` ``QPainter.drawText`` takes (PyQt5 ints and PyQt6 enums alike)."""
    total = 0
    for flag in flags:
        total |= int(getattr(flag, "value", flag))
    return total


def _position(event: QMouseEvent) -> QPointF:
    return QPointF(event.position()) if hasattr(event, "position") else QPointF(event.pos())


def _global_position(event: QMouseEvent):
    return event.globalPosition().toPoint() if hasattr(event, "globalPosition") else event.globalPos()


def _text_width(metrics, text: str) -> float:
    return metrics.horizontalAdvance(text) if hasattr(metrics, "horizontalAdvance") else 8 * len(text)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _draw_point(painter: QPainter, centre: QPointF) -> None:
    """A value's dot (filled with the painter's brush), on the plot and in the legend."""
    painter.setPen(QPen(QColor(255, 255, 255), 1))
    painter.drawEllipse(centre, 3.5, 3.5)


def _draw_cross(painter: QPainter, centre: QPointF) -> None:
    """A failed product's red cross, on the plot and in the legend."""
    painter.setPen(QPen(FAILED_COLOR, 2))
    x, y = centre.x(), centre.y()
    painter.drawLine(QPointF(x - 4, y - 4), QPointF(x + 4, y + 4))
    painter.drawLine(QPointF(x - 4, y + 4), QPointF(x + 4, y - 4))


def _draw_gap_tick(painter: QPainter, x: float, bottom: float) -> None:
    """A gap's grey tick standing on ``bottom``, on the plot and in the legend."""
    painter.setPen(QPen(GAP_COLOR, 2))
    painter.drawLine(QPointF(x, bottom), QPointF(x, bottom - 8))


def _seconds(when: datetime) -> float:
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (when - _EPOCH).total_seconds()


def nice_ticks(low: float, high: float, count: int = 5) -> list:
    """About ``count`` round values (1, 2 or 5 × 10ⁿ apart) covering [low, high]."""
    if not math.isfinite(low) or not math.isfinite(high):
        return []
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(i * step, 12) for i in range(first, last + 1)]


def _month_label(year: int, month: int) -> str:
    """The month and year ("Sep 2025") in the language of the QGIS interface (QLocale's default)."""
    from qgis.PyQt.QtCore import QDate, QLocale

    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


def date_ticks(start: datetime, end: datetime, max_ticks: int = 8) -> list:
    """(datetime, label) ticks between ``start`` and ``end`` on whole days, months or years."""
    days = max(1e-9, (end - start).total_seconds() / 86400.0)
    for step, fmt in _DAY_STEPS:
        if days / step <= max_ticks:
            first = datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
            if first < start:
                first += timedelta(days=1)
            ticks = []
            when = first
            while when <= end:
                ticks.append((when, when.strftime(fmt)))
                when += timedelta(days=step)
            return ticks
    months = days / 30.44
    step = next((s for s in _MONTH_STEPS if months / s <= max_ticks), _MONTH_STEPS[-1])
    year, month = start.year, start.month
    ticks = []
    while True:
        when = datetime(year, month, 1, tzinfo=timezone.utc)
        if when > end:
            break
        if when >= start and (month - 1) % min(step, 12) == 0 and (step < 12 or year % (step // 12) == 0):
            ticks.append((when, when.strftime("%Y") if step >= 12 else _month_label(year, month)))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


class TimeSeriesChart(QWidget):
    """The chart. Feed it with :meth:`set_series`, or row by row with :meth:`add_row` while a series runs."""

    itemClicked = pyqtSignal(str)  # noqa: N815 - Qt naming; the item id of the clicked point

    MARGINS = (58, 16, 16, 42)  # left, top, right, bottom

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("TerrascopeTimeSeriesChart")
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list = []
        self.title = ""
        self.unit = ""
        self.is_area = False
        self.placeholder = tr("Choose a place and run a series: its values appear here.")
        self.incomplete = ""  # why the series did not run to its end ("": it did, or it is still running)
        self._points: list = []  # (QPointF, row) of the last paint, for hovering and clicking
        # what the last paint drew, in widget coordinates: "lines" (one list of QPointF per unbroken run of
        # the line), "gaps" and "failed" (the x of each mark), "legend" (kind, label, QRectF of each entry)
        self.drawn: dict = {}

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(360, 220)

    # ------------------------------------------------------------------ data

    def clear(self) -> None:
        self.rows = []
        self._points = []
        self.incomplete = ""
        self.update()

    def set_series(self, series: TimeSeries) -> None:
        self.rows = sorted(series.rows, key=lambda r: (r.datetime, r.item_id))
        self.title = series.indicator
        self.unit = series.unit
        self.is_area = series.is_area
        self.incomplete = series.incomplete_note()
        self.update()

    def start(self, title: str, is_area: bool, unit: str = "") -> None:
        """Empty the chart for a series about to arrive row by row."""
        self.rows = []
        self.title, self.is_area, self.unit = title, is_area, unit
        self.incomplete = ""
        self.update()

    def mark_incomplete(self, reason: str) -> None:
        """Keep the rows drawn so far and mark the series as incomplete (``reason``: one sentence)."""
        self.incomplete = reason
        self.update()

    def add_row(self, row: TimeSeriesRow) -> None:
        self.rows.append(row)
        self.rows.sort(key=lambda r: (r.datetime, r.item_id))
        self.update()

    # ------------------------------------------------------------------ export

    def to_image(self, size: Optional[QSize] = None) -> QImage:
        """The chart on a white background, at ``size`` (the widget's size by default)."""
        size = size or (self.size() if self.width() > 50 else self.sizeHint())
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        try:
            self._paint(painter, QRectF(0, 0, size.width(), size.height()), QColor(30, 30, 30), export=True)
        finally:
            painter.end()
        return image

    def save_png(self, path: str, size: Optional[QSize] = None) -> bool:
        return self.to_image(size).save(path, "PNG")

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self._paint(painter, QRectF(self.rect()), self.palette().text().color(), export=False)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF, ink: QColor, export: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        left, top, right, bottom = self.MARGINS
        legend = self._legend_layout(painter, area.left() + left, area.width() - left - right, area.top() + 4)
        if legend:
            top = max(top, legend[-1][2].bottom() + 6 - area.top())
        plot = QRectF(
            area.left() + left, area.top() + top, area.width() - left - right, area.height() - top - bottom
        )
        points: list = []
        drawn: dict = {"lines": [], "gaps": [], "failed": [], "legend": legend}
        if not self.rows or plot.width() < 20 or plot.height() < 20:
            painter.setPen(ink)
            painter.drawText(
                area, _flags(Qt.AlignmentFlag.AlignCenter, Qt.TextFlag.TextWordWrap), self.placeholder
            )
            if not export:
                self._points, self.drawn = points, drawn
            return

        start, end = self.rows[0].datetime, self.rows[-1].datetime
        if (end - start).total_seconds() < 86400:
            start, end = start - timedelta(hours=12), end + timedelta(hours=12)
        pad = (end - start) * 0.03
        start, end = start - pad, end + pad
        values = [r.value for r in self.rows if r.value is not None]
        lows = values + [r.minimum for r in self.rows if r.minimum is not None]
        highs = values + [r.maximum for r in self.rows if r.maximum is not None]
        low, high = (min(lows), max(highs)) if values else (0.0, 1.0)
        if high - low < 1e-9:
            low, high = low - 0.5 * max(abs(low), 0.1), high + 0.5 * max(abs(high), 0.1)
        y_ticks = nice_ticks(low, high)
        if y_ticks:
            low, high = min(low, y_ticks[0]), max(high, y_ticks[-1])

        t0, t1 = _seconds(start), _seconds(end)

        def x_of(when: datetime) -> float:
            return plot.left() + (_seconds(when) - t0) / (t1 - t0) * plot.width()

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        # grid, ticks and labels
        grid = QColor(ink)
        grid.setAlpha(40)
        metrics = painter.fontMetrics()
        for value in y_ticks:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            text = f"{value:g}"
            painter.drawText(
                QRectF(area.left(), y - 8, left - 6, 16),
                _flags(Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        for when, label in date_ticks(start, end, max(2, int(plot.width() // 70))):
            x = x_of(when)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(ink)
            width = _text_width(metrics, label)
            box = QRectF(x - width / 2 - 4, plot.bottom() + 4, width + 8, 16)
            box.moveLeft(max(area.left(), min(box.left(), area.right() - box.width())))  # inside the image
            painter.drawText(box, _flags(Qt.AlignmentFlag.AlignHCenter), label)
        painter.setPen(QPen(ink, 1))
        painter.drawRect(plot)
        axis = self.title + (f" ({self.unit})" if self.unit else "")
        if axis:
            painter.save()
            painter.translate(area.left() + 12, plot.center().y())
            painter.rotate(-90)
            painter.drawText(
                QRectF(-plot.height() / 2, -10, plot.height(), 20), _flags(Qt.AlignmentFlag.AlignCenter), axis
            )
            painter.restore()

        # bands and line, broken at gaps
        runs: list = [[]]
        for row in self.rows:
            if row.value is None:
                if runs[-1]:
                    runs.append([])
            else:
                runs[-1].append(row)
        band = QColor(SERIES_COLOR)
        for attr_low, attr_high, alpha in (("minimum", "maximum", 35), ("p10", "p90", 60)):
            band.setAlpha(alpha)
            for run in runs:
                edge = [
                    r for r in run if getattr(r, attr_low) is not None and getattr(r, attr_high) is not None
                ]
                if len(edge) == 1:  # a date alone between gaps: its range as a bar
                    x, lo, hi = (
                        x_of(edge[0].datetime),
                        getattr(edge[0], attr_low),
                        getattr(edge[0], attr_high),
                    )
                    painter.setPen(QPen(band, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                    painter.drawLine(QPointF(x, y_of(lo)), QPointF(x, y_of(hi)))
                if len(edge) < 2:
                    continue
                polygon = QPolygonF(
                    [QPointF(x_of(r.datetime), y_of(getattr(r, attr_high))) for r in edge]
                    + [QPointF(x_of(r.datetime), y_of(getattr(r, attr_low))) for r in reversed(edge)]
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(band)
                painter.drawPolygon(polygon)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SERIES_COLOR, 1.6))
        for run in runs:
            if len(run) >= 2:
                line = [QPointF(x_of(row.datetime), y_of(row.value)) for row in run]
                path = QPainterPath(line[0])
                for point in line[1:]:
                    path.lineTo(point)
                painter.drawPath(path)
                drawn["lines"].append(line)

        # points, gaps and failures
        painter.setBrush(SERIES_COLOR)
        for row in self.rows:
            x = x_of(row.datetime)
            if row.value is not None:
                centre = QPointF(x, y_of(row.value))
                _draw_point(painter, centre)
            elif row.status == FAILED:
                centre = QPointF(x, plot.bottom() - 6)
                _draw_cross(painter, centre)
                drawn["failed"].append(x)
            else:
                centre = QPointF(x, plot.bottom() - 4)
                _draw_gap_tick(painter, x, plot.bottom())
                drawn["gaps"].append(x)
            points.append((centre, row))
        self._paint_legend(painter, legend, ink)
        if not export:
            self._points, self.drawn = points, drawn

    # ------------------------------------------------------------------ legend

    def legend_entries(self) -> list:
        """(kind, label) of what the chart shows now: the line, the bands, gaps, failures, incompleteness."""
        if not self.rows:
            return []
        entries = []
        if any(r.value is not None for r in self.rows):
            entries.append(("line", tr("mean") if self.is_area else (self.title or tr("value"))))
        if any(r.minimum is not None for r in self.rows):
            entries.append(("minmax", tr("min–max")))
        if any(r.p10 is not None for r in self.rows):
            entries.append(("p10p90", tr("p10–p90")))
        if any(r.value is None and r.status != FAILED for r in self.rows):
            entries.append(("gap", tr("gap (cloudy, no data)")))
        if any(r.status == FAILED for r in self.rows):
            entries.append(("failed", tr("failed")))
        if self.incomplete:
            entries.append(("incomplete", tr("incomplete series")))
        return entries

    def _legend_layout(self, painter: QPainter, left: float, width: float, top: float) -> list:
        """(kind, label, rect) of each legend entry, in rows that fit ``width``."""
        metrics = painter.fontMetrics()
        bold = QFontMetrics(_bold(painter.font()))
        height = metrics.height() + 2
        x, y = left, top
        placed = []
        for kind, label in self.legend_entries():
            if kind == "incomplete":
                entry = _text_width(bold, label) + 2
            else:
                entry = SWATCH + 4 + _text_width(metrics, label)
            if placed and x + entry > left + width:
                x, y = left, y + height
            placed.append((kind, label, QRectF(x, y, entry, height)))
            x += entry + 12
        return placed

    def _paint_legend(self, painter: QPainter, legend: list, ink: QColor) -> None:
        band = QColor(SERIES_COLOR)
        for kind, label, rect in legend:
            painter.save()
            mid = rect.center().y()
            swatch = QRectF(rect.left(), rect.top() + 2, SWATCH, rect.height() - 4)
            if kind == "line":
                painter.setPen(QPen(SERIES_COLOR, 1.6))
                painter.drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right(), mid))
                painter.setBrush(SERIES_COLOR)
                _draw_point(painter, QPointF(swatch.center().x(), mid))
            elif kind in ("minmax", "p10p90"):
                band.setAlpha(35 if kind == "minmax" else 60)
                painter.fillRect(swatch, band)
            elif kind == "gap":
                _draw_gap_tick(painter, swatch.center().x(), swatch.bottom())
            elif kind == "failed":
                _draw_cross(painter, QPointF(swatch.center().x(), mid))
            text = QRectF(rect)
            if kind == "incomplete":
                painter.setFont(_bold(painter.font()))
                painter.setPen(FAILED_COLOR)
            else:
                painter.setPen(ink)
                text.setLeft(rect.left() + SWATCH + 4)
            painter.drawText(text, _flags(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter), label)
            painter.restore()

    # ------------------------------------------------------------------ interaction

    def row_at(self, position: QPointF) -> Optional[TimeSeriesRow]:
        """The row drawn nearest to ``position`` (widget coordinates), within :data:`HIT_RADIUS`."""
        best, best_distance = None, HIT_RADIUS
        for centre, row in self._points:
            distance = math.hypot(centre.x() - position.x(), centre.y() - position.y())
            if distance <= best_distance:
                best, best_distance = row, distance
        return best

    def describe(self, row: TimeSeriesRow) -> str:
        when = row.datetime.strftime("%Y-%m-%d %H:%M")
        if row.value is None:
            state = {FAILED: tr("failed: {error}").format(error=row.error)}.get(
                row.status, tr("gap ({status})")
            )
            text = f"{when}\n" + state.format(status=row.status)
        else:
            text = f"{when}\n{self.title} = {row.value:.4g}"
            if row.minimum is not None:
                text += "\n" + tr("min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}").format(
                    min=row.minimum, max=row.maximum, p10=row.p10, p90=row.p90
                )
            text += "\n" + tr("{valid} of {total} pixels valid").format(
                valid=row.valid_pixels, total=row.total_pixels
            )
        return text + "\n" + row.item_id + "\n" + tr("Click to load this scene.")

    def legend_at(self, position: QPointF) -> Optional[str]:
        """The kind of the legend entry at ``position`` (the incomplete mark's tooltip tells why)."""
        for kind, _, rect in self.drawn.get("legend", ()):
            if rect.contains(position):
                return kind
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        row = self.row_at(_position(event))
        if row is None:
            if self.incomplete and self.legend_at(_position(event)) == "incomplete":
                QToolTip.showText(_global_position(event), self.incomplete, self)
            else:
                QToolTip.hideText()
            self.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            QToolTip.showText(_global_position(event), self.describe(row), self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(_position(event))
            if row is not None:
                self.itemClicked.emit(row.item_id)
                return
        super().mousePressEvent(event)
