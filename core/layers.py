"""Products as QGIS layers: streamed Cloud Optimized GeoTIFFs, band composites and bands styled for reading.

The one place that turns a catalogue product into QGIS raster layers.

- A single asset is opened straight from the download server through GDAL's ``/vsicurl/``
  (:func:`.auth.gdal_path`: the token only for Terrascope downloads). QGIS reads the COG's header and the one
  overview that suits the map scale: a first render of a whole 10980 × 10980 tile moves about 1 % of the file.
- A band composite (the presets of :mod:`.styles`, or three bands the user picks) is a small VRT whose
  sources are those same GDAL paths; 10 and 20 m bands are put on the finest grid (nearest neighbour, exact
  for Sentinel-2's 2:1 grids); each band keeps its scale and nodata, so reflectance ranges apply as they are.
- A single band gets the style of :mod:`.styles`: colour ramp (NDVI, FAPAR, LAI, FCOVER), class legend
  (WorldCover, WorldCereal, scene classification), Sentinel-1 backscatter in dB, else QGIS's grey stretch.
- :class:`LoadTask` does the network work in ``run()``: resolving the GDAL paths (which may sign in), opening
  and validating every file, writing the VRTs, and opening each layer once, so that GDAL has cached all that
  QGIS reads when it creates a layer (header, sidecar-file probes, the overview of its first statistics). In
  ``finished()``, on the main thread, it creates, styles and adds the layers without a single request.
  :func:`load` is the blocking form for the Python console.

Choices, and why:

- **VRT files, not /vsimem/.** A project refers to its layers by path. A ``/vsimem/`` file is gone when QGIS
  restarts, so the project could not reopen the layer; a small ``.vrt`` in the profile's cache folder
  (:func:`cache_folder`, setting ``layers/cache_folder``) is still there. It holds the sources' GDAL paths
  (the download URL and the name of the session's in-memory header file), never a token. When a session
  starts, :func:`refresh_after_login` points them at its header file: GDAL never retries a source path it
  once failed to open.
- **Scale and offset.** QGIS's GDAL provider (3.22 and 3.40 alike) applies a band's scale and offset itself:
  the identify tool, statistics and renderer ranges all see physical values. QgsRasterDataProvider has no
  setter for them, so when a file lacks the ``raster:scale``/``raster:offset``/``nodata`` of its catalogue
  entry, a one-band VRT adds ``<Scale>``, ``<Offset>`` and ``<NoDataValue>``.
- **Sentinel-1 in dB.** A VRT derived band with GDAL's built-in ``log10`` pixel function and ``<Scale>10``:
  QGIS then reads 10·log10(σ⁰). The built-in ``dB`` function takes the factor 10 only in recent GDAL
  versions; ``log10`` with a scale gives the same number on every GDAL that QGIS 3.22+ ships. No data (0)
  becomes NaN, which QGIS draws transparent.
- **GDAL options.** Nothing process-wide: on GDAL 3.6 ``/vsicurl/`` has no path-specific options, and
  process-wide ones (``CPL_VSIL_CURL_ALLOWED_EXTENSIONS``, ``GDAL_DISABLE_READDIR_ON_OPEN``) would change how
  every other layer and plugin streams from every host. The directory listing is off through the path
  (``empty_dir=yes``; on GDAL 3.7+ a path-specific ``EMPTY_DIR``, both set by :mod:`.auth`). ``/vsicurl/``'s
  process-wide block cache makes ``VSI_CACHE`` useless; its default range strategy (parallel single ranges,
  adjacent ones merged) is what the download server supports. The worker thread alone gets timeouts
  (thread-local options), so a stalled server ends the task with a message instead of hanging it.
"""

import hashlib
import os
import re
import threading
import uuid

# ElementTree only writes the VRTs here; nothing parses XML from elsewhere
import xml.etree.ElementTree as ET  # noqa: S405  # nosec B405
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Union
from urllib.parse import unquote, urlsplit

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsApplication,
    QgsBox3d,
    QgsColorRampShader,
    QgsContrastEnhancement,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDateTimeRange,
    QgsFeedback,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsLayerMetadata,
    QgsMessageLog,
    QgsMultiBandColorRenderer,
    QgsNetworkAccessManager,
    QgsPalettedRasterRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsRasterMinMaxOrigin,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsTask,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QEventLoop, Qt, QThread, pyqtSignal
from qgis.PyQt.QtGui import QColor

from . import LOG_TAG, auth, network, settings, styles
from .errors import AuthError, InvalidInputError, NetworkError, RasterError, TerrascopeError, log_bug
from .i18n import tr
from .products import Product
from .qt_threads import settle
from .styles import BandStyle, Preset

PROPERTY_PRODUCT = "terrascope_explorer/product"  # custom layer properties: which product and preset
PROPERTY_PRESET = "terrascope_explorer/preset"
PROPERTY_DOWNLOADED = "terrascope_explorer/downloaded"  # instead of PROPERTY_PRODUCT: a local file's layer
_IMAGE_TYPES = ("image/tiff", "image/geotiff", "application/x-geotiff")
_IMAGE_SUFFIXES = (".tif", ".tiff", ".vrt")
_MAX_CHECK_PIXELS = 1024 * 1024  # the validation read: the smallest overview, if it is at most this big
_COLOUR_INTERPRETATION = ("RedBand", "GreenBand", "BlueBand")


# ---------------------------------------------------------------------------------------------- presets


def presets_for(product: Product) -> list:
    """The ways to show ``product``, the default first: composites its bands allow, then styled single bands.

    Single bands are offered when a style suits them (NDVI, land cover, scene classification, backscatter…),
    or when the product has no composite; any band can still be picked with ``bands=[...]``.
    """
    images = [a for a in product.assets.values() if _is_image(a) and _is_data(a)]
    keys = {a.key for a in images}
    composites = [p for p in styles.composite_presets() if all(b in keys for b in p.bands)]
    out = list(composites)
    for asset in images:
        style = styles.band_style(product.collection, asset.key)
        if style is not None or not composites:
            out.append(Preset(asset.key, _single_label(asset.key, style), (asset.key,)))
    return out


def band_keys(product: Product) -> list:
    """The image assets a user may pick from (for "Choose bands…"), in catalogue order."""
    return [a.key for a in product.assets.values() if _is_image(a) and _is_data(a)]


def _single_label(key: str, style: Optional[BandStyle]) -> str:
    return style.label if style is not None and style.label else key


def _is_image(asset) -> bool:
    kind = asset.type.split(";")[0].strip().lower()
    if kind:
        return kind in _IMAGE_TYPES
    return urlsplit(asset.href).path.lower().endswith(_IMAGE_SUFFIXES)


def _is_data(asset) -> bool:
    return not asset.roles or "data" in asset.roles or "data-mask" in asset.roles


# ---------------------------------------------------------------------------------------------- plans


@dataclass(frozen=True)
class LayerPlan:
    """What to build for one product (decided on the main thread, without network)."""

    product: Product
    preset: Preset
    style: Optional[BandStyle]  # single bands only
    name: str


def plan_layer(product: Product, preset: Union[str, Preset, None] = None, bands=None) -> LayerPlan:
    """Decide how ``product`` will be shown: ``bands`` (one, or three for red/green/blue) or a ``preset``
    (an id of :func:`presets_for`, such as ``"true_colour"``, or an asset key); by default the first preset.

    :raises RasterError: the product lacks a band the choice needs, or has nothing to show.
    :raises InvalidInputError: the choice itself is wrong (two bands, an unknown preset).
    """
    if bands:
        keys = (bands,) if isinstance(bands, str) else tuple(str(b) for b in bands)
        if len(keys) not in (1, 3):
            raise InvalidInputError(tr("Choose one band, or three bands for red, green and blue."))
        if len(keys) == 3:
            chosen = Preset("bands:" + ",".join(keys), " ".join(keys), keys)
        else:
            chosen = Preset(
                keys[0], _single_label(keys[0], styles.band_style(product.collection, keys[0])), keys
            )
    elif isinstance(preset, Preset):
        chosen = preset
    elif preset:
        chosen = _preset_by_id(product, str(preset))
    else:
        offered = presets_for(product)
        if not offered:
            raise RasterError(
                tr("{product} has no image that can be shown on the map.").format(product=product.title)
            )
        chosen = offered[0]
    for key in chosen.bands:
        asset = product.assets.get(key)
        if asset is None:
            raise RasterError(
                tr("This product has no {band} band ({product}).").format(band=key, product=product.title)
            )
        if not _is_image(asset):
            raise RasterError(
                tr("The {band} file of this product is not an image ({product}).").format(
                    band=key, product=product.title
                )
            )
    style = None if chosen.is_composite else styles.band_style(product.collection, chosen.bands[0])
    return LayerPlan(product=product, preset=chosen, style=style, name=layer_name(product, chosen))


def plan_downloaded(product: Product, key: str, path: Union[str, Path]) -> LayerPlan:
    """The plan of a downloaded (or clipped) file ``path`` of ``product``'s asset ``key``: the layer reads
    the local file and is named, scaled and styled like the streamed one.

    :raises RasterError: the asset is not an image the plugin can show on its own.
    """
    asset = product.assets.get(key)
    if asset is None:
        raise RasterError(
            tr("This product has no {band} band ({product}).").format(band=key, product=product.title)
        )
    local = replace(product, assets={key: replace(asset, href=str(Path(path).resolve()))})
    return plan_layer(local, preset=key)


RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".nc")


def plans_for_downloads(results: list, products: list) -> tuple:
    """(plans, paths): a :func:`plan_downloaded` for each raster in place among download ``results`` (of
    ``products``), and the paths of the rasters the plugin cannot style (to add as plain layers)."""
    by_item = {(p.collection, p.id): p for p in products}
    plans, plain = [], []
    for result in results:
        if not result.ok or result.path is None or Path(result.path).suffix.lower() not in RASTER_SUFFIXES:
            continue
        product = by_item.get((result.job.collection, result.job.item_id))
        try:
            if product is not None:
                plans.append(plan_downloaded(product, result.job.asset_key, result.path))
                continue
        except TerrascopeError:
            pass  # not an image the plugin styles
        plain.append(str(result.path))
    return plans, plain


def add_plain_rasters(paths: list, project: Optional[QgsProject] = None) -> list:
    """Add the rasters among downloaded ``paths`` to ``project`` as plain layers (for the files
    :func:`plans_for_downloads` cannot style); returns the layers added. A file GDAL cannot open is logged."""
    added = []
    for path in paths:
        if Path(path).suffix.lower() not in RASTER_SUFFIXES:
            continue
        layer = QgsRasterLayer(path, Path(path).stem)
        if layer.isValid():
            (project or QgsProject.instance()).addMapLayer(layer)
            added.append(layer)
        else:
            QgsMessageLog.logMessage(
                tr("The downloaded file {path} could not be opened as a raster.").format(path=path),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
    return added


def _is_local(plan: LayerPlan) -> bool:
    hrefs = [plan.product.assets[k].href for k in plan.preset.bands if k in plan.product.assets]
    return bool(hrefs) and not any(h.startswith(("http://", "https://")) for h in hrefs)


def _preset_by_id(product: Product, preset_id: str) -> Preset:
    for candidate in styles.composite_presets():
        if candidate.id == preset_id:
            return candidate  # its bands are checked by the caller: "this product has no B12 band"
    for candidate in presets_for(product):
        if candidate.id == preset_id:
            return candidate
    if preset_id in product.assets:
        style = styles.band_style(product.collection, preset_id)
        return Preset(preset_id, _single_label(preset_id, style), (preset_id,))
    offered = ", ".join(p.id for p in presets_for(product))
    raise InvalidInputError(
        tr("There is no preset {preset} for this product; choose one of: {offered}.").format(
            preset=preset_id, offered=offered
        )
    )


def layer_name(product: Product, preset: Preset) -> str:
    """``Sentinel-2 TOC · 2025-09-01 · 31UES · true colour``: collection, date, tile, what is shown."""
    parts = [styles.collection_name(product.collection or product.id)]
    if product.datetime is not None:
        parts.append(product.datetime.strftime("%Y-%m-%d"))
    tile = product.tile or styles.grid_cell(product.id)
    if tile:
        parts.append(tile)
    parts.append(preset.label)
    return " · ".join(parts)


# ---------------------------------------------------------------------------------------------- worker side


@dataclass
class PreparedLayer:
    """What ``run()`` found and wrote for one plan: the VRT QGIS opens and the stretch of each band."""

    plan: LayerPlan
    uri: str  # the .vrt file in the cache folder
    ranges: Optional[list] = None  # composites: (low, high) per band in physical units; None: QGIS's stretch
    rgb: tuple = (1, 2, 3)  # composites: the VRT band numbers of red, green and blue


@dataclass
class _Band:
    key: str
    href: str
    path: str  # the GDAL path
    width: int
    height: int
    geotransform: tuple
    wkt: str
    axis_mapping: tuple
    data_type: int
    block: tuple
    file_scale: Optional[float]
    file_offset: Optional[float]
    file_nodata: Optional[float]
    scale: Optional[float]  # effective: the file's, else the catalogue's, else the style's fallback
    offset: Optional[float]
    nodata: Optional[float]

    @property
    def needs_nodata(self) -> bool:
        return self.file_nodata is None and self.nodata is not None


def prepare(plan: LayerPlan, feedback: Optional[QgsFeedback] = None) -> PreparedLayer:
    """(Worker thread.) Open and validate the plan's files, write its VRT and warm GDAL's caches.

    :raises TerrascopeError: a sentence saying what went wrong (login, missing file, network, unreadable).
    """
    with _WorkerOptions():
        bands = []
        for key in plan.preset.bands:
            if feedback is not None and feedback.isCanceled():
                raise RasterError(tr("Loading was cancelled."))
            bands.append(_open_band(plan, key, feedback))
        if plan.preset.is_composite:
            prepared = _prepare_composite(plan, bands)
        else:
            prepared = _prepare_single(plan, bands[0])
        _warm_up(prepared)
    return prepared


def _prepare_composite(plan: LayerPlan, bands: list) -> PreparedLayer:
    from osgeo import osr

    first = osr.SpatialReference()
    first.ImportFromWkt(bands[0].wkt)
    for band in bands[1:]:
        other = osr.SpatialReference()
        other.ImportFromWkt(band.wkt)
        if not first.IsSame(other):
            raise RasterError(
                tr("The bands {a} and {b} of this product are in different coordinate systems.").format(
                    a=bands[0].key, b=band.key
                )
            )
    vrt, rgb = _write_composite_vrt(plan, bands)
    ranges = None
    if all(b.scale is not None for b in bands):
        ranges = [styles.reflectance_range(b.key, plan.preset.id) for b in bands]
    return PreparedLayer(plan=plan, uri=vrt, ranges=ranges, rgb=rgb)


def _prepare_single(plan: LayerPlan, band: _Band) -> PreparedLayer:
    decibel = plan.style is not None and plan.style.kind == styles.DECIBEL
    vrt = _write_band_vrt(plan, band, decibel)
    return PreparedLayer(plan=plan, uri=vrt)


class _WorkerOptions:
    """Timeouts for GDAL's requests, for the worker thread only (thread-local options leak nowhere)."""

    def __enter__(self) -> None:
        from osgeo import gdal

        seconds = str(max(1, int(settings.NETWORK_TIMEOUT_S.value())))
        wanted = {
            "GDAL_HTTP_CONNECTTIMEOUT": seconds,
            "GDAL_HTTP_LOW_SPEED_TIME": seconds,  # no byte for this long: give up
            "GDAL_HTTP_LOW_SPEED_LIMIT": "1",
        }
        self._previous = {k: gdal.GetThreadLocalConfigOption(k, None) for k in wanted}
        for key, value in wanted.items():
            gdal.SetThreadLocalConfigOption(key, value)

    def __exit__(self, *exc: object) -> None:
        from osgeo import gdal

        for key, value in self._previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def _gdal_open(path: str):
    """(dataset or None, GDAL's message); works whether or not GDAL's Python exceptions are on."""
    from osgeo import gdal

    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
        except RuntimeError as exc:
            return None, str(exc)
        return dataset, ("" if dataset is not None else gdal.GetLastErrorMsg())
    finally:
        gdal.PopErrorHandler()


def _check_readable(dataset) -> str:
    """Read the smallest overview of band 1 (what QGIS's first statistics read too); GDAL's message or ""."""
    from osgeo import gdal

    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        band = dataset.GetRasterBand(1)
        count = band.GetOverviewCount()
        target = band.GetOverview(count - 1) if count else band
        if target.XSize * target.YSize > _MAX_CHECK_PIXELS:
            width, height = min(256, target.XSize), min(256, target.YSize)
        else:
            width, height = target.XSize, target.YSize
        data = target.ReadRaster(0, 0, width, height)
        if data is None:
            return gdal.GetLastErrorMsg() or tr("no data could be read")
        return ""
    except RuntimeError as exc:
        return str(exc)
    finally:
        gdal.PopErrorHandler()


def _local_href(href: str) -> str:
    """``file://`` hrefs as local paths; other hrefs unchanged."""
    if href.startswith("file://"):
        return unquote(urlsplit(href).path)
    return href


def _forget(href: str) -> None:
    """Drop what GDAL cached about ``href`` (a failed answer is cached as "no such file")."""
    if href.startswith(("http://", "https://")):
        from osgeo import gdal

        gdal.VSICurlPartialClearCache("/vsicurl/" + href)


def _open_readable(path: str):
    """(dataset, "") when GDAL opens ``path`` and reads its smallest overview, else (None, GDAL's message)."""
    dataset, problem = _gdal_open(path)
    if dataset is not None:
        problem = _check_readable(dataset)
    return (None, problem) if problem else (dataset, "")


def _open_band(plan: LayerPlan, key: str, feedback: Optional[QgsFeedback]) -> _Band:
    product = plan.product
    asset = product.assets[key]
    href = _local_href(asset.href)
    path = auth.gdal_path(href)
    dataset, problem = _open_readable(path)
    if problem:
        _forget(href)
        if href.startswith(("http://", "https://")):
            failure = _why_unreadable(product, asset, href, feedback)
            if failure is not None:
                raise failure
            path = auth.gdal_path(href)  # the answer was fine: try once more (the token may be new)
            dataset, problem = _open_readable(path)
        if problem:
            _forget(href)
            raise RasterError(
                tr(
                    "The {band} file of {product} could not be read: the transfer broke off or the file is "
                    "not a readable image ({reason}). Try again later."
                ).format(band=key, product=product.title, reason=_short_reason(problem, path))
            )
    return _describe(dataset, key, href, path, asset.raw, plan.style)


def _why_unreadable(product: Product, asset, href: str, feedback: Optional[QgsFeedback]):
    """Ask the server once (HEAD; a fresh token after a 401) why GDAL failed; None when it answers fine."""
    mode = network.AUTH_REQUIRED if asset.needs_login else network.AUTH_OPTIONAL
    try:
        response = network.request(href, method="HEAD", auth=mode, feedback=feedback, raise_for_status=False)
    except AuthError as exc:
        return AuthError(_login_message(product), status=exc.status, url=exc.url)
    except NetworkError as exc:
        return NetworkError(
            tr("{product} could not be loaded. {reason}").format(product=product.title, reason=exc),
            status=exc.status,
            url=exc.url,
            server_message=exc.server_message,
        )
    if response.ok:
        return None
    url = network.display_url(href)
    if response.status in (401, 403):
        return AuthError(_login_message(product), status=response.status, url=url)
    if response.status == 404:
        return RasterError(
            tr(
                "The download server does not have the {band} file of {product} (HTTP 404): the catalogue "
                "entry may be out of date."
            ).format(band=asset.key, product=product.title),
            status=404,
            url=url,
        )
    return network.http_error(response, had_token=asset.needs_login)


def _login_message(product: Product) -> str:
    return tr("Log in to Terrascope to load this product ({product}).").format(product=product.title)


def _short_reason(message: str, path: str) -> str:
    """GDAL's message in one line, without the GDAL path (long, and it names the header file)."""
    text = " ".join((message or "").replace(path, "").split()).strip(" :`'.")
    return text[:200] or tr("unknown error")


def _asset_number(raw: dict, *keys: str) -> Optional[float]:
    """A number of the STAC asset (raster v2 at asset level, or in its ``bands``/``raster:bands``)."""
    for key in keys:
        value = raw.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    for band in (raw.get("bands") or raw.get("raster:bands") or [])[:1]:
        if isinstance(band, dict):
            for key in keys:
                value = band.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    return float(value)
    return None


def _describe(dataset, key: str, href: str, path: str, raw: dict, style: Optional[BandStyle]) -> _Band:
    band = dataset.GetRasterBand(1)
    file_scale, file_offset = band.GetScale(), band.GetOffset()
    if file_scale in (None, 1.0) and file_offset in (None, 0.0):
        file_scale = file_offset = None
    file_nodata = band.GetNoDataValue()
    scale = _asset_number(raw, "raster:scale", "scale")
    offset = _asset_number(raw, "raster:offset", "offset")
    if scale is None and offset is None and style is not None and style.scale is not None:
        scale, offset = style.scale, style.offset
    if scale == 1.0 and not offset:
        scale = offset = None
    if file_scale is not None:
        if scale is not None and (
            abs(file_scale - scale) > 1e-12 or abs((file_offset or 0) - (offset or 0)) > 1e-12
        ):
            QgsMessageLog.logMessage(
                tr(
                    "{file}: the file's scale/offset differ from the catalogue's; the file's are used."
                ).format(file=os.path.basename(urlsplit(href).path)),
                LOG_TAG,
                Qgis.MessageLevel.Info,
            )
        scale, offset = file_scale, file_offset or 0.0
    nodata = file_nodata if file_nodata is not None else _asset_number(raw, "nodata", "raster:nodata")
    if nodata is None and style is not None:
        nodata = style.nodata
    srs = dataset.GetSpatialRef()
    return _Band(
        key=key,
        href=href,
        path=path,
        width=dataset.RasterXSize,
        height=dataset.RasterYSize,
        geotransform=tuple(dataset.GetGeoTransform()),
        wkt=srs.ExportToWkt() if srs is not None else "",
        axis_mapping=tuple(srs.GetDataAxisToSRSAxisMapping()) if srs is not None else (1, 2),
        data_type=band.DataType,
        block=tuple(band.GetBlockSize()),
        file_scale=file_scale,
        file_offset=file_offset,
        file_nodata=file_nodata,
        scale=scale,
        offset=offset if scale is not None else None,
        nodata=nodata,
    )


# ---------------------------------------------------------------------------------------------- VRT files


def cache_folder() -> Path:
    """Where the VRTs of loaded layers live: the setting, else ``cache/terrascope_explorer/layers`` in the
    QGIS profile. Projects refer to these files, so they are kept."""
    chosen = settings.LAYER_CACHE_FOLDER.value().strip()
    if chosen:
        return Path(chosen)
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "terrascope_explorer" / "layers"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._") or "product"


def _vrt_target(plan: LayerPlan, kind: str) -> Path:
    product = plan.product
    name = f"{_safe(product.id)}-{_safe('-'.join(plan.preset.bands))}-{kind}"
    if _is_local(plan):  # a downloaded file: a VRT of its own, never the streamed layer's
        hrefs = "\n".join(product.assets[k].href for k in plan.preset.bands)
        name += "-local-" + hashlib.sha256(hrefs.encode("utf-8")).hexdigest()[:12]
    return cache_folder() / _safe(product.collection or "products") / f"{name}.vrt"


def _write_file(target: Path, text: str) -> str:
    """Write ``text`` to ``target`` through a temporary file renamed at the end: never a half-written VRT."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        raise RasterError(
            tr(
                "The layer file {path} could not be written ({reason}). Check the folder in the settings."
            ).format(path=target, reason=exc.strerror or exc)
        ) from None
    return str(target)


def _vsimem_text(path: str) -> str:
    from osgeo import gdal

    handle = gdal.VSIFOpenL(path, "rb")
    if handle is None:
        raise RasterError(tr("GDAL could not build the layer file."))
    try:
        chunks = []
        while True:
            chunk = gdal.VSIFReadL(1, 1 << 16, handle)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        gdal.VSIFCloseL(handle)
        gdal.Unlink(path)
    return b"".join(chunks).decode("utf-8")


def _write_composite_vrt(plan: LayerPlan, bands: list) -> tuple:
    """Three bands on the finest grid of them, each with its scale, offset and nodata; returns the VRT's path
    and the VRT band numbers of red, green and blue.

    The finest band comes first in the VRT: GDAL derives the VRT's overviews from its first band, so a 10 m
    first band gives one more, smaller overview level than a 20 m one (scenes drawn far zoomed out read less).
    """
    from osgeo import gdal

    order = sorted(range(len(bands)), key=lambda i: abs(bands[i].geotransform[1]))  # stable: R, G, B on ties
    rgb = tuple(order.index(i) + 1 for i in range(len(bands)))
    bands = [bands[i] for i in order]
    memory = f"/vsimem/terrascope_explorer/{uuid.uuid4().hex}.vrt"
    kwargs: dict = {"separate": True, "resolution": "highest"}
    if any(b.needs_nodata for b in bands):
        values = " ".join("None" if b.nodata is None else repr(float(b.nodata)) for b in bands)
        kwargs.update(srcNodata=values, VRTNodata=values)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            dataset = gdal.BuildVRT(memory, [b.path for b in bands], options=gdal.BuildVRTOptions(**kwargs))
        except RuntimeError:
            dataset = None
        if dataset is None or dataset.RasterCount != len(bands):  # BuildVRT skips a source it cannot open
            raise RasterError(
                tr("The bands {bands} of {product} could not be combined ({reason}).").format(
                    bands=", ".join(b.key for b in bands),
                    product=plan.product.title,
                    reason=_short_reason(gdal.GetLastErrorMsg(), ""),
                )
            )
        for index, band in enumerate(bands):
            target = dataset.GetRasterBand(index + 1)
            target.SetDescription(band.key)
            colour = _COLOUR_INTERPRETATION[rgb.index(index + 1)]
            target.SetColorInterpretation(getattr(gdal, "GCI_" + colour))
            if band.scale is not None:
                target.SetScale(band.scale)
                target.SetOffset(band.offset or 0.0)
        dataset.FlushCache()
        dataset = None
    finally:
        gdal.PopErrorHandler()
    return _write_file(_vrt_target(plan, "rgb"), _vsimem_text(memory)), rgb


def _write_band_vrt(plan: LayerPlan, band: _Band, decibel: bool = False) -> str:
    """One band of the file, with the scale, offset and nodata that apply (the file's, else the catalogue's).

    Written by hand with the source's size, type and block size (``SourceProperties``): GDAL then opens the
    VRT without touching the network, which a project reopened before the login needs. ``decibel``: a derived
    band, 10·log10 of the linear values (``log10`` pixel function and a scale of 10), no data as NaN.
    """
    from osgeo import gdal

    type_name = gdal.GetDataTypeName(band.data_type)
    root = ET.Element("VRTDataset", rasterXSize=str(band.width), rasterYSize=str(band.height))
    if band.wkt:
        mapping = ",".join(str(a) for a in band.axis_mapping)
        ET.SubElement(root, "SRS", dataAxisToSRSAxisMapping=mapping).text = band.wkt
    ET.SubElement(root, "GeoTransform").text = ", ".join(repr(float(v)) for v in band.geotransform)
    if decibel:
        out = ET.SubElement(
            root, "VRTRasterBand", dataType="Float32", band="1", subClass="VRTDerivedRasterBand"
        )
        ET.SubElement(out, "Description").text = f"{band.key} (dB)"
        ET.SubElement(out, "NoDataValue").text = "nan"
        ET.SubElement(out, "Offset").text = "0"
        ET.SubElement(out, "Scale").text = "10"
        ET.SubElement(out, "PixelFunctionType").text = "log10"
        ET.SubElement(out, "SourceTransferType").text = "Float32"
    else:
        out = ET.SubElement(root, "VRTRasterBand", dataType=type_name, band="1")
        ET.SubElement(out, "Description").text = band.key
        if band.nodata is not None:
            ET.SubElement(out, "NoDataValue").text = repr(float(band.nodata))
        if band.scale is not None:
            ET.SubElement(out, "Offset").text = repr(float(band.offset or 0.0))
            ET.SubElement(out, "Scale").text = repr(float(band.scale))
    source = ET.SubElement(out, "ComplexSource" if decibel else "SimpleSource")
    ET.SubElement(source, "SourceFilename", relativeToVRT="0").text = band.path
    ET.SubElement(source, "SourceBand").text = "1"
    ET.SubElement(
        source,
        "SourceProperties",
        RasterXSize=str(band.width),
        RasterYSize=str(band.height),
        DataType=type_name,
        BlockXSize=str(band.block[0]),
        BlockYSize=str(band.block[1]),
    )
    window = {"xOff": "0", "yOff": "0", "xSize": str(band.width), "ySize": str(band.height)}
    ET.SubElement(source, "SrcRect", **window)
    ET.SubElement(source, "DstRect", **window)
    if decibel:
        if band.nodata is not None:
            ET.SubElement(source, "NODATA").text = repr(float(band.nodata))
        if band.scale is not None:  # digital numbers: to linear power first
            ET.SubElement(source, "ScaleOffset").text = repr(float(band.offset or 0.0))
            ET.SubElement(source, "ScaleRatio").text = repr(float(band.scale))
    ET.indent(root)
    kind = "db" if decibel else "band"
    return _write_file(_vrt_target(plan, kind), ET.tostring(root, encoding="unicode") + "\n")


def _warm_up(prepared: PreparedLayer) -> None:
    """Open the layer once here, in the worker: GDAL then has cached the header, the sidecar probes and the
    overview that QGIS reads for its first statistics, so creating the layer on the main thread makes no
    request. A layer QGIS cannot open is reported here, with QGIS's reason."""
    options = QgsRasterLayer.LayerOptions(False, QgsCoordinateTransformContext())
    layer = QgsRasterLayer(prepared.uri, prepared.plan.name, "gdal", options)
    try:
        if not layer.isValid():
            raise RasterError(
                tr("QGIS could not open {name} ({reason}).").format(
                    name=prepared.plan.name, reason=_short_reason(layer.error().summary(), prepared.uri)
                )
            )
    finally:
        del layer  # owned by Python: destroyed here, in the worker that created it


# ---------------------------------------------------------------------------------------------- main thread


def create_layer(prepared: PreparedLayer, project: Optional[QgsProject] = None) -> QgsRasterLayer:
    """(Main thread.) The styled layer for ``prepared``, with metadata and time; not yet in a project.

    :raises RasterError: QGIS cannot open the source.
    """
    plan = prepared.plan
    context = (project or QgsProject.instance()).transformContext()
    layer = QgsRasterLayer(prepared.uri, plan.name, "gdal", QgsRasterLayer.LayerOptions(False, context))
    if not layer.isValid():
        raise RasterError(
            tr("QGIS could not open {name} ({reason}).").format(
                name=plan.name, reason=_short_reason(layer.error().summary(), prepared.uri)
            )
        )
    if plan.preset.is_composite:
        _style_composite(layer, prepared.ranges, prepared.rgb)
    elif plan.style is not None:
        _style_single(layer, plan.style)
    layer.setMetadata(layer_metadata(plan.product, plan.name, layer.crs()))
    set_temporal_range(layer, plan.product)
    # downloaded files need no login: reopening their project must not sign in (see reconnect)
    layer.setCustomProperty(PROPERTY_DOWNLOADED if _is_local(plan) else PROPERTY_PRODUCT, plan.product.key)
    layer.setCustomProperty(PROPERTY_PRESET, plan.preset.id)
    return layer


def _enum(new: str, old: Callable[[], Any]) -> Any:
    """``Qgis.<new>`` where this QGIS has it (3.40 moved these enums there), else ``old()``, the 3.22 value
    (looked up only then: the old names may be gone or deprecated in later versions)."""
    owner, _, member = new.partition(".")
    holder = getattr(Qgis, owner, None)
    if holder is not None and hasattr(holder, member):
        return getattr(holder, member)
    return old()


def _user_defined_limits(renderer) -> None:
    origin = QgsRasterMinMaxOrigin()
    origin.setLimits(_enum("RasterRangeLimit.NotSet", lambda: QgsRasterMinMaxOrigin.None_))
    renderer.setMinMaxOrigin(origin)


def _style_composite(layer: QgsRasterLayer, ranges: Optional[list], rgb: tuple) -> None:
    """Red, green and blue from the VRT bands ``rgb``, stretched over ``ranges`` (physical values); without
    ranges (no scale known), QGIS's own cumulative-cut stretch, computed from what the warm-up cached."""
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, *rgb)
    if not ranges:
        layer.setRenderer(renderer)
        layer.setDefaultContrastEnhancement()
        return
    setters = (
        renderer.setRedContrastEnhancement,
        renderer.setGreenContrastEnhancement,
        renderer.setBlueContrastEnhancement,
    )
    algorithm = QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum
    for band, setter, (low, high) in zip(rgb, setters, ranges):
        enhancement = QgsContrastEnhancement(provider.dataType(band))
        enhancement.setContrastEnhancementAlgorithm(algorithm, True)
        enhancement.setMinimumValue(low)
        enhancement.setMaximumValue(high)
        setter(enhancement)
    _user_defined_limits(renderer)
    layer.setRenderer(renderer)


def _style_single(layer: QgsRasterLayer, style: BandStyle) -> None:
    provider = layer.dataProvider()
    if style.kind == styles.CLASSES:
        classes = [
            QgsPalettedRasterRenderer.Class(value, QColor(colour), name)
            for value, colour, name in style.classes
        ]
        layer.setRenderer(QgsPalettedRasterRenderer(provider, 1, classes))
    elif style.kind in (styles.RAMP, styles.DECIBEL):
        layer.setRenderer(_ramp_renderer(provider, style.stops))


def _ramp_renderer(provider, stops: tuple) -> QgsSingleBandPseudoColorRenderer:
    low, high = stops[0][0], stops[-1][0]
    span = (high - low) or 1.0
    shader = QgsColorRampShader(low, high)
    shader.setColorRampType(
        _enum("ShaderInterpolationMethod.Linear", lambda: QgsColorRampShader.Interpolated)
    )
    shader.setClassificationMode(
        _enum("ShaderClassificationMethod.Continuous", lambda: QgsColorRampShader.Continuous)
    )
    shader.setColorRampItemList(
        [QgsColorRampShader.ColorRampItem(value, QColor(colour), label) for value, colour, label in stops]
    )
    ramp = QgsGradientColorRamp(
        QColor(stops[0][1]),
        QColor(stops[-1][1]),
        False,
        [QgsGradientStop((value - low) / span, QColor(colour)) for value, colour, _ in stops[1:-1]],
    )
    shader.setSourceColorRamp(ramp)
    raster_shader = QgsRasterShader(low, high)
    raster_shader.setRasterShaderFunction(shader)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, raster_shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    _user_defined_limits(renderer)
    return renderer


def layer_metadata(product: Product, title: str, crs: Optional[QgsCoordinateReferenceSystem] = None):
    """QgsLayerMetadata from the catalogue entry: id, title, abstract, keywords, extent, links, licence."""
    props = product.properties or {}
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(product.id)
    metadata.setParentIdentifier(product.collection)
    metadata.setTitle(title)
    metadata.setType("dataset")
    metadata.setLanguage("en")
    abstract = str(props.get("description") or "")
    if not abstract:
        when = product.datetime.strftime("%Y-%m-%d %H:%M UTC") if product.datetime else ""
        abstract = tr(
            "{collection} product {id}{when}, from the Terrascope catalogue ({collection_id})."
        ).format(
            collection=styles.collection_name(product.collection),
            id=product.id,
            when=(", " + when) if when else "",
            collection_id=product.collection,
        )
    metadata.setAbstract(abstract)
    keywords = {"collection": [product.collection]}
    for key, vocabulary in (
        ("platform", "platform"),
        ("constellation", "constellation"),
        ("instruments", "instrument"),
    ):
        value = props.get(key)
        values = value if isinstance(value, list) else [value] if value else []
        if values:
            keywords[vocabulary] = [str(v) for v in values]
    if product.tile:
        keywords["tile"] = [product.tile]
    for vocabulary, words in keywords.items():
        metadata.addKeywords(vocabulary, words)
    metadata.setCategories(["imageryBaseMapsEarthCover"])
    licence = props.get("license")
    if licence:
        metadata.setLicenses([str(licence)])
    if crs is not None and crs.isValid():
        metadata.setCrs(crs)
    extent = QgsLayerMetadata.Extent()
    if product.bbox is not None:
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
        west, south, east, north = product.bbox
        spatial.bounds = QgsBox3d(west, south, 0.0, east, north, 0.0)
        extent.setSpatialExtents([spatial])
    time_range = product_time_range(product)
    if time_range is not None:
        extent.setTemporalExtents([time_range])
    metadata.setExtent(extent)
    links = []
    if product.self_href:
        links.append(
            _link(tr("Catalogue entry (STAC item)"), "WWW:LINK", product.self_href, "application/geo+json")
        )
    for asset in product.assets.values():
        if asset.href.startswith(("http://", "https://")):
            link = _link(asset.title or asset.key, "WWW:DOWNLOAD", asset.href, asset.type)
            link.description = asset.raw.get("description", "") if isinstance(asset.raw, dict) else ""
            links.append(link)
    metadata.setLinks(links)
    contacts = []
    for provider in props.get("providers") or []:
        if isinstance(provider, dict) and provider.get("name"):
            contact = QgsAbstractMetadataBase.Contact(str(provider["name"]))
            contact.organization = str(provider["name"])
            contact.role = ", ".join(str(r) for r in provider.get("roles") or [])
            contacts.append(contact)
    if contacts:
        metadata.setContacts(contacts)
    return metadata


def _link(name: str, kind: str, url: str, mime: str = "") -> QgsAbstractMetadataBase.Link:
    link = QgsAbstractMetadataBase.Link(name, kind, url)
    link.mimeType = mime or ""
    return link


def _qdatetime(value: datetime) -> QDateTime:
    utc = value.astimezone(timezone.utc)
    result = QDateTime.fromMSecsSinceEpoch(int(utc.timestamp() * 1000), Qt.TimeSpec.UTC)
    return result


def product_time_range(product: Product) -> Optional[QgsDateTimeRange]:
    """The product's time: ``start_datetime``…``end_datetime`` (composites, yearly maps) or its instant."""
    from .products import parse_datetime

    props = product.properties or {}
    start = parse_datetime(props.get("start_datetime")) or product.datetime
    end = parse_datetime(props.get("end_datetime")) or product.datetime or start
    if start is None:
        return None
    if end is None or end < start:
        end = start
    return QgsDateTimeRange(_qdatetime(start), _qdatetime(end), True, True)


def set_temporal_range(layer: QgsRasterLayer, product: Product) -> None:
    """A fixed temporal range from the item's time, so that the Temporal Controller animates a series."""
    time_range = product_time_range(product)
    if time_range is None:
        return
    properties = layer.temporalProperties()
    properties.setMode(
        _enum(
            "RasterTemporalMode.FixedTemporalRange",
            lambda: QgsRasterLayerTemporalProperties.ModeFixedTemporalRange,
        )
    )
    properties.setFixedTemporalRange(time_range)
    properties.setIsActive(True)


def add_to_project(layers: list, project: Optional[QgsProject] = None, group: Optional[str] = None) -> None:
    """Add ``layers`` (in order, the first on top) to ``project``, under the top-level group ``group``
    (created when missing) or at the top of the layer tree."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    parent = root
    if group:
        parent = root.findGroup(group)
        if parent is None:
            parent = root.insertGroup(0, group)
    for index, layer in enumerate(layers):
        project.addMapLayer(layer, False)
        parent.insertLayer(index, layer)


def streamed_layers(project: Optional[QgsProject] = None) -> list:
    """The layers of ``project`` that this module made (they carry the product's key)."""
    project = project or QgsProject.instance()
    return [lyr for lyr in project.mapLayers().values() if lyr.customProperty(PROPERTY_PRODUCT)]


def refresh_after_login(project: Optional[QgsProject] = None) -> None:
    """(Main thread.) Make the streamed layers of ``project`` draw with the session that just started: call it
    when a session starts. No network: the VRTs reopen their sources when they are next drawn.

    - Their VRTs are pointed at this session's header file (:class:`.auth.GdalHeaders`). GDAL remembers a
      source it failed to open (no token yet) under its path for the life of the process; a new path is
      opened afresh. Reloading alone left some layers blank, depending on the drawing thread.
    - GDAL's ``/vsicurl/`` forgets what the download server refused (it keeps a 401 as "no such file").
    """
    from osgeo import gdal

    from .endpoints import current_endpoints

    header_file = auth.GdalHeaders.installed_file()
    streamed = streamed_layers(project)
    rewritten = []
    for layer in streamed:
        # QGIS's GDAL datasets reopen the VRT. GDAL writes a VRT back when it closes it if QGIS stored
        # statistics in it, even read-only: only once those are closed is the VRT rewritten, then reread.
        layer.reload()
        if header_file is not None and _use_header_file(layer.source(), header_file):
            rewritten.append(layer)
    # after the reopening with the old paths, which may have failed again
    gdal.VSICurlPartialClearCache("/vsicurl/" + current_endpoints().download.rstrip("/") + "/")
    for layer in rewritten:
        layer.reload()
    for layer in streamed:
        layer.triggerRepaint()


_HEADER_FILE_OPTION = re.compile(r"header_file=/vsimem/terrascope_explorer/[^&<\"']*")


def _use_header_file(vrt: str, header_file: str) -> bool:
    """Rewrite the sources of our VRT ``vrt`` to send ``header_file`` (atomically). False when they already
    do, when ``vrt`` is no VRT file, or when it cannot be read or written (the layer then stays as it is)."""
    path = Path(vrt)
    if path.suffix.lower() != ".vrt" or not path.is_file():
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    updated = _HEADER_FILE_OPTION.sub("header_file=" + header_file, text)
    if updated == text:
        return False
    try:
        _write_file(path, updated)
    except RasterError as exc:
        QgsMessageLog.logMessage(str(exc), LOG_TAG, Qgis.MessageLevel.Warning)
        return False
    return True


def reconnect(project: Optional[QgsProject] = None) -> Optional[QgsTask]:
    """After a project with streamed layers is opened: sign in silently from the stored login (in a task),
    then :func:`refresh_after_login`. Their VRTs open without network: the layers are valid even before.

    Returns the task (keep a reference until it ends), or None when the project has no streamed layer.
    """
    if not streamed_layers(project):
        return None

    def work(task: QgsTask) -> bool:
        return auth.session().access_token(login_if_needed=True, raise_if_dead=False) is not None

    def done(exception: Optional[BaseException], result=None) -> None:
        if exception is None and result:
            refresh_after_login(project)

    task = settle(QgsTask.fromFunction(tr("Connecting Terrascope layers"), work, on_finished=done))
    QgsApplication.taskManager().addTask(task)
    return task


# ---------------------------------------------------------------------------------------------- the task


class LoadTask(QgsTask):
    """Load products as layers: files opened and VRTs written in ``run()``, layers added in ``finished()``.

    ``loaded(layers, messages)`` comes from ``finished()`` on the main thread: the layers added to the project
    (in the order of the plans) and one sentence per product that could not be loaded. A cancelled task adds
    nothing and emits nothing. Keep a reference to the task until then.
    """

    loaded = pyqtSignal(list, list)

    def __init__(
        self,
        plans: list,
        group: Optional[str] = None,
        project: Optional[QgsProject] = None,
        description: str = "",
    ) -> None:
        count = len(plans)
        super().__init__(
            description or tr("Loading %n Terrascope product(s)", "", count),
            QgsTask.Flag.CanCancel,
        )
        self.plans = list(plans)
        self.group = group
        self.project = project
        self.feedback = settle(QgsFeedback())
        settle(self)
        self.prepared: list = []
        self.errors: list = []  # (plan or None, TerrascopeError)
        self.layers: list = []

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        QgsNetworkAccessManager.instance()  # this thread's manager, before any request
        for index, plan in enumerate(self.plans):
            if self.isCanceled():
                return False
            try:
                self.prepared.append(prepare(plan, self.feedback))
            except TerrascopeError as exc:
                self.errors.append((plan, exc))
            except Exception as exc:  # noqa: BLE001 - reported to the user, never raised into QGIS
                kind = log_bug(exc)
                self.errors.append(
                    (
                        plan,
                        RasterError(
                            tr(
                                "{name} could not be loaded because of an error in the plugin ({error})."
                            ).format(name=plan.name, error=kind)
                        ),
                    )
                )
            self.setProgress(100.0 * (index + 1) / max(1, len(self.plans)))
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        if self.isCanceled():
            return
        project = self.project or QgsProject.instance()
        layers = []
        for prepared in self.prepared:
            try:
                layers.append(create_layer(prepared, project))
            except TerrascopeError as exc:
                self.errors.append((prepared.plan, exc))
        if layers:
            add_to_project(layers, project, self.group)
        self.layers = layers
        messages = [str(error) for _plan, error in self.errors]
        for message in messages:
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
        self.loaded.emit(layers, messages)


def load(
    products,
    preset: Union[str, Preset, None] = None,
    bands=None,
    group: Optional[str] = None,
    project: Optional[QgsProject] = None,
) -> list:
    """Add ``products`` (one or a list) to ``project`` (default: the current one) and return the layers, once
    they are there. Blocks; the QGIS window keeps redrawing meanwhile (the work runs in a task).

    :raises TerrascopeError: nothing could be loaded (the first product's reason). When only some products
        fail, the others are added and the failures are written to the Terrascope Explorer log.
    """
    items = [products] if isinstance(products, Product) else list(products or ())
    if not items:
        raise InvalidInputError(tr("There is no product to load."))
    return load_plans([plan_layer(p, preset=preset, bands=bands) for p in items], group, project)


def load_plans(plans: list, group: Optional[str] = None, project: Optional[QgsProject] = None) -> list:
    """:func:`load` for plans made already (:func:`plan_layer`, :func:`plan_downloaded`)."""
    task = LoadTask(plans, group=group, project=project)
    done = threading.Event()
    task.loaded.connect(lambda *_: done.set())
    task.taskTerminated.connect(done.set)
    app = QCoreApplication.instance()
    on_main_thread = app is not None and QThread.currentThread() == app.thread()
    QgsApplication.taskManager().addTask(task)
    if on_main_thread:
        loop = QEventLoop()
        task.loaded.connect(loop.quit)
        task.taskTerminated.connect(loop.quit)
        while not done.is_set():
            loop.exec()
    else:
        done.wait()
    if task.errors and not task.layers:
        raise task.errors[0][1]
    return list(task.layers)
