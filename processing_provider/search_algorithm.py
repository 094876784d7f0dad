"""``terrascope:search``: search the Terrascope catalogue; the footprints of the products become a layer."""

from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.catalogue import Catalogue, SearchRequest, area_in_wgs84, normalise_filters, rectangle_in_wgs84
from ..core.errors import TerrascopeError
from ..core.footprints import footprint_fields, product_feature
from ..core.i18n import tr
from .base import TerrascopeAlgorithm
from .parameters import source_geometries

PAGE_SIZE = 500


def _date_type() -> Any:
    try:
        return Qgis.ProcessingDateTimeParameterDataType.Date
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterDateTime.Date


def _polygon_sources() -> list:
    try:
        return [Qgis.ProcessingSourceType.VectorAnyGeometry]
    except AttributeError:  # QGIS < 3.36
        return [QgsProcessing.TypeVectorAnyGeometry]


def _double() -> Any:
    try:
        return Qgis.ProcessingNumberParameterType.Double
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterNumber.Double


def _integer() -> Any:
    try:
        return Qgis.ProcessingNumberParameterType.Integer
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterNumber.Integer


def parse_filters(text: str) -> dict:
    """``tile=31UES; orbit_direction=descending`` (``,`` separates values of one property) as a dict."""
    filters: dict = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise QgsProcessingException(
                tr('The filter "{part}" is not of the form property=value.').format(part=part.strip())
            )
        values = [_typed(v.strip()) for v in value.split(",") if v.strip()]
        filters[name.strip()] = values if len(values) > 1 else values[0]
    return filters


def _typed(value: str) -> Any:
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value


class SearchAlgorithm(TerrascopeAlgorithm):
    """Catalogue search as an algorithm: usable in models, batch mode and ``qgis_process``."""

    group_id = "catalogue"

    COLLECTIONS = "COLLECTIONS"
    EXTENT = "EXTENT"
    AREA = "AREA"
    START = "START"
    END = "END"
    MAX_CLOUD = "MAX_CLOUD"
    FILTERS = "FILTERS"
    LIMIT = "LIMIT"
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    COUNT = "COUNT"

    def name(self) -> str:
        return "search"

    def displayName(self) -> str:
        return tr("Search the catalogue")

    def shortHelpString(self) -> str:
        return tr(
            "<p>Searches the Terrascope STAC catalogue and writes the footprints of the products found as "
            "polygons (WGS 84), with their id, collection, date and time, tile, cloud cover, platform, "
            "title and the addresses of their thumbnail and STAC record.</p>"
            "<p><b>Collections</b>: one or more ids separated by commas, such as "
            "<i>terrascope-s2-toc-v2</i>. <b>Area</b>: an extent, or the features of a layer (tick "
            "<i>Selected features only</i> to use the selection); any CRS. <b>Dates</b> include both days. "
            "<b>Maximum cloud cover</b> applies to optical collections. <b>Filters</b>: "
            "<i>property=value</i> pairs separated by semicolons, such as <i>tile=31UES; "
            "orbit_direction=descending</i> (also <i>relative_orbit</i>, <i>platform</i>, "
            "<i>product_type</i>, or any STAC property name).</p>"
            "<p>Every matching product is written (several tiles of the same day included), up to the "
            "maximum number of products (0: no limit).</p>"
        )

    def initAlgorithm(self, config: Optional[dict] = None) -> None:
        self.addParameter(
            QgsProcessingParameterString(
                self.COLLECTIONS,
                tr("Collections (ids, separated by commas)"),
                defaultValue="terrascope-s2-toc-v2",
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Area (extent)"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREA, tr("Area (features of a layer)"), _polygon_sources(), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterDateTime(self.START, tr("From"), _date_type(), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, tr("To"), _date_type(), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD,
                tr("Maximum cloud cover (%)"),
                _double(),
                optional=True,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.FILTERS, tr("Filters (property=value; …)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LIMIT,
                tr("Maximum number of products (0: all)"),
                _integer(),
                defaultValue=1000,
                minValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Footprints")))

    def processAlgorithm(self, parameters: dict, context, feedback) -> dict:
        collections = tuple(
            c.strip()
            for c in self.parameterAsString(parameters, self.COLLECTIONS, context).split(",")
            if c.strip()
        )
        area = self._area(parameters, context, feedback)
        start = self._date(parameters, self.START, context)
        end = self._date(parameters, self.END, context)
        max_cloud = (
            self.parameterAsDouble(parameters, self.MAX_CLOUD, context)
            if parameters.get(self.MAX_CLOUD) not in (None, "")
            else None
        )
        filters = normalise_filters(parse_filters(self.parameterAsString(parameters, self.FILTERS, context)))
        limit = self.parameterAsInt(parameters, self.LIMIT, context) or None
        try:
            request = SearchRequest(
                collections=collections,
                area=area,
                start=start,
                end=end,
                max_cloud=max_cloud,
                filters=filters,
                page_size=min(PAGE_SIZE, limit) if limit else PAGE_SIZE,
            )
            search = Catalogue().search(request)
            feedback.pushInfo(tr("Searching {collections}…").format(collections=", ".join(collections)))
            products = search.all(limit=limit, feedback=feedback)
        except TerrascopeError as exc:
            raise QgsProcessingException(str(exc)) from None
        if feedback.isCanceled():
            return {}
        fields = footprint_fields()
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            getattr(Qgis, "WkbType", QgsWkbTypes).MultiPolygon,  # Qgis.WkbType from QGIS 3.30
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for product in products:
            sink.addFeature(product_feature(product, fields), QgsFeatureSink.FastInsert)
        matched = search.matched if search.matched is not None else len(products)
        feedback.pushInfo(
            tr("{count} of {matched} matching products written.").format(count=len(products), matched=matched)
        )
        return {self.OUTPUT: dest_id, self.MATCHED: matched, self.COUNT: len(products)}

    def _area(self, parameters: dict, context, feedback) -> Optional[QgsGeometry]:
        if parameters.get(self.AREA) not in (None, ""):
            source, geometries = source_geometries(self, parameters, self.AREA, context, feedback)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.AREA))
            if not geometries:
                raise QgsProcessingException(tr("The area layer has no features (or none is selected)."))
            return area_in_wgs84(QgsGeometry.unaryUnion(geometries), source.sourceCrs())
        if parameters.get(self.EXTENT) not in (None, ""):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            return rectangle_in_wgs84(extent, crs)
        return None

    def _date(self, parameters: dict, name: str, context):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            return None
        qdate = value.date()
        from datetime import date

        return date(qdate.year(), qdate.month(), qdate.day())
