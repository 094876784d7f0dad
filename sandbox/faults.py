"""Fault injection and traffic accounting, as one ASGI middleware in front of every sandbox service.

Tests arm a fault for a path prefix; the next matching requests misbehave the way real networks and servers
do. Every request is also recorded (method, path, query, status, Range, body bytes sent, whether it carried
an Authorization header) so tests and benchmarks can assert what really went over the wire.

Fault kinds:

``latency``     sleep ``delay`` seconds, then answer normally
``status``      answer ``status`` (5xx, 404…) with a small body; ``retry_after`` adds a Retry-After header
``html``        answer ``status`` with an HTML error page (a proxy or load balancer talking)
``malformed``   answer 200 ``application/json`` whose body is not JSON
``drop``        send the response headers, then close the connection without a body
``truncate``    send the headers and only the first half of the body, then close the connection
``revoke``      revoke every SSO session (as an administrator would), then answer normally
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

KINDS = ("latency", "status", "html", "malformed", "drop", "truncate", "revoke")


class DroppedConnection(Exception):
    """Raised after the response started: uvicorn then closes the socket mid-response."""


@dataclass
class Fault:
    path: str  # path prefix, e.g. "/stac/search" or "/download/"
    kind: str
    times: int | None = None  # how many requests it hits; None = until cleared
    status: int = 503
    delay: float = 0.0
    retry_after: int | None = None
    method: str | None = None

    def matches(self, method: str, path: str) -> bool:
        return path.startswith(self.path) and (self.method is None or self.method == method)


@dataclass
class FaultTable:
    faults: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, **kwargs: Any) -> Fault:
        fault = Fault(**kwargs)
        if fault.kind not in KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; one of {', '.join(KINDS)}")
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.matches(method, path):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults.remove(fault)
                    return fault
        return None


class FaultAndStatsMiddleware:
    def __init__(self, app: Callable, ctx: Any) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        entry: dict[str, Any] = {
            "time": time.time(),
            "method": scope["method"],
            "path": scope["path"],
            "query": scope.get("query_string", b"").decode("latin-1"),
            "range": headers.get("range"),
            "authorization": "authorization" in headers,
            "user_agent": headers.get("user-agent", ""),
            "status": None,
            "bytes": 0,
            "fault": None,
        }
        self.ctx.stats.record(entry)
        fault = self.ctx.faults.take(scope["method"], scope["path"])
        if fault is not None:
            entry["fault"] = fault.kind
            if fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "revoke":
                self.ctx.realm.revoke_all()
            elif fault.kind in ("status", "html", "malformed"):
                await self._canned(fault, entry, send)
                return

        async def counting_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = message["status"]
            elif message["type"] == "http.response.body":
                body = message.get("body", b"")
                if fault is not None and fault.kind == "drop":
                    raise DroppedConnection(scope["path"])
                if fault is not None and fault.kind == "truncate" and body:
                    body = body[: max(1, len(body) // 2)]
                    entry["bytes"] += len(body)
                    await send({"type": "http.response.body", "body": body, "more_body": True})
                    raise DroppedConnection(scope["path"])
                entry["bytes"] += len(body)
            await send(message)

        await self.app(scope, receive, counting_send)

    @staticmethod
    async def _canned(fault: Fault, entry: dict, send: Callable) -> None:
        if fault.kind == "malformed":
            status, ctype, body = (
                200,
                b"application/json",
                b'{"type": "FeatureCollection", "features": [{"id"',
            )
        elif fault.kind == "html":
            status, ctype = fault.status, b"text/html; charset=utf-8"
            body = (
                f"<html><head><title>{fault.status} Service Temporarily Unavailable</title></head>"
                f"<body><h1>{fault.status}</h1><p>The server is temporarily unable to service your request."
                "</p></body></html>"
            ).encode()
        else:
            status, ctype = fault.status, b"application/json"
            body = b'{"code": "ServiceUnavailable", "description": "sandbox fault injected"}'
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]
        if fault.retry_after is not None:
            headers.append((b"retry-after", str(fault.retry_after).encode()))
        entry["status"] = status
        entry["bytes"] = len(body)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
