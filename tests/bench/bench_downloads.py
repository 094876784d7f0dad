"""Benchmark of downloads: ``python -m tests.bench downloads``.

The largest file the sandbox can serve (B08 of the full-size Sentinel-2 item, about 200 MB: the sandbox's
full-size data set, generated once and cached, about 4 minutes the first time) is fetched from a sandbox
running in its own process, with the same bearer token:

1. by ``curl`` to a file (the reference: C, no Python, no Qt);
2. by ``api.download`` (the plugin's engine, blocking, in the main thread);
3. by a :class:`~terrascope_explorer.core.download_task.DownloadTask` in the QGIS task manager, as the dock
   runs it.

Seven runs each, interleaved with the order rotating (the machine's load is shared alike); the file is
deleted between runs, so every run transfers it whole (ours with its fsync). Throughput in MB/s (10^6 bytes)
and the ratios to curl are printed. Nothing is asserted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.bench import REPO
from tests.bench.common import S2, external_sandbox, full_size_data, qgis_app

RUNS = 7


def _largest_asset(data_dir: Path) -> tuple[str, str, int]:
    """(item id, asset key, size) of the largest file of the data set."""
    import json

    catalogue = json.loads((data_dir / "catalogue.json").read_text(encoding="utf-8"))
    best = max(
        (
            (item["id"], key, asset.get("file:size") or 0)
            for item in catalogue["items"]
            for key, asset in item["assets"].items()
        ),
        key=lambda t: t[2],
    )
    return best


def _curl(url: str, token: str, out: Path, header_file: Path) -> float:
    header_file.write_text(f"Authorization: Bearer {token}\n", encoding="ascii")
    os.chmod(header_file, 0o600)
    started = time.perf_counter()
    subprocess.run(
        ["curl", "--silent", "--show-error", "--fail", "-H", f"@{header_file}", "-o", str(out), url],
        check=True,
    )
    return time.perf_counter() - started


def _run_task(app, products: list, key: str, folder: Path) -> float:
    """Seconds from adding a DownloadTask to the task manager to its ``downloadsFinished`` signal."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop

    from terrascope_explorer.core.download_task import DownloadTask
    from terrascope_explorer.core.downloads import plan_downloads

    task = DownloadTask(plan_downloads(products, [key], str(folder)))
    done = []
    task.downloadsFinished.connect(done.append)
    started = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    return time.perf_counter() - started


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(8 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def main() -> None:
    app = qgis_app()

    started = time.perf_counter()
    data_dir = full_size_data()
    print(f"  data set ready in {time.perf_counter() - started:.1f} s: {data_dir}")
    item_id, key, size = _largest_asset(data_dir)
    with external_sandbox(data_dir):
        from terrascope_explorer import api
        from terrascope_explorer.core import auth

        api.login("demo", "demo", remember=False)
        products = [p for p in api.search(S2) if p.id == item_id]
        href = products[0].assets[key].href
        print(f"== Download of {key} of {item_id}: {size / 1e6:.1f} MB, loopback, sandbox in its own process")
        print(f"  load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        with tempfile.TemporaryDirectory(prefix="bench-downloads-", dir=str(REPO / ".cache")) as tmp:
            folder = Path(tmp)
            reference = folder / "curl.bin"
            header = folder / "header.txt"
            times: dict = {"curl": [], "api": [], "task": []}
            ours = folder / S2 / item_id / Path(href).name

            def run_curl() -> float:
                seconds = _curl(href, auth.session().access_token(), reference, header)
                reference.unlink()
                return seconds

            def run_api() -> float:
                started = time.perf_counter()
                api.download(products, assets=[key], folder=str(folder), overwrite=True)
                return time.perf_counter() - started

            contenders = [
                ("curl", run_curl),
                ("api", run_api),
                ("task", lambda: _run_task(app, products, key, folder)),
            ]
            for round_ in range(RUNS):  # interleaved, the order rotating: all three see the same load
                for name, run in contenders[round_ % 3 :] + contenders[: round_ % 3]:
                    shutil.rmtree(folder / S2, ignore_errors=True)
                    times[name].append(run())
            api.download(products, assets=[key], folder=str(folder), overwrite=True)
            _curl(href, auth.session().access_token(), reference, header)
            header.unlink()
            same = "identical" if _sha256(reference) == _sha256(ours) else "DIFFERENT"
        best = {name: min(values) for name, values in times.items()}
        median = {name: statistics.median(values) for name, values in times.items()}

        def line(name: str, label: str) -> str:
            runs = ", ".join(f"{size / t / 1e6:.0f}" for t in times[name])
            rates = f"best {size / best[name] / 1e6:6.0f} MB/s, median {size / median[name] / 1e6:6.0f} MB/s"
            return f"  {label:<40} {rates}  (runs: {runs})"

        print(line("curl", "curl -o file (reference)"))
        print(line("api", "api.download (blocking, main thread)"))
        print(line("task", "DownloadTask (QGIS task manager)"))
        print(f"  bytes of our file vs curl's: {same}")
        for label, figures in (("best of each", best), ("medians", median)):
            api_ratio, task_ratio = (figures["curl"] / figures[name] for name in ("api", "task"))
            print(
                f"  Ratio to curl, {label} (target >= 0.90): api.download {api_ratio:.2f}, "
                f"DownloadTask {task_ratio:.2f}"
            )
        print(f"  load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
