"""Benchmark of indicator time series: ``python -m tests.bench timeseries``.

The sandbox runs in its own process (its connections with ``TCP_NODELAY``); traffic is its
own log (``/_sandbox/stats``). Printed, nothing asserted:

1. One year of Sentinel-2 TOC NDVI at a point where tiles 31UES and 31UFS overlap (both tiles' products), from
   the default data set: products, HTTP requests per product and band file (mean, max, HEADs), bytes and
   seconds; on loopback, then with 50 ms added to every download request (a real network's round trip) with
   4 workers and with 1; and, for comparison, the same year read by GDAL's ``/vsicurl/`` (tuned: no folder
   listing, 16 KiB first read), which the engine falls back to for files that are not COGs.
2. The full-size Sentinel-2 item (10980 × 10980 COGs with 512 px tiles; the sandbox's full-size data set,
   generated once and cached, about 4 minutes the first time): requests per band at a point, and a 100 ha
   polygon's bytes read against the sizes of the three files (B04, B08, SCL).
"""

from __future__ import annotations

import time
from collections import Counter

from tests.bench.common import S2, control, external_sandbox, full_size_data, full_size_item, qgis_app

OVERLAP_POINT = (605150.0, 5650150.0)  # EPSG:32631, in both 31UES and 31UFS
YEAR = ("2025-09-01", "2026-08-31")
LATENCY_S = 0.05


def _downloads(base_url: str) -> list:
    return [e for e in control(base_url, "/stats") if e["path"].startswith("/download/")]


def _cold_gdal() -> None:
    from osgeo import gdal

    gdal.VSICurlClearCache()


def _run(base_url: str, geometry, start: str, end: str, workers: int = 4):
    from qgis.core import QgsCoordinateReferenceSystem

    from terrascope_explorer.core.timeseries import TimeSeriesRequest, run

    _cold_gdal()
    control(base_url, "/stats/reset", "POST")
    request = TimeSeriesRequest(
        S2,
        "NDVI",
        geometry,
        QgsCoordinateReferenceSystem("EPSG:32631"),
        start=start,
        end=end,
        workers=workers,
    )
    started = time.perf_counter()
    series = run(request)
    return series, time.perf_counter() - started, _downloads(base_url)


def _describe(label: str, series, seconds: float, traffic: list) -> None:
    files = Counter(e["path"] for e in traffic)
    heads = sum(1 for e in traffic if e["method"] == "HEAD")
    sent = sum(e["bytes"] for e in traffic)
    per_file = len(traffic) / max(1, len(files))
    print(
        f"  {label:<34} {len(series)} products, {len(series.valid_rows)} with a value;"
        f" {len(traffic)} requests for {len(files)} band files = {per_file:.2f} per product and band"
        f" (max {max(files.values()) if files else 0}, HEAD {heads}); {sent / 1e6:.2f} MB; {seconds:.2f} s"
    )


def _point_year(base_url: str) -> None:
    from qgis.core import QgsGeometry, QgsPointXY

    from terrascope_explorer.core import timeseries

    point = QgsGeometry.fromPointXY(QgsPointXY(*OVERLAP_POINT))
    print(f"== One year of Sentinel-2 NDVI at a point ({YEAR[0]} to {YEAR[1]}, tiles 31UES and 31UFS)")
    series, seconds, traffic = _run(base_url, point, *YEAR)
    _describe("loopback, 4 workers", series, seconds, traffic)
    control(base_url, "/faults", "POST", {"path": "/download/", "kind": "latency", "delay": LATENCY_S})
    try:
        for workers in (4, 1):
            series, seconds, traffic = _run(base_url, point, *YEAR, workers=workers)
            _describe(
                f"+{LATENCY_S * 1000:.0f} ms per request, {workers} worker(s)", series, seconds, traffic
            )
        original = timeseries._tiff_extents

        def not_a_cog(read):
            raise ValueError("benchmark: read through GDAL")

        timeseries._tiff_extents = not_a_cog
        try:
            series, seconds, traffic = _run(base_url, point, *YEAR)
            _describe("GDAL /vsicurl/ (tuned), +latency", series, seconds, traffic)
        finally:
            timeseries._tiff_extents = original
    finally:
        control(base_url, "/faults", "DELETE")


# --- full size ------------------------------------------------------------------------------------------


def _full_size() -> None:
    from qgis.core import QgsGeometry, QgsPointXY

    from terrascope_explorer import api

    print("== Full-size Sentinel-2 item (10980 x 10980 at 10 m, 512 px tiles)")
    started = time.perf_counter()
    data_dir = full_size_data()
    print(f"  data set ready in {time.perf_counter() - started:.1f} s")
    with external_sandbox(data_dir) as base_url:
        item = full_size_item(data_dir, base_url)
        day = item["properties"]["datetime"][:10]
        transform = item["assets"]["B04"]["proj:transform"]
        x, y = transform[2] + 45_015.0, transform[5] - 55_025.0  # well inside the tile
        sizes = {k: int(item["assets"][k]["file:size"]) for k in ("B04", "B08", "SCL")}
        try:
            api.login("demo", "demo", remember=False)
            series, seconds, traffic = _run(base_url, QgsGeometry.fromPointXY(QgsPointXY(x, y)), day, day)
            _describe(f"point, {day}", series, seconds, traffic)
            square = QgsGeometry.fromWkt(
                f"POLYGON(({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, {x} {y + 1000}, {x} {y}))"
            )
            series, seconds, traffic = _run(base_url, square, day, day)
            _describe(f"100 ha polygon, {day}", series, seconds, traffic)
            sent = sum(e["bytes"] for e in traffic)
            total = sum(sizes.values())
            row = series.rows[0] if series.rows else None
            pixels = f"{row.total_pixels} pixels, {row.valid_pixels} valid" if row else "no row"
            print(
                f"  100 ha polygon ({pixels}): read {sent / 1e6:.2f} MB of {total / 1e6:.1f} MB"
                f" (B04 + B08 + SCL) = {100.0 * sent / total:.2f} % of the files"
            )
        finally:
            api.logout()


def main() -> None:
    qgis_app()
    from sandbox.data.generate import ensure_data
    from sandbox.server import DEFAULT_CACHE
    from terrascope_explorer import api

    with external_sandbox(ensure_data(DEFAULT_CACHE)) as base_url:
        api.login("demo", "demo", remember=False)
        try:
            _point_year(base_url)
        finally:
            api.logout()
    _full_size()


if __name__ == "__main__":
    main()
