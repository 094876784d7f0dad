"""Benchmark of the Terrascope Processing algorithms on a full Sentinel-2 tile.

Run with ``make bench`` or ``python -m tests.bench processing``; ``BENCH_REPEAT=3`` runs every command three
times (interleaved, so that a busy moment of the machine hits all of them) and prints the median and best;
``BENCH_PKGROOT=DIR`` runs the copy of the plugin in ``DIR/terrascope_explorer`` (a before/after comparison).

A deterministic 10980 × 10980 tile (B04 and B08: uint16, 10 m, nodata 32767, scale 0.0001, deflate COGs with
512 px tiles and overviews, a no-data wedge as on a swath edge) is generated once and cached under
``.cache/bench/``. Then, each in its own process so that wall time and peak RSS are its own:

- NDVI with ``terrascope:spectralindex``, ``qgis:rastercalculator`` and ``gdal_calc.py``: same formula,
  float32 output, nodata -9999 where an input has none. ``gdal_calc.py`` runs twice per output: with our
  output's creation options (tiled 512, ZSTD level 1 or uncompressed) and with its own default (uncompressed
  strips), against our default (uncompressed);
- clip of B04 by a polygon with ``terrascope:clipraster`` and ``gdal:cliprasterbymasklayer``.

Every output is deleted (and the page cache written back, ``sync``) before each timed run: replacing a
500 MB file would otherwise be timed too. The Processing runs are timed around ``processing.run`` (QGIS and
Processing already started, as in the desktop); the command-line tools as whole processes. Outputs are
compared (NDVI within 1e-6, clipped pixels identical) and ratios printed, then PASS or FAIL for each target
of the issue: NDVI ≤ 0.35× ``qgis:rastercalculator`` and ≤ 0.35× ``gdal_calc.py`` (same computation, same
output options), peak RSS ≤ 300 MB, clip ≤ 0.5× ``gdal:cliprasterbymasklayer``, identical pixels. Nothing is
asserted (the figures depend on the machine): read the verdicts on an idle one.

``gdal_calc.py`` and GNU ``time`` are found on the PATH and run with this Python (``sys.executable``, which
imports osgeo); the QGIS Processing plugins are found under QGIS's own data folder.
"""

from __future__ import annotations

import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache" / "bench" / "processing"
SIZE = 10980
BLOCK = 512
EPSG = 32631
ORIGIN = (600000.0, 5700000.0)  # 31UFS
NODATA = 32767
GENERATOR_VERSION = "1"
PYTHON = sys.executable
GDAL_CALC = shutil.which("gdal_calc.py") or shutil.which("gdal_calc")  # None: gdal_calc.py is not timed
GNU_TIME = shutil.which("time")  # the program (bash's "time" keyword is no file): peak RSS of a command
# The targets of the issue: (what, ours, theirs or None, limit)
TARGETS = (
    ("NDVI <= 0.35x qgis:rastercalculator (both uncompressed)", "ours_uncompressed", "rastercalc", 0.35),
    (
        "NDVI <= 0.35x gdal_calc.py (same computation and output)",
        "ours_uncompressed",
        "calc_uncompressed",
        0.35,
    ),
    ("clip <= 0.5x gdal:cliprasterbymasklayer (ours ZSTD, its default)", "clip_ZSTD", "clip_gdal", 0.5),
)
RSS_LIMIT_MB = 300
CLIP_POLYGON = (
    "POLYGON((612345 5693210, 671234 5688765, 689012 5640123, 655555 5612345, 620987 5625678, "
    "605432 5660000, "
    "612345 5693210),(640000 5660000, 650000 5660000, 645000 5650000, 640000 5660000))"
)


# --- Data -----------------------------------------------------------------------------------------------


def _smooth(rng: np.random.Generator, rows: int, cols: int, cell: int) -> np.ndarray:
    """A field varying over ``cell`` pixels (fields, forests), values about in [0, 1]."""
    coarse = rng.random((rows // cell + 2, cols // cell + 2))
    y = np.arange(rows) / cell
    x = np.arange(cols) / cell
    y0, x0 = y.astype(int), x.astype(int)
    fy, fx = (y - y0)[:, None], (x - x0)[None, :]
    c = coarse
    top = c[y0][:, x0] * (1 - fx) + c[y0][:, x0 + 1] * fx
    bottom = c[y0 + 1][:, x0] * (1 - fx) + c[y0 + 1][:, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def _strip(row0: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1000 + row0)
    veg = _smooth(rng, rows + 64, SIZE, 64)[32 : 32 + rows]  # noqa: E203
    red = 1400 - 1100 * veg + rng.normal(0, 40, (rows, SIZE))
    nir = 1500 + 3000 * veg + rng.normal(0, 60, (rows, SIZE))
    red, nir = (np.clip(a, 1, 10000).astype(np.uint16) for a in (red, nir))
    # A no-data wedge on the west edge, as on a swath border.
    r = np.arange(row0, row0 + rows)[:, None]
    wedge = np.arange(SIZE)[None, :] < (SIZE - r) // 6
    red[wedge] = NODATA
    nir[wedge] = NODATA
    return red, nir


def ensure_tile(cache: Path = CACHE) -> dict[str, Path]:
    """The generated B04 and B08 COGs (generated on the first call)."""
    folder = cache / f"tile-v{GENERATOR_VERSION}"
    paths = {k: folder / f"S2B_20200617T105031_31UFS_TOC-{k}_10M_V210.tif" for k in ("B04", "B08")}
    if all(p.exists() for p in paths.values()):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    gdal.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    tmp = {k: p.with_name(p.name + ".strips.tif") for k, p in paths.items()}
    dss = {}
    for k, t in tmp.items():
        ds = gdal.GetDriverByName("GTiff").Create(
            str(t),
            SIZE,
            SIZE,
            1,
            gdal.GDT_UInt16,
            ["TILED=YES", "COMPRESS=LZW", "BLOCKXSIZE=512", "BLOCKYSIZE=512"],
        )
        ds.SetGeoTransform((ORIGIN[0], 10, 0, ORIGIN[1], 0, -10))
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.SetScale(0.0001)
        band.SetOffset(0)
        band.SetDescription(k)
        dss[k] = ds
    for row0 in range(0, SIZE, BLOCK):
        red, nir = _strip(row0, min(BLOCK, SIZE - row0))
        dss["B04"].GetRasterBand(1).WriteArray(red, 0, row0)
        dss["B08"].GetRasterBand(1).WriteArray(nir, 0, row0)
    for k, ds in dss.items():
        ds.FlushCache()
        out = paths[k].with_name(paths[k].name + ".partial")
        gdal.Translate(
            str(out),
            ds,
            format="COG",
            creationOptions=["COMPRESS=DEFLATE", "PREDICTOR=YES", "BLOCKSIZE=512", "NUM_THREADS=ALL_CPUS"],
        )
        dss[k] = None
        os.replace(out, paths[k])
        os.remove(tmp[k])
    return paths


def ensure_mask(cache: Path = CACHE) -> Path:
    path = cache / "clip-mask.gpkg"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name("clip-mask.partial.gpkg")
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        layer = ds.CreateLayer("mask", srs, ogr.wkbPolygon)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(CLIP_POLYGON))
        layer.CreateFeature(feature)
        feature = layer = ds = None
        os.replace(tmp, path)
    return path


# --- Runs, each in its own process ----------------------------------------------------------------------

GTIFF_LIKE_OURS = {  # the creation options of our output, per COMPRESSION choice
    "ZSTD": ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=ZSTD", "ZSTD_LEVEL=1"],
    "NONE": ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=NONE"],
}


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would include the parent's at fork time)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(job: dict) -> dict:
    """Runs in the child process: start QGIS and Processing, then time one algorithm."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # BENCH_PKGROOT: a folder with another copy of terrascope_explorer, to compare before and after a change
    pkgroot = os.environ.get("BENCH_PKGROOT") or str(REPO / ".build" / "pkgroot")
    sys.path.insert(0, pkgroot)
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    import terrascope_explorer

    plugin = terrascope_explorer.classFactory(None)
    plugin.initProcessing()
    baseline = _peak_rss_mb()
    start = time.perf_counter()
    processing.run(job["algorithm"], job["parameters"], feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    plugin.unload()
    return {"seconds": seconds, "rss_mb": _peak_rss_mb(), "baseline_mb": baseline}


def run_algorithm(algorithm: str, parameters: dict) -> dict:
    job = json.dumps({"algorithm": algorithm, "parameters": parameters})
    out = subprocess.run(
        [PYTHON, "-m", "tests.bench.bench_processing", "--child", job],
        cwd=str(REPO),
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if out.returncode != 0:
        raise RuntimeError(f"{algorithm} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_command(command: list[str]) -> dict:
    """Wall time and peak RSS of ``command`` (through GNU time when installed)."""
    timer = [GNU_TIME, "-f", "%M"] if GNU_TIME else []
    start = time.perf_counter()
    out = subprocess.run(timer + command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"{command[1]} failed:\n{out.stderr[-3000:]}")
    rss = int(out.stderr.strip().splitlines()[-1]) / 1024 if timer else float("nan")
    return {"seconds": seconds, "rss_mb": rss}


def _read(path: Path) -> np.ndarray:
    ds = gdal.Open(str(path))  # kept: with GDAL < 3.8 a band does not keep its dataset alive
    return ds.GetRasterBand(1).ReadAsArray()


def compare_ndvi(ours: Path, other: Path) -> tuple[bool, str]:
    a, b = _read(ours), _read(other)
    other_ds = gdal.Open(str(other))
    other_nodata = other_ds.GetRasterBand(1).GetNoDataValue()
    valid_a = a != -9999.0
    valid_b = np.isfinite(b) & ((b != other_nodata) if other_nodata is not None else True)
    both = valid_a & valid_b
    diff = float(np.abs(a[both] - b[both]).max()) if both.any() else float("nan")
    same_mask = bool((valid_a == valid_b).all())
    masks = "equal" if same_mask else f"DIFFER: {(valid_a != valid_b).sum()} px"
    ok = same_mask and bool(both.any()) and diff <= 1e-6
    return ok, f"max |diff| {diff:.2e} over {both.sum()} px; valid-pixel masks {masks}"


def compare_clip(ours: Path, other: Path) -> tuple[bool, str]:
    a, b = gdal.Open(str(ours)), gdal.Open(str(other))
    same_grid = a.GetGeoTransform() == b.GetGeoTransform() and (a.RasterXSize, a.RasterYSize) == (
        b.RasterXSize,
        b.RasterYSize,
    )
    if not same_grid:
        return False, (
            f"DIFFERENT GRIDS {a.GetGeoTransform()} {a.RasterXSize}x{a.RasterYSize} "
            f"vs {b.GetGeoTransform()} {b.RasterXSize}x{b.RasterYSize}"
        )
    differ = int((a.ReadAsArray() != b.ReadAsArray()).sum())
    pixels = "identical pixels" if differ == 0 else f"{differ} pixels DIFFER"
    return differ == 0, f"same grid ({a.RasterXSize} x {a.RasterYSize}); {pixels}"


def _line(name: str, r: dict) -> str:
    return f"  {name:<62} {r['seconds']:6.2f} s   peak RSS {r['rss_mb']:5.0f} MB   load {r['load']:.2f}"


def _stats(runs: list[dict]) -> dict:
    seconds = sorted(r["seconds"] for r in runs)
    return {
        "median": statistics.median(seconds),
        "best": seconds[0],
        "rss_median": statistics.median(r["rss_mb"] for r in runs),
        "rss_max": max(r["rss_mb"] for r in runs),
        "baseline": statistics.median(r.get("baseline_mb", float("nan")) for r in runs),
    }


def _quote(command: list[str]) -> str:
    return " ".join(shlex.quote(c) for c in command)


def jobs(red: str, nir: str, mask: Path, out: Path) -> list[dict]:
    """What is timed: name, label, and an algorithm with its parameters or a command line."""
    result = []
    for compression, label in (("ZSTD", "ZSTD"), ("NONE", "uncompressed")):
        result.append(
            {
                "name": f"ours_{label}",
                "label": f"terrascope:spectralindex NDVI ({label} output)",
                "algorithm": "terrascope:spectralindex",
                "parameters": {
                    "INDEX": "NDVI",
                    "SENSOR": "sentinel2",
                    "BANDS": [red, nir],
                    "COMPRESSION": compression,
                    "OUTPUT": str(out / f"ours_{label}.tif"),
                },
                "output": out / f"ours_{label}.tif",
            }
        )
    calc_runs = (
        ("calc_ZSTD", "our output options: tiled 512, ZSTD level 1", GTIFF_LIKE_OURS["ZSTD"]),
        ("calc_uncompressed", "our output options: tiled 512, uncompressed", GTIFF_LIKE_OURS["NONE"]),
        ("calc_default", "its default output: uncompressed strips", []),
    )
    for name, label, options in calc_runs if GDAL_CALC else ():
        path = out / f"{name}.tif"
        command = [
            PYTHON,
            GDAL_CALC,
            "-A",
            red,
            "-B",
            nir,
            f"--outfile={path}",
            "--type=Float32",
            "--NoDataValue=-9999",
            "--calc=(B.astype(numpy.float32)-A)/(B.astype(numpy.float32)+A)",
            "--quiet",
        ]
        for co in options:
            command += ["--co", co]
        result.append({"name": name, "label": f"gdal_calc.py, {label}", "command": command, "output": path})
    ra, rb = (f'"{Path(p).stem}@1"' for p in (red, nir))
    result.append(
        {
            "name": "rastercalc",
            "label": "qgis:rastercalculator (its default output: uncompressed)",
            "algorithm": "qgis:rastercalculator",
            "parameters": {
                "EXPRESSION": f"({rb} - {ra}) / ({rb} + {ra})",
                "LAYERS": [red, nir],
                "CELLSIZE": 0,
                "OUTPUT": str(out / "rastercalculator.tif"),
            },
            "output": out / "rastercalculator.tif",
        }
    )
    for compression, label in (("ZSTD", "ZSTD"), ("NONE", "uncompressed")):
        path = out / f"clip_ours_{label}.tif"
        result.append(
            {
                "name": f"clip_{label}",
                "label": f"terrascope:clipraster by a polygon ({label} output)",
                "algorithm": "terrascope:clipraster",
                "parameters": {
                    "INPUT": red,
                    "MASK": str(mask),
                    "COMPRESSION": compression,
                    "OUTPUT": str(path),
                },
                "output": path,
            }
        )
    result.append(
        {
            "name": "clip_gdal",
            "label": "gdal:cliprasterbymasklayer (its default output: uncompressed)",
            "algorithm": "gdal:cliprasterbymasklayer",
            "parameters": {
                "INPUT": red,
                "MASK": str(mask),
                "CROP_TO_CUTLINE": True,
                "OUTPUT": str(out / "clip_gdal.tif"),
            },
            "output": out / "clip_gdal.tif",
        }
    )
    return result


def _run(job: dict) -> dict:
    job["output"].unlink(missing_ok=True)
    os.sync()  # the previous run's output written back now, not during this run
    time.sleep(0.5)
    load = os.getloadavg()[0]
    if "command" in job:
        r = run_command(job["command"])
    else:
        r = run_algorithm(job["algorithm"], job["parameters"])
    r["load"] = load
    return r


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(stats: dict[str, dict], paths: dict[str, Path], repeat: int) -> list[str]:
    """The agreement of the outputs, the ratios, and PASS or FAIL for each target of the issue (the runs
    missing from ``stats``, such as gdal_calc.py when it is not installed, are reported as not run)."""
    lines = ["  Agreement of the outputs:"]
    checks = [
        ("NDVI (ZSTD) vs gdal_calc.py", compare_ndvi, "ours_ZSTD", "calc_ZSTD"),
        ("NDVI (uncompressed) vs gdal_calc.py default", compare_ndvi, "ours_uncompressed", "calc_default"),
        ("NDVI vs qgis:rastercalculator", compare_ndvi, "ours_ZSTD", "rastercalc"),
        ("clip (ZSTD) vs gdal:cliprasterbymasklayer", compare_clip, "clip_ZSTD", "clip_gdal"),
        ("clip (uncompressed) vs gdal:cliprasterbymasklayer", compare_clip, "clip_uncompressed", "clip_gdal"),
    ]
    identical = True
    for name, compare, ours, theirs in checks:
        if ours not in stats or theirs not in stats:
            lines.append(f"    {name}: not run")
            continue
        ok, text = compare(paths[ours], paths[theirs])
        identical &= ok
        lines.append(f"    {name}: {text}")

    def ratio(a: str, b: str) -> str:
        if a not in stats or b not in stats:
            return "not run"
        text = f"{stats[a]['median'] / stats[b]['median']:.2f}x"
        if repeat > 1:
            text += f" (best {stats[a]['best'] / stats[b]['best']:.2f}x)"
        return text

    lines += [
        "  Ratios (wall time, ours / theirs, medians):",
        f"    NDVI vs qgis:rastercalculator: {ratio('ours_ZSTD', 'rastercalc')} (ZSTD output), "
        f"{ratio('ours_uncompressed', 'rastercalc')} (uncompressed output, like it)",
        f"    NDVI vs gdal_calc.py, same output options: {ratio('ours_ZSTD', 'calc_ZSTD')} (ZSTD), "
        f"{ratio('ours_uncompressed', 'calc_uncompressed')} (uncompressed)",
        "    NDVI vs gdal_calc.py, each with its default output (ours: uncompressed tiles, its: uncompressed "
        f"strips): {ratio('ours_uncompressed', 'calc_default')}",
        f"    clip vs gdal:cliprasterbymasklayer: {ratio('clip_ZSTD', 'clip_gdal')} (ZSTD output), "
        f"{ratio('clip_uncompressed', 'clip_gdal')} (uncompressed output, like it)",
    ]
    ours = [n for n in ("ours_ZSTD", "ours_uncompressed", "clip_ZSTD", "clip_uncompressed") if n in stats]
    peak = max(stats[n]["rss_max"] for n in ours)
    baseline = stats["ours_ZSTD"]["baseline"] if "ours_ZSTD" in stats else float("nan")
    lines.append(f"    peak RSS of our runs: {peak:.0f} MB; QGIS + Processing alone {baseline:.0f} MB")
    lines.append("  Targets (medians):")
    for what, a, b, limit in TARGETS:
        if a not in stats or b not in stats:
            lines.append(f"    NOT RUN  {what}")
            continue
        value = stats[a]["median"] / stats[b]["median"]
        lines.append(f"    {verdict(value <= limit)}     {what}: {value:.2f}x")
    lines.append(f"    {verdict(peak <= RSS_LIMIT_MB)}     peak RSS <= {RSS_LIMIT_MB} MB: {peak:.0f} MB")
    lines.append(f"    {verdict(identical)}     identical pixels (NDVI within 1e-6, clip exactly)")
    return lines


def main() -> None:
    gdal.UseExceptions()
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "1")))
    print("== Processing: spectral index and clip, full Sentinel-2 tile (10980 x 10980, uint16 deflate COGs)")
    t = time.perf_counter()
    tile = ensure_tile()
    mask = ensure_mask()
    print(f"  data ready in {time.perf_counter() - t:.1f} s: {tile['B04'].parent}")
    print(f"  {os.cpu_count()} CPUs; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if os.environ.get("BENCH_PKGROOT"):
        print(f"  plugin under test: {os.environ['BENCH_PKGROOT']}/terrascope_explorer")
    if GDAL_CALC is None:
        print("  gdal_calc.py is not on the PATH: its runs and target are left out")
    red, nir = str(tile["B04"]), str(tile["B08"])
    with tempfile.TemporaryDirectory(prefix="bench-processing-", dir=str(CACHE)) as tmp:
        out = Path(tmp)
        todo = jobs(red, nir, mask, out)
        print("  Commands and parameters (Processing runs timed around processing.run):")
        for job in todo:
            what = _quote(job["command"]) if "command" in job else f"{job['algorithm']} {job['parameters']}"
            print(f"    {job['name']}: {what}")
        runs: dict[str, list[dict]] = {job["name"]: [] for job in todo}
        for round_ in range(repeat):
            if repeat > 1:
                print(f"  -- run {round_ + 1} of {repeat}")
            for job in todo:
                r = _run(job)
                runs[job["name"]].append(r)
                extra = f"  (QGIS baseline {r['baseline_mb']:.0f} MB)" if "baseline_mb" in r else ""
                print(_line(job["label"], r) + extra, flush=True)
        stats = {name: _stats(rs) for name, rs in runs.items()}
        if repeat > 1:
            print(f"  Summary over {repeat} runs (seconds: median / best; peak RSS: median / max):")
            for job in todo:
                st = stats[job["name"]]
                print(
                    f"  {job['label']:<62} {st['median']:6.2f} / {st['best']:5.2f} s   "
                    f"peak RSS {st['rss_median']:4.0f} / {st['rss_max']:4.0f} MB"
                )
        paths = {job["name"]: job["output"] for job in todo}
        for line in report(stats, paths, repeat):
            print(line)
        print(f"  load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_child(json.loads(sys.argv[2]))))
    else:
        main()
