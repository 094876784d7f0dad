"""Map tools that give the search an area: a rectangle or a polygon drawn on the canvas.

Both emit the geometry in the canvas CRS; :mod:`..core.catalogue` reprojects it to WGS 84.
:class:`AreaOverlay` shows the current search area on the canvas.
"""

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsMapToolExtent, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

from ..core.catalogue import POLYGON_GEOMETRY

AREA_COLOR = QColor(0, 120, 215)


def _polygon_band(canvas: QgsMapCanvas) -> QgsRubberBand:
    band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
    band.setStrokeColor(AREA_COLOR)
    fill = QColor(AREA_COLOR)
    fill.setAlpha(30)
    band.setFillColor(fill)
    band.setWidth(2)
    return band


class RectangleTool(QgsMapToolExtent):
    """Drag a rectangle; ``rectangleDrawn(QgsRectangle)`` in the canvas CRS."""

    rectangleDrawn = pyqtSignal(QgsRectangle)  # noqa: N815

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.extentChanged.connect(self._on_extent)

    def _on_extent(self, rectangle: QgsRectangle) -> None:
        if not rectangle.isEmpty():
            self.rectangleDrawn.emit(rectangle)


class PolygonTool(QgsMapTool):
    """Click the vertices, right-click (or double-click) to finish, Esc to start again.

    ``polygonDrawn(QgsGeometry)`` in the canvas CRS.
    """

    polygonDrawn = pyqtSignal(QgsGeometry)  # noqa: N815

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self._points: list = []
        self._band: Optional[QgsRubberBand] = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _ensure_band(self) -> QgsRubberBand:
        if self._band is None:
            self._band = _polygon_band(self.canvas())
        return self._band

    def canvasPressEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.add_point(event.mapPoint())
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasDoubleClickEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        self.finish()

    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if self._points:
            self._redraw(self._points + [event.mapPoint()])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reset()

    def add_point(self, point: QgsPointXY) -> None:
        self._points.append(QgsPointXY(point))
        self._redraw(self._points)

    def finish(self) -> None:
        points = self._points
        self.reset()
        if len(points) >= 3:
            self.polygonDrawn.emit(QgsGeometry.fromPolygonXY([points + [points[0]]]))

    def reset(self) -> None:
        self._points = []
        if self._band is not None:
            self._band.reset(POLYGON_GEOMETRY)

    def _redraw(self, points: list) -> None:
        band = self._ensure_band()
        band.setToGeometry(QgsGeometry.fromPolygonXY([points]), None)

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    def remove_band(self) -> None:
        if self._band is not None:
            self.canvas().scene().removeItem(self._band)
            self._band = None


class AreaOverlay:
    """The current search area drawn on the canvas (a rubber band that follows CRS changes)."""

    def __init__(self, canvas: QgsMapCanvas) -> None:
        self.canvas = canvas
        self.band: Optional[QgsRubberBand] = None

    def show(self, geometry_wgs84: Optional[QgsGeometry]) -> None:
        if geometry_wgs84 is None or geometry_wgs84.isEmpty():
            self.clear()
            return
        if self.band is None:
            self.band = _polygon_band(self.canvas)
        self.band.setToGeometry(geometry_wgs84, QgsCoordinateReferenceSystem("EPSG:4326"))

    def clear(self) -> None:
        if self.band is not None:
            self.band.reset(POLYGON_GEOMETRY)

    def remove(self) -> None:
        if self.band is not None:
            self.canvas.scene().removeItem(self.band)
            self.band = None
