"""``terrascope:spectralindex``: a spectral index (NDVI, NDWI, EVI…) from band rasters, as float32 GeoTIFF."""

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import indices
from ..core.errors import RasterError
from ..core.i18n import tr
from ..core.raster_engine import RESAMPLING
from .base import TerrascopeAlgorithm
from .parameters import (
    advanced,
    compression_help,
    compression_parameter,
    double_type,
    enum_string,
    geotiff_output,
    raster_path,
    raster_type,
    static_enum,
)


class SpectralIndexAlgorithm(TerrascopeAlgorithm):
    """Computes one index of :data:`indices.INDICES` window by window; see :meth:`shortHelpString`."""

    group_id = "rasteranalysis"

    INDEX = "INDEX"
    SENSOR = "SENSOR"
    BANDS = "BANDS"
    INPUT = "INPUT"
    BAND_MAPPING = "BAND_MAPPING"
    SCL = "SCL"
    MASK_CLASSES = "MASK_CLASSES"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    RESAMPLING = "RESAMPLING"
    TARGET_CRS = "TARGET_CRS"
    RESOLUTION = "RESOLUTION"
    NODATA = "NODATA"
    COMPRESSION = "COMPRESSION"  # default none: float32 index values barely compress, and it is the fastest
    COG = "COG"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "spectralindex"

    def displayName(self) -> str:
        return tr("Spectral index")

    def shortHelpString(self) -> str:
        about = tr(
            "<p>Computes a spectral index from band rasters (downloaded Terrascope files or loaded product "
            "layers) or from one multiband raster, and writes it as a float32 GeoTIFF.</p><p><b>Band "
            "rasters</b>: one file per band; each is recognised by its name (Sentinel-2 "
            "<i>…TOC-B04_10M…</i>, PROBA-V <i>…_RED</i>) or by its band description. The sensor preset "
            "says which band is which. A Sentinel-2 <i>SCL</i> raster among them is used as the cloud "
            "mask. Give the bands of one product: two rasters of the same band are an error.</p><p><b>"
            "Multiband raster</b>: its bands are found by the band mapping (such as <i>red=3, nir=4</i>),"
            " else by their descriptions, else by the sensor's band order when the band count "
            "matches.</p><p>Digital numbers become reflectance with the raster's own scale and offset, "
            "else the sensor's, unless a scale is given. The output is in the CRS most bands are in (the "
            "first band's on a tie), on the pixels of the finest input in that CRS (or in the chosen CRS "
            "and pixel size), over the area all inputs cover; the other inputs are resampled and "
            "reprojected on the fly. Pixels where an input has no data, where the scene classification "
            "is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or"
            " where a denominator is zero get the output no-data value.</p>"
        )
        return (
            about
            + tr("<p><b>Sensors</b>:</p>{}").format(indices.presets_help())
            + tr("<p><b>Indices</b>:</p>{}").format(indices.help_table())
            + compression_help()
        )

    def initAlgorithm(self, config: Optional[dict] = None) -> None:
        # Choices by key (NDVI, sentinel2…), not by position: saved models and scripts keep their meaning
        # when the table grows. The long names are in the help.
        self.addParameter(static_enum(self.INDEX, tr("Index"), [i.key for i in indices.INDICES], "NDVI"))
        self.addParameter(
            static_enum(self.SENSOR, tr("Sensor"), [p.key for p in indices.PRESETS], indices.SENTINEL2.key)
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BANDS, tr("Band rasters (one per band)"), layerType=raster_type(), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband raster"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BAND_MAPPING,
                tr("Band mapping of the multiband raster (such as red=3, nir=4)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.SCL, tr("Scene classification for the cloud mask (Sentinel-2 SCL)"), optional=True
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterString(
                    self.MASK_CLASSES,
                    tr("Masked scene classes"),
                    defaultValue=", ".join(str(c) for c in indices.DEFAULT_SCL_MASK),
                    optional=True,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.SCALE,
                    tr("Reflectance scale (0: the raster's own, else the sensor's)"),
                    double_type(),
                    defaultValue=0.0,
                    minValue=0.0,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.OFFSET,
                    tr("Reflectance offset (with a scale other than 0)"),
                    double_type(),
                    defaultValue=0.0,
                )
            )
        )
        self.addParameter(
            advanced(static_enum(self.RESAMPLING, tr("Resampling of coarser bands"), RESAMPLING, "nearest"))
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterCrs(
                    self.TARGET_CRS, tr("Output CRS (default: the one most bands are in)"), optional=True
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.RESOLUTION,
                    tr("Output pixel size (0: the finest input's in the output CRS)"),
                    double_type(),
                    defaultValue=0.0,
                    minValue=0.0,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.NODATA, tr("Output no-data value"), double_type(), defaultValue=-9999.0
                )
            )
        )
        self.addParameter(compression_parameter(self.COMPRESSION, "NONE"))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.COG, tr("Cloud-Optimized GeoTIFF (with overviews)"), defaultValue=False
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Index")))

    def processAlgorithm(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict:
        index = indices.INDEX_BY_KEY[enum_string(self, parameters, self.INDEX, context)]
        preset = indices.PRESET_BY_KEY[enum_string(self, parameters, self.SENSOR, context)]
        band_layers = self.parameterAsLayerList(parameters, self.BANDS, context)
        stack_layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        scl_layer = self.parameterAsRasterLayer(parameters, self.SCL, context)
        if not band_layers and stack_layer is None:
            raise QgsProcessingException(
                tr("Give the band rasters, or a multiband raster: {} needs the bands {}.").format(
                    index.key, ", ".join(index.bands)
                )
            )
        try:
            mapping = indices.parse_band_mapping(
                self.parameterAsString(parameters, self.BAND_MAPPING, context)
            )
            classes = indices.parse_classes(self.parameterAsString(parameters, self.MASK_CLASSES, context))
        except ValueError as e:
            raise QgsProcessingException(
                tr("The band mapping or the masked classes cannot be read: {}.").format(e)
            ) from e
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        output = geotiff_output(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
        separate = [
            (raster_path(layer), [layer.name(), Path(raster_path(layer)).name]) for layer in band_layers
        ]
        try:
            inputs = indices.resolve_inputs(
                index,
                preset,
                separate=separate,
                stack=raster_path(stack_layer) if stack_layer is not None else None,
                mapping=mapping or None,
                mask=(raster_path(scl_layer), 1) if scl_layer is not None else None,
                scale=(scale, offset) if scale > 0 else None,
                resampling=enum_string(self, parameters, self.RESAMPLING, context),
            )
            for common, ref in inputs.bands.items():
                feedback.pushInfo(tr("{}: band {} of {}").format(common, ref.band, ref.path))
            unscaled = indices.unscaled_digital_numbers(index, inputs)
            if unscaled:
                feedback.pushWarning(
                    tr(
                        "The bands {bands} hold integers (up to {largest:g}) read as reflectance with "
                        "scale 1: {index} expects reflectance from 0 to 1, and its values will be wrong. "
                        "Choose the sensor, or give the reflectance scale (such as 0.0001 for Sentinel-2 "
                        "digital numbers)."
                    ).format(
                        bands=", ".join(c for c, _ in unscaled),
                        largest=max(v for _, v in unscaled),
                        index=index.key,
                    )
                )
            if inputs.mask is not None:
                feedback.pushInfo(
                    tr("Cloud mask: classes {} of {}").format(", ".join(map(str, classes)), inputs.mask.path)
                )
            finished = indices.compute_index(
                index,
                inputs,
                output,
                mask_classes=classes,
                nodata=self.parameterAsDouble(parameters, self.NODATA, context),
                crs_wkt=crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL) if crs.isValid() else None,
                resolution=resolution if resolution > 0 else None,
                cog=self.parameterAsBoolean(parameters, self.COG, context),
                compression=enum_string(self, parameters, self.COMPRESSION, context),
                feedback=feedback,
            )
        except RasterError as e:
            raise QgsProcessingException(str(e)) from e
        if not finished:
            return {}
        return {self.OUTPUT: output}
