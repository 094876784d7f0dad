"""Benchmark of the catalogue search: ``python -m tests.bench search``.

On a sandbox in its own process, every item of every collection (about a thousand) is fetched:

1. by pystac-client alone (its own ``requests`` session, ``items_as_dicts``): the reference;
2. by the plugin's catalogue layer (pystac-client over QGIS's network stack, products parsed, footprints
   built as ``QgsGeometry``), with no UI;
3. by the Results panel as a user gets them: background task, list model, footprints layer in the project,
   thumbnails requested by the visible rows. A 5 ms heartbeat timer on the main thread measures the longest
   time the event loop was held.

Same page size everywhere. Each figure is the median of several runs; ratios to the reference are printed.
"""

from __future__ import annotations

import statistics
import time

from tests.bench import sandbox_process
from tests.bench.common import Heartbeat, qgis_app

PAGE_SIZE = 100
RUNS = 3


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000.0


def _pystac_alone(stac_url: str, collections: list[str]) -> tuple[float, int]:
    from pystac_client import Client

    started = time.perf_counter()
    client = Client.open(stac_url)
    count = sum(1 for _ in client.search(collections=collections, limit=PAGE_SIZE).items_as_dicts())
    return time.perf_counter() - started, count


def _catalogue_only(collections: list[str]) -> tuple[float, int]:
    from terrascope_explorer.core.catalogue import Catalogue, SearchRequest

    started = time.perf_counter()
    products = Catalogue().search(SearchRequest(collections=tuple(collections), page_size=PAGE_SIZE)).all()
    return time.perf_counter() - started, len(products)


def _panel_run(collections: list[str], thumbnails: bool, tmp: str) -> dict:
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, Qt

    from terrascope_explorer.core.catalogue import SearchRequest
    from terrascope_explorer.core.thumbnails import ThumbnailLoader
    from terrascope_explorer.ui.results_panel import ResultsPanel

    panel = ResultsPanel(None, thumbnails=ThumbnailLoader(tmp))
    panel.resize(350, 600)
    if thumbnails:
        panel.show()  # visible rows ask for their thumbnails as they are painted
        for _ in range(5):  # the first show (polish, layout, paint) is not part of a search
            QCoreApplication.processEvents()
    heartbeat = Heartbeat()
    first_page = []
    panel.pageShown.connect(lambda n: first_page.append(time.perf_counter()) if not first_page else None)
    heartbeat.start()
    started = time.perf_counter()
    panel.start_search(SearchRequest(collections=tuple(collections), page_size=PAGE_SIZE))
    while panel.busy or (panel.search is not None and panel.search.has_more):
        if not panel.busy:
            panel.load_all()
        QCoreApplication.processEvents()
        time.sleep(0.001)
    listed = time.perf_counter()
    if thumbnails:
        for row in range(min(20, panel.model.rowCount())):  # as the first screenful is painted
            panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        while panel.thumbnails.pending():
            QCoreApplication.processEvents()
            time.sleep(0.001)
    thumbs_done = time.perf_counter()
    heartbeat.stop()
    result = {
        "first_page": first_page[0] - started if first_page else float("nan"),
        "listed": listed - started,
        "thumbnails": thumbs_done - started,
        "count": len(panel.model.products),
        "features": panel.layer.featureCount() if panel.layer is not None else 0,
        "longest_block": heartbeat.longest,
        "thumbnail_requests": panel.thumbnails.requests_sent,
    }
    panel.teardown()
    panel.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    return result


def main() -> None:
    import tempfile

    qgis_app()

    with sandbox_process() as base_url:
        from terrascope_explorer.core.catalogue import Catalogue

        stac_url = base_url + "/stac/"
        # the STAC collections: the ones pystac-client can fetch too (OpenSearch-only ones are left out)
        collections = [c.id for c in Catalogue().collections(opensearch=False)]
        _pystac_alone(stac_url, collections)  # warm the server's caches and the database
        reference = [_pystac_alone(stac_url, collections) for _ in range(RUNS)]
        ours = [_catalogue_only(collections) for _ in range(RUNS)]
        count = reference[0][1]
        panels = []
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as tmp:
                panels.append(_panel_run(collections, thumbnails=False, tmp=tmp))
        with_thumbnails = []
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as tmp:
                with_thumbnails.append(_panel_run(collections, thumbnails=True, tmp=tmp))

    t_ref = _median_ms([r[0] for r in reference])
    t_cat = _median_ms([r[0] for r in ours])
    t_list = _median_ms([r["listed"] for r in panels])
    t_first = _median_ms([r["first_page"] for r in panels])
    t_list_thumbs = _median_ms([r["listed"] for r in with_thumbnails])
    t_thumbs = _median_ms([r["thumbnails"] for r in with_thumbnails])
    block = max(r["longest_block"] for r in panels) * 1000.0
    block_thumbs = max(r["longest_block"] for r in with_thumbnails) * 1000.0
    requests = max(r["thumbnail_requests"] for r in with_thumbnails)
    print(f"items: {count} in {len(collections)} collections, pages of {PAGE_SIZE}")
    print(f"pystac-client alone (reference)          {t_ref:8.0f} ms   1.00x")
    print(f"plugin catalogue (QGIS network, products) {t_cat:8.0f} ms   {t_cat / t_ref:.2f}x")
    print(
        f"Results panel: listed + footprints layer  {t_list:8.0f} ms   {t_list / t_ref:.2f}x"
        f"   (first page after {t_first:.0f} ms; {panels[0]['count']} rows, {panels[0]['features']} features)"
    )
    print(
        f"  same with thumbnails loading           {t_list_thumbs:8.0f} ms   {t_list_thumbs / t_ref:.2f}x"
        f"   (thumbnails of the first screen done after {t_thumbs:.0f} ms)"
    )
    print(
        f"longest main-thread block during a search: {block:.0f} ms without thumbnails, "
        f"{block_thumbs:.0f} ms with them (limit 100 ms); thumbnails fetched: {requests}"
    )
    print(f"thumbnails do not delay the list: {t_list_thumbs / t_list:.2f}x the list time without them")


if __name__ == "__main__":
    main()
