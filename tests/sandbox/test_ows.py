"""The WMTS v2 / WMS v2 stand-ins: OGC documents, rendered tiles and maps, errors, and real QGIS clients."""

from __future__ import annotations

import math
import socket
import threading
import time
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, quote

import numpy as np
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from rasterio.errors import NotGeoreferencedWarning
from rasterio.io import MemoryFile

from sandbox import ows
from sandbox.context import SandboxContext
from sandbox.data.collections import WORLDCOVER_CLASSES
from tests.sandbox import tiny_catalogue

NS = {
    "wmts": "http://www.opengis.net/wmts/1.0",
    "ows": "http://www.opengis.net/ows/1.1",
    "xlink": "http://www.w3.org/1999/xlink",
    "wms": "http://www.opengis.net/wms",
    "ogc": "http://www.opengis.net/ogc",
}
BELGIUM = (4.0, 50.9)  # lon, lat inside both tiny MGRS tiles
PACIFIC = (-150.0, 0.0)
DATES = list(tiny_catalogue.DATES)
LATEST = DATES[-1]
GET_TILE = (
    "/wmts/v2?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=&FORMAT={fmt}"
    "&TILEMATRIXSET=EPSG:3857&TILEMATRIX=EPSG:3857:{z}&TILEROW={row}&TILECOL={col}"
)


def tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """(col, row) of the GoogleMapsCompatible tile holding a point."""
    n = 2**zoom
    col = int((lon + 180) / 360 * n)
    row = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return col, row


def tile_url(
    layer: str, lon: float, lat: float, zoom: int, fmt: str = "image/png", time: str | None = None
) -> str:
    col, row = tile_of(lon, lat, zoom)
    url = GET_TILE.format(layer=layer, fmt=fmt, z=zoom, row=row, col=col)
    return url + (f"&TIME={time}" if time else "")


def decode(content: bytes) -> np.ndarray:
    """Image bytes -> (bands, rows, cols) uint8."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with MemoryFile(content) as memory, memory.open() as dataset:
            return dataset.read()


def exception_of(response) -> tuple[str, str | None]:
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['ows']}}}ExceptionReport"
    exception = root.find("ows:Exception", NS)
    return exception.get("exceptionCode"), exception.get("locator")


def make_app(ctx: SandboxContext) -> FastAPI:
    app = FastAPI()
    app.include_router(ows.make_wmts_router(ctx), prefix="/wmts/v2")
    app.include_router(ows.make_wms_router(ctx), prefix="/wms/v2")
    return app


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory) -> Path:
    return tiny_catalogue.build(tmp_path_factory.mktemp("tiny-catalogue"))


@pytest.fixture()
def ctx(tiny_data) -> SandboxContext:
    context = SandboxContext(base_url="http://testserver", data_dir=tiny_data)
    context.load_catalogue()
    return context


@pytest.fixture()
def client(ctx) -> TestClient:
    return TestClient(make_app(ctx))


# ---------------------------------------------------------------------------------------------- WMTS


def test_capabilities_lists_layers_tile_matrices_and_dates(client):
    response = client.get("/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities")
    assert response.status_code == 200
    assert "xml" in response.headers["content-type"]
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['wmts']}}}Capabilities" and root.get("version") == "1.0.0"
    # QGIS reads elements by literal prefixed names: the document must use "ows:" and a default namespace.
    assert b"<ows:OperationsMetadata>" in response.content and b"<Contents>" in response.content

    layers = {
        layer.findtext("ows:Identifier", namespaces=NS): layer for layer in root.iterfind(".//wmts:Layer", NS)
    }
    assert {"CGS_S2_RADIOMETRY", "CGS_S2_NDVI", "WORLDCOVER_2021_MAP"} <= set(layers)
    assert "WORLDCOVER_2020_MAP" not in layers  # no 2020 data in this catalogue
    ndvi = layers["CGS_S2_NDVI"]
    assert ndvi.find("wmts:Style/ows:Identifier", NS).text == "default"
    assert [f.text for f in ndvi.iterfind("wmts:Format", NS)] == ["image/png", "image/jpeg"]
    assert ndvi.findtext("wmts:TileMatrixSetLink/wmts:TileMatrixSet", namespaces=NS) == "EPSG:3857"
    lower = [float(v) for v in ndvi.findtext("ows:WGS84BoundingBox/ows:LowerCorner", namespaces=NS).split()]
    upper = [float(v) for v in ndvi.findtext("ows:WGS84BoundingBox/ows:UpperCorner", namespaces=NS).split()]
    assert lower[0] < BELGIUM[0] < upper[0] and lower[1] < BELGIUM[1] < upper[1]

    dimension = ndvi.find("wmts:Dimension", NS)
    assert dimension.findtext("ows:Identifier", namespaces=NS) == "time"
    assert dimension.findtext("wmts:Default", namespaces=NS) == LATEST
    assert [v.text for v in dimension.iterfind("wmts:Value", NS)] == DATES
    worldcover = layers["WORLDCOVER_2021_MAP"].find("wmts:Dimension", NS)
    assert [v.text for v in worldcover.iterfind("wmts:Value", NS)] == ["2021-01-01"]

    matrix_set = root.find("wmts:Contents/wmts:TileMatrixSet", NS)
    assert matrix_set.findtext("ows:Identifier", namespaces=NS) == "EPSG:3857"
    matrices = matrix_set.findall("wmts:TileMatrix", NS)
    assert [m.findtext("ows:Identifier", namespaces=NS) for m in matrices] == [
        f"EPSG:3857:{z}" for z in range(19)
    ]
    scale0 = float(matrices[0].findtext("wmts:ScaleDenominator", namespaces=NS))
    assert scale0 == pytest.approx(559082264.0287178)
    assert float(matrices[10].findtext("wmts:ScaleDenominator", namespaces=NS)) == pytest.approx(
        scale0 / 1024
    )
    assert matrices[3].findtext("wmts:TopLeftCorner", namespaces=NS).split() == [
        repr(round(-20037508.342789244, 10)),
        repr(round(20037508.342789244, 10)),
    ]
    assert matrices[3].findtext("wmts:MatrixWidth", namespaces=NS) == "8"
    assert matrices[3].findtext("wmts:TileWidth", namespaces=NS) == "256"

    get_tile = root.find(".//ows:Operation[@name='GetTile']//ows:Get", NS)
    assert get_tile.get(f"{{{NS['xlink']}}}href") == "http://testserver/wmts/v2?"
    assert get_tile.findtext(".//ows:Value", namespaces=NS) == "KVP"


def test_get_tile_over_belgium_has_varied_opaque_pixels(client):
    for layer in ("CGS_S2_NDVI", "CGS_S2_RADIOMETRY", "WORLDCOVER_2021_MAP"):
        response = client.get(tile_url(layer, *BELGIUM, 9, time=DATES[0]))
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "image/png"
        image = decode(response.content)
        assert image.shape == (4, 256, 256)
        opaque = image[3] == 255
        assert opaque.mean() > 0.5, layer
        assert len(np.unique(image[:3, opaque], axis=1).T) > 4, layer


def test_tile_over_the_pacific_is_fully_transparent(client):
    response = client.get(tile_url("CGS_S2_NDVI", *PACIFIC, 6))
    assert response.status_code == 200
    image = decode(response.content)
    assert image.shape == (4, 256, 256) and not image[3].any()


def test_ndvi_tile_uses_the_ndvi_ramp_and_nodata_is_transparent(client):
    # z8 around the tiles' top edge: the tiny catalogue has a no-data strip along the top of every tile
    response = client.get(tile_url("CGS_S2_NDVI", 4.0, 51.35, 10, time=DATES[0]))
    image = decode(response.content)
    alpha = image[3]
    assert (alpha == 0).any() and (alpha == 255).any()
    opaque = image[:3, alpha == 255].T
    # brown/yellow/green ramp: never blue-dominant
    assert (opaque[:, 2] <= opaque[:, 1]).all()


def test_worldcover_tile_uses_official_class_colours(client):
    image = decode(client.get(tile_url("WORLDCOVER_2021_MAP", *BELGIUM, 8)).content)
    colours = {tuple(c) for c in image[:3, image[3] == 255].T}
    official = {rgb for _label, rgb in WORLDCOVER_CLASSES.values()}
    assert colours and colours <= official
    assert len(colours) >= 3


def test_time_selects_the_date_and_defaults_to_the_latest(client):
    by_date = {d: client.get(tile_url("CGS_S2_NDVI", *BELGIUM, 9, time=d)).content for d in DATES}
    assert by_date[DATES[0]] != by_date[DATES[1]]
    assert client.get(tile_url("CGS_S2_NDVI", *BELGIUM, 9)).content == by_date[LATEST]
    iso = client.get(tile_url("CGS_S2_NDVI", *BELGIUM, 9, time=f"{DATES[0]}T00:00:00.000Z")).content
    assert iso == by_date[DATES[0]]
    empty = decode(client.get(tile_url("CGS_S2_NDVI", *BELGIUM, 9, time="2026-01-15")).content)
    assert not empty[3].any()  # a valid date without data: a transparent tile


def test_worldcover_accepts_any_time_like_the_real_service(client):
    plain = client.get(tile_url("WORLDCOVER_2021_MAP", *BELGIUM, 8)).content
    assert client.get(tile_url("WORLDCOVER_2021_MAP", *BELGIUM, 8, time="2023-04-12")).content == plain


def test_kvp_names_are_case_insensitive_and_jpeg_is_served(client):
    col, row = tile_of(*BELGIUM, 9)
    url = (
        "/wmts/v2?service=wmts&request=GetTile&version=1.0.0&layer=CGS_S2_RADIOMETRY&style=default"
        f"&format=image/jpeg&tilematrixset=EPSG:3857&tilematrix=EPSG:3857:9&tilerow={row}&tilecol={col}"
        f"&time={DATES[0]}"
    )
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"] == "image/jpeg"
    assert response.content[:2] == b"\xff\xd8"
    assert decode(response.content).shape == (3, 256, 256)


@pytest.mark.parametrize(
    ("change", "status", "code", "locator"),
    [
        ({"LAYER": "NOT_A_LAYER"}, 400, "InvalidParameterValue", "LAYER"),
        ({"LAYER": None}, 400, "MissingParameterValue", "LAYER"),
        ({"TILEMATRIX": "9"}, 400, "InvalidParameterValue", "TILEMATRIX"),
        ({"TILEMATRIX": "EPSG:3857:25"}, 400, "InvalidParameterValue", "TILEMATRIX"),
        ({"TILEMATRIXSET": "EPSG:4326"}, 400, "InvalidParameterValue", "TILEMATRIXSET"),
        ({"TILEROW": "512"}, 400, "TileOutOfRange", "TILEROW"),
        ({"TILECOL": "-1"}, 400, "TileOutOfRange", "TILECOL"),
        ({"TILEROW": "abc"}, 400, "InvalidParameterValue", "TILEROW"),
        ({"TILECOL": None}, 400, "MissingParameterValue", "TILECOL"),
        ({"TIME": "2026-13-45"}, 400, "InvalidParameterValue", "TIME"),
        ({"TIME": "yesterday"}, 400, "InvalidParameterValue", "TIME"),
        ({"FORMAT": "image/gif"}, 400, "InvalidParameterValue", "FORMAT"),
        ({"STYLE": "fancy"}, 400, "InvalidParameterValue", "STYLE"),
        ({"VERSION": "2.0.0"}, 400, "InvalidParameterValue", "VERSION"),
        ({"SERVICE": None}, 400, "MissingParameterValue", "SERVICE"),
        ({"REQUEST": "GetFeatureInfo"}, 501, "OperationNotSupported", "REQUEST"),
    ],
)
def test_get_tile_errors_are_ogc_exception_reports(client, change, status, code, locator):
    params = {
        "SERVICE": "WMTS",
        "REQUEST": "GetTile",
        "VERSION": "1.0.0",
        "LAYER": "CGS_S2_NDVI",
        "STYLE": "",
        "FORMAT": "image/png",
        "TILEMATRIXSET": "EPSG:3857",
        "TILEMATRIX": "EPSG:3857:9",
        "TILEROW": "171",
        "TILECOL": "261",
    }
    params.update(change)
    response = client.get("/wmts/v2", params={k: v for k, v in params.items() if v is not None})
    assert response.status_code == status
    assert "xml" in response.headers["content-type"]
    assert exception_of(response) == (code, locator)


# ---------------------------------------------------------------------------------------------- WMS


def wms_get(client, **params):
    base = {"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "STYLES": "", "FORMAT": "image/png"}
    base.update(params)
    return client.get("/wms/v2", params={k: v for k, v in base.items() if v is not None})


def test_wms_capabilities_130_lists_layers_crs_and_time(client):
    response = client.get("/wms/v2?SERVICE=WMS&REQUEST=GetCapabilities")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['wms']}}}WMS_Capabilities" and root.get("version") == "1.3.0"
    top = root.find("wms:Capability/wms:Layer", NS)
    assert {"EPSG:3857", "EPSG:4326", "CRS:84"} <= {c.text for c in top.iterfind("wms:CRS", NS)}
    layers = {layer.findtext("wms:Name", namespaces=NS): layer for layer in top.iterfind("wms:Layer", NS)}
    assert {"CGS_S2_RADIOMETRY", "CGS_S2_NDVI", "WORLDCOVER_2021_MAP"} <= set(layers)
    ndvi = layers["CGS_S2_NDVI"]
    dimension = ndvi.find("wms:Dimension", NS)
    assert dimension.get("name") == "time" and dimension.get("default") == LATEST
    assert dimension.text.split(",") == DATES
    box = ndvi.find("wms:BoundingBox[@CRS='EPSG:4326']", NS)  # 1.3.0: latitude first
    assert float(box.get("minx")) == pytest.approx(
        float(ndvi.findtext(".//wms:southBoundLatitude", namespaces=NS))
    )
    get_map = root.find(".//wms:GetMap//wms:OnlineResource", NS)
    assert get_map.get(f"{{{NS['xlink']}}}href") == "http://testserver/wms/v2?"


def test_wms_capabilities_111(client):
    response = client.get("/wms/v2?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetCapabilities")
    root = ET.fromstring(response.content)
    assert root.tag == "WMT_MS_Capabilities" and root.get("version") == "1.1.1"
    layer = next(x for x in root.iter("Layer") if x.findtext("Name") == "CGS_S2_NDVI")
    assert layer.find("Extent").text.split(",") == DATES
    assert "EPSG:4326" in {s.text for s in root.iter("SRS")}


def test_wms_get_map_130_epsg4326_uses_lat_lon_axis_order(client):
    lat_lon = wms_get(
        client,
        LAYERS="CGS_S2_NDVI",
        CRS="EPSG:4326",
        BBOX="50.5,3.2,51.3,5.8",
        WIDTH=300,
        HEIGHT=120,
        TRANSPARENT="TRUE",
        TIME=DATES[0],
    )
    lon_lat = wms_get(
        client,
        LAYERS="CGS_S2_NDVI",
        CRS="CRS:84",
        BBOX="3.2,50.5,5.8,51.3",
        WIDTH=300,
        HEIGHT=120,
        TRANSPARENT="TRUE",
        TIME=DATES[0],
    )
    old = wms_get(
        client,
        VERSION="1.1.1",
        LAYERS="CGS_S2_NDVI",
        SRS="EPSG:4326",
        BBOX="3.2,50.5,5.8,51.3",
        WIDTH=300,
        HEIGHT=120,
        TRANSPARENT="TRUE",
        TIME=DATES[0],
    )
    assert lat_lon.status_code == lon_lat.status_code == old.status_code == 200
    image = decode(lat_lon.content)
    assert image.shape == (4, 120, 300) and image[3].mean() > 200
    assert lat_lon.content == lon_lat.content == old.content


def test_wms_get_map_like_the_catalogue_preview_link(client):
    # the shape of the OpenSearch WMS preview links: lower-case request value, CRS and SRS both given
    response = client.get(
        "/wms/v2?SERVICE=WMS&REQUEST=getMap&VERSION=1.3.0&CRS=EPSG:3857&SRS=EPSG:3857&LAYERS=CGS_S2_RADIOMETRY"
        f"&TIME={DATES[1]}&BBOX=380000,6560000,620000,6690000&WIDTH=80&HEIGHT=80&FORMAT=image/png&TRANSPARENT=true"
    )
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    image = decode(response.content)
    assert image.shape == (4, 80, 80) and (image[3] == 255).mean() > 0.5


def test_wms_opaque_map_has_a_white_background_and_layers_stack(client):
    args = dict(CRS="EPSG:3857", BBOX="300000,6400000,700000,6800000", WIDTH=100, HEIGHT=100)
    opaque = decode(wms_get(client, LAYERS="CGS_S2_NDVI", **args).content)
    assert (opaque[3] == 255).all()
    assert (opaque[:3, 0, 0] == 255).all()  # outside the data: BGCOLOR white
    both = decode(
        wms_get(client, LAYERS="WORLDCOVER_2021_MAP,CGS_S2_NDVI", TRANSPARENT="TRUE", **args).content
    )
    ndvi = decode(wms_get(client, LAYERS="CGS_S2_NDVI", TRANSPARENT="TRUE", **args).content)
    assert (both[3] >= ndvi[3]).all() and (both[3] > ndvi[3]).any()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"LAYERS": "NOPE"}, "LayerNotDefined"),
        ({"CRS": "EPSG:2154"}, "InvalidCRS"),
        ({"FORMAT": "image/gif"}, "InvalidFormat"),
        ({"STYLES": "fancy"}, "StyleNotDefined"),
        ({"TIME": "not-a-date"}, "InvalidDimensionValue"),
        ({"BBOX": "1,2,3"}, "InvalidParameterValue"),
        ({"WIDTH": "99999"}, "InvalidParameterValue"),
        ({"REQUEST": "GetStyles"}, "OperationNotSupported"),
    ],
)
def test_wms_errors_are_service_exception_reports(client, change, code):
    params = dict(
        LAYERS="CGS_S2_NDVI", CRS="EPSG:3857", BBOX="300000,6400000,700000,6800000", WIDTH=64, HEIGHT=64
    )
    params.update(change)
    response = wms_get(client, **params)
    assert response.status_code == 400
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['ogc']}}}ServiceExceptionReport"
    assert root.find("ogc:ServiceException", NS).get("code") == code


def test_wms_get_feature_info_returns_values(client):
    args = dict(
        REQUEST="GetFeatureInfo",
        LAYERS="CGS_S2_NDVI",
        QUERY_LAYERS="CGS_S2_NDVI,WORLDCOVER_2021_MAP",
        CRS="EPSG:4326",
        BBOX="50.5,3.2,51.3,5.8",
        WIDTH=100,
        HEIGHT=100,
        I=50,
        J=50,
    )
    features = wms_get(client, INFO_FORMAT="application/json", **args).json()["features"]
    values = {f["id"]: f["properties"] for f in features}
    assert -0.08 <= values["CGS_S2_NDVI"]["NDVI"] <= 0.92
    assert values["CGS_S2_NDVI"]["time"] == LATEST
    assert int(values["WORLDCOVER_2021_MAP"]["Map"]) in WORLDCOVER_CLASSES
    text = wms_get(client, INFO_FORMAT="text/plain", **args).text
    assert "CGS_S2_NDVI" in text and "Map = " in text


# ------------------------------------------------------------------------------------------- generated data


@pytest.fixture(scope="session")
def generated_ctx() -> SandboxContext:
    context = SandboxContext(base_url="http://testserver", data_dir=tiny_catalogue.generated_subset())
    context.load_catalogue()
    return context


GENERATED_LAYERS = {
    "CGS_S2_RADIOMETRY": "terrascope-s2-toc-v2",
    "CGS_S2_NDVI": "terrascope-s2-ndvi-v2",
    "CGS_S2_FAPAR": "terrascope-s2-fapar-v2",
    "CGS_S2_LAI": "terrascope-s2-lai-v2",
    "CGS_S2_FCOVER": "terrascope-s2-fcover-v2",
    "CGS_S1_GRD_SIGMA0": "terrascope-s1-grd-sigma0-v1",
    "PROBAV_L3_S10_TOC_NDVI_333M": "terrascope-probav-s10-toc-ndvi-333m-v1",
    "WORLDCOVER_2020_MAP": "esa-worldcover-map-10m-2020-v1",
    "WORLDCOVER_2021_MAP": "esa-worldcover-map-10m-2021-v2",
}


def test_generated_data_every_layer_is_advertised_and_renders(generated_ctx):
    client = TestClient(make_app(generated_ctx))
    root = ET.fromstring(client.get("/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities").content)
    layers = {
        layer.findtext("ows:Identifier", namespaces=NS): layer for layer in root.iterfind(".//wmts:Layer", NS)
    }
    assert set(layers) == set(GENERATED_LAYERS)
    for name, layer in layers.items():
        props = [i["properties"] for i in generated_ctx.items if i["collection"] == GENERATED_LAYERS[name]]
        dates = sorted({(p.get("datetime") or p["start_datetime"])[:10] for p in props})
        values = [v.text for v in layer.iterfind("wmts:Dimension/wmts:Value", NS)]
        assert values == dates, name
        west, south = (
            float(v) for v in layer.findtext("ows:WGS84BoundingBox/ows:LowerCorner", namespaces=NS).split()
        )
        east, north = (
            float(v) for v in layer.findtext("ows:WGS84BoundingBox/ows:UpperCorner", namespaces=NS).split()
        )
        centre = ((west + east) / 2, (south + north) / 2)
        opaque = 0.0
        for date in values:
            response = client.get(tile_url(name, *centre, 8, time=date))
            assert response.status_code == 200, (name, date, response.text[:300])
            image = decode(response.content)
            assert image.shape == (4, 256, 256)
            opaque = max(opaque, (image[3] == 255).mean())
        assert opaque > 0.05, name


# ---------------------------------------------------------------------------------------------- real QGIS


class LiveServer:
    """The OWS routers behind a real uvicorn on a free loopback port, traffic recorded in ``ctx.stats``."""

    def __init__(self, data_dir: Path) -> None:
        import uvicorn

        from sandbox.faults import FaultAndStatsMiddleware, FaultTable

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.ctx = SandboxContext(base_url=self.base_url, data_dir=data_dir)
        self.ctx.load_catalogue()
        self.ctx.faults = FaultTable()
        app = make_app(self.ctx)
        app.add_middleware(FaultAndStatsMiddleware, ctx=self.ctx)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def requests(self, path: str) -> list[dict]:
        return [r for r in self.ctx.stats.snapshot() if r["path"] == path]


@pytest.fixture(scope="module")
def live(tiny_data):
    server = LiveServer(tiny_data).start()
    yield server
    server.stop()


def render_layer(layer, extent) -> np.ndarray:
    """Render one layer with QGIS's parallel renderer; (rows, cols, BGRA) uint8."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    settings.setOutputSize(QSize(400, 200))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [e.message for e in job.errors()]
    image = job.renderedImage().convertToFormat(QImage.Format.Format_ARGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    return np.frombuffer(bytes(bits), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)


def belgium_extent():
    from qgis.core import QgsRectangle

    return QgsRectangle(380000, 6560000, 640000, 6690000)


def test_qgis_wmts_layer_loads_and_renders(qgis_app, live):
    from qgis.core import QgsRasterLayer

    capabilities = f"{live.base_url}/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities"
    uri = (
        "contextualWMSLegend=0&crs=EPSG:3857&dpiMode=7&format=image/png&layers=CGS_S2_NDVI&styles="
        f"&tileDimensions={quote(f'time={DATES[0]}', safe='')}&tileMatrixSet=EPSG:3857"
        f"&url={quote(capabilities, safe=':/')}"
    )
    layer = QgsRasterLayer(uri, "ndvi", "wms")
    assert layer.isValid(), layer.error().summary()
    live.ctx.stats.reset()
    pixels = render_layer(layer, belgium_extent())
    alpha = pixels[..., 3]
    assert (alpha > 0).mean() > 0.5
    assert len(np.unique(pixels[alpha == 255][:, :3], axis=0)) > 4
    tiles = [r for r in live.requests("/wmts/v2") if "GetTile" in r["query"]]
    assert tiles and all(r["status"] == 200 for r in tiles)
    for query in (
        parse_qs(r["query"]) for r in tiles
    ):  # QGIS 3.40 percent-encodes ":" and "/", 3.22 does not
        assert query["time"] == [DATES[0]] and query["TILEMATRIX"][0].startswith("EPSG:3857:")


def test_qgis_wms_layer_loads_and_renders(qgis_app, live):
    from qgis.core import QgsRasterLayer

    url = f"{live.base_url}/wms/v2"
    uri = f"crs=EPSG:3857&dpiMode=7&format=image/png&layers=CGS_S2_RADIOMETRY&styles=&url={url}"
    layer = QgsRasterLayer(uri, "radiometry", "wms")
    assert layer.isValid(), layer.error().summary()
    live.ctx.stats.reset()
    pixels = render_layer(layer, belgium_extent())
    alpha = pixels[..., 3]
    assert (alpha > 0).mean() > 0.5
    assert len(np.unique(pixels[alpha == 255][:, :3], axis=0)) > 4
    maps = [r for r in live.requests("/wms/v2") if "GetMap" in r["query"]]
    assert maps and all(r["status"] == 200 for r in maps)
