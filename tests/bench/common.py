"""What the benchmarks share: the QGIS application, the full-size data set, a sandbox in a child process on a
given data set, the sandbox's ``/_sandbox/`` control API and a main-thread heartbeat.

The child sandbox is this module run as ``python -m tests.bench.common --serve DIR``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from tests.bench import REPO

S2 = "terrascope-s2-toc-v2"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"  # QGIS's own Python plugins (Processing)

_app = None  # the application lives as long as the process: a collected QgsApplication takes QGIS down


def qgis_app(gui: bool = True, processing: bool = False):
    """The QGIS application, offscreen, with the plugin importable as ``terrascope_explorer``.

    ``gui=False`` makes a QGIS without widgets; ``processing=True`` also initialises the Processing
    framework (``import processing`` works afterwards).
    """
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / ".build" / "pkgroot"))
    sys.path.insert(0, str(REPO))
    from tests.conftest import _make_package_importable

    _make_package_importable()
    from qgis.core import QgsApplication

    _app = QgsApplication.instance() or QgsApplication([], gui)
    _app.initQgis()
    if processing:
        if QGIS_PLUGINS not in sys.path:
            sys.path.insert(0, QGIS_PLUGINS)
        from processing.core.Processing import Processing

        Processing.initialize()
    return _app


def full_size_data() -> Path:
    """The sandbox's full-size data set: one 10980 × 10980 Sentinel-2 item (generated once, ~4 min)."""
    from sandbox.data.generate import ensure_data
    from sandbox.server import DEFAULT_CACHE

    return ensure_data(DEFAULT_CACHE, full_size=True, only=[S2], limit=1)


def full_size_item(data_dir: Path, base_url: str) -> dict:
    """The STAC item of the full-size Sentinel-2 tile of ``data_dir``, its hrefs under ``base_url``."""
    from sandbox.context import resolve_hrefs

    catalogue = json.loads(resolve_hrefs((data_dir / "catalogue.json").read_text(encoding="utf-8"), base_url))
    return next(i for i in catalogue["items"] if i["assets"]["B04"].get("proj:shape", [0])[0] >= 10980)


def _serve(data_dir: str) -> None:
    """(Child process.) A sandbox on the given data set, until stdin closes.

    Its connections get ``TCP_NODELAY`` (the sandbox sets it itself).
    """
    from sandbox.server import Sandbox

    with Sandbox(data_dir=Path(data_dir)) as sandbox:
        print(f"TERRASCOPE_SANDBOX={sandbox.base_url}", flush=True)
        sys.stdin.read()


@contextlib.contextmanager
def external_sandbox(data_dir: Path, timeout: float = 120.0) -> Iterator[str]:
    """A sandbox on ``data_dir`` in a child process; yields its base URL, also set as ``TERRASCOPE_SANDBOX``
    for the plugin, and stops the child afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.common", "--serve", str(data_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            line = process.stdout.readline()
            if line.startswith("TERRASCOPE_SANDBOX="):
                break
            if (not line and process.poll() is not None) or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the sandbox did not start")
        base_url = line.strip().split("=", 1)[1]
        os.environ["TERRASCOPE_SANDBOX"] = base_url
        yield base_url
    finally:
        os.environ.pop("TERRASCOPE_SANDBOX", None)
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def control(base_url: str, path: str, method: str = "GET", body=None):
    """A call to the sandbox's control API (``/_sandbox{path}``), ``body`` sent as JSON; the JSON reply."""
    data = json.dumps(body).encode("utf-8") if body is not None else (b"" if method != "GET" else None)
    request = urllib.request.Request(
        base_url + "/_sandbox" + path, method=method, data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 - the loopback sandbox
        return json.loads(reply.read().decode("utf-8") or "null")


class Heartbeat:
    """The longest gap between 5 ms timer ticks on the main thread."""

    def __init__(self) -> None:
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = None
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        _serve(sys.argv[2])
