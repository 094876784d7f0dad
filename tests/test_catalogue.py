"""Catalogue search against the sandbox's real STAC API (stac-fastapi-pgstac), checked against its data.

The ground truth is ``sandbox.ctx.items`` / ``.collections``: what the sandbox loaded into pgstac. Only the
id of the Sentinel-2 TOC collection is written here; every other id comes from the sandbox.
"""

from __future__ import annotations

import math
import socket
import threading
import urllib.parse
import urllib.request
from collections import Counter
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

from terrascope_explorer import api
from terrascope_explorer.core.catalogue import (
    Catalogue,
    SearchRequest,
    area_from,
    area_km2,
)
from terrascope_explorer.core.endpoints import Endpoints
from terrascope_explorer.core.errors import CatalogueError, InvalidInputError, NetworkError, TerrascopeError
from terrascope_explorer.core.products import MISSION_ORDER, mission_of, parse_datetime, product_from_stac

S2 = "terrascope-s2-toc-v2"


def ids(products) -> set[str]:
    return {p.id for p in products}


def truth(sandbox, collection: str, keep=lambda item: True) -> set[str]:
    return {i["id"] for i in sandbox.ctx.items_of(collection) if keep(i)}


def searches(sandbox) -> list[dict]:
    return [r for r in sandbox.ctx.stats.snapshot() if r["path"].rstrip("/").endswith("/stac/search")]


@pytest.fixture()
def catalogue(sandbox) -> Catalogue:
    return Catalogue()


# ---------------------------------------------------------------------------------------------- collections


def listed_ids(sandbox) -> dict:
    """What the plugin should list: the STAC collections by id, the OpenSearch-only ones by their URN."""
    from sandbox.opensearch import collection_urn

    ctx = sandbox.ctx
    return {(collection_urn(c) if c["id"] in ctx.opensearch_only else c["id"]): c for c in ctx.collections}


def test_collections_have_titles_and_are_grouped_by_mission(sandbox, catalogue: Catalogue) -> None:
    collections = catalogue.collections()
    expected = listed_ids(sandbox)
    assert [c.id for c in collections if c.id not in expected] == []
    assert {c.id for c in collections} == set(expected), "every page of /collections was followed"
    for c in collections:
        assert c.title == expected[c.id]["title"]
        assert c.mission == mission_of(expected[c.id])
    order = [MISSION_ORDER.index(c.mission) for c in collections]
    assert order == sorted(order), "grouped by mission, in the mission order"
    s2 = next(c for c in collections if c.id == S2)
    assert (s2.mission, s2.has_cloud_cover) == ("Sentinel-2", True)
    assert {c.mission for c in collections} >= {"Sentinel-2", "Sentinel-1", "WorldCover"}
    assert not any(c.has_cloud_cover for c in collections if c.mission == "Sentinel-1")


def test_api_collections(sandbox) -> None:
    assert {c.id for c in api.collections()} == set(listed_ids(sandbox))


def test_queryables_offer_tiles_from_the_collection(sandbox, catalogue: Catalogue) -> None:
    filters = {q.name: q for q in catalogue.queryables(S2)}
    tiles = {i["properties"]["grid:code"] for i in sandbox.ctx.items_of(S2)}
    assert set(filters["grid:code"].values) == tiles and len(tiles) >= 2
    assert filters["grid:code"].title == "Tile"


# ---------------------------------------------------------------------------------------------- searching


def test_every_item_of_a_collection_with_same_day_tiles(sandbox, catalogue: Catalogue) -> None:
    search = catalogue.search(SearchRequest(collections=(S2,), page_size=40))
    products = search.all()
    expected = truth(sandbox, S2)
    assert search.matched == len(expected) == len(products)
    assert ids(products) == expected
    days = Counter(p.datetime.date() for p in products)
    same_day = [d for d, n in days.items() if n > 1]
    assert same_day, "the sandbox has several tiles on one day"
    for day in same_day:
        assert len({p.tile for p in products if p.datetime.date() == day}) > 1, "same-day tiles are kept"
    dates = [p.datetime for p in products]
    assert dates == sorted(dates, reverse=True), "newest first"
    assert search.pages == math.ceil(len(expected) / 40) == len(searches(sandbox))


def test_products_carry_footprint_properties_assets_and_thumbnail(sandbox, catalogue: Catalogue) -> None:
    item = sandbox.ctx.items_of(S2)[0]
    (product,) = catalogue.search(SearchRequest(collections=(S2,), filters={"id": item["id"]})).all()
    assert product.id == item["id"] and product.collection == S2
    assert product.datetime == parse_datetime(item["properties"]["datetime"])
    assert product.cloud_cover == pytest.approx(item["properties"]["eo:cloud_cover"])
    assert product.tile == item["properties"]["grid:code"].replace("MGRS-", "")
    expected = QgsGeometry.fromWkt(
        ogr.CreateGeometryFromJson(str(item["geometry"]).replace("'", '"')).ExportToWkt()
    )
    assert product.footprint.equals(expected) or product.footprint.symDifference(expected).area() < 1e-12
    assert set(product.assets) == set(item["assets"])
    assert product.thumbnail_url == item["assets"]["preview"]["href"]
    assert product.assets["B04"].needs_login and not product.assets["preview"].needs_login


def test_cloud_cover_filter(sandbox, catalogue: Catalogue) -> None:
    products = catalogue.search(SearchRequest(collections=(S2,), max_cloud=20, page_size=500)).all()
    expected = truth(sandbox, S2, lambda i: i["properties"]["eo:cloud_cover"] <= 20)
    assert 0 < len(expected) < len(truth(sandbox, S2))
    assert ids(products) == expected


def test_dates_are_whole_days(sandbox, catalogue: Catalogue) -> None:
    days = sorted({parse_datetime(i["properties"]["datetime"]).date() for i in sandbox.ctx.items_of(S2)})
    start, end = days[2], days[6]
    products = catalogue.search(SearchRequest(collections=(S2,), start=start, end=end)).all()
    expected = truth(
        sandbox, S2, lambda i: start <= parse_datetime(i["properties"]["datetime"]).date() <= end
    )
    assert ids(products) == expected and len(expected) >= 5


def test_property_filters_from_queryables(sandbox, catalogue: Catalogue) -> None:
    tile = sandbox.ctx.items_of(S2)[0]["properties"]["grid:code"]
    products = catalogue.search(SearchRequest(collections=(S2,), filters={"grid:code": [tile]})).all()
    assert ids(products) == truth(sandbox, S2, lambda i: i["properties"]["grid:code"] == tile)
    by_api = api.search(S2, tile=tile.replace("MGRS-", ""), max_cloud=50)
    expected = truth(
        sandbox,
        S2,
        lambda i: i["properties"]["grid:code"] == tile and i["properties"]["eo:cloud_cover"] <= 50,
    )
    assert ids(by_api) == expected


def _expected_in_utm_box(sandbox, collection: str, utm_box: tuple[float, float, float, float]) -> set[str]:
    """Ground truth computed with OGR/OSR, independently of the plugin's QGIS reprojection."""
    west, south, east, north = utm_box
    ring = ogr.Geometry(ogr.wkbLinearRing)
    steps = 50
    edge = (
        [(west + (east - west) * k / steps, south) for k in range(steps)]
        + [(east, south + (north - south) * k / steps) for k in range(steps)]
        + [(east - (east - west) * k / steps, north) for k in range(steps)]
        + [(west, north - (north - south) * k / steps) for k in range(steps)]
    )
    for x, y in edge + [edge[0]]:
        ring.AddPoint_2D(x, y)
    area = ogr.Geometry(ogr.wkbPolygon)
    area.AddGeometry(ring)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    area.Transform(osr.CoordinateTransformation(utm, wgs84))
    import json

    return {
        i["id"]
        for i in sandbox.ctx.items_of(collection)
        if ogr.CreateGeometryFromJson(json.dumps(i["geometry"])).Intersects(area)
    }


def test_area_in_a_projected_crs_is_reprojected(sandbox, catalogue: Catalogue) -> None:
    # a 20 km square in UTM 31N near Brussels, west of the 31UFS tiles
    utm_box = (580000.0, 5620000.0, 600000.0, 5640000.0)
    crs = QgsCoordinateReferenceSystem("EPSG:32631")
    area = area_from(bbox=QgsRectangle(*utm_box), crs=crs)
    assert 390 < area_km2(area) < 410, "about 400 km², measured on the ellipsoid"
    products = catalogue.search(SearchRequest(collections=(S2,), area=area, page_size=500)).all()
    expected = _expected_in_utm_box(sandbox, S2, utm_box)
    assert expected and expected != truth(sandbox, S2), "the box selects some of the items"
    assert ids(products) == expected
    same = api.search(S2, bbox=utm_box, crs=crs)
    assert ids(same) == expected


def test_a_point_finds_every_product_whose_footprint_holds_it(sandbox, catalogue: Catalogue) -> None:
    """A point once went out as a flat bbox [x, y, x, y], which missed footprints that contain it."""
    from terrascope_explorer.core.products import geometry_from_geojson

    point = QgsGeometry.fromWkt("POINT(4.3712 50.8465)")
    products = catalogue.search(SearchRequest(collections=(S2,), area=point)).all()
    expected = truth(sandbox, S2, lambda i: geometry_from_geojson(i["geometry"]).intersects(point))
    assert expected and ids(products) == expected


def test_polygon_area_is_sent_as_intersects(sandbox, catalogue: Catalogue) -> None:
    polygon = QgsGeometry.fromWkt("POLYGON((4.30 50.80, 4.45 50.80, 4.40 50.90, 4.30 50.80))")
    products = catalogue.search(SearchRequest(collections=(S2,), area=polygon)).all()
    import json

    area = ogr.CreateGeometryFromWkt(polygon.asWkt())
    expected = truth(
        sandbox, S2, lambda i: ogr.CreateGeometryFromJson(json.dumps(i["geometry"])).Intersects(area)
    )
    assert ids(products) == expected and expected
    assert all(r["method"] == "POST" for r in searches(sandbox))


def test_several_collections_at_once(sandbox, catalogue: Catalogue) -> None:
    others = [c["id"] for c in sandbox.ctx.collections if c["id"] != S2][:2]
    products = catalogue.search(SearchRequest(collections=(S2, *others), page_size=500)).all()
    expected = set().union(*(truth(sandbox, c) for c in (S2, *others)))
    assert ids(products) == expected
    assert {p.collection for p in products} == {S2, *others}


def test_lazy_paging_asks_only_for_the_pages_needed(sandbox, catalogue: Catalogue) -> None:
    search = catalogue.search(SearchRequest(collections=(S2,), page_size=10))
    assert searches(sandbox) == [], "nothing is requested before the first page"
    first = search.next_page()
    assert (len(first.products), first.matched, first.has_more) == (10, len(truth(sandbox, S2)), True)
    second = search.next_page()
    assert len(searches(sandbox)) == 2
    assert ids(first.products).isdisjoint(ids(second.products))


# ---------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"collections": ()}, "Choose at least one collection"),
        ({"start": date(2025, 6, 2), "end": date(2025, 6, 1)}, "before the start date"),
        ({"max_cloud": 120}, "between 0 and 100"),
        ({"area": QgsGeometry.fromWkt("POLYGON((4 50, 4 50, 4 50, 4 50))")}, "area is empty"),
        ({"area": QgsGeometry.fromRect(QgsRectangle(-180, -90, 180, 90))}, "too large"),
    ],
)
def test_bad_input_is_one_clear_sentence(sandbox, catalogue: Catalogue, kwargs: dict, words: str) -> None:
    request = SearchRequest(**{"collections": (S2,), **kwargs})
    with pytest.raises(InvalidInputError, match=words):
        catalogue.search(request)
    assert searches(sandbox) == [], "nothing was sent"


def test_bad_input_from_the_api(sandbox) -> None:
    with pytest.raises(InvalidInputError, match="only one search area"):
        api.search(S2, bbox=(4, 50, 5, 51), geometry="POINT(4 50)")
    with pytest.raises(InvalidInputError, match="west, south, east, north"):
        api.search(S2, bbox=(5, 50, 4, 51))
    with pytest.raises(InvalidInputError, match="not a date"):
        api.search(S2, start="yesterday")


# ---------------------------------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    [
        ({"kind": "status", "status": 503}, NetworkError, r"HTTP 503.*Try again"),
        ({"kind": "html", "status": 502}, NetworkError, r"HTTP 502"),
        ({"kind": "malformed"}, CatalogueError, r"not valid JSON"),
        ({"kind": "html", "status": 200}, CatalogueError, r"not valid JSON"),
        ({"kind": "drop"}, TerrascopeError, r"Try again"),
        ({"kind": "truncate"}, TerrascopeError, r"Try again"),
    ],
)
def test_server_faults_are_clear_messages(sandbox, catalogue: Catalogue, fault, error, words) -> None:
    sandbox.ctx.faults.add(path="/stac/search", times=1, **fault)
    with pytest.raises(error, match=words) as caught:
        catalogue.search(SearchRequest(collections=(S2,))).next_page()
    assert "Terrascope STAC catalogue" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    again = catalogue.search(SearchRequest(collections=(S2,))).next_page()
    assert again.products, "the next search works once the fault is gone"


def test_a_slow_server_times_out_with_a_sentence(sandbox) -> None:
    sandbox.ctx.faults.add(path="/stac/search", kind="latency", delay=3, times=1)
    with pytest.raises(NetworkError, match=r"did not answer within 1 s"):
        Catalogue(timeout_s=1).search(SearchRequest(collections=(S2,))).next_page()


# ---------------------------------------------------------------------------------------------- QGIS network


class CountingProxy:
    """A minimal forwarding HTTP proxy on a loopback port: proves the requests take QGIS's proxy.

    Qt never proxies loopback addresses, so the plugin is pointed at a made-up host name that only this
    proxy knows: it forwards every request to ``target`` (the sandbox), keeping the Host header.
    """

    def __init__(self, target: str) -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                proxy.seen.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
                parts = urllib.parse.urlsplit(self.path)
                url = urllib.parse.urlunsplit(("http", target, parts.path, parts.query, ""))
                request = urllib.request.Request(url, data=body, headers=headers, method=self.command)
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                try:
                    with opener.open(request, timeout=30) as answer:
                        status, data, reply_headers = answer.status, answer.read(), answer.headers
                except urllib.error.HTTPError as exc:
                    status, data, reply_headers = exc.code, exc.read(), exc.headers
                self.send_response(status)
                for name in ("Content-Type", "Content-Encoding"):
                    if reply_headers.get(name):
                        self.send_header(name, reply_headers[name])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _forward  # noqa: N815

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def qgis_proxy(sandbox):
    """The proxy set as a user sets it in Settings > Options > Network (QGIS settings, then applied)."""
    from qgis.core import QgsNetworkAccessManager, QgsSettings
    from qgis.PyQt.QtNetwork import QNetworkProxy

    proxy = CountingProxy(target=f"127.0.0.1:{sandbox.port}")
    settings = QgsSettings()
    keys = {
        "proxy/proxyEnabled": True,
        "proxy/proxyType": "HttpProxy",
        "proxy/proxyHost": "127.0.0.1",
        "proxy/proxyPort": str(proxy.port),
    }
    for key, value in keys.items():
        settings.setValue(key, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    yield proxy
    # switch it off as a user would (QGIS 3.40 keeps the last proxy when the keys are merely removed, and
    # every later test then went through this one), then forget the keys
    settings.setValue("proxy/proxyEnabled", False)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    for key in keys:
        settings.remove(key)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    proxy.close()
    assert QgsNetworkAccessManager.instance().fallbackProxy().type() in (
        QNetworkProxy.ProxyType.NoProxy,
        QNetworkProxy.ProxyType.DefaultProxy,
    ), "the proxy is gone for the tests that follow"


def test_requests_take_the_proxy_set_in_qgis(sandbox, qgis_proxy: CountingProxy) -> None:
    behind_proxy = Catalogue(Endpoints.sandbox(f"http://terrascope-sandbox.invalid:{sandbox.port}"))
    products = behind_proxy.search(SearchRequest(collections=(S2,), page_size=100)).all()
    assert ids(products) == truth(sandbox, S2)
    posts = [s for s in qgis_proxy.seen if s.startswith("POST http://terrascope-sandbox.invalid:")]
    assert len(posts) == math.ceil(len(products) / 100), "every page went through the proxy"


def test_an_unreachable_catalogue_is_one_sentence() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NetworkError, match="could not be reached"):
        Catalogue(Endpoints.sandbox(f"http://127.0.0.1:{port}")).collections()


@pytest.mark.parametrize("fast_json", [True, False], ids=["orjson", "json"])
def test_properties_and_assets_are_packed_until_read(monkeypatch, fast_json: bool) -> None:
    """A product keeps its properties and assets as JSON bytes (few objects for Python's garbage collector
    during a big search) and reads like a dictionary afterwards, with or without orjson."""
    import gc

    from terrascope_explorer.core import products as products_module

    if not fast_json:
        monkeypatch.setattr(products_module, "_fast_json", None)
    item = {
        "id": "x",
        "collection": "c",
        "properties": {"datetime": "2025-01-02T03:04:05Z", "eo:cloud_cover": 12.5, "instruments": ["msi"]},
        "assets": {
            "B04": {"href": "http://h/B04.tif", "type": "image/tiff", "roles": ["data"], "file:size": 5},
            "thumbnail": {"href": "http://h/t.png", "type": "image/png", "roles": ["thumbnail"]},
        },
        "links": [{"rel": "self", "href": "http://h/items/x"}],
    }
    product = product_from_stac(item)
    assert product.thumbnail_url == "http://h/t.png"
    assert not gc.is_tracked(product.properties._blob)
    assert product.properties["instruments"] == ["msi"] and dict(product.properties)["eo:cloud_cover"] == 12.5
    assert sorted(product.assets) == ["B04", "thumbnail"] and "B04" in product.assets
    assert product.assets["B04"].raw["file:size"] == 5 and product.assets["B04"].roles == ("data",)
    assert product.thumbnail.key == "thumbnail" and product.data_assets == [product.assets["B04"]]
    assert {**product.properties}["datetime"] == "2025-01-02T03:04:05Z"
