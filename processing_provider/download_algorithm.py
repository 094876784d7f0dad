"""``terrascope:download``: files of the products of a footprint layer, optionally clipped, to a folder."""

from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import network, settings
from ..core.downloads import CANCELLED, FAILED, Downloader, clip_area, plan_downloads
from ..core.endpoints import current_endpoints
from ..core.errors import TerrascopeError
from ..core.fields import new_field
from ..core.i18n import tr
from ..core.products import product_from_stac
from .base import TerrascopeAlgorithm
from .parameters import advanced, polygon_type, source_geometries

_RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".nc")


def _any_vector() -> Any:
    try:
        return Qgis.ProcessingSourceType.Vector
    except AttributeError:  # QGIS < 3.36
        return QgsProcessing.TypeVector


def _result_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        ("id", QVariant.String),  # noqa: QGS402 - QVariant types: QGIS < 3.38 needs them
        ("collection", QVariant.String),  # noqa: QGS402
        ("asset", QVariant.String),  # noqa: QGS402
        ("status", QVariant.String),  # noqa: QGS402
        ("path", QVariant.String),  # noqa: QGS402
        ("bytes", QVariant.LongLong),  # noqa: QGS402
        ("message", QVariant.String),  # noqa: QGS402
    ):
        fields.append(new_field(name, kind))
    return fields


class DownloadAlgorithm(TerrascopeAlgorithm):
    """Downloads (or clips) assets of the products of a footprint layer; see :meth:`shortHelpString`."""

    group_id = "catalogue"

    INPUT = "INPUT"
    ASSETS = "ASSETS"
    FOLDER = "FOLDER"
    CLIP = "CLIP"
    CLIP_MASK = "CLIP_MASK"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    FILES = "FILES"
    COUNT = "COUNT"
    FAILED = "FAILED"

    def name(self) -> str:
        return "download"

    def displayName(self) -> str:
        return tr("Download products")

    def shortHelpString(self) -> str:
        return tr(
            "<p>Downloads files of the products listed in a footprint layer (the output of <i>Search the "
            "catalogue</i>: its <i>id</i>, <i>collection</i> and <i>stac_url</i> fields; tick <i>Selected "
            "features only</i> to take the selection).</p>"
            "<p><b>Assets</b>: asset keys separated by commas, such as <i>B04,B08</i>; empty: every data "
            "file. Files go to <i>folder/collection/product id/file</i>. Each file is written as "
            "<i>.part</i> and renamed when it is complete and matches the checksum or size the catalogue "
            "gives; an interrupted download resumes where it stopped, and files already there are not "
            "fetched again unless <i>Overwrite</i> is ticked.</p>"
            "<p><b>Clip</b>: with an extent or mask polygons, GeoTIFF files are clipped while downloading: "
            "only the part covering the area is transferred, written as <i>file_clip.tif</i> with no-data "
            "outside the polygons; products outside the area are left out.</p>"
            "<p>Most Terrascope data needs a login: log in in the Terrascope panel first (QGIS keeps it).</p>"
            "<p>Outputs: a table of the files (product, asset, status, path, bytes, message) and the list of "
            "raster files, for the next algorithm of a model.</p>"
        )

    def initAlgorithm(self, config: Optional[dict] = None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Products (footprints)"), [_any_vector()])
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ASSETS, tr("Assets (keys separated by commas; empty: every data file)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.CLIP, tr("Clip to extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CLIP_MASK, tr("Clip to polygons"), [polygon_type()], optional=True
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.OVERWRITE, tr("Overwrite files already downloaded"), defaultValue=False
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.FOLDER, tr("Folder"), defaultValue=settings.download_folder()
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                tr("Downloaded files"),
                _any_vector(),  # a table
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, tr("Raster files")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Files in place")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Files that failed")))

    def processAlgorithm(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        if "id" not in names or "collection" not in names:
            raise QgsProcessingException(
                tr(
                    'The input layer needs the fields "id" and "collection": use the footprints written by '
                    '"Search the catalogue".'
                )
            )
        assets_text = self.parameterAsString(parameters, self.ASSETS, context)
        assets = [k.strip() for k in assets_text.split(",") if k.strip()] or None
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        try:
            clip = self._clip(parameters, context, feedback)
            products = self._products(source, feedback)
            if feedback.isCanceled():
                return {}
            plan = plan_downloads(products, assets, folder, clip)
        except TerrascopeError as exc:
            raise QgsProcessingException(str(exc)) from None
        for reason in plan.skipped:
            feedback.pushInfo(reason)
        feedback.pushInfo(
            tr("Downloading {n} files ({size:.1f} MB known) to {folder}…").format(
                n=len(plan.jobs), size=plan.known_size / 1e6, folder=plan.folder
            )
        )

        def progress(done: int, total: Optional[int]) -> None:
            if total:
                feedback.setProgress(10.0 + 90.0 * min(1.0, done / total))

        downloader = Downloader(
            progress=progress,
            is_cancelled=feedback.isCanceled,
            overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
            log=feedback.pushInfo,
        )
        results = downloader.run(plan)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, _result_fields(), _no_geometry(), QgsCoordinateReferenceSystem()
        )
        for result in results:
            if result.status == FAILED:
                feedback.reportError(result.message, False)
            if sink is not None:
                feature = QgsFeature(_result_fields())
                feature.setAttributes(
                    [
                        result.job.item_id,
                        result.job.collection,
                        result.job.asset_key,
                        result.status,
                        str(result.path) if result.path else None,
                        result.transferred,
                        result.message or None,
                    ]
                )
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        in_place = [r for r in results if r.ok and r.path is not None]
        failed = [r for r in results if r.status == FAILED]
        if failed and not in_place and not any(r.status == CANCELLED for r in results):
            raise QgsProcessingException(failed[0].message)
        feedback.pushInfo(tr("{n} of {total} files in place.").format(n=len(in_place), total=len(results)))
        outputs = {
            self.FOLDER: str(plan.folder),
            self.FILES: [str(r.path) for r in in_place if r.path.suffix.lower() in _RASTER_SUFFIXES],
            self.COUNT: len(in_place),
            self.FAILED: len(failed),
        }
        if sink is not None:
            outputs[self.OUTPUT] = dest_id
        return outputs

    def _clip(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback):
        mask, geometries = source_geometries(self, parameters, self.CLIP_MASK, context, feedback)
        if mask is not None:
            if not geometries:
                raise QgsProcessingException(
                    tr("The clip polygon layer has no features (or none is selected).")
                )
            return clip_area(QgsGeometry.unaryUnion(geometries), mask.sourceCrs())
        if parameters.get(self.CLIP) not in (None, ""):
            extent = self.parameterAsExtent(parameters, self.CLIP, context)
            if extent.isEmpty():
                raise QgsProcessingException(tr("The clip extent is empty."))
            return clip_area(extent, self.parameterAsExtentCrs(parameters, self.CLIP, context))
        return None

    @staticmethod
    def _products(source, feedback: QgsProcessingFeedback) -> list:
        """The catalogue entries of the features (their assets are not in the layer), one request each."""
        stac = current_endpoints().stac
        has_url = "stac_url" in source.fields().names()
        features = list(source.getFeatures())
        products = []
        for index, feature in enumerate(features):
            if feedback.isCanceled():
                break
            item_id, collection = feature["id"], feature["collection"]
            if not item_id or not collection:
                continue
            url = feature["stac_url"] if has_url and feature["stac_url"] else None
            url = url or f"{stac}/collections/{collection}/items/{item_id}"
            products.append(product_from_stac(network.get_json(str(url), feedback=feedback)))
            feedback.setProgress(10.0 * (index + 1) / max(1, len(features)))
        if not products and not feedback.isCanceled():
            raise QgsProcessingException(tr("The input layer has no products (or none is selected)."))
        return products


def _no_geometry() -> Any:
    try:
        return Qgis.WkbType.NoGeometry
    except AttributeError:  # QGIS < 3.30
        return QgsWkbTypes.NoGeometry
