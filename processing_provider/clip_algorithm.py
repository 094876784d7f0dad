"""``terrascope:clipraster``: a raster clipped by an extent or a polygon layer, pixels unchanged."""

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core import clip as clipping
from ..core.errors import RasterError
from ..core.i18n import tr
from ..core.raster_engine import describe, gdal_errors
from .base import TerrascopeAlgorithm
from .parameters import (
    advanced,
    compression_help,
    compression_parameter,
    double_type,
    enum_string,
    geotiff_output,
    polygon_type,
    raster_path,
    source_geometries,
)


def _wkt(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)


class ClipRasterAlgorithm(TerrascopeAlgorithm):
    """Clips every band of a raster; see :meth:`shortHelpString`."""

    group_id = "rasteranalysis"

    INPUT = "INPUT"
    MASK = "MASK"
    EXTENT = "EXTENT"
    NODATA = "NODATA"
    ALL_TOUCHED = "ALL_TOUCHED"
    COMPRESSION = "COMPRESSION"
    COG = "COG"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "clipraster"

    def displayName(self) -> str:
        return tr("Clip raster")

    def shortHelpString(self) -> str:
        about = tr(
            "<p>Clips a raster (every band) by polygons of a layer, by an extent, or by both.</p><p>The "
            "output keeps the raster's pixels and pixel size: it is cropped to the pixels lying wholly "
            "inside the bounding box of the polygons, and pixels whose centre is outside them (or, with "
            "<i>all touched</i>, pixels the polygons do not touch) get the no-data value. Polygons and "
            "extents in another CRS are reprojected to the raster's: the raster is never resampled. Only "
            "the needed part of the raster is read, tile row by tile row.</p><p>No-data value outside: the "
            "one given, else the raster's own, else 0.</p>"
        )
        return about + compression_help()

    def initAlgorithm(self, config: Optional[dict] = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Raster")))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK, tr("Mask polygons"), types=[polygon_type()], optional=True
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NODATA, tr("No-data value outside"), double_type(), defaultValue=None, optional=True
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.ALL_TOUCHED, tr("Keep every pixel the polygons touch"), defaultValue=False
                )
            )
        )
        self.addParameter(compression_parameter(self.COMPRESSION, "ZSTD"))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.COG, tr("Cloud-Optimized GeoTIFF (with overviews)"), defaultValue=False
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Clipped")))

    def processAlgorithm(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict:
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(tr("Choose the raster to clip."))
        path = raster_path(layer)
        mask, polygons = source_geometries(self, parameters, self.MASK, context, feedback)
        if feedback.isCanceled():
            return {}
        has_extent = parameters.get(self.EXTENT) not in (None, "")
        if mask is None and not has_extent:
            raise QgsProcessingException(tr("Give a mask polygon layer or an extent to clip by."))
        nodata = None
        if parameters.get(self.NODATA) is not None:
            nodata = self.parameterAsDouble(parameters, self.NODATA, context)
        output = geotiff_output(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
        try:
            raster_wkt = describe(path).grid.crs_wkt
            geometry = None
            if mask is not None:
                if not polygons:
                    raise RasterError(tr("The mask layer has no feature: there is nothing to clip by."))
                wkbs = [bytes(g.asWkb()) for g in polygons]
                geometry = clipping.cutline(wkbs, _wkt(mask.sourceCrs()), raster_wkt)
            if has_extent:
                extent = self.parameterAsExtent(parameters, self.EXTENT, context)
                extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
                if extent.isEmpty():
                    raise RasterError(tr("The extent is empty."))
                box = clipping.extent_polygon(
                    extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
                )
                crs_wkt = _wkt(extent_crs) if extent_crs.isValid() else raster_wkt
                box = clipping.cutline([box.ExportToWkb()], crs_wkt, raster_wkt, densify=True)
                with gdal_errors():
                    geometry = box if geometry is None else geometry.Intersection(box)
                if geometry is None or geometry.IsEmpty() or geometry.GetArea() == 0:
                    raise RasterError(tr("The mask polygons and the extent do not overlap."))
            finished = clipping.clip_raster(
                path,
                output,
                geometry,
                nodata=nodata,
                all_touched=self.parameterAsBoolean(parameters, self.ALL_TOUCHED, context),
                cog=self.parameterAsBoolean(parameters, self.COG, context),
                compression=enum_string(self, parameters, self.COMPRESSION, context),
                feedback=feedback,
            )
        except RasterError as e:
            raise QgsProcessingException(str(e)) from e
        if not finished:
            return {}
        return {self.OUTPUT: output}
