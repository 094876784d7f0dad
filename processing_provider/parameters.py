"""What the Terrascope algorithms share: QGIS-version-proof flags and types, layer paths, output options."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
    QgsRasterLayer,
)

from ..core.i18n import tr

# Output compression choices: the values of the COMPRESSION parameters, keys of raster_engine.COMPRESSIONS
COMPRESSIONS = ("ZSTD", "DEFLATE", "NONE")


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


def static_enum(
    name: str, description: str, options: Sequence[str], default: str
) -> QgsProcessingParameterEnum:
    """A choice whose values are the option texts (keys such as ``NDVI``), not their positions: models, batch
    files and scripts that saved a choice keep its meaning when options are added (QGIS 3.18 and later)."""
    return QgsProcessingParameterEnum(
        name, description, options=list(options), defaultValue=default, usesStaticStrings=True
    )


def compression_parameter(name: str, default: str) -> QgsProcessingParameterEnum:
    """The advanced "Compression" choice of a raster output: ``ZSTD``, ``DEFLATE`` or ``NONE``."""
    return advanced(static_enum(name, tr("Compression"), COMPRESSIONS, default))


def compression_help() -> str:
    """What the compression choices mean, for the help of the algorithms that offer them."""
    return tr(
        "<p><b>Compression</b>: <i>ZSTD</i> is fast, read by QGIS and GDAL 2.3 or later; <i>DEFLATE</i> is "
        "read by every GIS, and slower; <i>NONE</i> is the fastest and gives the largest files.</p>"
    )


def enum_string(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, context) -> str:
    """The value of the static-string choice ``name`` (its default when none is given)."""
    value = algorithm.parameterAsEnumString(parameters, name, context)
    return value or algorithm.parameterDefinition(name).defaultValue()


def double_type() -> int:
    """The "real number" type of QgsProcessingParameterNumber (``Qgis.ProcessingNumberParameterType``
    from 3.36)."""
    try:
        return Qgis.ProcessingNumberParameterType.Double
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingParameterNumber.Double


def _as_int(value: Any) -> int:
    """An enum value as a number: PyQt5 enums are ints, PyQt6 (QGIS 4) scoped enums carry ``.value``."""
    return int(getattr(value, "value", value))


def _invalid_geometry_check(value: Any, context: QgsProcessingContext) -> int:
    """What the user chose to do with invalid geometries: for this layer (its advanced options), else in the
    Processing settings (held by the context)."""
    try:
        override = Qgis.ProcessingFeatureSourceDefinitionFlag.OverrideDefaultGeometryCheck
    except AttributeError:  # QGIS < 3.36
        override = QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.flags & override:
        return _as_int(value.geometryCheck)
    return _as_int(context.invalidGeometryCheck())


def _check_values() -> tuple[int, int]:
    """(no check, skip invalid) of the invalid geometry check (``Qgis.InvalidGeometryCheck`` from 3.36)."""
    try:
        kinds = Qgis.InvalidGeometryCheck
        return _as_int(kinds.NoCheck), _as_int(kinds.SkipInvalid)
    except AttributeError:  # QGIS < 3.36
        return _as_int(QgsFeatureRequest.GeometryNoCheck), _as_int(QgsFeatureRequest.GeometrySkipInvalid)


def _no_validity_checks() -> Any:
    try:
        return Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    except AttributeError:  # QGIS < 3.36
        return QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


def source_geometries(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict,
    name: str,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> tuple[Any, list[QgsGeometry]]:
    """The feature source of parameter ``name`` (None when not given) and the geometries of its features,
    invalid ones handled as the user chose: stop with a sentence (the default), leave them out, or use them.

    The source is read without its own validity checks, which stop on an invalid geometry by throwing a C++
    exception inside the feature iterator: through a Python loop, that leaves the interpreter broken on
    QGIS 3.22 (a crash a little later). The same checks are made here, in Python.
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, []
    check = _invalid_geometry_check(parameters.get(name), context)
    no_check, skip_invalid = _check_values()
    geometries = []
    for feature in source.getFeatures(QgsFeatureRequest(), _no_validity_checks()):
        if feedback.isCanceled():
            break
        if not feature.hasGeometry():
            continue
        geometry = feature.geometry()
        if check != no_check and not geometry.isGeosValid():
            if check == skip_invalid:
                continue
            raise QgsProcessingException(
                tr(
                    'Feature {id} of "{layer}" has an invalid geometry. Repair it (Fix geometries), or set '
                    "Processing to skip or keep invalid input features."
                ).format(id=feature.id(), layer=source.sourceName())
            )
        geometries.append(geometry)
    return source, geometries
