"""The one network module: the token goes to Terrascope hosts only, on every channel; errors are sentences.

A tiny recording HTTP server on another loopback port plays "any other host": whatever reaches it from the
plugin, from QGIS's own network stack or from GDAL must carry no Authorization header.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from osgeo import gdal
from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from terrascope_explorer import api
from terrascope_explorer.core import auth, network
from terrascope_explorer.core.endpoints import Endpoints
from terrascope_explorer.core.errors import AuthError, NetworkError
from tests import test_auth
from tests.qt_wait import wait_until
from tests.test_auth import PASSWORD, USER, gdal_header, protected_asset, token_requests

account = test_auth.account  # the fixture: a sandbox user and a clean session


class Recorder:
    """An HTTP server on a free loopback port that records the Authorization header of every request."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                recorder.requests.append((self.command, self.path, self.headers.get("Authorization")))
                body = b"not here"
                self.send_response(404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_HEAD = do_GET  # noqa: N815

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def recorder() -> Iterator[Recorder]:
    with Recorder() as rec:
        yield rec


@pytest.fixture()
def logged_in(account):
    api.login(USER, PASSWORD, remember=False)
    account.ctx.stats.reset()
    return account


def open_quietly(path: str):
    """gdal.Open, None on failure whether or not GDAL exceptions are on (GDAL 3.6 has no ExceptionMgr)."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return gdal.Open(path)
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()


def sandbox_requests(sandbox, prefix: str) -> list[dict]:
    return [e for e in sandbox.ctx.stats.snapshot() if e["path"].startswith(prefix)]


# --------------------------------------------------------------------------------------------- scoping rules

EP = Endpoints.sandbox("http://127.0.0.1:8000")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000/download/Sentinel2/x.tif", True),
        ("http://127.0.0.1:8000/stac/search?limit=1", True),
        ("http://127.0.0.1:8000/stac", True),
        ("http://127.0.0.1:8000/wmts/v2?SERVICE=WMTS", True),
        ("http://127.0.0.1:8000/titiler/collections/x/preview", True),
        ("http://127.0.0.1:8000/auth/realms/terrascope/protocol/openid-connect/token", False),
        ("http://127.0.0.1:8000/downloads-elsewhere/x.tif", False),
        ("http://127.0.0.1:8000/stacker", False),
        ("http://127.0.0.1:8001/download/x.tif", False),
        ("http://127.0.0.1:80000/download/x.tif", False),
        ("https://127.0.0.1:8000/download/x.tif", False),
        ("http://evil.example/http://127.0.0.1:8000/download/x.tif", False),
    ],
)
def test_which_urls_may_receive_the_token(url: str, expected: bool) -> None:
    assert network.is_terrascope_url(url, EP) is expected


def test_production_scope_excludes_look_alike_hosts() -> None:
    assert network.is_terrascope_url("https://services.terrascope.be/download/S2/x.tif", api.PRODUCTION)
    assert not network.is_terrascope_url(
        "https://services.terrascope.be.evil.example/download/x", api.PRODUCTION
    )
    assert not network.is_terrascope_url("https://sso.terrascope.be/auth/realms/terrascope", api.PRODUCTION)


# --------------------------------------------------------------------------------------------- every channel


def test_plugin_requests_carry_the_token_to_terrascope_only(logged_in, recorder: Recorder) -> None:
    network.get_json(logged_in.base_url + "/stac/")
    with pytest.raises(NetworkError, match="HTTP 404"):
        network.get_bytes(recorder.base_url + "/download/x.tif", auth=network.AUTH_REQUIRED)

    assert [e["authorization"] for e in sandbox_requests(logged_in, "/stac")] == [True]
    assert recorder.requests == [("GET", "/download/x.tif", None)]


def test_qgis_own_requests_carry_the_token_to_terrascope_only(logged_in, recorder: Recorder) -> None:
    """Layers and previews go through QgsNetworkAccessManager: the pre-processor adds the token there."""
    preprocessor = network.install_request_preprocessor()
    try:
        for url in (
            logged_in.base_url + "/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities",
            recorder.base_url + "/x",
        ):
            QgsBlockingNetworkRequest().get(QNetworkRequest(QUrl(url)), True)
    finally:
        network.remove_request_preprocessor(preprocessor)
    QgsBlockingNetworkRequest().get(QNetworkRequest(QUrl(logged_in.base_url + "/wmts/v2?SERVICE=WMTS")), True)

    assert [e["authorization"] for e in sandbox_requests(logged_in, "/wmts")] == [True, False]
    assert recorder.requests == [("GET", "/x", None)]


def test_gdal_gets_the_token_for_the_download_prefix_only(logged_in, recorder: Recorder) -> None:
    gdal.VSICurlClearCache()
    open_quietly(f"/vsicurl/{recorder.base_url}/download/x.tif")
    protected = open_quietly(auth.gdal_path(protected_asset(logged_in, "B04")))

    assert recorder.requests and all(auth_header is None for _, _, auth_header in recorder.requests)
    assert gdal.GetConfigOption("GDAL_HTTP_HEADERS") is None, "never a process-wide header"
    assert gdal.GetConfigOption("GDAL_HTTP_HEADER_FILE") is None
    downloads = sandbox_requests(logged_in, "/download/")
    assert protected is not None and protected.RasterXSize > 0, "streamed with the token (both GDAL forms)"
    assert downloads and all(e["authorization"] for e in downloads), "no unauthenticated folder listing"


def test_logout_removes_the_gdal_header(logged_in) -> None:
    assert gdal_header(api.endpoints()).startswith("Authorization: Bearer ")
    api.logout()
    assert gdal_header(api.endpoints()) is None


# ---------------------------------------------------------------------------------------------- 401 handling


def test_a_401_is_retried_once_with_a_fresh_token(logged_in) -> None:
    href = protected_asset(logged_in)
    first = auth.session().cached_token()
    logged_in.ctx.faults.add(path="/download/", kind="status", status=401, times=1)

    assert network.get_bytes(href, auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM")

    assert [e["status"] for e in sandbox_requests(logged_in, "/download/")] == [401, 200]
    assert len(token_requests(logged_in)) == 1 and auth.session().cached_token() != first


def test_a_persistent_401_from_a_data_host_is_one_clear_sentence(logged_in) -> None:
    logged_in.ctx.faults.add(path="/download/", kind="status", status=401)

    with pytest.raises(AuthError) as caught:
        network.get_bytes(protected_asset(logged_in), auth=network.AUTH_REQUIRED)

    assert str(caught.value).startswith(
        "The Terrascope download server refused your Terrascope session (HTTP 401"
    )
    assert str(caught.value).endswith("Log in again.")
    assert len(sandbox_requests(logged_in, "/download/")) == 2, "one retry, no loop"


def test_a_protected_file_without_login_says_to_log_in(account) -> None:
    with pytest.raises(AuthError) as caught:
        network.get_bytes(protected_asset(account))

    assert str(caught.value).startswith("The Terrascope download server needs a Terrascope login (HTTP 401")
    with pytest.raises(
        AuthError, match="^You are not logged in to Terrascope. Log in in the Terrascope panel"
    ):
        network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)
    assert token_requests(account) == []


# ---------------------------------------------------------------------------------------------- other errors


def test_http_errors_carry_status_server_message_and_advice(account) -> None:
    search = account.base_url + "/stac/search"
    account.ctx.faults.add(path="/stac/search", kind="status", status=503, retry_after=5, times=1)
    with pytest.raises(NetworkError) as caught:
        network.get_json(search)
    assert str(caught.value).startswith("The Terrascope STAC catalogue is busy or failing (HTTP 503")
    assert str(caught.value).endswith("Try again in 5 s.")
    assert caught.value.status == 503

    account.ctx.faults.add(path="/stac/search", kind="malformed", times=1)
    with pytest.raises(
        NetworkError, match="^The Terrascope STAC catalogue sent an answer that is not valid JSON"
    ):
        network.get_json(search)

    with pytest.raises(NetworkError) as caught:
        network.get_json(account.base_url + "/stac/collections/no-such-collection")
    assert "HTTP 404" in str(caught.value) and caught.value.server_message


def test_an_unreachable_host_is_one_clear_sentence() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/x?secret=1"
    with pytest.raises(NetworkError) as caught:
        network.get_bytes(url)
    assert "could not be reached (Connection refused" in str(caught.value)
    assert caught.value.url == url.split("?")[0], "no query string in what is shown"


@pytest.mark.parametrize("in_task", [False, True], ids=["main thread", "task"])
def test_an_error_after_a_success_is_the_servers_answer_not_a_cached_copy(account, in_task: bool) -> None:
    """QGIS's HTTP cache must never stand in for the server: a 503 right after a 200 for the same URL is a
    503 (QgsBlockingNetworkRequest saves every answer in the cache, and QGIS 3.22 then gave the cached 200
    back), from the main thread and from tasks, again and again."""
    from qgis.core import QgsApplication, QgsTask

    url = account.base_url + "/catalogue/collections"

    def twice() -> list:
        outcomes = []
        for fault in (False, True):
            if fault:
                account.ctx.faults.add(path="/catalogue/collections", kind="status", status=503, times=1)
            try:
                outcomes.append(network.request(url, auth=network.AUTH_NONE).status)
            except NetworkError as exc:
                outcomes.append(exc.status)
        return outcomes

    def in_a_task() -> list:
        results = []
        task = QgsTask.fromFunction("two requests", lambda _task: results.append(twice()))
        QgsApplication.taskManager().addTask(task)
        wait_until(lambda: bool(results), 30)
        return results[0]

    for _ in range(20):
        assert (in_a_task() if in_task else twice()) == [200, 503]
    assert [e["status"] for e in sandbox_requests(account, "/catalogue/collections")] == [200, 503] * 20
