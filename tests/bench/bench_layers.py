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

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.bench import REPO

S2 = "terrascope-s2-toc-v2"
SIZE = 1000
CASES = (
    ("true colour", {"preset": "true_colour"}),
    ("SWIR", {"preset": "swir"}),
    ("B04", {"bands": ["B04"]}),
)


def _full_size_data() -> Path:
    from sandbox.data.generate import ensure_data
    from sandbox.server import DEFAULT_CACHE

    return ensure_data(DEFAULT_CACHE, full_size=True, only=[S2], limit=1)


def _serve(data_dir: str) -> None:
    """(Child process.) A sandbox on the given data set, until stdin closes."""
    from sandbox.server import Sandbox

    with Sandbox(data_dir=Path(data_dir)) as sandbox:
        print(f"TERRASCOPE_SANDBOX={sandbox.base_url}", flush=True)
        sys.stdin.read()


def _start_sandbox(data_dir: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.bench_layers", "--serve", str(data_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 120
    while True:
        line = process.stdout.readline()
        if line.startswith("TERRASCOPE_SANDBOX="):
            return process, line.strip().split("=", 1)[1]
        if (not line and process.poll() is not None) or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the sandbox did not start")


def _control(base_url: str, path: str, method: str = "GET"):
    request = urllib.request.Request(
        base_url + "/_sandbox" + path, method=method, data=b"" if method == "POST" else None
    )
    with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 - the loopback sandbox
        return json.loads(reply.read().decode("utf-8"))


def _full_size_product(data_dir: Path, base_url: str):
    from sandbox.context import resolve_hrefs
    from terrascope_explorer.core.products import product_from_stac

    catalogue = json.loads(resolve_hrefs((data_dir / "catalogue.json").read_text(encoding="utf-8"), base_url))
    item = next(i for i in catalogue["items"] if i["assets"]["B04"].get("proj:shape", [0])[0] >= 10980)
    return product_from_stac(item)


class Heartbeat:
    """The longest gap between 5 ms timer ticks on the main thread."""

    def __init__(self) -> None:
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


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
    entries = [e for e in _control(base_url, "/stats") if e["path"].startswith("/download/")]
    return len(entries), sum(e["bytes"] for e in entries)


def _case(base_url: str, product, label: str, choice: dict) -> None:
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from terrascope_explorer.core import layers

    plan = layers.plan_layer(product, **choice)
    size = sum(int(product.assets[key].raw.get("file:size") or 0) for key in plan.preset.bands)
    project = QgsProject()
    _cold_gdal()
    _control(base_url, "/stats/reset", "POST")
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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / ".build" / "pkgroot"))
    sys.path.insert(0, str(REPO))
    from tests.conftest import _make_package_importable

    _make_package_importable()
    from qgis.core import QgsApplication

    app = QgsApplication.instance() or QgsApplication([], True)
    app.initQgis()

    print(
        "== Streamed layers: first render of a full Sentinel-2 tile at full extent, 1000 x 1000 px"
        " (target <= 2 %)"
    )
    started = time.perf_counter()
    data_dir = _full_size_data()
    print(f"  data set ready in {time.perf_counter() - started:.1f} s: {data_dir}")
    process, base_url = _start_sandbox(data_dir)
    os.environ["TERRASCOPE_SANDBOX"] = base_url
    from terrascope_explorer import api
    from terrascope_explorer.core import settings

    try:
        with tempfile.TemporaryDirectory(prefix="bench-layers-") as folder:
            settings.LAYER_CACHE_FOLDER.set_value(folder)
            api.login("demo", "demo", remember=False)
            product = _full_size_product(data_dir, base_url)
            print(
                f"  item {product.id} (GDAL path form:"
                f" {'path-specific header' if _new_gdal() else 'header file'})"
            )
            for label, choice in CASES:
                _case(base_url, product, label, choice)
            api.logout()
    finally:
        settings.LAYER_CACHE_FOLDER.remove()
        os.environ.pop("TERRASCOPE_SANDBOX", None)
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _new_gdal() -> bool:
    from terrascope_explorer.core.auth import GdalHeaders

    return GdalHeaders.supported()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        _serve(sys.argv[2])
    else:
        main()
