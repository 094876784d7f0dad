"""``terrascope:timeseries``: an indicator's time series at each point or polygon of a layer, as a table.

Every feature gets rows: one per product, or, when its whole series failed (outside every product, every
product unreadable), one row without a date whose status says so and whose ``error`` says why. A run that
did not go to its end (cancelled, or stopped by a fault) says so in the table too: a row with the status
``cancelled`` or ``incomplete`` after the rows that were read, and one for each feature not reached.
"""

from datetime import date
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..core import indices
from ..core.errors import AuthError, InvalidInputError, TerrascopeError
from ..core.fields import new_field
from ..core.i18n import tr
from ..core.qt_threads import settle
from ..core.timeseries import CANCELLED, FAILED, INCOMPLETE, NO_DATA, TimeSeriesRequest, TimeSeriesRow, run
from .base import TerrascopeAlgorithm
from .parameters import advanced, double_type

# (name, QVariant type) of the table; QVariant types, not QMetaType: QGIS < 3.38 needs them
FIELDS = (
    ("feature_id", QVariant.LongLong),  # noqa: QGS402
    ("date", QVariant.DateTime),  # noqa: QGS402
    ("value", QVariant.Double),  # noqa: QGS402
    ("valid_pixels", QVariant.Int),  # noqa: QGS402
    ("total_pixels", QVariant.Int),  # noqa: QGS402
    ("item_id", QVariant.String),  # noqa: QGS402
    ("status", QVariant.String),  # noqa: QGS402
    ("cloud_cover", QVariant.Double),  # noqa: QGS402
    ("min", QVariant.Double),  # noqa: QGS402
    ("max", QVariant.Double),  # noqa: QGS402
    ("p10", QVariant.Double),  # noqa: QGS402
    ("p90", QVariant.Double),  # noqa: QGS402
    ("std", QVariant.Double),  # noqa: QGS402
    ("error", QVariant.String),  # noqa: QGS402
)


def _date_type() -> Any:
    try:
        return Qgis.ProcessingDateTimeParameterDataType.Date
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterDateTime.Date


def _place_types() -> list:
    try:
        return [Qgis.ProcessingSourceType.VectorPoint, Qgis.ProcessingSourceType.VectorPolygon]
    except AttributeError:  # QGIS < 3.36
        return [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]


def _table_type() -> Any:
    try:
        return Qgis.ProcessingSourceType.Vector
    except AttributeError:  # QGIS < 3.36
        return QgsProcessing.TypeVector


def _no_geometry() -> Any:
    return getattr(Qgis, "WkbType", QgsWkbTypes).NoGeometry  # Qgis.WkbType from QGIS 3.30


def table_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in FIELDS:
        fields.append(new_field(name, kind))
    return fields


def _qdatetime(when) -> QDateTime:
    value = QDateTime(
        QDate(when.year, when.month, when.day),
        QTime(when.hour, when.minute, when.second, when.microsecond // 1000),
    )
    value.setTimeSpec(Qt.TimeSpec.UTC)
    return value


def _note_row(status: str, message: str) -> TimeSeriesRow:
    """A row without a date or value that tells what happened to a feature's series."""
    return TimeSeriesRow(datetime=None, value=None, valid_pixels=0, item_id="", status=status, error=message)


def _stopped_before(error: TerrascopeError) -> str:
    """The note of the features a refused session left unread."""
    return tr("Not read: the run stopped on an earlier feature. {message}").format(message=error)


class TimeSeriesAlgorithm(TerrascopeAlgorithm):
    """One series per feature of the input layer, all in one table without geometry."""

    group_id = "rasteranalysis"

    COLLECTION = "COLLECTION"
    INDEX = "INDEX"
    INPUT = "INPUT"
    START = "START"
    END = "END"
    MAX_CLOUD = "MAX_CLOUD"
    MASK_CLOUDS = "MASK_CLOUDS"
    OUTPUT = "OUTPUT"
    ROWS = "ROWS"
    FAILED = "FAILED"
    INCOMPLETE = "INCOMPLETE"

    def name(self) -> str:
        return "timeseries"

    def displayName(self) -> str:
        return tr("Time series of an indicator")

    def shortHelpString(self) -> str:
        return tr(
            "<p>For each point or polygon of the input layer, follows an indicator through the products of a "
            "collection: one row per product and feature, with the date, the value, the number of valid "
            "pixels and the product id. Only the pixels needed are read from each product's files (no "
            "download, no layer).</p>"
            "<p><b>Indicator</b>: an index computed from the bands (see the list below), the product's own "
            "value (<i>NDVI</i>, <i>FAPAR</i>, <i>LAI</i>, <i>FCOVER</i> of those collections) or a band "
            "(<i>B04</i>, or its common name <i>red</i>).</p>"
            "<p>At a point the value is the pixel's; over a polygon it is the mean of the pixels "
            "whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. "
            "With <b>mask clouds</b>, pixels that the scene classification (SCL) marks as no data, "
            "defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid "
            "pixel is a gap: an empty value with the status <i>cloudy</i> or <i>nodata</i>, never 0. A "
            "product that cannot be read has the status <i>failed</i> and the reason in <i>error</i>; the "
            "others are still written.</p>"
            "<p>A feature whose whole series failed (outside every product, no product in the period, "
            "every product unreadable) gets one row without a date: the status <i>nodata</i> or "
            "<i>failed</i>, and the reason in <i>error</i>. A run that did not go to its end has a row with "
            "the status <i>cancelled</i> or <i>incomplete</i> after the rows read for a feature, and one for "
            "each feature it did not reach: such a table is not a whole series.</p>"
            "<p>Needs a Terrascope login (Terrascope panel or <i>api.login()</i>).</p>"
        ) + tr("<p><b>Indices</b>:</p>{}").format(indices.help_table())

    def initAlgorithm(self, config: Optional[dict] = None) -> None:
        self.addParameter(
            QgsProcessingParameterString(
                self.COLLECTION, tr("Collection (id)"), defaultValue="terrascope-s2-toc-v2"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.INDEX, tr("Indicator (index, product or band)"), defaultValue="NDVI"
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Points or polygons"), _place_types())
        )
        self.addParameter(QgsProcessingParameterDateTime(self.START, tr("From"), _date_type(), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, tr("To"), _date_type(), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD,
                tr("Maximum cloud cover of a product (%)"),
                double_type(),
                optional=True,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.MASK_CLOUDS, tr("Mask clouds with the scene classification"), defaultValue=True
                )
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Time series"), _table_type()))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, tr("Rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Rows of products or features that failed")))
        self.addOutput(QgsProcessingOutputNumber(self.INCOMPLETE, tr("Features whose series is incomplete")))

    def processAlgorithm(self, parameters: dict, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        collection = self.parameterAsString(parameters, self.COLLECTION, context).strip()
        indicator = self.parameterAsString(parameters, self.INDEX, context).strip() or "NDVI"
        max_cloud = (
            self.parameterAsDouble(parameters, self.MAX_CLOUD, context)
            if parameters.get(self.MAX_CLOUD) not in (None, "")
            else None
        )
        mask = self.parameterAsBoolean(parameters, self.MASK_CLOUDS, context)
        start, end = self._date(parameters, self.START, context), self._date(parameters, self.END, context)
        features = [f for f in source.getFeatures() if f.hasGeometry()]
        if not features:
            raise QgsProcessingException(
                tr("The input layer has no features with a geometry (or none selected).")
            )
        fields = table_fields()
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, _no_geometry(), QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # made in Python and disconnected from ``feedback`` in this worker thread when it goes: settled
        steps = settle(QgsProcessingMultiStepFeedback(len(features), settle(feedback)))
        counts = {"rows": 0, "failed": 0, "incomplete": 0}

        def add(row, feature_id: int) -> None:
            sink.addFeature(self._feature(fields, feature_id, row), QgsFeatureSink.FastInsert)
            counts["rows"] += 1
            counts["failed"] += row.status == FAILED

        errors: list = []
        stopped = ""  # why the features left were not read (cancelled, or a refused session)
        for number, feature in enumerate(features):
            if stopped or feedback.isCanceled():
                stopped = stopped or tr("Not read: the run was cancelled before this feature.")
                add(_note_row(CANCELLED if feedback.isCanceled() else INCOMPLETE, stopped), feature.id())
                counts["incomplete"] += 1
                continue
            steps.setCurrentStep(number)
            request = TimeSeriesRequest(
                collection=collection,
                indicator=indicator,
                geometry=feature.geometry(),
                crs=source.sourceCrs(),
                start=start,
                end=end,
                max_cloud=max_cloud,
                mask_clouds=mask,
            )
            try:
                series = run(request, steps)
            except TerrascopeError as exc:
                if len(features) == 1 or (isinstance(exc, AuthError) and not counts["rows"]):
                    raise QgsProcessingException(str(exc)) from None
                errors.append(str(exc))
                feedback.reportError(tr("Feature {id}: {message}").format(id=feature.id(), message=exc))
                # the table says it too: one row for the feature, without a date
                add(
                    _note_row(NO_DATA if isinstance(exc, InvalidInputError) else FAILED, str(exc)),
                    feature.id(),
                )
                if isinstance(exc, AuthError):  # every next feature would be refused as well
                    stopped = _stopped_before(exc)
                continue
            for message in series.messages:
                feedback.pushWarning(tr("Feature {id}: {message}").format(id=feature.id(), message=message))
            for row in series.rows:
                add(row, feature.id())
            if series.incomplete:
                add(_note_row(series.incomplete_status(), series.incomplete_note()), feature.id())
                counts["incomplete"] += 1
                if isinstance(series.interruption, AuthError):  # every next feature would be refused too
                    stopped = _stopped_before(series.interruption)
            feedback.pushInfo(tr("Feature {id}: {summary}").format(id=feature.id(), summary=series.summary()))
        if errors and len(errors) == len(features):
            raise QgsProcessingException(errors[0])
        return {
            self.OUTPUT: dest_id,
            self.ROWS: counts["rows"],
            self.FAILED: counts["failed"],
            self.INCOMPLETE: counts["incomplete"],
        }

    @staticmethod
    def _feature(fields: QgsFields, feature_id: int, row) -> QgsFeature:
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                feature_id,
                _qdatetime(row.datetime) if row.datetime is not None else None,
                row.value,
                row.valid_pixels,
                row.total_pixels,
                row.item_id or None,
                row.status,
                row.cloud_cover,
                row.minimum,
                row.maximum,
                row.p10,
                row.p90,
                row.std,
                row.error or None,
            ]
        )
        return feature

    def _date(self, parameters: dict, name: str, context) -> Optional[date]:
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            return None
        day = value.date()
        return date(day.year(), day.month(), day.day())
