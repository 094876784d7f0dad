"""The sandbox STAC API, exercised with pystac-client the way the plugin and public clients use it.

Ground truth comes from the generated catalogue (ctx.items), checked independently of the server.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import requests
from pystac_client import Client
from qgis.core import QgsGeometry, QgsRectangle

S2 = "terrascope-s2-toc-v2"
BRUSSELS = [4.2, 50.7, 4.6, 50.95]


def _when(item: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(item["properties"]["datetime"].replace("Z", "+00:00"))


def _geom(item: dict) -> QgsGeometry:
    return QgsGeometry.fromWkt(_wkt(item["geometry"]))


def _wkt(geometry: dict) -> str:
    rings = ", ".join(
        "(" + ", ".join(f"{x} {y}" for x, y, *_ in ring) + ")" for ring in geometry["coordinates"]
    )
    return f"POLYGON({rings})"


def _truth(ctx, collection: str, bbox=None, start=None, end=None, max_cloud=None) -> set[str]:
    area = QgsGeometry.fromRect(QgsRectangle(*bbox)) if bbox else None
    found = set()
    for item in ctx.items_of(collection):
        when = _when(item)
        if start and when < start or end and when > end:
            continue
        if max_cloud is not None and item["properties"].get("eo:cloud_cover", 0) > max_cloud:
            continue
        if area is not None and not _geom(item).intersects(area):
            continue
        found.add(item["id"])
    return found


@pytest.fixture()
def client(sandbox):
    return Client.open(sandbox.base_url + "/stac/")


def test_landing_page_and_conformance(sandbox, client):
    assert client.id == "terra-stac-api"
    assert client.title == "Terrascope"
    for conformance in ("ITEM_SEARCH", "FILTER", "SORT"):
        assert client.conforms_to(conformance), conformance


def test_collections_are_the_catalogue_ones(sandbox, client):
    served = {c.id for c in client.get_collections()}
    assert served == {c["id"] for c in sandbox.ctx.stac_collections}
    assert not served & sandbox.ctx.opensearch_only, "OpenSearch-only collections stay out of STAC"
    assert S2 in served


def test_search_bbox_and_dates_matches_truth(sandbox, client):
    start = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(2026, 5, 31, 23, 59, 59, tzinfo=dt.timezone.utc)
    search = client.search(collections=[S2], bbox=BRUSSELS, datetime=[start, end], limit=7)
    got = [item.id for item in search.items()]
    expected = _truth(sandbox.ctx, S2, BRUSSELS, start, end)
    assert expected, "the generated data must have spring items over Brussels"
    assert len(got) == len(set(got)), "paging returned duplicates"
    assert set(got) == expected
    assert search.matched() == len(expected)


def test_cloud_cover_cql2_filter(sandbox, client):
    search = client.search(
        collections=[S2],
        filter={"op": "<=", "args": [{"property": "eo:cloud_cover"}, 20]},
        filter_lang="cql2-json",
        limit=50,
    )
    items = list(search.items_as_dicts())
    assert {i["id"] for i in items} == _truth(sandbox.ctx, S2, max_cloud=20)
    assert all(i["properties"]["eo:cloud_cover"] <= 20 for i in items)


def test_sortby_cloud_cover_is_numeric(sandbox, client):
    everything = len(sandbox.ctx.items_of(S2))
    for direction in ("asc", "desc"):
        sortby = [{"field": "properties.eo:cloud_cover", "direction": direction}]
        search = client.search(collections=[S2], sortby=sortby, limit=50)
        clouds = [i["properties"]["eo:cloud_cover"] for i in search.items_as_dicts()]
        assert len(clouds) == everything
        assert clouds == sorted(clouds, reverse=direction == "desc"), direction
        assert clouds[0] != clouds[-1]


def test_paging_reaches_the_end(sandbox, client):
    search = client.search(collections=[S2], limit=25)
    ids = [i["id"] for i in search.items_as_dicts()]
    assert len(ids) == len(set(ids)) == len(sandbox.ctx.items_of(S2))
    pages = [r for r in sandbox.ctx.stats.snapshot() if r["path"] == "/stac/search"]
    assert len(pages) >= len(ids) // 25, "items must arrive page by page through next links"


def test_same_day_tiles_are_separate_items(sandbox, client):
    per_day = Counter(i["properties"]["datetime"][:10] for i in sandbox.ctx.items_of(S2))
    day = next(d for d, n in per_day.items() if n >= 2)
    found = list(client.search(collections=[S2], datetime=day).items_as_dicts())
    tiles = {i["properties"]["grid:code"] for i in found}
    assert len(found) == per_day[day] and len(tiles) >= 2


def test_ids_and_intersects(sandbox, client):
    some = sandbox.ctx.items_of(S2)[:3]
    found = {i.id for i in client.search(ids=[i["id"] for i in some], collections=[S2]).items()}
    assert found == {i["id"] for i in some}
    polygon = {"type": "Polygon", "coordinates": [[[4.3, 50.8], [4.4, 50.8], [4.4, 50.9], [4.3, 50.8]]]}
    hits = {i.id for i in client.search(collections=[S2], intersects=polygon, limit=100).items()}
    area = QgsGeometry.fromWkt(_wkt(polygon))
    assert hits == {i["id"] for i in sandbox.ctx.items_of(S2) if _geom(i).intersects(area)}


def test_item_links_point_at_the_sandbox(sandbox):
    item = requests.get(
        f"{sandbox.base_url}/stac/collections/{S2}/items", params={"limit": 1}, timeout=10
    ).json()
    feature = item["features"][0]
    assert feature["assets"]["B04"]["href"].startswith(sandbox.base_url + "/download/")
    assert feature["assets"]["B04"]["auth:refs"] == ["oidc"]
    self_link = next(link["href"] for link in feature["links"] if link["rel"] == "self")
    assert self_link.startswith(sandbox.base_url + "/stac/collections/")


def test_bad_search_parameters_answer_400(sandbox):
    reply = requests.get(f"{sandbox.base_url}/stac/search", params={"bbox": "1,2,3"}, timeout=10)
    assert reply.status_code == 400
    body = reply.json()
    assert "must have 4 or 6 values" in (body.get("detail") or body.get("description"))
