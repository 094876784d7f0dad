"""The OpenSearch fallback: collections only the OpenSearch catalogue has are listed and searched there.

In the sandbox, SPOT-VEGETATION S10 (``urn:ogc:def:EOP:VITO:VGT_S10``) is served by OpenSearch only
(``SandboxContext.opensearch_only``); the ground truth is the sandbox's own item list.
"""

from __future__ import annotations

from datetime import date

import pytest
from qgis.core import QgsGeometry

from sandbox.opensearch import collection_urn
from terrascope_explorer import api
from terrascope_explorer.core.catalogue import Catalogue, SearchRequest, area_from
from terrascope_explorer.core.errors import CatalogueError, InvalidInputError
from terrascope_explorer.core.opensearch import comparable_name, is_opensearch_id
from terrascope_explorer.core.products import geometry_from_geojson

S2 = "terrascope-s2-toc-v2"


@pytest.fixture()
def legacy(sandbox) -> tuple[str, list[dict]]:
    """(URN, STAC items) of the collection only OpenSearch has."""
    (stac_id,) = sandbox.ctx.opensearch_only
    return collection_urn(sandbox.ctx.collection(stac_id)), sandbox.ctx.items_of(stac_id)


def opensearch_requests(sandbox) -> list[dict]:
    return [r for r in sandbox.ctx.stats.snapshot() if r["path"].startswith("/catalogue/products")]


def test_names_are_compared_across_catalogues() -> None:
    assert comparable_name("urn:eop:VITO:TERRASCOPE_S2_TOC_V2") == comparable_name("terrascope-s2-toc-v2")
    assert is_opensearch_id("urn:ogc:def:EOP:VITO:VGT_S10") and not is_opensearch_id(S2)


def test_only_collections_missing_from_stac_are_added(sandbox, legacy) -> None:
    urn, _items = legacy
    collections = Catalogue().collections()
    by_id = {c.id: c for c in collections}
    assert urn in by_id, "the OpenSearch-only collection is listed"
    assert by_id[urn].mission == "SPOT-VGT" and by_id[urn].title
    assert not any(is_opensearch_id(c.id) for c in collections if c.id != urn), "no duplicate of a STAC one"
    assert len(collections) == len(sandbox.ctx.collections)


def test_an_unreachable_opensearch_catalogue_still_lists_stac(sandbox) -> None:
    sandbox.ctx.faults.add(path="/catalogue/collections", kind="status", status=503, times=5)
    collections = Catalogue().collections()
    sent = [(r["path"], r["status"]) for r in sandbox.ctx.stats.snapshot()]
    assert collections and not any(is_opensearch_id(c.id) for c in collections), sent


def test_every_item_is_found_through_opensearch(sandbox, legacy) -> None:
    urn, items = legacy
    products = api.search(urn)
    assert {p.id for p in products} == {i["id"] for i in items}
    first = products[0]
    assert first.collection == urn and first.datetime is not None and not first.footprint.isEmpty()
    data = first.data_assets
    assert data and all(a.href.startswith(sandbox.base_url + "/download/") and a.needs_login for a in data)
    assert first.thumbnail is not None
    dates = [p.datetime for p in products]
    assert dates == sorted(dates, reverse=True), "newest first, as STAC searches"


def test_area_dates_and_paging_go_to_opensearch(sandbox, legacy) -> None:
    urn, items = legacy
    days = sorted({i["properties"]["datetime"][:10] for i in items})
    start, end = days[2], days[6]
    area = area_from(bbox=(4.0, 50.8, 4.5, 51.0))
    expected = {
        i["id"]
        for i in items
        if start <= i["properties"]["datetime"][:10] <= end
        and QgsGeometry.fromRect(area.boundingBox()).intersects(_geometry(i))
    }
    sandbox.ctx.stats.reset()
    search = Catalogue().search(
        SearchRequest(collections=(urn,), area=area, start=start, end=end, page_size=2)
    )
    first = search.next_page()
    assert len(first.products) <= 2 and search.matched == len(expected)
    products = first.products + search.all()
    assert {p.id for p in products} == expected
    sent = opensearch_requests(sandbox)
    assert len(sent) == -(-len(expected) // 2), "one request per page"
    assert "bbox=" in sent[0]["query"] and "start=" in sent[0]["query"]


def _geometry(item: dict) -> QgsGeometry:
    return geometry_from_geojson(item["geometry"])


def test_mixed_collections_give_stac_then_opensearch_results(sandbox, legacy) -> None:
    urn, items = legacy
    request = SearchRequest(collections=(S2, urn), start=date(2025, 9, 1), end=date(2025, 10, 31))
    search = Catalogue().search(request)
    products = search.all()
    s2_truth = {
        i["id"]
        for i in sandbox.ctx.items_of(S2)
        if "2025-09-01" <= i["properties"]["datetime"][:10] <= "2025-10-31"
    }
    legacy_truth = {
        i["id"] for i in items if "2025-09-01" <= i["properties"]["datetime"][:10] <= "2025-10-31"
    }
    assert {p.id for p in products} == s2_truth | legacy_truth
    assert search.matched == len(s2_truth | legacy_truth)


def test_filters_opensearch_cannot_apply_are_refused(sandbox, legacy) -> None:
    urn, _items = legacy
    with pytest.raises(InvalidInputError, match="cannot filter on"):
        Catalogue().search(SearchRequest(collections=(urn,), filters={"unknown:thing": "x"})).next_page()
    assert Catalogue().queryables(urn) == []


@pytest.mark.parametrize("fault", [{"kind": "malformed"}, {"kind": "html", "status": 200}])
def test_broken_opensearch_answers_are_one_sentence(sandbox, legacy, fault) -> None:
    urn, _items = legacy
    sandbox.ctx.faults.add(path="/catalogue/products", times=1, **fault)
    with pytest.raises(CatalogueError, match="OpenSearch catalogue sent an answer that is not valid JSON"):
        Catalogue().search(SearchRequest(collections=(urn,))).next_page()
    assert Catalogue().search(SearchRequest(collections=(urn,))).next_page().products
