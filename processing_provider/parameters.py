"""What the Terrascope algorithms share: QGIS-version-proof flags and types, layer paths, output options."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
    QgsRasterLayer,
)

from ..core.i18n import tr

# Output compression choices, in the order of the enum parameter: key of raster_engine.COMPRESSIONS, label
COMPRESSIONS = (
    ("ZSTD", lambda: tr("ZSTD (fast; read by QGIS and GDAL 2.3 or later)")),
    ("DEFLATE", lambda: tr("DEFLATE (read by every GIS; slower)")),
    ("NONE", lambda: tr("None (fastest, largest files)")),
)


def advanced(param: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    """Mark ``param`` advanced (``Qgis.ProcessingParameterFlag`` from 3.36, the class flag before)."""
    try:
        flag = Qgis.ProcessingParameterFlag.Advanced
    except AttributeError:  # QGIS < 3.36
        flag = QgsProcessingParameterDefinition.FlagAdvanced
    param.setFlags(param.flags() | flag)
    return param


def raster_type() -> int:
    try:
        return Qgis.ProcessingSourceType.Raster
    except AttributeError:  # QGIS < 3.36
        return QgsProcessing.TypeRaster


def polygon_type() -> int:
    try:
        return Qgis.ProcessingSourceType.VectorPolygon
    except AttributeError:  # QGIS < 3.36
        return QgsProcessing.TypeVectorPolygon


def raster_path(layer: QgsRasterLayer) -> str:
    """The file (or GDAL path: /vsicurl/…) a raster layer reads; raises unless GDAL reads it."""
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            tr('The layer "{}" is not a file raster (provider {}); save it as a GeoTIFF first.').format(
                layer.name(), layer.providerType()
            )
        )
    parts = QgsProviderRegistry.instance().decodeUri("gdal", layer.source())
    return parts.get("path") or layer.source()


def geotiff_output(path: str) -> str:
    if Path(path).suffix.lower() not in (".tif", ".tiff"):
        raise QgsProcessingException(tr("The output must be a GeoTIFF file (.tif), not {}.").format(path))
    return path


def compression_labels() -> list[str]:
    return [label() for _, label in COMPRESSIONS]


def compression_key(index: int) -> str:
    return COMPRESSIONS[index][0] if 0 <= index < len(COMPRESSIONS) else COMPRESSIONS[0][0]


def double_type() -> int:
    """The "real number" type of QgsProcessingParameterNumber (``Qgis.ProcessingNumberParameterType``
    from 3.36)."""
    try:
        return Qgis.ProcessingNumberParameterType.Double
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterNumber.Double
