"""Authenticated downloads with HTTP Range, and the fault knobs, over real HTTP."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests
from osgeo import gdal

S2 = "terrascope-s2-toc-v2"


def _token(sandbox) -> str:
    reply = requests.post(
        f"{sandbox.base_url}/auth/realms/terrascope/protocol/openid-connect/token",
        data={"grant_type": "password", "client_id": "public", "username": "demo", "password": "demo"},
        timeout=10,
    )
    reply.raise_for_status()
    return reply.json()["access_token"]


def _asset(sandbox, key: str = "B04") -> dict:
    return sandbox.ctx.items_of(S2)[0]["assets"][key]


def test_data_needs_a_token(sandbox):
    reply = requests.get(_asset(sandbox)["href"], timeout=10)
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")
    bogus = requests.get(_asset(sandbox)["href"], headers={"Authorization": "Bearer abc.def.ghi"}, timeout=10)
    assert bogus.status_code == 401


def test_full_download_matches_catalogue_size(sandbox):
    asset = _asset(sandbox)
    reply = requests.get(asset["href"], headers={"Authorization": f"Bearer {_token(sandbox)}"}, timeout=10)
    assert reply.status_code == 200
    assert len(reply.content) == int(reply.headers["Content-Length"]) == asset["file:size"]
    assert reply.content[:4] in (b"II*\x00", b"II+\x00")


def test_range_requests(sandbox):
    asset = _asset(sandbox)
    auth = {"Authorization": f"Bearer {_token(sandbox)}"}
    size = asset["file:size"]
    part = requests.get(asset["href"], headers={**auth, "Range": "bytes=100-199"}, timeout=10)
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 100-199/{size}"
    assert len(part.content) == 100
    tail = requests.get(asset["href"], headers={**auth, "Range": "bytes=-10"}, timeout=10)
    assert tail.status_code == 206 and len(tail.content) == 10
    beyond = requests.get(asset["href"], headers={**auth, "Range": f"bytes={size}-"}, timeout=10)
    assert beyond.status_code == 416
    head = requests.head(asset["href"], headers=auth, timeout=10)
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == size
    assert head.headers["Accept-Ranges"] == "bytes"


def test_quicklook_is_public_and_unknown_paths_are_404(sandbox):
    quicklook = _asset(sandbox, "QUICKLOOK")
    assert "auth:refs" not in quicklook
    assert requests.get(quicklook["href"], timeout=10).status_code == 200
    base = sandbox.base_url + "/download/"
    assert requests.get(base + "Sentinel2/nothing.tif", timeout=10).status_code == 404
    assert requests.get(base + "..%2F..%2Fetc%2Fpasswd", timeout=10).status_code == 404


def test_expired_token_is_refused(sandbox):
    sandbox.ctx.access_token_lifetime = 1
    token = _token(sandbox)
    time.sleep(2.1)
    reply = requests.get(_asset(sandbox)["href"], headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert reply.status_code == 401


def test_gdal_streams_only_the_bytes_it_needs(sandbox):
    asset = _asset(sandbox)
    # The sandbox is under test here, not the plugin's token scoping: a plain config option is enough.
    gdal.SetConfigOption("GDAL_HTTP_HEADERS", f"Authorization: Bearer {_token(sandbox)}")
    try:
        gdal.VSICurlClearCache()
        ds = gdal.Open("/vsicurl/" + asset["href"])
        assert ds is not None
        band = ds.GetRasterBand(1)
        assert band.GetOverviewCount() >= 1
        overview = band.GetOverview(band.GetOverviewCount() - 1)
        assert overview.ReadAsArray() is not None
        ds = None
    finally:
        gdal.SetConfigOption("GDAL_HTTP_HEADERS", None)
        gdal.VSICurlClearCache()
    hits = [r for r in sandbox.ctx.stats.snapshot() if r["path"].endswith(Path(asset["href"]).name)]
    assert hits and all(r["status"] in (200, 206) for r in hits)
    assert all(r["range"] for r in hits if r["method"] == "GET")
    assert sum(r["bytes"] for r in hits) < asset["file:size"]


# --- fault knobs --------------------------------------------------------------------------------------------


def test_status_fault_with_retry_after_hits_n_times(sandbox):
    sandbox.ctx.faults.add(path="/stac/search", kind="status", status=429, retry_after=3, times=1)
    first = requests.get(sandbox.base_url + "/stac/search", timeout=10)
    assert first.status_code == 429 and first.headers["Retry-After"] == "3"
    assert requests.get(sandbox.base_url + "/stac/search", timeout=10).status_code == 200


def test_latency_fault(sandbox):
    sandbox.ctx.faults.add(path="/stac/", kind="latency", delay=0.6, times=1)
    t0 = time.monotonic()
    assert requests.get(sandbox.base_url + "/stac/", timeout=10).status_code == 200
    assert time.monotonic() - t0 >= 0.6


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_connection_faults(sandbox, kind):
    sandbox.ctx.faults.add(path="/stac/collections", kind=kind, times=1)
    with pytest.raises(requests.exceptions.RequestException):
        requests.get(sandbox.base_url + "/stac/collections", timeout=10).json()


def test_malformed_and_html_faults(sandbox):
    sandbox.ctx.faults.add(path="/stac/search", kind="malformed", times=1)
    with pytest.raises(ValueError):
        requests.get(sandbox.base_url + "/stac/search", timeout=10).json()
    sandbox.ctx.faults.add(path="/stac/search", kind="html", status=502, times=1)
    reply = requests.get(sandbox.base_url + "/stac/search", timeout=10)
    assert reply.status_code == 502 and reply.headers["Content-Type"].startswith("text/html")


def test_revoke_fault_kills_sessions(sandbox):
    token_reply = requests.post(
        f"{sandbox.base_url}/auth/realms/terrascope/protocol/openid-connect/token",
        data={"grant_type": "password", "client_id": "public", "username": "demo", "password": "demo"},
        timeout=10,
    ).json()
    sandbox.ctx.faults.add(path="/stac/", kind="revoke", times=1)
    requests.get(sandbox.base_url + "/stac/", timeout=10)
    refresh = requests.post(
        f"{sandbox.base_url}/auth/realms/terrascope/protocol/openid-connect/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "public",
            "refresh_token": token_reply["refresh_token"],
        },
        timeout=10,
    )
    assert refresh.status_code == 400 and refresh.json()["error"] == "invalid_grant"
    data = requests.get(
        _asset(sandbox)["href"],
        headers={"Authorization": f"Bearer {token_reply['access_token']}"},
        timeout=10,
    )
    assert data.status_code == 401


def test_control_endpoint_arms_faults_over_http(sandbox):
    assert (
        requests.post(
            sandbox.base_url + "/_sandbox/faults",
            json={"path": "/wmts/v2", "kind": "status", "status": 500, "times": 1},
            timeout=10,
        ).status_code
        == 200
    )
    assert (
        requests.get(
            sandbox.base_url + "/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities", timeout=10
        ).status_code
        == 500
    )
    bad = requests.post(sandbox.base_url + "/_sandbox/faults", json={"path": "/", "kind": "nope"}, timeout=10)
    assert bad.status_code == 400
