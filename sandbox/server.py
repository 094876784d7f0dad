"""Start and stop a whole sandbox: data, pgstac database, HTTP server on a loopback port."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from pathlib import Path

from .context import SandboxContext
from .pgstac_db import PgCluster, migrate_and_load, wait_for

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = Path(os.environ.get("TERRASCOPE_SANDBOX_CACHE", REPO / ".cache" / "sandbox-data"))


class _QuietDrops(logging.Filter):
    """Injected connection drops are intended: keep their tracebacks out of the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return type(exc).__name__ != "DroppedConnection"


def _no_nagle() -> None:
    """Give the server's connections TCP_NODELAY (once per process).

    Without it a response written in two pieces (headers, body) on a kept-alive connection waits for the
    client's delayed ACK: about 40 ms per request on loopback, which real servers do not show and which
    would swamp every timing measured against the sandbox.
    """
    from uvicorn.protocols.http import h11_impl

    if getattr(h11_impl.H11Protocol, "_terrascope_nodelay", False):
        return
    made = h11_impl.H11Protocol.connection_made

    def connection_made(self, transport) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        made(self, transport)

    h11_impl.H11Protocol.connection_made = connection_made
    h11_impl.H11Protocol._terrascope_nodelay = True


class Sandbox:
    """A running sandbox. ``with Sandbox() as sb: sb.base_url``"""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", data_dir: Path | None = None) -> None:
        self.host = host
        self.port = port
        self.data_dir = data_dir
        self.ctx: SandboxContext | None = None
        self._pg: PgCluster | None = None
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> Sandbox:
        import uvicorn

        from .app import create_app
        from .data.generate import ensure_data

        data_dir = self.data_dir or ensure_data(DEFAULT_CACHE)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self.ctx = SandboxContext(base_url=self.base_url, data_dir=Path(data_dir))
        self.ctx.load_catalogue()
        self._pg = PgCluster.start()
        try:
            wait_for(self._pg.dsn)
            migrate_and_load(self._pg.dsn, self.ctx.stac_collections, self.ctx.stac_items)
            app = create_app(self.ctx, self._pg.port)
            logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
            _no_nagle()
            config = uvicorn.Config(
                app, log_level="warning", access_log=False, lifespan="on", timeout_keep_alive=30, http="h11"
            )
            self._server = uvicorn.Server(config)
            self._thread = threading.Thread(
                target=self._server.run, kwargs={"sockets": [sock]}, name="terrascope-sandbox", daemon=True
            )
            self._thread.start()
            deadline = time.monotonic() + 30
            while not self._server.started:
                if not self._thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the sandbox HTTP server did not start")
                time.sleep(0.05)
        except BaseException:
            self._pg.stop()
            raise
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._pg is not None:
            self._pg.stop()
            self._pg = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
