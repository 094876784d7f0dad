"""Downloads (issue #6): plan, transfer, resume, checks, faults, clip while downloading, task, dialog.

Everything goes over real HTTP to the sandbox (faults injected there, bytes counted there). The one exception
is the full disk: no small file system can be mounted without root, so ``os.write`` is replaced for the
``.part`` file only (the OS write boundary) to raise ENOSPC.
"""

from __future__ import annotations

import copy
import errno
import hashlib
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)

from terrascope_explorer import api
from terrascope_explorer.core import auth, downloads, settings
from terrascope_explorer.core.download_task import DownloadTask
from terrascope_explorer.core.downloads import (
    CANCELLED,
    DOWNLOADED,
    EXISTING,
    FAILED,
    Downloader,
    clip_area,
    content_disposition_name,
    parse_multihash,
    plan_downloads,
    safe_name,
)
from terrascope_explorer.core.errors import AuthError, DownloadError, InvalidInputError
from terrascope_explorer.core.products import product_from_stac
from tests import test_auth
from tests.qt_wait import no_task_left_running, wait_until  # noqa: F401 - the fixture is used implicitly
from tests.test_auth import PASSWORD, USER, token_requests

account = test_auth.account  # the fixture: a sandbox user and a clean session
S2 = "terrascope-s2-toc-v2"
PROBAV = "terrascope-probav-s10-toc-ndvi-333m-v1"


@pytest.fixture()
def logged_in(account):
    api.login(USER, PASSWORD, remember=False)
    account.ctx.stats.reset()
    return account


def item(sandbox, collection: str, index: int = 0) -> dict:
    return copy.deepcopy(sandbox.ctx.items_of(collection)[index])


def product(sandbox, collection: str = S2, index: int = 0, **asset_changes):
    """A product of the sandbox catalogue; ``asset_changes`` ({asset key: {field: value}}) edit its assets."""
    data = item(sandbox, collection, index)
    for key, changes in asset_changes.items():
        data["assets"][key].update(changes)
    return product_from_stac(data)


def local_file(sandbox, href: str) -> Path:
    """Where the sandbox keeps the file it serves at ``href``."""
    return sandbox.ctx.files_dir / href.split("/download/", 1)[1]


def downloads_of(sandbox, href: str, expect: int = 0) -> list[dict]:
    """The GETs of ``href`` the sandbox recorded; with ``expect``, waits (up to 15 s) until that many are:
    the sandbox records a request once its body is sent, which can be just after the client has it all."""
    path = "/download/" + href.split("/download/", 1)[1]
    deadline = time.monotonic() + 15
    while True:
        found = [e for e in sandbox.ctx.stats.snapshot() if e["path"] == path and e["method"] == "GET"]
        if len(found) >= expect or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def assert_resumes(sandbox, prod, job, kept: int, folder: Path) -> None:
    """Downloading the NDVI of ``prod`` again asks only for the bytes after ``kept``, and completes it."""
    sandbox.ctx.stats.reset()
    result, _ = run_one(prod, "NDVI", folder)
    assert [e["range"] for e in downloads_of(sandbox, job.href)] == [f"bytes={kept}-"]
    assert (
        result.status == DOWNLOADED and job.target.read_bytes() == local_file(sandbox, job.href).read_bytes()
    )


def run_one(prod, key: str, folder: Path, **kwargs):
    plan = plan_downloads([prod], [key], str(folder))
    assert len(plan.jobs) == 1
    return Downloader(**kwargs).run(plan)[0], plan.jobs[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


# ---------------------------------------------------------------------------------------------- names, plan


@pytest.mark.parametrize(
    "raw",
    [
        "../evil.tif",
        "..",
        ".",
        "/etc/passwd",
        "a/b.tif",
        "a\\b.tif",
        "C:\\x.tif",
        "C:x.tif",
        "a:b.tif",
        "",
        "~root",
        "x\x00.tif",
    ],
)
def test_names_with_a_path_are_refused(raw: str) -> None:
    with pytest.raises(DownloadError, match="would leave the download folder; refused"):
        safe_name(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("B04.tif", "B04.tif"), ("B04:v2?.tif", "B04_v2_.tif"), ("CON.tif", "_CON.tif"), ("x.tif. ", "x.tif")],
)
def test_plain_names_are_kept_or_made_portable(raw: str, expected: str) -> None:
    assert safe_name(raw) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('attachment; filename="B04.tif"', "B04.tif"),
        ("attachment; filename=B04.tif", "B04.tif"),
        ("attachment; filename*=UTF-8''..%2F..%2Fevil.tif", "../../evil.tif"),
        ('attachment; filename="a\\"b.tif"', 'a"b.tif'),
        ("inline", None),
    ],
)
def test_content_disposition_names(header: str, expected) -> None:
    assert content_disposition_name(header) == expected


def test_multihash_checksums() -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    factory, expected = parse_multihash("1220" + digest)
    assert factory().name == "sha256" and expected.hex() == digest
    assert parse_multihash("1114" + hashlib.sha1(b"x").hexdigest())[0]().name == "sha1"
    assert parse_multihash("d50110" + hashlib.md5(b"x").hexdigest())[0]().name == "md5"
    for unusable in (None, "", "zz", "1220abcd", "9999" + digest):
        assert parse_multihash(unusable) is None


def test_plan_lays_files_out_by_collection_and_item(sandbox, tmp_path: Path) -> None:
    s2 = [product(sandbox, S2, 0), product(sandbox, S2, 1)]
    ndvi = product(sandbox, "terrascope-s2-ndvi-v2", 0)
    plan = plan_downloads([*s2, ndvi], ["B04", "B08"], str(tmp_path))

    assert [(j.item_id, j.asset_key) for j in plan.jobs] == [(p.id, k) for p in s2 for k in ("B04", "B08")]
    job = plan.jobs[0]
    assert job.target == tmp_path / S2 / s2[0].id / job.href.rsplit("/", 1)[1]
    assert job.size == s2[0].assets["B04"].raw["file:size"] and job.needs_login
    assert plan.known_size == sum(p.assets[k].raw["file:size"] for p in s2 for k in ("B04", "B08"))
    assert any('has no asset "B04"' in s for s in plan.skipped), "the NDVI product lacks B04: said, not fatal"
    every_data_file = plan_downloads([ndvi], None, str(tmp_path))
    assert [j.asset_key for j in every_data_file.jobs] == [a.key for a in ndvi.data_assets]

    with pytest.raises(InvalidInputError, match='No selected product has the asset "B99"; they have: '):
        plan_downloads(s2, ["B99"], str(tmp_path))
    with pytest.raises(InvalidInputError, match="Select at least one product"):
        plan_downloads([], ["B04"], str(tmp_path))


def test_default_folder_comes_from_the_settings(sandbox, tmp_path: Path) -> None:
    settings.DOWNLOAD_FOLDER.set_value(str(tmp_path / "chosen"))
    try:
        plan = plan_downloads([product(sandbox)], ["B04"])
    finally:
        settings.DOWNLOAD_FOLDER.remove()
    assert plan.folder == tmp_path / "chosen"
    assert settings.download_folder().endswith("Terrascope")


def test_server_names_that_leave_the_folder_are_refused(logged_in, tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    good = item(logged_in, S2)
    evil_href = good["assets"]["B04"]["href"].rsplit("/", 1)[0] + "/..%2F..%2F..%2Fevil.tif"
    evil_file = product_from_stac({**good, "assets": {"B04": {**good["assets"]["B04"], "href": evil_href}}})
    evil_id = product_from_stac({**good, "id": "../../../etc"})

    plan = plan_downloads([evil_file, evil_id], ["B04"], str(folder))
    results = Downloader().run(plan)

    assert plan.jobs == [] and [r.status for r in results] == [FAILED, FAILED]
    assert 'The file name "../../../evil.tif" given by the server is not a plain name' in results[0].message
    assert 'The product id "../../../etc" given by the server' in results[1].message
    assert not any(p.name == "evil.tif" for p in tmp_path.rglob("*")) and not (tmp_path / "etc").exists()
    assert downloads_of(logged_in, evil_href) == [], "nothing was even asked for"
    with pytest.raises(DownloadError, match="would leave the download folder; refused"):
        api.download(evil_file, "B04", folder=str(folder))


# ---------------------------------------------------------------------------------------------- transfer


def test_a_file_is_downloaded_checked_and_renamed(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in)
    seen = []
    result, job = run_one(prod, "B04", tmp_path, progress=lambda done, total: seen.append((done, total)))

    assert result.status == DOWNLOADED and result.path == job.target
    assert job.target.read_bytes() == local_file(logged_in, job.href).read_bytes()
    assert leftovers(tmp_path) == [job.target.name], "no .part or sidecar left"
    requests = downloads_of(logged_in, job.href)
    assert [(e["status"], e["authorization"], e["range"]) for e in requests] == [(200, True, None)]
    assert result.transferred == job.size == requests[0]["bytes"]
    assert seen[-1] == (job.size, job.size)

    again, _ = run_one(prod, "B04", tmp_path)
    assert again.status == EXISTING and len(downloads_of(logged_in, job.href)) == 1, "not fetched twice"


def test_a_truncated_transfer_resumes_where_the_part_file_ends(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in, PROBAV)
    href = prod.assets["NDVI"].href
    logged_in.ctx.faults.add(path="/download/PROBAV/", kind="truncate", times=1)

    result, job = run_one(prod, "NDVI", tmp_path)

    first, second = downloads_of(logged_in, href)
    assert first["fault"] == "truncate" and 0 < first["bytes"] < job.size
    assert (second["status"], second["range"]) == (206, f"bytes={first['bytes']}-"), "resumed, not restarted"
    assert second["bytes"] == job.size - first["bytes"]
    assert result.status == DOWNLOADED and job.target.read_bytes() == local_file(logged_in, href).read_bytes()


def test_a_dropped_connection_is_retried(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in)
    logged_in.ctx.faults.add(path="/download/", kind="drop", times=1)

    result, job = run_one(prod, "B04", tmp_path)

    assert [e["fault"] for e in downloads_of(logged_in, job.href)] == ["drop", None]
    assert result.status == DOWNLOADED and job.target.stat().st_size == job.size


def test_a_download_interrupted_for_good_resumes_next_time(logged_in, tmp_path: Path) -> None:
    """Every attempt cut short: a clear message, no final file, the .part kept; the next run completes it."""
    prod = product(logged_in, PROBAV)
    logged_in.ctx.faults.add(path="/download/PROBAV/", kind="truncate")

    result, job = run_one(prod, "NDVI", tmp_path, attempts=2)

    assert result.status == FAILED and isinstance(result.error, DownloadError)
    assert result.message.startswith(
        f"NDVI of {prod.id} could not be downloaded: the connection broke off 2 times"
    )
    assert "received are kept; the next download resumes from there." in result.message
    assert not job.target.exists() and job.sidecar.exists()
    kept = job.part.stat().st_size
    assert 0 < kept < job.size

    logged_in.ctx.faults.clear()
    assert_resumes(logged_in, prod, job, kept, tmp_path)
    assert leftovers(tmp_path) == [job.target.name]


class IgnoresRange:
    """A server (not Terrascope: no token) that always answers 200 with the whole body, as RFC 9110 allows,
    with ``headers`` added."""

    BODY = bytes(range(256)) * 4096  # 1 MiB

    def __init__(self, headers: dict | None = None) -> None:
        self.ranges: list = []
        self.if_ranges: list = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.ranges.append(self.headers.get("Range"))
                server.if_ranges.append(self.headers.get("If-Range"))
                self.send_response(200)
                self.send_header("Content-Length", str(len(IgnoresRange.BODY)))
                self.send_header("ETag", '"v1"')
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(IgnoresRange.BODY)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/files/data.bin"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_200_instead_of_206_starts_over_cleanly(sandbox, tmp_path: Path) -> None:
    server = IgnoresRange()
    try:
        data = item(sandbox, S2)
        data["assets"] = {
            "DATA": {"href": server.url, "roles": ["data"], "file:size": len(IgnoresRange.BODY)}
        }
        prod = product_from_stac(data)
        job = plan_downloads([prod], ["DATA"], str(tmp_path)).jobs[0]
        job.target.parent.mkdir(parents=True)
        job.part.write_bytes(b"stale bytes of an older version")
        url_key = hashlib.sha256(server.url.encode()).hexdigest()
        meta = {"url": url_key, "etag": 'W/"v0"', "last_modified": "Tue, 01 Sep 2026 10:00:00 GMT"}
        job.sidecar.write_text(json.dumps({**meta, "total": len(IgnoresRange.BODY)}), encoding="utf-8")
        result = Downloader().download(job)
    finally:
        server.close()

    assert server.ranges == ["bytes=31-"], "it asked for the rest"
    assert server.if_ranges == [meta["last_modified"]], "If-Range takes a strong validator, not a weak ETag"
    assert result.status == DOWNLOADED and job.target.read_bytes() == IgnoresRange.BODY
    assert leftovers(tmp_path) == ["data.bin"]


def test_a_server_file_name_with_a_path_is_refused(sandbox, tmp_path: Path) -> None:
    server = IgnoresRange({"Content-Disposition": 'attachment; filename="../../../evil.bin"'})
    try:
        data = item(sandbox, S2)
        data["assets"] = {"DATA": {"href": server.url, "roles": ["data"]}}
        results = Downloader().run(plan_downloads([product_from_stac(data)], ["DATA"], str(tmp_path / "in")))
    finally:
        server.close()

    assert [r.status for r in results] == [FAILED]
    assert results[0].message == (
        'The file name "../../../evil.bin" given by the server is not a plain name and would leave the '
        "download folder; refused."
    )
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------------------------------------- login


def test_a_401_is_answered_by_one_refresh(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in)
    first_token = auth.session().cached_token()
    logged_in.ctx.faults.add(path="/download/", kind="status", status=401, times=1)

    result, job = run_one(prod, "B04", tmp_path)

    assert [e["status"] for e in downloads_of(logged_in, job.href)] == [401, 200]
    assert len(token_requests(logged_in)) == 1 and auth.session().cached_token() != first_token
    assert result.status == DOWNLOADED


def test_a_refused_session_is_one_clear_sentence(logged_in, tmp_path: Path) -> None:
    prods = [product(logged_in, S2, 0), product(logged_in, S2, 1)]
    logged_in.ctx.faults.add(path="/download/", kind="status", status=401)
    plan = plan_downloads(prods, ["B04"], str(tmp_path))

    results = Downloader().run(plan)

    assert [r.status for r in results] == [FAILED, FAILED]
    assert isinstance(results[0].error, AuthError)
    assert results[0].message.startswith(f"B04 of {prods[0].id}: The Terrascope download server refused your")
    assert results[0].message.endswith("Log in again.")
    assert results[1].error is results[0].error, "the second file was not tried with a refused session"
    assert (
        len(downloads_of(logged_in, plan.jobs[0].href)) == 2
        and downloads_of(logged_in, plan.jobs[1].href) == []
    )
    assert leftovers(tmp_path) == []


def test_logged_out_says_to_log_in(account, tmp_path: Path) -> None:
    prod = product(account)
    with pytest.raises(
        AuthError, match="^You are not logged in to Terrascope. Log in in the Terrascope panel"
    ):
        api.download(prod, ["B04"], folder=str(tmp_path))
    assert downloads_of(account, prod.assets["B04"].href) == [] and leftovers(tmp_path) == []

    quicklook = api.download(prod, "QUICKLOOK", folder=str(tmp_path))  # public: no login needed
    assert Path(quicklook[0]).read_bytes() == local_file(account, prod.assets["QUICKLOOK"].href).read_bytes()


# ---------------------------------------------------------------------------------------------- bad answers


def test_a_missing_file_is_a_404_sentence(logged_in, tmp_path: Path) -> None:
    href = item(logged_in, S2)["assets"]["B04"]["href"].replace("B04_10M", "B99_10M")
    prod = product(logged_in, B04={"href": href})

    result, job = run_one(prod, "B04", tmp_path)

    assert result.status == FAILED and result.error.status == 404
    assert result.message.startswith(
        f"B04 of {prod.id}: The Terrascope download server does not know this address"
    )
    assert leftovers(tmp_path) == []


def test_a_busy_server_is_retried(logged_in, tmp_path: Path) -> None:
    # a file no other test downloads, and a fault for that file only: nothing else can take the 503
    busy = product(logged_in, index=-1)
    path = "/download/" + busy.assets["B03"].href.split("/download/", 1)[1]
    logged_in.ctx.faults.add(path=path, kind="status", status=503, retry_after=1, times=1)
    result, job = run_one(busy, "B03", tmp_path)
    statuses = [e["status"] for e in downloads_of(logged_in, job.href, expect=2)]
    everything = [(e["method"], e["path"][-40:], e["status"]) for e in logged_in.ctx.stats.snapshot()]
    assert (statuses, result.status) == ([503, 200], DOWNLOADED), (result.message, everything)


def test_a_checksum_mismatch_keeps_nothing(logged_in, tmp_path: Path) -> None:
    data = local_file(logged_in, item(logged_in, S2)["assets"]["B04"]["href"]).read_bytes()
    wrong = product(logged_in, B04={"file:checksum": "1220" + hashlib.sha256(b"other").hexdigest()})

    result, job = run_one(wrong, "B04", tmp_path)

    assert result.status == FAILED
    assert result.message == (
        f"B04 of {wrong.id} does not match the checksum the catalogue gives: it was damaged on the way and "
        "was not kept. Download it again."
    )
    assert leftovers(tmp_path) == []

    right = product(logged_in, B04={"file:checksum": "1220" + hashlib.sha256(data).hexdigest()})
    result, job = run_one(right, "B04", tmp_path)
    assert result.status == DOWNLOADED and job.target.read_bytes() == data


def test_a_size_mismatch_keeps_nothing(logged_in, tmp_path: Path) -> None:
    size = item(logged_in, S2)["assets"]["B04"]["file:size"]
    result, _ = run_one(product(logged_in, B04={"file:size": size + 1}), "B04", tmp_path)
    assert (
        result.status == FAILED and f"arrived with {size} bytes instead of the {size + 1}" in result.message
    )
    assert leftovers(tmp_path) == []


def test_a_resumed_download_is_checked_against_the_checksum(logged_in, tmp_path: Path) -> None:
    href = item(logged_in, PROBAV)["assets"]["NDVI"]["href"]
    digest = hashlib.sha256(local_file(logged_in, href).read_bytes()).hexdigest()
    prod = product(logged_in, PROBAV, NDVI={"file:checksum": "1220" + digest})
    logged_in.ctx.faults.add(path="/download/PROBAV/", kind="truncate", times=1)

    result, job = run_one(prod, "NDVI", tmp_path)

    assert downloads_of(logged_in, href)[1]["range"] is not None and result.status == DOWNLOADED


# ---------------------------------------------------------------------------------------------- cancel, disk


def test_cancel_mid_download_keeps_the_part_file(logged_in, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(downloads, "READ_SLICE", 64 * 1024)  # cancel is checked between slices
    monkeypatch.setattr(downloads, "PROGRESS_INTERVAL_S", 0.0)
    prod = product(logged_in, PROBAV)
    cancelled = threading.Event()

    def progress(done: int, total) -> None:
        if done > 0:
            cancelled.set()

    result, job = run_one(prod, "NDVI", tmp_path, progress=progress, is_cancelled=cancelled.is_set)

    assert result.status == CANCELLED and not job.target.exists()
    kept = job.part.stat().st_size
    assert 0 < kept < job.size and job.sidecar.exists()

    assert_resumes(logged_in, prod, job, kept, tmp_path)


def test_not_enough_space_is_said_before_anything_is_fetched(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in, B04={"file:size": 10**15})
    result, job = run_one(prod, "B04", tmp_path)
    assert result.status == FAILED and result.message.startswith(
        f"Not enough free space in {tmp_path}: the files need"
    )
    assert downloads_of(logged_in, job.href) == [] and leftovers(tmp_path) == []


def test_a_full_disk_while_writing_keeps_the_part_for_later(logged_in, tmp_path: Path, monkeypatch) -> None:
    """ENOSPC is simulated at the OS write boundary for the .part file only (see the module docstring)."""
    monkeypatch.setattr(downloads, "READ_SLICE", 64 * 1024)
    prod = product(logged_in, PROBAV)
    real_write = os.write
    writes = []

    def write(fd: int, data) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            writes.append(len(data))
            if len(writes) > 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    plan = plan_downloads([prod, product(logged_in, PROBAV, 1)], ["NDVI"], str(tmp_path))
    results = Downloader().run(plan)
    monkeypatch.setattr(os, "write", real_write)

    assert [r.status for r in results] == [FAILED, FAILED]
    assert results[0].message.startswith(f"The disk is full: NDVI of {prod.id} could not be written to")
    assert results[1].error is results[0].error, "a full disk stops the other files"
    job = plan.jobs[0]
    assert not job.target.exists() and job.part.stat().st_size == writes[0] and job.sidecar.exists()
    assert downloads_of(logged_in, plan.jobs[1].href) == []

    logged_in.ctx.stats.reset()
    assert Downloader().run(plan)[0].status == DOWNLOADED
    assert downloads_of(logged_in, job.href)[0]["range"] == f"bytes={writes[0]}-"


# ---------------------------------------------------------------------------------------------- clip


def test_clip_reads_only_a_window_over_http(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in, PROBAV)
    href = prod.assets["NDVI"].href
    area = QgsGeometry.fromWkt("POLYGON((3.0 50.0, 3.8 50.0, 3.8 50.6, 3.0 50.0))")  # a triangle, WGS 84

    paths = api.download(prod, ["NDVI", "metadata"], folder=str(tmp_path), clip=area)

    clipped = tmp_path / PROBAV / prod.id / (Path(href).stem + "_clip.tif")
    assert paths[0] == str(clipped) and Path(paths[1]).suffix == ".xml", "only rasters are clipped"
    size = prod.assets["NDVI"].raw["file:size"]
    transferred = sum(e["bytes"] for e in downloads_of(logged_in, href))
    assert transferred < 0.5 * size, f"{transferred} of {size} bytes: a window, not the whole file"
    assert all(e["authorization"] for e in downloads_of(logged_in, href))

    out = gdal.Open(str(clipped))
    source = gdal.Open(str(local_file(logged_in, href)))
    x0, dx, _, y0, _, dy = source.GetGeoTransform()
    ox, odx, _, oy, _, ody = out.GetGeoTransform()
    col, row = round((ox - x0) / dx), round((oy - y0) / dy)
    assert (odx, ody) == (dx, dy) and abs(ox - (x0 + col * dx)) < 1e-9, "same grid, no resampling"
    assert 3.0 - dx <= ox <= 3.0 + dx and 50.6 - dy >= oy >= 50.6 + dy
    assert out.RasterXSize == pytest.approx(0.8 / dx, abs=2) and out.RasterYSize == pytest.approx(
        0.6 / -dy, abs=2
    )
    values = out.GetRasterBand(1).ReadAsArray()
    expected = source.GetRasterBand(1).ReadAsArray(col, row, out.RasterXSize, out.RasterYSize)
    nodata = out.GetRasterBand(1).GetNoDataValue()
    assert nodata == 255
    inside = values != nodata
    assert 0.3 < inside.mean() < 0.7, "a triangle: about half the window"
    np.testing.assert_array_equal(values[inside], expected[inside])
    assert values[0, 0] == nodata != expected[0, 0], "top left: outside the triangle, masked"
    assert values[-1, -1] == expected[-1, -1] != nodata, "bottom right: inside"
    assert leftovers(tmp_path) == sorted([clipped.name, Path(paths[1]).name])


def test_the_console_loads_a_clipped_download_styled(logged_in, tmp_path: Path) -> None:
    from qgis.core import QgsSingleBandPseudoColorRenderer

    from terrascope_explorer.core import layers as layers_module

    project = QgsProject.instance()
    project.removeAllMapLayers()
    prod = product(logged_in, PROBAV)
    area = (3.0, 50.0, 3.8, 50.6)
    (path,) = api.download(prod, "NDVI", folder=str(tmp_path), clip=area, load=True)
    (layer,) = project.mapLayers().values()
    assert path.endswith("_clip.tif") and path in Path(layer.source()).read_text("utf-8")
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    assert layer.name() == layers_module.plan_layer(prod, preset="NDVI").name
    assert layer.temporalProperties().isActive(), "a time for the Temporal Controller, as streamed layers"
    project.removeAllMapLayers()


def test_clip_errors_are_the_download_sentences(account, tmp_path: Path) -> None:
    area = QgsGeometry.fromWkt("POLYGON((3 50, 3.8 50, 3.8 50.6, 3 50))")
    prod = product(account, PROBAV)
    with pytest.raises(AuthError, match="^You are not logged in to Terrascope. Log in"):
        api.download(prod, "NDVI", folder=str(tmp_path), clip=area)

    api.login(USER, PASSWORD, remember=False)
    href = item(account, PROBAV)["assets"]["NDVI"]["href"].replace("_NDVI.tif", "_NDVX.tif")
    missing = product(account, PROBAV, NDVI={"href": href})
    with pytest.raises(DownloadError, match="^NDVI of .*: The Terrascope download server does not know this"):
        api.download(missing, "NDVI", folder=str(tmp_path), clip=area)
    assert leftovers(tmp_path) == []


def test_products_outside_the_clip_area_are_left_out(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in, PROBAV)
    far = clip_area(QgsRectangle(100, 10, 101, 11))
    plan = plan_downloads([prod], ["NDVI"], str(tmp_path), far)
    assert plan.jobs == [] and plan.skipped == [f"{prod.id} lies outside the clip area."]
    with pytest.raises(InvalidInputError, match="must be a polygon"):
        clip_area(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)"))


def test_clip_area_in_another_crs(logged_in, tmp_path: Path) -> None:
    prod = product(logged_in, PROBAV)
    lambert = QgsCoordinateReferenceSystem("EPSG:31370")
    area = QgsRectangle(100000, 150000, 130000, 170000)  # Brussels-ish, Belgian Lambert 72
    paths = api.download(prod, "NDVI", folder=str(tmp_path), clip=area, crs=lambert)
    out = gdal.Open(paths[0])
    x0, dx, _, y0, _, dy = out.GetGeoTransform()
    to_wgs84 = QgsCoordinateTransform(
        lambert, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    expected = to_wgs84.transformBoundingBox(area)
    bounds = (x0, y0 + dy * out.RasterYSize, x0 + dx * out.RasterXSize, y0)
    wanted = (expected.xMinimum(), expected.yMinimum(), expected.xMaximum(), expected.yMaximum())
    assert bounds == pytest.approx(wanted, abs=abs(dy) * 1.5), (
        "the reprojected rectangle, whole pixels inside"
    )


# ---------------------------------------------------------------------------------------------- task


def test_the_task_downloads_in_the_background(logged_in, tmp_path: Path) -> None:
    prods = [product(logged_in, S2, 0), product(logged_in, S2, 1)]
    task = DownloadTask(plan_downloads(prods, ["B04", "B08"], str(tmp_path)))
    ended = []
    progress = []
    task.downloadsFinished.connect(ended.append)
    task.progressChanged.connect(progress.append)

    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: ended, timeout=60)

    assert [r.status for r in ended[0]] == [DOWNLOADED] * 4
    assert task.downloaded == [str(j.target) for j in task.plan.jobs]
    assert all(Path(p).stat().st_size > 0 for p in task.downloaded)
    assert progress and progress[-1] == pytest.approx(100.0)
    assert task.summary() == "4 of 4 files downloaded."


def test_cancelling_the_task_stops_at_once(logged_in, tmp_path: Path) -> None:
    """The server stalls 5 s before answering: cancel ends the task within a fraction of that."""
    prod = product(logged_in)
    logged_in.ctx.faults.add(path="/download/", kind="latency", delay=5.0, times=1)
    task = DownloadTask(plan_downloads([prod], ["B04"], str(tmp_path)))
    ended = []
    task.downloadsFinished.connect(ended.append)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: downloads_of(logged_in, prod.assets["B04"].href), timeout=10)

    task.cancel()
    wait_until(lambda: ended, timeout=2)

    assert [r.status for r in ended[0]] == [CANCELLED] and task.downloaded == []
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------------------------- dialog


def test_the_dialog_offers_the_data_assets_with_sizes(sandbox, qgis_iface, tmp_path: Path) -> None:
    from terrascope_explorer.ui.download_dialog import DownloadDialog

    settings.DOWNLOAD_FOLDER.set_value(str(tmp_path))
    prods = [product(sandbox, S2, 0), product(sandbox, S2, 1)]
    dialog = DownloadDialog(prods, clip_available=False)
    try:
        keys = dialog.asset_keys()
        assert keys[:4] == ["B01", "B02", "B03", "B04"] and "QUICKLOOK" not in keys and "preview" not in keys
        assert dialog.folder() == str(tmp_path) and not dialog.clip_check.isEnabled()
        assert dialog.selected_assets() == [] and not dialog.ok_button.isEnabled()
        dialog.set_selected_assets(["B04", "B08"])
        total = sum(p.assets[k].raw["file:size"] for p in prods for k in ("B04", "B08"))
        assert dialog.selected_assets() == ["B04", "B08"] and dialog.ok_button.isEnabled()
        assert dialog.total_bytes() == total
        assert f"{total / 1e6:.1f} MB" in dialog.total_label.text()
        dialog.folder_widget.setFilePath(str(tmp_path / "elsewhere"))
        dialog.accept()
        assert settings.DOWNLOAD_FOLDER.value() == str(tmp_path / "elsewhere"), "remembered"
    finally:
        settings.DOWNLOAD_FOLDER.remove()
        dialog.deleteLater()


def test_the_controller_loads_what_was_downloaded(logged_in, qgis_iface, tmp_path: Path) -> None:
    """Downloaded rasters come in named, scaled and styled as when streamed; other files are not loaded."""
    from qgis.core import QgsPointXY, QgsRaster, QgsSingleBandPseudoColorRenderer

    from terrascope_explorer.core import layers as layers_module
    from terrascope_explorer.ui.download_dialog import DownloadController

    project = QgsProject.instance()
    project.removeAllMapLayers()
    controller = DownloadController(qgis_iface)
    prods = [product(logged_in, S2, 0)]
    task = controller.start(prods, ["B04", "metadata"], str(tmp_path), load=True)
    ended = []
    task.downloadsFinished.connect(ended.append)
    wait_until(lambda: ended and not controller.tasks and not controller.load_tasks, timeout=60)

    (layer,) = project.mapLayers().values()  # the raster is loaded, the XML is not
    (tif,) = task.downloaded[:1]
    assert layer.isValid() and layer.source().endswith(".vrt") and layer.source() != tif
    assert str(Path(tif).resolve()) in Path(layer.source()).read_text("utf-8")
    streamed_name = layers_module.plan_layer(prods[0], preset="B04").name
    assert layer.name() == streamed_name
    assert layer.customProperty(layers_module.PROPERTY_DOWNLOADED) == prods[0].key
    assert layers_module.streamed_layers(project) == [], "no login is needed to reopen it"
    bar = qgis_iface.messageBar()
    assert bar.get_messages(Qgis.MessageLevel.Success)[-1] == "Terrascope:2 of 2 files downloaded."
    project.removeAllMapLayers()

    # PROBA-V digital numbers: NDVI values and the NDVI colour ramp, as the streamed layer
    probav = product(logged_in, PROBAV, 0)
    task = controller.start([probav], ["NDVI"], str(tmp_path), load=True)
    wait_until(lambda: not controller.tasks and not controller.load_tasks and project.mapLayers(), timeout=60)
    (layer,) = project.mapLayers().values()
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    dataset = gdal.Open(task.downloaded[0])
    values = dataset.GetRasterBand(1).ReadAsArray()
    transform = dataset.GetGeoTransform()
    row, col = (int(v) for v in np.argwhere(values != 255)[0])
    point = QgsPointXY(transform[0] + (col + 0.5) * transform[1], transform[3] + (row + 0.5) * transform[5])
    shown = layer.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()[1]
    assert shown == pytest.approx(values[row, col] * 0.004 - 0.08, abs=1e-6)
    project.removeAllMapLayers()

    assert controller.start(prods, ["B99"], str(tmp_path)) is None
    assert "No selected product has the asset" in bar.get_messages(Qgis.MessageLevel.Warning)[-1]
