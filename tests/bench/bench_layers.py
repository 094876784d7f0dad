"""Benchmark of streamed layers: ``python -m tests.bench layers``.

The full-size Sentinel-2 item (10980 × 10980 at 10 m, 5490 × 5490 at 20 m; the sandbox's full-size data set,
generated once and cached, about 4 minutes the first time) is served by a sandbox in its own process. With a
cold GDAL cache each time, the plugin loads it as a layer (``core.layers.load``: the background task, then
the layer created and styled on the main thread) and QGIS renders it at full extent to a 1000 × 1000 image:

1. the true-colour composite (B04, B03, B02: three 10 m files),
2. the SWIR composite (B12, B08, B04: 20 m and 10 m files on one grid),
3. a single band (B04).

Printed per case: bytes the sandbox sent (its own traffic log) as a share of the files' sizes (target
≤ 2 %), requests, seconds to load and to render, and the longest time the main thread was held. Nothing is
asserted.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.bench.common import Heartbeat, control, external_sandbox, full_size_data, full_size_item, qgis_app

SIZE = 1000
CASES = (
    ("true colour", {"preset": "true_colour"}),
    ("SWIR", {"preset": "swir"}),
    ("B04", {"bands": ["B04"]}),
)


def _full_size_product(data_dir: Path, base_url: str):
    from terrascope_explorer.core.products import product_from_stac

    return product_from_stac(full_size_item(data_dir, base_url))


def _cold_gdal() -> None:
    from osgeo import gdal

    gdal.VSICurlClearCache()
    cache_max = gdal.GetCacheMax()
    gdal.SetCacheMax(0)  # drops the decoded blocks too
    gdal.SetCacheMax(cache_max)


def _render(layer) -> float:
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(SIZE, SIZE))
    started = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    seconds = time.perf_counter() - started
    image = job.renderedImage()
    if image.isNull() or image.width() != SIZE:
        raise RuntimeError("the render produced no image")
    return seconds


def _traffic(base_url: str) -> tuple[int, int]:
    entries = [e for e in control(base_url, "/stats") if e["path"].startswith("/download/")]
    return len(entries), sum(e["bytes"] for e in entries)


def _case(base_url: str, product, label: str, choice: dict) -> None:
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from terrascope_explorer.core import layers

    plan = layers.plan_layer(product, **choice)
    size = sum(int(product.assets[key].raw.get("file:size") or 0) for key in plan.preset.bands)
    project = QgsProject()
    _cold_gdal()
    control(base_url, "/stats/reset", "POST")
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    (layer,) = layers.load(product, project=project, **choice)
    loaded = time.perf_counter() - started
    settle = time.perf_counter() + 0.05  # one more tick sees a block at the very end of the load
    while time.perf_counter() < settle:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    heartbeat.stop()
    load_requests, load_bytes = _traffic(base_url)
    rendered = _render(layer)
    requests, sent = _traffic(base_url)
    print(
        f"  {label:<12} {layer.width()} x {layer.height()}, {len(plan.preset.bands)} file(s)"
        f" of {size / 1e6:6.1f} MB:"
        f" first render moved {sent / 1e6:5.2f} MB = {100.0 * sent / size:4.2f} % of the files"
        f" in {requests} requests (load {load_requests} req, {load_bytes / 1e6:.2f} MB);"
        f" load {loaded:.2f} s, render {rendered:.2f} s; main thread held during the load at most"
        f" {heartbeat.longest * 1000:.0f} ms"
    )
    project.clear()


def main() -> None:
    qgis_app()

    print(
        "== Streamed layers: first render of a full Sentinel-2 tile at full extent, 1000 x 1000 px"
        " (target <= 2 %)"
    )
    started = time.perf_counter()
    data_dir = full_size_data()
    print(f"  data set ready in {time.perf_counter() - started:.1f} s: {data_dir}")
    with external_sandbox(data_dir) as base_url:
        from terrascope_explorer import api
        from terrascope_explorer.core import settings

        try:
            with tempfile.TemporaryDirectory(prefix="bench-layers-") as folder:
                settings.LAYER_CACHE_FOLDER.set_value(folder)
                api.login("demo", "demo", remember=False)
                product = _full_size_product(data_dir, base_url)
                print(f"  item {product.id}")
                for label, choice in CASES:
                    _case(base_url, product, label, choice)
                api.logout()
        finally:
            settings.LAYER_CACHE_FOLDER.remove()


if __name__ == "__main__":
    main()
