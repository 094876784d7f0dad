"""Generate the sandbox's data set: ``python -m sandbox.data.generate OUT_DIR [--full-size]``.

Output: ``OUT_DIR/catalogue.json`` (STAC collections and items, hrefs with the ``{SANDBOX}`` placeholder),
``OUT_DIR/files/<download path>`` (the COGs and metadata documents the hrefs point to) and
``OUT_DIR/VERSION`` (hash of the generator's source). Same version, same bytes.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal

from . import composites, maps, plans, s1, s2
from .collections import COLLECTIONS, collection
from .stac import build_collection

CATALOGUE = "catalogue.json"
VERSION_FILE = "VERSION"
_IN_PROCESS_BELOW = 8  # jobs; fewer than this are not worth starting worker processes


def generator_version() -> str:
    """Hash of the generator's source (and of the libraries that shape its bytes)."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(f"gdal {gdal.__version__} numpy {np.__version__}".encode())
    return h.hexdigest()[:16]


def run_job(job: plans.Job, out_dir: Path) -> list[dict[str, Any]]:
    """Render one job into out_dir; returns the STAC items it wrote."""
    if isinstance(job, plans.S2Job):
        return s2.render_job(out_dir, job.acquisition, job.collections)
    if isinstance(job, plans.S1Job):
        return s1.render_job(out_dir, job.scene, job.collection)
    if isinstance(job, plans.CompositeJob):
        return composites.render_job(out_dir, job.collection, job.start, job.end)
    if isinstance(job, plans.MapJob):
        return maps.render_job(out_dir, job.collection, job.tile)
    raise TypeError(job)


def _can_spawn() -> bool:
    # Embedded interpreters (QGIS) have sys.executable pointing at the application, not at Python.
    return Path(sys.executable).name.lower().startswith("python")


def _run_all(jobs: list[plans.Job], out_dir: Path, workers: int) -> list[dict[str, Any]]:
    if workers <= 1 or len(jobs) < _IN_PROCESS_BELOW or not _can_spawn():
        return [item for job in jobs for item in run_job(job, out_dir)]
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        results = pool.map(run_job, jobs, [out_dir] * len(jobs), chunksize=2)
        return [item for batch in results for item in batch]


def _item_order(item: dict[str, Any]) -> tuple[int, str, str]:
    order = [c.id for c in COLLECTIONS]
    return order.index(item["collection"]), item["properties"]["start_datetime"], item["id"]


def write_catalogue(out_dir: Path, items: Iterable[dict[str, Any]]) -> None:
    ordered = sorted(items, key=_item_order)
    collections = [
        build_collection(spec, [i for i in ordered if i["collection"] == spec.id])
        for spec in COLLECTIONS
        if any(i["collection"] == spec.id for i in ordered)
    ]
    text = json.dumps(
        {"collections": collections, "items": ordered}, separators=(",", ":"), ensure_ascii=False
    )
    (out_dir / CATALOGUE).write_text(text, encoding="utf-8")


def _read_items(out_dir: Path) -> list[dict[str, Any]]:
    return json.loads((out_dir / CATALOGUE).read_text(encoding="utf-8"))["items"]


def generate(
    out_dir: Path,
    full_size: bool = False,
    *,
    only: Iterable[str] | None = None,
    limit: int | None = None,
    workers: int | None = None,
) -> Path:
    """Generate the data set into out_dir (replacing it), atomically: a sibling temp dir renamed at the end.

    `only`: collection ids to generate (default all); `limit`: first N dates/scenes/tiles per collection;
    `full_size`: also write one S2 TOC item at native resolution (see generate_full_size_item).
    """
    out_dir = Path(out_dir)
    wanted = set(only) if only is not None else None
    if wanted is not None:
        unknown = wanted - {c.id for c in COLLECTIONS}
        if unknown:
            raise KeyError(f"unknown collections: {sorted(unknown)}")
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / VERSION_FILE).exists():
        raise FileExistsError(f"{out_dir} is not empty and holds no generated data set: not replacing it")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        jobs = plans.jobs(wanted, limit)
        items = _run_all(jobs, tmp, workers if workers is not None else min(2, os.cpu_count() or 1))
        write_catalogue(tmp, items)
        if full_size:
            generate_full_size_item(tmp)
        (tmp / VERSION_FILE).write_text(generator_version() + "\n", encoding="utf-8")
        _replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _replace_dir(new: Path, target: Path) -> None:
    if target.exists():
        old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        new.rename(target)


def generate_full_size_item(out_dir: Path, *, divisor: int = 1) -> dict[str, Any]:
    """Write one Sentinel-2 TOC item (tile 31UFS, a clear summer date) at native resolution.

    Written strip by strip (memory stays bounded); its files replace the small ones of the same item,
    and when out_dir holds a catalogue its item is replaced too. `divisor` shrinks the grids (tests only).
    Its NDVI/FAPAR/LAI/FCOVER items stay small.
    """
    out_dir = Path(out_dir)
    acq = s2.full_size_acquisition()
    item = s2.render_full_size(out_dir, acq, divisor)
    if (out_dir / CATALOGUE).exists():
        items = [
            i for i in _read_items(out_dir) if i["id"] != item["id"] or i["collection"] != item["collection"]
        ]
        write_catalogue(out_dir, [*items, item])
    return item


# --- Cache ----------------------------------------------------------------------------------------------


def ensure_data(
    cache_root: Path,
    *,
    full_size: bool = False,
    only: Iterable[str] | None = None,
    limit: int | None = None,
) -> Path:
    """The generated data set for the current generator version, under cache_root/<version>[...].

    Generates it when missing; safe when several processes ask at once (a lock file serialises them, the
    directory appears atomically). Older versions are left alone.
    """
    cache_root = Path(cache_root)
    version = generator_version()
    name = version + ("-full" if full_size else "")
    if only is not None or limit is not None:
        subset = json.dumps([sorted(only) if only is not None else None, limit])
        name += "-" + hashlib.sha256(subset.encode()).hexdigest()[:8]
    target = cache_root / name
    if _complete(target, version):
        return target
    cache_root.mkdir(parents=True, exist_ok=True)
    with _locked(cache_root / f".{name}.lock"):
        if not _complete(target, version):
            generate(target, full_size, only=only, limit=limit)
    return target


def prune_cache(cache_root: Path) -> list[Path]:
    """Delete the data sets of other generator versions (with their lock and temporary files).

    Not called automatically: a running sandbox may still serve an older version's files.
    """
    version = generator_version()
    removed = []
    for entry in sorted(Path(cache_root).iterdir()) if Path(cache_root).is_dir() else []:
        if entry.name.lstrip(".").startswith(version):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink()
        removed.append(entry)
    return removed


def _complete(target: Path, version: str) -> bool:
    stamp = target / VERSION_FILE
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == version


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a+b") as fh:
        if sys.platform == "win32":  # pragma: no cover - the sandbox runs on Linux; kept for developers
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.5)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# --- CLI ------------------------------------------------------------------------------------------------


def _disk_usage(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sandbox.data.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--full-size", action="store_true", help="also write one S2 TOC item at native size")
    parser.add_argument("--only", action="append", metavar="COLLECTION", help="generate only this collection")
    parser.add_argument("--limit", type=int, help="first N dates/scenes/tiles per collection")
    parser.add_argument("--workers", type=int, help="worker processes (default: up to 2)")
    args = parser.parse_args(argv)
    for cid in args.only or ():
        collection(cid)  # fail early on a typo
    started = time.monotonic()
    out = generate(args.out_dir, args.full_size, only=args.only, limit=args.limit, workers=args.workers)
    seconds = time.monotonic() - started
    count, size = _disk_usage(out)
    items = len(_read_items(out))
    print(
        f"{out}: {items} items, {count} files, {size / 1e6:.1f} MB in {seconds:.1f} s "
        f"(version {generator_version()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
