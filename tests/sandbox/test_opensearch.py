"""The OpenSearch catalogue stand-in (``sandbox/opensearch.py``).

Two levels: FastAPI's TestClient on hand-written items, and VITO's own ``terracatalogueclient`` (if installed)
against a live uvicorn server on a random loopback port — the client the real service is built for.
"""

from __future__ import annotations

import socket
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sandbox import opensearch
from sandbox.context import SandboxContext

S2 = "terrascope-s2-toc-v2"
TOC = "urn:eop:VITO:TERRASCOPE_S2_TOC_V2"
NDVI = "urn:eop:VITO:TERRASCOPE_S2_NDVI_V2"
TILES = {  # tile -> (lon, lat) of the lower-left corner of a 1x1 degree footprint
    "31UES": (3.0, 50.5),
    "31UFS": (4.4, 50.5),
    "31UFR": (4.4, 49.6),
}
DAY0 = datetime(2024, 5, 1, 10, 46, 19, 24000, tzinfo=timezone.utc)


# ------------------------------------------------------------------------------------------- test data


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _asset(base: str, folder: str, name: str, roles: list[str], size: int = 1000, **extra: Any) -> dict:
    href = f"{base}/download/Sentinel2/TOC_V2/{folder}/{name}"
    asset = {
        "href": href,
        "type": "image/tiff; application=geotiff; profile=cloud-optimized",
        "roles": roles,
        "file:size": size,
        "alternate": {"local": {"href": f"file:///data/MTDA/TERRASCOPE_Sentinel2/TOC_V2/{folder}/{name}"}},
    }
    asset.update(extra)
    return asset


def make_item(base: str, n: int) -> dict[str, Any]:
    """A terrascope-s2-toc-v2 item shaped like the real one (docs/terrascope-api.md)."""
    tile = list(TILES)[n % 3]
    when = DAY0 + timedelta(days=n // 3)
    sat = "S2B" if n % 2 else "S2A"
    item_id = f"{sat}_{when:%Y%m%dT%H%M%S}_{tile}_TOC_V220"
    prefix = f"{sat}_{when:%Y%m%dT%H%M%S}_{tile}"
    folder = f"{when:%Y/%m/%d}/{item_id}"
    lon, lat = TILES[tile]
    assets = {
        "B04": _asset(base, folder, f"{prefix}_TOC-B04_10M_V220.tif", ["data"], 193855 + n),
        "B08": _asset(base, folder, f"{prefix}_TOC-B08_10M_V220.tif", ["data"], 190000 + n),
        "SCL": _asset(base, folder, f"{prefix}_SCENECLASSIFICATION_20M_V220.tif", ["data-mask"]),
        "CLOUDMASK": _asset(base, folder, f"{prefix}_CLOUDMASK_20M_V220.tif", ["data-mask", "cloud"]),
        "QUICKLOOK": _asset(base, folder, f"{prefix}_TOC_QUICKLOOK_V220.tif", ["thumbnail"]),
        "metadata": {
            "href": f"{base}/download/Sentinel2/TOC_V2/{folder}/{item_id}.xml",
            "type": "application/xml",
            "roles": ["metadata"],
            "file:size": 41247,
        },
        "preview": {
            "href": f"{base}/titiler/collections/{S2}/items/{item_id}/preview?format=png",
            "type": "image/png",
            "title": "Preview",
            "roles": ["thumbnail", "overview"],
        },
    }
    return {
        "type": "Feature",
        "stac_version": "1.1.0",
        "id": item_id,
        "collection": S2,
        "bbox": [lon, lat, lon + 1, lat + 1],
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]],
        },
        "properties": {
            "title": item_id,
            "datetime": _iso(when),
            "start_datetime": _iso(when),
            "end_datetime": _iso(when),
            "created": "2026-02-08T11:06:57.550Z",
            "updated": "2026-02-08T11:06:57.550Z",
            "platform": "sentinel-2b" if sat == "S2B" else "sentinel-2a",
            "constellation": "sentinel-2",
            "instruments": ["msi"],
            "gsd": 10,
            "eo:cloud_cover": (n * 7) % 101,
            "sat:absolute_orbit": 38000 + n,
            "sat:relative_orbit": 51 if tile != "31UES" else 8,
            "sat:orbit_state": "descending",
            "product:type": "TOC",
            "grid:code": f"MGRS-{tile}",
            "processing:facility": "VITO",
            "processing:version": "220",
        },
        "links": [],
        "assets": assets,
    }


def make_collections() -> list[dict[str, Any]]:
    def coll(cid: str, title: str, start: str, end: str | None, **extra: Any) -> dict[str, Any]:
        body = {
            "type": "Collection",
            "id": cid,
            "title": title,
            "description": f"{title} (sandbox)",
            "license": "proprietary",
            "keywords": ["Sentinel-2", "VITO"],
            "extent": {"spatial": {"bbox": [[-180, -84, 180, 84]]}, "temporal": {"interval": [[start, end]]}},
            "summaries": {"constellation": ["sentinel-2"], "instruments": ["msi"]},
            "links": [{"rel": "about", "href": "https://docs.terrascope.be/", "type": "text/html"}],
        }
        body.update(extra)
        return body

    return [
        coll("terrascope-s2-toc-v2", "Sentinel-2 top-of-canopy reflectance V2", "2015-07-04T00:00:00Z", None),
        coll(
            "terrascope-s2-ndvi-v2",
            "Sentinel-2 NDVI V2",
            "2015-07-04T00:00:00Z",
            None,
            **{"sandbox:opensearch_id": NDVI},
        ),
        coll(
            "esa-worldcover-map-10m-2021-v2",
            "ESA WorldCover 2021",
            "2021-01-01T00:00:00Z",
            "2021-12-31T23:59:59Z",
            summaries={"constellation": ["sentinel-1", "sentinel-2"]},
        ),
    ]


def make_ctx(base_url: str, n_items: int = 30, data_dir: Path | None = None) -> SandboxContext:
    ctx = SandboxContext(base_url=base_url, data_dir=data_dir or Path("/nonexistent"))
    ctx.collections = make_collections()
    ctx.items = [make_item(base_url, n) for n in range(n_items)]
    return ctx


def make_app(ctx: SandboxContext) -> FastAPI:
    app = FastAPI()
    app.include_router(opensearch.make_router(ctx), prefix="/catalogue")
    return app


@pytest.fixture()
def ctx() -> SandboxContext:
    return make_ctx("http://testserver")


@pytest.fixture()
def client(ctx: SandboxContext) -> TestClient:
    return TestClient(make_app(ctx))


def products(client: TestClient, **params: Any) -> dict[str, Any]:
    reply = client.get("/catalogue/products", params={"collection": TOC, **params})
    assert reply.status_code == 200, reply.text
    return reply.json()


def error(client: TestClient, **params: Any) -> dict[str, Any]:
    return exception_of(client.get("/catalogue/products", params={"collection": TOC, **params}))


def exception_of(reply: Any) -> dict[str, Any]:
    assert reply.status_code == 400, reply.text
    body = reply.json()
    assert body["type"] == "ExceptionReport"
    [exc] = body["exceptions"]
    return exc


def start_index(href: str) -> int:
    return int(parse_qs(urlparse(href).query)["startIndex"][0])


# ------------------------------------------------------------------------------------------- collections


def test_collections_reply_shape(client: TestClient) -> None:
    reply = client.get("/catalogue/collections")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/geo+json")
    body = reply.json()
    assert body["type"] == "FeatureCollection" and body["totalResults"] == 3 and body["itemsPerPage"] == 3
    ids = [f["id"] for f in body["features"]]
    assert TOC in ids and NDVI in ids and "urn:eop:VITO:ESA_WorldCover_10m_2021_V2" in ids
    toc = next(f for f in body["features"] if f["id"] == TOC)
    props = toc["properties"]
    assert props["identifier"] == TOC and props["date"] == "2015-07-04T00:00:00Z/"
    assert props["abstract"] and props["rights"] == "proprietary" and props["keyword"]
    assert {"platform": {"platformShortName": "Sentinel-2"}} in props["acquisitionInformation"]
    assert props["links"]["search"][0]["href"].endswith(f"/catalogue/description.geojson?collection={TOC}")
    assert toc["bbox"] == [-180, -84, 180, 84] and toc["geometry"]["type"] == "Polygon"
    assert set(body["properties"]["links"]) >= {"first", "last", "search", "profiles"}


def test_collection_filters(client: TestClient) -> None:
    def ids(**params: Any) -> list[str]:
        reply = client.get("/catalogue/collections.geojson", params=params)
        assert reply.status_code == 200, reply.text
        return [f["id"] for f in reply.json()["features"]]

    assert ids(uid=NDVI) == [NDVI]
    assert ids(platform="Sentinel-1") == ["urn:eop:VITO:ESA_WorldCover_10m_2021_V2"]
    assert len(ids(platform="sentinel-2")) == 3
    assert ids(start="2023-01-01", end="2023-02-01") == [NDVI, TOC]  # sorted by identifier
    assert len(ids(bbox="4.1,50,5.5,51", geometry="POLYGON((4 50,6 50,6 51,4 51,4 50))")) == 3
    assert exception_of(client.get("/catalogue/collections", params={"foo": "bar"}))["locator"] == "foo"


# ------------------------------------------------------------------------------------------- products


def test_product_feature_has_what_clients_read(client: TestClient, ctx: SandboxContext) -> None:
    item = ctx.items[0]
    body = products(client, uid=f"{TOC}:{item['id']}")
    assert body["totalResults"] == 1 and body["startIndex"] == 1 and body["itemsPerPage"] == 1
    assert body["properties"]["title"] == "Product Search result"
    assert body["properties"]["creator"] == "VITO OpenSearch Service"
    [feature] = body["features"]
    assert feature["id"] == f"{TOC}:{item['id']}" and feature["bbox"] == item["bbox"]
    assert feature["geometry"] == item["geometry"]
    props = feature["properties"]
    assert props["title"] == item["id"] and props["parentIdentifier"] == TOC and props["status"] == "ARCHIVED"
    assert props["date"] == "2024-05-01T10:46:19.024Z"
    acq = props["acquisitionInformation"][0]
    assert acq["platform"] == {"platformShortName": "Sentinel-2", "platformSerialIdentifier": "S2A"}
    params = acq["acquisitionParameters"]
    assert params["beginningDateTime"] == params["endingDateTime"] == "2024-05-01T10:46:19.024Z"
    assert params["tileId"] == "31UES" and params["orbitDirection"] == "DESCENDING"
    assert params["relativeOrbitNumber"] == 8
    info = props["productInformation"]
    assert info["cloudCover"] == 0 and info["productType"] == "TOC" and info["productVersion"] == "V220"
    links = props["links"]
    assert [(d["title"], d["type"], d["length"]) for d in links["data"]] == [
        ("TOC-B04_10M", "image/tiff", 193855),
        ("TOC-B08_10M", "image/tiff", 190000),
    ]
    assert links["data"][0]["href"] == item["assets"]["B04"]["href"]
    assert links["data"][0]["bandNames"] == ["TOC-B04_10M"]
    assert {(r["title"], r["category"]) for r in links["related"]} == {
        ("SCENECLASSIFICATION_20M", "QUALITY"),
        ("CLOUDMASK_20M", "CLOUD"),
    }
    assert [p["category"] for p in links["previews"]] == ["QUICKLOOK", "QUICKLOOK"]
    assert "title" not in links["previews"][0] and links["previews"][1]["type"] == "image/png"
    assert links["alternates"] == [
        {
            "href": item["assets"]["metadata"]["href"],
            "length": 41247,
            "type": "application/vnd.iso.19139+xml",
            "title": "Inspire metadata",
        }
    ]


def test_time_filter_overlaps_and_bare_end_date_is_midnight(client: TestClient) -> None:
    # items are at 10:46 UTC on 2024-05-01 + n//3 days, three tiles a day
    assert products(client, start="2024-05-01", end="2024-05-02")["totalResults"] == 3
    assert products(client, start="2024-05-01", end="2024-05-02T23:59:59Z")["totalResults"] == 6
    instant = "2024-05-02T10:46:19.024Z"
    assert products(client, start=instant, end=instant)["totalResults"] == 3
    assert products(client, start="2024-05-10")["totalResults"] == 3
    assert products(client, end="2024-05-01T12:47:00+02:00")["totalResults"] == 3
    assert products(client, end="2024-05-01T12:46:19+02:00")["totalResults"] == 0
    body = products(client, start="2024-05-01", end="2024-05-02")
    assert body["queries"]["request"][0]["time:start"] == "2024-05-01T00:00:00Z"
    assert error(client, start="May")["locator"] == "start"


def test_bbox_and_wkt_geometry(client: TestClient) -> None:
    assert products(client, bbox="3.2,50.6,3.3,50.7")["totalResults"] == 10  # 31UES only
    assert products(client, bbox="4.5,50.0,4.6,50.6")["totalResults"] == 20  # 31UFS and 31UFR
    assert products(client, bbox="10,10,11,11")["totalResults"] == 0
    assert products(client, geometry="POINT(3.5 51)")["totalResults"] == 10
    assert (
        products(client, geometry="POLYGON((3.9 50.9,4.5 50.9,4.5 51.2,3.9 51.2,3.9 50.9))")["totalResults"]
        == 20
    )  # crosses 31UES and 31UFS
    multi = "MULTIPOLYGON(((3.1 50.6,3.2 50.6,3.2 50.7,3.1 50.6)),((4.6 49.7,4.7 49.7,4.7 49.8,4.6 49.7)))"
    assert products(client, geometry=multi)["totalResults"] == 20
    exc = error(client, geometry="polygon")
    assert exc["locator"] == "geometry" and exc["exceptionCode"] == "InvalidParameterValue"
    assert error(client, bbox="1,2,3")["locator"] == "bbox"


@pytest.mark.parametrize(
    ("value", "check"),
    [
        ("20]", lambda c: c <= 20),
        ("20[", lambda c: c < 20),
        ("[90", lambda c: c >= 90),
        ("]90", lambda c: c > 90),
        ("[10,30]", lambda c: 10 <= c <= 30),
        ("]14,28[", lambda c: 14 < c < 28),
        ("{0,7}", lambda c: c in (0, 7)),
        ("14", lambda c: c == 14),
    ],
)
def test_cloud_cover_intervals(client: TestClient, ctx: SandboxContext, value: str, check: Any) -> None:
    expected = sum(1 for i in ctx.items if check(i["properties"]["eo:cloud_cover"]))
    body = products(client, cloudCover=value, count=100)
    assert body["totalResults"] == expected > 0
    assert all(check(f["properties"]["productInformation"]["cloudCover"]) for f in body["features"])


def test_attribute_filters(client: TestClient, ctx: SandboxContext) -> None:
    title = ctx.items[4]["id"]
    assert [f["properties"]["title"] for f in products(client, title=title)["features"]] == [title]
    assert products(client, tileId="31UFR")["totalResults"] == 10
    assert products(client, productType="TOC")["totalResults"] == 30
    assert products(client, productType="NDVI")["totalResults"] == 0
    assert products(client, relativeOrbitNumber=8)["totalResults"] == 10
    assert products(client, orbitDirection="DESCENDING")["totalResults"] == 30
    assert products(client, platform="sentinel-2b")["totalResults"] == 15
    assert products(client, modificationDate="[2026-01-01")["totalResults"] == 30
    assert error(client, orbitDirection="test")["locator"] == "orbitDirection"
    assert products(client, collection=NDVI)["totalResults"] == 0
    assert products(client, collection="urn:eop:VITO:NOPE")["totalResults"] == 0


def test_unknown_parameter_is_an_exception_report(client: TestClient) -> None:
    exc = error(client, test="test")
    assert exc == {
        "exceptionCode": "InvalidParameterValue",
        "exceptionText": "Unsupported parameter 'test'",
        "locator": "test",
    }
    assert error(client, count="-1")["locator"] == "count"
    assert error(client, startIndex="0")["locator"] == "startIndex"


# ------------------------------------------------------------------------------------------------ paging


def test_count_zero_gives_totals_only(client: TestClient) -> None:
    body = products(client, count=0, tileId="31UFS")
    assert body["totalResults"] == 10 and body["itemsPerPage"] == 0 and body["features"] == []


def test_paging_links_walk_every_result_once(client: TestClient) -> None:
    body = products(client, count=4, clientId="abc")
    assert body["totalResults"] == 30 and body["itemsPerPage"] == 4
    links = body["properties"]["links"]
    assert "previous" not in links and start_index(links["next"][0]["href"]) == 5
    assert start_index(links["last"][0]["href"]) == 29 and start_index(links["first"][0]["href"]) == 1
    assert links["next"][0]["href"].startswith("http://testserver/catalogue/products?collection=urn%3Aeop%3A")
    assert "clientId=abc" in links["next"][0]["href"]
    assert links["search"][0]["href"].endswith(f"description.geojson?collection={TOC}?clientId=abc")
    seen = [f["id"] for f in body["features"]]
    while "next" in links:
        page = TestClient(client.app).get(links["next"][0]["href"]).json()
        assert start_index(page["properties"]["links"]["previous"][0]["href"]) == page["startIndex"] - 4
        seen += [f["id"] for f in page["features"]]
        links = page["properties"]["links"]
    assert len(seen) == len(set(seen)) == 30
    assert page["itemsPerPage"] == 2 and page["startIndex"] == 29
    beyond = products(client, count=4, startIndex=31)
    assert beyond["itemsPerPage"] == 0 and beyond["features"] == []
    assert "next" not in beyond["properties"]["links"]


def test_depth_limit(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opensearch, "MAX_DEPTH", 10)
    body = products(client, count=4)
    last = start_index(body["properties"]["links"]["last"][0]["href"])
    assert last == 5
    assert last + body["itemsPerPage"] - 1 < body["totalResults"]  # the client's "too many results" test
    second = products(client, count=4, startIndex=5)
    assert "next" not in second["properties"]["links"]
    exc = error(client, count=4, startIndex=9)
    assert exc["locator"] == "startIndex"
    assert "must be less than or equal to: [10] but was [12]" in exc["exceptionText"]
    small = products(client, count=4, tileId="31UES")
    assert start_index(small["properties"]["links"]["last"][0]["href"]) == 9  # 10 results: still reachable
    assert products(client, count=4, tileId="31UES", startIndex=9)["itemsPerPage"] == 2


def test_sort_keys(client: TestClient) -> None:
    default = [f["properties"]["date"] for f in products(client, count=30)["features"]]
    assert default == sorted(default)
    body = products(client, sortKeys="title", count=30)
    titles = [f["properties"]["title"] for f in body["features"]]
    assert titles == sorted(titles)
    assert body["queries"]["request"][0]["sru:sortKeys"] == "title,,1,0,highValue"
    newest = products(client, sortKeys="start,,0", count=3)["features"]
    assert newest[0]["properties"]["date"] == max(default)
    assert error(client, sortKeys="x")["locator"] == "sortKeys"


def test_accessed_from_mep_gives_local_paths(client: TestClient, ctx: SandboxContext) -> None:
    body = products(client, accessedFrom="MEP", uid=ctx.items[0]["id"])
    data = body["features"][0]["properties"]["links"]["data"][0]
    assert data["href"].startswith("file:///data/MTDA/TERRASCOPE_Sentinel2/TOC_V2/2024/05/01/")
    assert body["queries"]["request"][0]["referrer:accessedFrom"] == "MEP"


def test_length_falls_back_to_the_local_file(tmp_path: Path) -> None:
    ctx = make_ctx("http://testserver", n_items=1, data_dir=tmp_path)
    asset = ctx.items[0]["assets"]["B04"]
    del asset["file:size"]
    local = tmp_path / "files" / asset["href"].split("/download/", 1)[1]
    local.parent.mkdir(parents=True)
    local.write_bytes(b"x" * 1234)
    body = TestClient(make_app(ctx)).get("/catalogue/products", params={"collection": TOC}).json()
    assert body["features"][0]["properties"]["links"]["data"][0]["length"] == 1234


def test_description_documents(client: TestClient) -> None:
    reply = client.get("/catalogue/description.geojson", params={"collection": TOC})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith(opensearch.OSDD)
    assert "<OpenSearchDescription" in reply.text
    assert f"collection={TOC}&amp;start=" in reply.text
    assert client.get("/catalogue/description.xml").status_code == 200
    stray = client.get("/catalogue/description.geojson", params={"collection": f"{TOC}?clientId=abc"})
    assert stray.status_code == 200
    assert client.get("/catalogue/description.geojson", params={"collection": "urn:x"}).status_code == 400


# ------------------------------------------------------------- VITO's terracatalogueclient, over real HTTP


class LiveServer:
    def __init__(self, n_items: int = 30) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.ctx = make_ctx(self.base_url, n_items)
        config = uvicorn.Config(make_app(self.ctx), log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def live() -> Any:
    with LiveServer() as server:
        yield server


@pytest.fixture()
def catalogue(live: LiveServer, tmp_path: Path) -> Any:
    pytest.importorskip("terracatalogueclient")
    from terracatalogueclient import Catalogue
    from terracatalogueclient.config import CatalogueConfig

    ini = tmp_path / "sandbox.ini"
    ini.write_text(f"[Catalogue]\nURL = {live.base_url}/catalogue/\n", encoding="utf-8")
    return Catalogue(CatalogueConfig.from_file(str(ini)))


def test_tcc_collections(catalogue: Any) -> None:
    collections = {c.id: c for c in catalogue.get_collections()}
    assert {TOC, NDVI} <= set(collections)
    assert collections[TOC].properties["title"] and collections[TOC].geometry.bounds == (-180, -84, 180, 84)
    assert [c.id for c in catalogue.get_collections(platform="Sentinel-1")] == [
        "urn:eop:VITO:ESA_WorldCover_10m_2021_V2"
    ]
    belgium = {"west": 4.1, "south": 50, "east": 5.5, "north": 51}
    assert len(list(catalogue.get_collections(bbox=belgium))) == 3


def test_tcc_products_and_count(catalogue: Any) -> None:
    query = {"start": date(2024, 5, 1), "end": date(2024, 5, 6), "bbox": [4.1, 50, 5.5, 51], "cloudCover": 60}
    found = list(catalogue.get_products(TOC, **query))
    assert found and len(found) == catalogue.get_product_count(TOC, **query)
    for product in found:
        assert product.id.startswith(TOC + ":") and product.title in product.id
        assert isinstance(product.beginningDateTime, datetime) and product.geometry.is_valid
        assert datetime(2024, 5, 1) <= product.beginningDateTime <= datetime(2024, 5, 6)
        assert product.properties["productInformation"]["cloudCover"] <= 60
        assert [f.title for f in product.data] == ["TOC-B04_10M", "TOC-B08_10M"]
        assert all(f.length and f.href.startswith("http://127.0.0.1:") for f in product.data)
        assert {f.category for f in product.related} == {"QUALITY", "CLOUD"}
        assert product.previews and product.alternates[0].type == "application/vnd.iso.19139+xml"
    [one] = catalogue.get_products(TOC, title=found[0].title)
    assert one.id == found[0].id
    from shapely.geometry import box

    assert len(list(catalogue.get_products(TOC, geometry=box(3.2, 50.6, 3.3, 50.7)))) == 10


def test_tcc_pages_through_next_links(catalogue: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opensearch, "DEFAULT_COUNT", 7)
    everything = list(catalogue.get_products(TOC))
    assert len({p.id for p in everything}) == 30 == catalogue.get_product_count(TOC)
    assert len(list(catalogue.get_products(TOC, limit=9))) == 9


def test_tcc_too_many_results(catalogue: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from terracatalogueclient.exceptions import TooManyResultsException

    monkeypatch.setattr(opensearch, "MAX_DEPTH", 20)
    monkeypatch.setattr(opensearch, "DEFAULT_COUNT", 10)
    with pytest.raises(TooManyResultsException, match="Too many results: 30 found"):
        list(catalogue.get_products(TOC))
    assert len(list(catalogue.get_products(TOC, tileId="31UFS"))) == 10


def test_tcc_search_exception(catalogue: Any) -> None:
    from terracatalogueclient.exceptions import SearchException

    with pytest.raises(SearchException, match="test - Unsupported parameter 'test'"):
        list(catalogue.get_products(TOC, test="test"))
    with pytest.raises(SearchException) as info:
        catalogue.get_product_count(TOC, orbitDirection="test", geometry="polygon")
    assert info.value.response.status_code == 400


def test_tcc_against_the_whole_sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Search, log in (password grant, client ``terracatalogueclient``) and download like VITO's client."""
    pytest.importorskip("terracatalogueclient")
    pytest.importorskip("sandbox.data.generate")
    from terracatalogueclient import Catalogue
    from terracatalogueclient.config import CatalogueConfig

    sandbox = request.getfixturevalue("sandbox")
    oidc = f"{sandbox.base_url}/auth/realms/terrascope/protocol/openid-connect"
    ini = tmp_path / "sandbox.ini"
    ini.write_text(
        f"[Catalogue]\nURL = {sandbox.base_url}/catalogue/\n[Auth]\nTokenEndpoint = {oidc}/token\n"
        f"AuthorizationEndpoint = {oidc}/auth\n",
        encoding="utf-8",
    )
    config = CatalogueConfig.from_file(str(ini))
    urn = opensearch.collection_urn(sandbox.ctx.collection(S2))
    anonymous = Catalogue(config)
    [product] = anonymous.get_products(urn, limit=1)
    assert product.data and all(f.length for f in product.data)
    assert not anonymous._is_authorized_to_download_http(product.data[0])
    catalogue = Catalogue(config).authenticate_non_interactive("demo", "demo")
    catalogue.download_file(product.data[0], str(tmp_path / "out"))
    saved = tmp_path / "out" / product.data[0].href.rsplit("/", 1)[-1]
    assert saved.stat().st_size == product.data[0].length
