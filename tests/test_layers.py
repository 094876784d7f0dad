"""Loading products as styled, streamed layers (issue #6, streaming), against the sandbox over real HTTP.

Every layer reads its pixels from the sandbox's download server through GDAL's /vsicurl/ with the scoped
token; values are checked against the generated files read directly with rasterio.
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest
import rasterio
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRaster,
    QgsRasterLayer,
    QgsRectangle,
    QgsTask,
)
from qgis.PyQt.QtCore import QDateTime, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

from terrascope_explorer import api
from terrascope_explorer.core import auth, layers, settings, styles
from terrascope_explorer.core.errors import InvalidInputError, RasterError
from terrascope_explorer.core.products import Asset, Product, product_from_stac
from terrascope_explorer.ui.layer_actions import LayerActions
from tests import headless_qgis
from tests.qt_wait import no_task_left_running, wait_until  # noqa: F401 - fixture
from tests.test_plugin_lifecycle import app_calls, iface  # noqa: F401 - fixtures

USER, PASSWORD = "layer-tester", "Pw-layers-4b1d-never-in-clear"  # noqa: S105 - a sandbox account
TOC = "terrascope-s2-toc-v2"
NDVI = "terrascope-s2-ndvi-v2"
S1 = "terrascope-s1-grd-sigma0-v1"
PROBAV = "terrascope-probav-s10-toc-ndvi-333m-v1"
WORLDCOVER = "esa-worldcover-map-10m-2021-v2"


# -------------------------------------------------------------------------------------------------- fixtures


@pytest.fixture()
def clean(sandbox, tmp_path: Path):
    """No session, an empty GDAL cache and a VRT folder of this test's own."""
    auth.discard_session()
    auth.CredentialStore().remove()
    gdal.VSICurlClearCache()
    settings.LAYER_CACHE_FOLDER.set_value(str(tmp_path / "layer-cache"))
    yield sandbox
    current = auth.existing_session()
    if current is not None:
        current.logout(end_server_session=False)
    auth.discard_session()
    settings.LAYER_CACHE_FOLDER.remove()
    settings.NETWORK_TIMEOUT_S.remove()
    gdal.VSICurlClearCache()


@pytest.fixture()
def logged_in(clean):
    clean.ctx.users[USER] = PASSWORD
    api.login(USER, PASSWORD, remember=False)
    yield clean
    clean.ctx.users.pop(USER, None)


@pytest.fixture()
def project():
    project = QgsProject()
    yield project
    project.clear()


@pytest.fixture()
def reopened():
    """A second project, for reading back what ``project`` wrote; cleared even when the test fails (left with
    its layers after a failed assertion, it crashed the whole run in the teardown, hiding the failure)."""
    project = QgsProject()
    yield project
    project.clear()


# -------------------------------------------------------------------------------------------------- helpers


def product(sandbox, collection: str, key=None) -> Product:
    """The collection's product that minimises ``key(item)`` (the first one without a key)."""
    items = sandbox.ctx.items_of(collection)
    return product_from_stac(min(items, key=key) if key else items[0])


def s2_with_nodata(sandbox) -> Product:
    """A clear Sentinel-2 item of 31UES from orbit 8: most of its tile lies outside the swath (no data)."""
    items = [
        i
        for i in sandbox.ctx.items_of(TOC)
        if "31UES" in i["id"] and i["properties"].get("sat:relative_orbit") == 8
    ]
    return product_from_stac(min(items, key=lambda i: (i["properties"]["eo:cloud_cover"], i["id"])))


def biopar_of(sandbox, toc: Product, collection: str = NDVI) -> Product:
    stem = toc.id.rsplit("_TOC_", 1)[0]
    return next(product_from_stac(i) for i in sandbox.ctx.items_of(collection) if i["id"].startswith(stem))


def true_colour_and_ndvi(sandbox, project: QgsProject) -> list:
    """Streams :func:`s2_with_nodata` as a true-colour composite and its NDVI as a band, into ``project``."""
    toc = s2_with_nodata(sandbox)
    return layers.load(toc, preset="true_colour", project=project) + layers.load(
        biopar_of(sandbox, toc), project=project
    )


def local_file(sandbox, href: str) -> Path:
    return sandbox.ctx.files_dir / urlsplit(href).path[len("/download/") :]


def render(layer: QgsRasterLayer, size: int = 256, extent: QgsRectangle | None = None) -> np.ndarray:
    """The layer drawn alone on a transparent background: (size, size, 4) RGBA."""
    map_settings = QgsMapSettings()
    map_settings.setLayers([layer])
    map_settings.setDestinationCrs(layer.crs())
    map_settings.setExtent(extent or layer.extent())
    map_settings.setOutputSize(QSize(size, size))
    map_settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererParallelJob(map_settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format.Format_RGBA8888)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    return np.frombuffer(bits, np.uint8).reshape(image.height(), image.width(), 4).copy()


def identify(layer: QgsRasterLayer, point: QgsPointXY):
    value_format = getattr(getattr(Qgis, "RasterIdentifyFormat", None), "Value", None)  # QGIS >= 3.36
    if value_format is None:
        value_format = QgsRaster.IdentifyFormat.IdentifyFormatValue
    return layer.dataProvider().identify(point, value_format).results()[1]


def valid_pixels(path: Path, nodata: float, count: int = 5) -> list:
    """``count`` (map x, map y, DN) of valid pixels spread over the file, read with rasterio."""
    with rasterio.open(path) as dataset:
        data = dataset.read(1)
        rows, cols = np.nonzero(data != nodata)
        picks = np.linspace(0, len(rows) - 1, count).astype(int)
        out = []
        for index in picks:
            x, y = dataset.xy(rows[index], cols[index])  # the pixel's centre
            out.append((x, y, float(data[rows[index], cols[index]])))
        return out


def download_requests(sandbox) -> list:
    return [e for e in sandbox.ctx.stats.snapshot() if e["path"].startswith("/download/")]


# -------------------------------------------------------------------------------------------------- presets


def test_presets_offered_per_product(sandbox) -> None:
    toc = s2_with_nodata(sandbox)
    assert [p.id for p in layers.presets_for(toc)] == [
        "true_colour",
        "false_colour",
        "swir",
        "agriculture",
        "SCL",
        "CLOUDMASK",
    ]
    assert [p.id for p in layers.presets_for(biopar_of(sandbox, toc))] == ["NDVI", "SCL"]
    assert [p.id for p in layers.presets_for(product(sandbox, S1))] == ["VV", "VH", "angle"]
    assert [p.label for p in layers.presets_for(product(sandbox, WORLDCOVER))] == ["land cover"]
    assert [p.id for p in layers.presets_for(product(sandbox, "esa-worldcereal-2021-maize-v1"))] == [
        "classification",
        "confidence",
    ]


@pytest.mark.parametrize("preset", styles.COMPOSITE_PRESET_IDS)
def test_each_preset_is_a_coloured_three_band_layer_with_transparent_nodata(
    logged_in, project, preset
) -> None:
    toc = s2_with_nodata(logged_in)
    (layer,) = layers.load(toc, preset=preset, project=project)

    chosen = next(p for p in styles.composite_presets() if p.id == preset)
    assert layer.isValid() and layer.bandCount() == 3
    assert layer.width() == toc.assets["B04"].raw["proj:shape"][1], "20 m bands are put on the 10 m grid"
    assert [layer.dataProvider().generateBandName(b) for b in (1, 2, 3)]  # readable
    renderer = layer.renderer()
    assert renderer.type() == "multibandcolor"
    shown = [renderer.redBand(), renderer.greenBand(), renderer.blueBand()]
    assert [layer.bandName(b).split(": ")[-1] for b in shown] == list(chosen.bands)
    red = renderer.redContrastEnhancement()
    assert (red.minimumValue(), red.maximumValue()) == pytest.approx(
        styles.reflectance_range(chosen.bands[0], preset)
    ), "the stretch is in reflectance: QGIS applies the bands' scale"

    image = render(layer)
    with rasterio.open(local_file(logged_in, toc.assets["B04"].href)) as b04:
        nodata_share = float((b04.read(1, out_shape=(256, 256)) == 32767).mean())
    transparent = image[..., 3] == 0
    assert 0.5 < nodata_share < 0.95
    assert abs(transparent.mean() - nodata_share) < 0.05, "no data is transparent, data is drawn"
    rgb = image[~transparent][:, :3].astype(int)
    assert (rgb.max(axis=1) - rgb.min(axis=1)).mean() > 8, "coloured, not grey"
    assert 20 < rgb.mean() < 235, "neither black nor blown out"
    assert (rgb == 255).all(axis=1).mean() < 0.2


def test_any_three_bands_or_one_band_can_be_picked(logged_in, project) -> None:
    toc = s2_with_nodata(logged_in)
    composite, single = layers.load(toc, bands=["B11", "B08", "B05"], project=project) + layers.load(
        toc, bands=["B12"], project=project
    )
    assert composite.name().endswith(" · B11 B08 B05") and composite.bandCount() == 3
    assert composite.width() == toc.assets["B08"].raw["proj:shape"][1], (
        "on the finest grid of the picked bands"
    )
    assert single.bandCount() == 1 and single.name().endswith(" · B12")
    x, y, dn = valid_pixels(local_file(logged_in, toc.assets["B12"].href), 32767, 1)[0]
    assert identify(single, QgsPointXY(x, y)) == pytest.approx(dn * 0.0001, abs=1e-7), "reflectance, not DN"
    (unscaled,) = layers.load(toc, bands=["SCL", "CLOUDMASK", "AOT"], project=project)  # no common scale
    renderer = unscaled.renderer()
    assert renderer.type() == "multibandcolor" and unscaled.bandName(renderer.redBand()).endswith("SCL")
    red = renderer.redContrastEnhancement()
    assert red.maximumValue() > red.minimumValue(), "QGIS's own stretch from the statistics"
    with pytest.raises(InvalidInputError):
        layers.plan_layer(toc, bands=["B04", "B03"])


# ----------------------------------------------------------------------------------------------- single bands


def test_identify_on_ndvi_gives_the_physical_value(logged_in, project) -> None:
    ndvi = biopar_of(logged_in, s2_with_nodata(logged_in))
    (layer,) = layers.load(ndvi, project=project)

    assert layer.renderer().type() == "singlebandpseudocolor"
    assert layer.renderer().classificationMin() == pytest.approx(-0.08)
    assert layer.renderer().classificationMax() == pytest.approx(0.92)
    asset = ndvi.assets["NDVI"]
    for x, y, dn in valid_pixels(local_file(logged_in, asset.href), 255):
        value = identify(layer, QgsPointXY(x, y))
        assert -1.0 <= value <= 1.0
        assert value == pytest.approx(dn * asset.raw["raster:scale"] + asset.raw["raster:offset"], abs=1e-6)
    image = render(layer)
    assert 0.05 < (image[..., 3] == 0).mean() < 0.99, "no data (outside the swath, clouds) is transparent"


def test_probav_digital_numbers_read_as_ndvi_even_when_the_file_does_not_say_so(logged_in, project, tmp_path):
    probav = product(logged_in, PROBAV)
    asset = probav.assets["NDVI"]
    source = local_file(logged_in, asset.href)
    (streamed,) = layers.load(probav, project=project)
    points = valid_pixels(source, 255)
    for x, y, dn in points:
        assert identify(streamed, QgsPointXY(x, y)) == pytest.approx(dn * 0.004 - 0.08, abs=1e-6)

    # the same digital numbers in a file without scale, offset or nodata, and a catalogue entry without them
    bare = tmp_path / "bare.tif"
    gdal.Translate(str(bare), str(source), options=gdal.TranslateOptions(noData="none"))
    dataset = gdal.Open(str(bare), gdal.GA_Update)
    dataset.GetRasterBand(1).SetScale(1.0)
    dataset.GetRasterBand(1).SetOffset(0.0)
    dataset = None
    raw = {k: v for k, v in asset.raw.items() if k not in ("raster:scale", "raster:offset", "nodata")}
    bare_asset = dataclasses.replace(asset, href=bare.as_uri(), raw=raw, needs_login=False)
    bare_product = dataclasses.replace(probav, assets={"NDVI": bare_asset})
    (layer,) = layers.load(bare_product, project=project)

    vrt = Path(layer.source()).read_text("utf-8")
    assert "<Scale>0.004</Scale>" in vrt and re.search(r"<NoDataValue>255(\.0)?</NoDataValue>", vrt)
    for x, y, dn in points:
        assert identify(layer, QgsPointXY(x, y)) == pytest.approx(dn * 0.004 - 0.08, abs=1e-6)
    assert layer.dataProvider().sourceNoDataValue(1) == 255


def test_worldcover_legend_shows_the_eleven_classes(logged_in, project) -> None:
    worldcover = product(logged_in, WORLDCOVER)
    (layer,) = layers.load(worldcover, project=project)

    assert layer.renderer().type() == "paletted"
    legend = layer.renderer().legendSymbologyItems()
    assert [(label, colour.name()) for label, colour in legend] == [
        (name, colour) for _value, colour, name in styles.WORLDCOVER_CLASSES
    ]
    assert [c.value for c in layer.renderer().classes()] == [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100]
    x, y, value = valid_pixels(local_file(logged_in, worldcover.assets["Map"].href), 0, 1)[0]
    assert identify(layer, QgsPointXY(x, y)) == value
    assert layer.name() == "WorldCover 2021 · 2021-01-01 · N48E000 · land cover"


def test_sentinel1_backscatter_reads_in_decibels(logged_in, project) -> None:
    scene = product(logged_in, S1)
    (layer,) = layers.load(scene, project=project)

    assert layer.name().endswith(" · VV (dB)") and layer.source().endswith(".vrt")
    linear = local_file(logged_in, scene.assets["VV"].href)
    for x, y, power in valid_pixels(linear, 0):
        value = identify(layer, QgsPointXY(x, y))
        assert -25 < value < 5
        assert value == pytest.approx(10 * math.log10(power), abs=1e-4)
    with rasterio.open(linear) as dataset:
        rows, cols = np.nonzero(dataset.read(1) == 0)
        x, y = dataset.xy(rows[0], cols[0])
    value = identify(layer, QgsPointXY(x, y))
    assert value is None or math.isnan(value), "no data stays no data"
    image = render(layer)
    assert 0.01 < (image[..., 3] == 0).mean() < 0.99


# ------------------------------------------------------------------------------ names, metadata, time, group


def test_names_metadata_time_and_group(logged_in, project) -> None:
    first = biopar_of(logged_in, s2_with_nodata(logged_in))
    second = next(
        product_from_stac(i)
        for i in logged_in.ctx.items_of(NDVI)
        if "31UES" in i["id"] and i["properties"]["datetime"][:10] != first.datetime.strftime("%Y-%m-%d")
    )
    loaded = layers.load([first, second], group="Search: NDVI over Ghent", project=project)

    group = project.layerTreeRoot().findGroup("Search: NDVI over Ghent")
    assert group is not None and [n.layer() for n in group.findLayers()] == loaded
    layer = loaded[0]
    assert re.fullmatch(r"Sentinel-2 NDVI · \d{4}-\d\d-\d\d · 31UES · NDVI", layer.name())
    assert first.datetime.strftime("%Y-%m-%d") in layer.name()

    metadata = layer.metadata()
    assert metadata.identifier() == first.id and metadata.parentIdentifier() == NDVI
    assert metadata.title() == layer.name() and first.id in metadata.abstract()
    assert metadata.keywords()["collection"] == [NDVI]
    assert metadata.keywords()["platform"] == [first.platform]
    (spatial,) = metadata.extent().spatialExtents()
    assert spatial.extentCrs.authid() == "EPSG:4326"
    assert (spatial.bounds.xMinimum(), spatial.bounds.yMaximum()) == pytest.approx(
        (first.bbox[0], first.bbox[3])
    )
    (period,) = metadata.extent().temporalExtents()
    assert period.begin().toMSecsSinceEpoch() == int(first.datetime.timestamp() * 1000)
    urls = [link.url for link in metadata.links()]
    assert first.self_href in urls and first.assets["NDVI"].href in urls
    assert {c.name for c in metadata.contacts()} >= {"ESA", "VITO"}

    temporal = layer.temporalProperties()
    assert temporal.isActive()
    assert temporal.fixedTemporalRange().begin() == period.begin()

    def day(when) -> QgsDateTimeRange:
        midnight = when.replace(hour=0, minute=0, second=0, microsecond=0)
        start = QDateTime.fromMSecsSinceEpoch(int(midnight.timestamp() * 1000), Qt.TimeSpec.UTC)
        return QgsDateTimeRange(start, start.addSecs(86399))

    assert temporal.isVisibleInTemporalRange(day(first.datetime))
    assert not temporal.isVisibleInTemporalRange(day(second.datetime)), (
        "the Temporal Controller shows one date"
    )


def test_the_project_reopens_without_any_token(logged_in, project, reopened, tmp_path: Path) -> None:
    toc = s2_with_nodata(logged_in)
    loaded = layers.load(toc, preset="swir", project=project)
    loaded += layers.load(biopar_of(logged_in, toc), project=project)
    loaded += layers.load(product(logged_in, S1), preset="VH", project=project)
    path = tmp_path / "streamed.qgs"
    assert project.write(str(path))

    assert reopened.read(str(path))
    again = sorted(reopened.mapLayers().values(), key=lambda lyr: lyr.name())
    assert [lyr.name() for lyr in again] == sorted(lyr.name() for lyr in loaded)
    assert all(lyr.isValid() for lyr in again)
    assert [lyr.renderer().type() for lyr in again] == [
        lyr.renderer().type() for lyr in sorted(loaded, key=lambda lyr: lyr.name())
    ]
    assert all(lyr.temporalProperties().isActive() for lyr in again)
    assert render(next(lyr for lyr in again if lyr.bandCount() == 3))[..., 3].any()

    session = auth.session()
    secrets = {session.cached_token(), session._tokens.refresh_token}
    written = [path.read_text("utf-8")] + [
        p.read_text("utf-8") for p in (tmp_path / "layer-cache").rglob("*.vrt")
    ]
    assert len(written) == 1 + 3, "each layer is a small VRT file over the streamed COGs"
    assert not any(secret in text for secret in secrets for text in written)
    assert all("header_file=/vsimem/" in text for text in written[1:]), "the header file, by name only"


def test_a_project_reopened_before_the_login_draws_once_logged_in(
    logged_in, project, reopened, tmp_path: Path
) -> None:
    true_colour_and_ndvi(logged_in, project)
    path = tmp_path / "later.qgs"
    assert project.write(str(path))
    api.logout()
    gdal.VSICurlClearCache()

    assert reopened.read(str(path))
    again = list(reopened.mapLayers().values())
    assert len(again) == 2 and all(lyr.isValid() for lyr in again), "VRTs open without the network"
    assert not any(render(lyr, 64)[..., 3].any() for lyr in again), "nothing to draw without a login"
    assert layers.reconnect(QgsProject()) is None, "nothing to do for a project without streamed layers"

    api.login(USER, PASSWORD, remember=False)
    task = layers.reconnect(reopened)
    ended = []
    task.taskCompleted.connect(lambda: ended.append(True))
    wait_until(lambda: ended, timeout=30)
    assert all(render(lyr, 64)[..., 3].any() for lyr in again), "drawn once signed in"


REOPEN_IN_A_NEW_QGIS = """
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from terrascope_explorer import api
from terrascope_explorer.core import layers
from qt_wait import wait_until

def drawn(layer):  # drawn by QGIS's parallel renderer, in its thread pool, as the map canvas does
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(48, 48))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48))

project = QgsProject.instance()
assert project.read({path!r})
streamed = layers.streamed_layers(project)
result["before"] = [[drawn(layer) for layer in streamed] for _ in range(4)]
api.login({user!r}, {password!r}, remember=False)
task = layers.reconnect(project)
ended = []
task.taskCompleted.connect(lambda: ended.append(True))
wait_until(lambda: ended, timeout=30)
result["after"] = [[drawn(layer) for layer in streamed] for _ in range(8)]
"""


def test_a_project_reopened_in_a_new_qgis_before_the_login_draws_once_logged_in(
    logged_in, project, tmp_path: Path
) -> None:
    """The whole story in a QGIS that never opened these files: a project with a composite and a band,
    drawn (blank) before the login by QGIS's rendering threads, then signed in and reconnected, drawn again
    eight times over the thread pool. (GDAL's memory of failed sources hit here in none of 3 runs before the
    fix: that needs a VRT at a reused address on the same thread; the next test shows the certain case.)"""
    true_colour_and_ndvi(logged_in, project)
    path = tmp_path / "reopened.qgs"
    assert project.write(str(path))
    project.clear()
    code = REOPEN_IN_A_NEW_QGIS.format(path=str(path), user=USER, password=PASSWORD)
    result = headless_qgis.run(code, tmp_path)
    assert result["before"] == [[False, False]] * 4, "nothing to draw without a login"
    assert result["after"] == [[True, True]] * 8, "drawn every time once signed in"


def readable_bands(vrt: str) -> list:
    """For each band of ``vrt``, opened afresh by GDAL on this thread: whether a 32 × 32 overview reads."""
    dataset = gdal.Open(vrt)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        readable = []
        for index in range(dataset.RasterCount):
            band = dataset.GetRasterBand(index + 1)
            try:
                readable.append(band.ReadRaster(buf_xsize=32, buf_ysize=32) is not None)
            except RuntimeError:
                readable.append(False)
        return readable
    finally:
        gdal.PopErrorHandler()
        dataset = None


def test_a_source_refused_before_the_login_reads_once_signed_in(logged_in, project) -> None:
    """GDAL's VRT driver keeps a source it failed to open, under its path, for the life of the process (its
    dataset pool). Reloading the layers after the login was not enough: the same thread opening the same
    path failed again, every time here and in some drawing threads in QGIS. Each session's own header file
    gives the sources new paths. Three logout/login rounds."""
    vrts = [lyr.source() for lyr in true_colour_and_ndvi(logged_in, project)]
    sessions = set()
    for _ in range(3):
        api.logout()
        gdal.VSICurlClearCache()
        assert not any(any(readable_bands(vrt)) for vrt in vrts), "nothing reads without a login"
        api.login(USER, PASSWORD, remember=False)
        layers.refresh_after_login(project)
        header_file = auth.GdalHeaders.installed_file()
        sessions.add(header_file)
        assert all(header_file in Path(vrt).read_text("utf-8") for vrt in vrts), "rewritten, not written back"
        assert [readable_bands(vrt) for vrt in vrts] == [[True] * 3, [True]], "every band reads signed in"
    assert len(sessions) == 3, "a header file per session"


def test_the_plugin_points_streamed_layers_at_each_new_session(logged_in, iface) -> None:  # noqa: F811
    """The plugin points the streamed layers of the current project at each new GDAL session: at the login,
    and when a token was replaced after it had expired or been refused; not at a timely token refresh."""
    import terrascope_explorer

    plugin = terrascope_explorer.classFactory(iface)
    plugin.initGui()
    project = QgsProject.instance()
    try:
        toc = s2_with_nodata(logged_in)
        (layer,) = layers.load(toc, preset="true_colour", project=project)
        first = auth.GdalHeaders.installed_file()
        assert first in Path(layer.source()).read_text("utf-8")
        api.logout()
        gdal.VSICurlClearCache()
        assert not render(layer, 64)[..., 3].any(), "nothing to draw without a login"

        api.login(USER, PASSWORD, remember=False)
        second = auth.GdalHeaders.installed_file()
        wait_until(lambda: second in Path(layer.source()).read_text("utf-8"), timeout=10)
        assert second != first
        assert render(layer, 64)[..., 3].any(), "drawn once signed in"

        vrt = Path(layer.source())
        written = vrt.read_text("utf-8")
        header = auth.GdalHeaders.header()
        session = auth.session()
        with session._lock:  # due for its refresh, still valid
            session._tokens = dataclasses.replace(session._tokens, access_expires=time.monotonic() + 1)
        session.access_token(login_if_needed=False)
        deadline = time.monotonic() + 0.3
        wait_until(lambda: time.monotonic() > deadline, timeout=1)  # the queued stateChanged is handled
        assert auth.GdalHeaders.header() != header, "a new token"
        assert auth.GdalHeaders.installed_file() == second, "in the same header file"
        assert vrt.read_text("utf-8") == written, "the layers are left alone"

        session.invalidate(session.cached_token())  # refused by a service, or expired during a sleep
        session.access_token(login_if_needed=False)
        third = auth.GdalHeaders.installed_file()
        assert third not in (None, second)
        wait_until(lambda: third in vrt.read_text("utf-8"), timeout=10)
        assert render(layer, 64)[..., 3].any()
    finally:
        plugin.unload()
        project.clear()


@pytest.mark.slow
def test_a_streamed_layer_keeps_rendering_after_the_token_was_refreshed(clean, project) -> None:
    """GDAL 3.6 reads the header file at every request: the background refresh reaches open layers."""
    from qgis.PyQt.QtCore import QCoreApplication

    clean.ctx.access_token_lifetime = 5
    clean.ctx.users[USER] = PASSWORD
    api.login(USER, PASSWORD, remember=False)
    try:
        toc = s2_with_nodata(clean)
        (layer,) = layers.load(toc, preset="true_colour", project=project)
        assert render(layer)[..., 3].any()
        first = auth.session().cached_token()
        deadline = time.monotonic() + 8  # longer than the first token lives
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        assert auth.session().cached_token() != first, "refreshed in the background"

        gdal.VSICurlClearCache()  # forget the downloaded ranges, and the decoded blocks too:
        cache_max = gdal.GetCacheMax()
        gdal.SetCacheMax(0)
        gdal.SetCacheMax(cache_max)
        clean.ctx.stats.reset()
        extent = layer.extent()
        corner = QgsRectangle(
            extent.xMaximum() - extent.width() / 8,
            extent.yMinimum(),
            extent.xMaximum(),
            extent.yMinimum() + 2000,
        )
        image = render(layer, 128, corner)  # full-resolution blocks never read before
        requests = download_requests(clean)
        assert requests, "new ranges were fetched after the refresh"
        assert all(e["status"] in (200, 206) and e["authorization"] for e in requests), "never a 401"
        assert image[..., 3].any()
    finally:
        clean.ctx.users.pop(USER, None)


# ------------------------------------------------------------------------------------------- faults, the UI


def _fault_path(toc: Product) -> str:
    return urlsplit(toc.assets["NDVI"].href).path


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("logged_out", "Log in to Terrascope to load this product"),
        ("not_found", "does not have the NDVI file of"),
        ("dropped", "NDVI"),
        ("timeout", "did not answer within 2 s"),
        ("revoked", "Log in to Terrascope to load this product"),
    ],
)
def test_failures_give_one_clear_message_and_no_layer(clean, project, qgis_iface, case, expected) -> None:
    ndvi = biopar_of(clean, s2_with_nodata(clean))
    if case != "logged_out":
        clean.ctx.users[USER] = PASSWORD
        api.login(USER, PASSWORD, remember=False)
    if case == "not_found":
        clean.ctx.faults.add(path=_fault_path(ndvi), kind="status", status=404)
    elif case == "dropped":
        clean.ctx.faults.add(path=_fault_path(ndvi), kind="drop", method="GET")
    elif case == "timeout":
        settings.NETWORK_TIMEOUT_S.set_value(2)
        clean.ctx.faults.add(path=_fault_path(ndvi), kind="latency", delay=5)
    elif case == "revoked":  # the server ended the session: the refresh is refused, no stored login
        clean.ctx.realm.revoke_all()
    bar = qgis_iface.messageBar()
    bar.messages = {level: [] for level in bar.messages}
    actions = LayerActions(qgis_iface, project=project)

    task = actions.add_default([ndvi])
    assert task.status() in (QgsTask.TaskStatus.Queued, QgsTask.TaskStatus.Running), "QGIS is not blocked"
    wait_until(lambda: not actions.tasks, timeout=60)

    warnings = bar.get_messages(Qgis.MessageLevel.Warning)
    print("MESSAGE", case, warnings)
    assert len(warnings) == 1 and expected in warnings[0], warnings
    assert "header_file" not in warnings[0] and "Bearer" not in warnings[0]
    assert project.mapLayers() == {}
    if case == "dropped":
        assert re.search(r"could not be (read|reached)", warnings[0])
    if case == "revoked":
        refused = [e for e in download_requests(clean) if e["status"] == 401]
        assert refused and all(e["authorization"] for e in refused), "it tried with its token first"
    clean.ctx.faults.clear()
    clean.ctx.users.pop(USER, None)


def test_a_missing_band_is_named_before_anything_loads(logged_in, project, qgis_iface) -> None:
    toc = s2_with_nodata(logged_in)
    without_b12 = dataclasses.replace(toc, assets={k: a for k, a in toc.assets.items() if k != "B12"})
    assert "swir" not in [p.id for p in layers.presets_for(without_b12)]
    with pytest.raises(RasterError, match="This product has no B12 band"):
        layers.load(without_b12, preset="swir", project=project)
    bar = qgis_iface.messageBar()
    bar.messages = {level: [] for level in bar.messages}

    assert LayerActions(qgis_iface, project=project).add([without_b12], bands=["B12", "B08", "B04"]) is None
    assert bar.get_messages(Qgis.MessageLevel.Warning) == [
        f"Terrascope:This product has no B12 band ({toc.title})."
    ]
    assert project.mapLayers() == {}


def test_menu_presets_and_band_chooser(logged_in, project, qgis_iface) -> None:
    toc = s2_with_nodata(logged_in)
    actions = LayerActions(qgis_iface, project=project)
    actions.group = "Search 1"
    menu = actions.menu_for([toc])
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Add to map", "Add to map as", "Choose bands…"]
    submenu = menu.actions()[1].menu()
    assert [a.text() for a in submenu.actions()] == [
        "true colour",
        "false colour",
        "SWIR",
        "agriculture",
        "scene classification",
        "cloud mask",
    ]
    added = []
    actions.layersAdded.connect(added.extend)
    submenu.actions()[1].trigger()
    wait_until(lambda: added, timeout=30)
    assert added[0].name().endswith(" · false colour")
    assert project.layerTreeRoot().findGroup("Search 1").findLayers()[0].layer() is added[0]

    dialog = actions.choose_bands([toc])
    dialog.mode.setCurrentIndex(1)
    dialog.combos[0].setCurrentText("SCL")
    dialog.accept()
    wait_until(lambda: len(added) == 2, timeout=30)
    assert added[1].name().endswith(" · scene classification") and added[1].renderer().type() == "paletted"
    actions.teardown()


def test_teardown_cancels_a_running_load(logged_in, project, qgis_iface) -> None:
    toc = s2_with_nodata(logged_in)
    logged_in.ctx.faults.add(path="/download/", kind="latency", delay=1.5, times=1)
    actions = LayerActions(qgis_iface, project=project)
    task = actions.add_default([toc])
    ended = []
    task.taskTerminated.connect(lambda: ended.append("terminated"))
    task.taskCompleted.connect(lambda: ended.append("completed"))
    wait_until(lambda: task.status() == QgsTask.TaskStatus.Running, timeout=10)
    actions.teardown()
    wait_until(lambda: ended, timeout=30)
    assert ended == ["terminated"] and actions.tasks == []
    assert project.mapLayers() == {}


# -------------------------------------------------------------------------------------------------- console


def test_console_load_blocks_until_the_layers_are_there(logged_in) -> None:
    toc = s2_with_nodata(logged_in)
    current = QgsProject.instance()
    try:
        (layer,) = toc.load(preset="agriculture", group="console")
        assert current.mapLayer(layer.id()) is layer and layer.name().endswith(" · agriculture")
        both = api.load([toc, biopar_of(logged_in, toc)], bands=["SCL"], group="console")
        assert [lyr.renderer().type() for lyr in both] == ["paletted", "paletted"]
        assert len(current.layerTreeRoot().findGroup("console").findLayers()) == 3
        with pytest.raises(RasterError, match="no B8A band"):
            api.load(biopar_of(logged_in, toc), bands=["B8A"])
    finally:
        current.clear()


def test_console_load_raises_the_reason_when_nothing_loads(clean) -> None:
    ndvi = biopar_of(clean, s2_with_nodata(clean))
    with pytest.raises(api.AuthError, match="Log in to Terrascope to load this product"):
        api.load(ndvi)
    assert QgsProject.instance().mapLayers() == {}


def test_asset_without_image_type_is_refused(sandbox) -> None:
    toc = s2_with_nodata(sandbox)
    metadata = Asset(
        key="metadata", href=toc.assets["metadata"].href, type="application/xml", roles=("metadata",)
    )
    odd = dataclasses.replace(toc, assets={**toc.assets, "metadata": metadata})
    with pytest.raises(RasterError, match="not an image"):
        layers.plan_layer(odd, bands=["metadata"])
