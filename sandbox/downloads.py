"""``/download/...``: the data files, as services.terrascope.be/download serves them.

Files whose catalogue asset carries ``auth:refs`` need a valid bearer token from the realm (401 with a
``WWW-Authenticate: Bearer`` challenge otherwise); the others (QUICKLOOK) are public. Single byte ranges are
answered with 206 and a correct Content-Range, so GDAL's /vsicurl/ reads COG headers and overviews only.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from .context import SandboxContext

CHUNK = 256 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _protected_paths(ctx: SandboxContext) -> dict[str, bool]:
    """Relative file path -> whether the catalogue says it needs the OIDC token."""
    prefix = ctx.url("/download/")
    index: dict[str, bool] = {}
    for item in ctx.items:
        for asset in item.get("assets", {}).values():
            href = asset.get("href", "")
            if href.startswith(prefix):
                rel = unquote(urlsplit(href).path)[len("/download/") :]
                index[rel] = bool(asset.get("auth:refs"))
    return index


def _parse_range(header: str | None, size: int) -> tuple[int, int] | None | str:
    """(start, end inclusive), None for the whole file, or "unsatisfiable"."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match:  # multiple ranges or another unit: RFC 9110 lets a server ignore Range
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return "unsatisfiable"
    return start, end


def _iter_file(path: Path, start: int, length: int):
    with path.open("rb") as fh:
        fh.seek(start)
        remaining = length
        while remaining > 0:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


def make_router(ctx: SandboxContext) -> APIRouter:
    router = APIRouter()
    protected = _protected_paths(ctx)

    @router.api_route("/{rel_path:path}", methods=["GET", "HEAD"])
    async def download(rel_path: str, request: Request) -> Any:
        if rel_path not in protected:
            return JSONResponse({"error": "Not Found", "path": "/download/" + rel_path}, status_code=404)
        if protected[rel_path] and ctx.realm.verify_bearer(request.headers.get("authorization")) is None:
            return JSONResponse(
                {"error": "Unauthorized", "message": "A valid Terrascope access token is required"},
                status_code=401,
                headers={"WWW-Authenticate": 'Bearer realm="terrascope"'},
            )
        path = ctx.files_dir / rel_path
        stat = path.stat()
        size = stat.st_size
        headers = {
            "Accept-Ranges": "bytes",
            "Last-Modified": email.utils.formatdate(stat.st_mtime, usegmt=True),
            "ETag": '"' + hashlib.sha1(f"{rel_path}:{size}:{stat.st_mtime_ns}".encode()).hexdigest() + '"',
            "Content-Disposition": f'attachment; filename="{os.path.basename(rel_path)}"',
        }
        media = "image/tiff" if rel_path.endswith(".tif") else "application/octet-stream"
        wanted = _parse_range(request.headers.get("range"), size)
        if wanted == "unsatisfiable":
            return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
        if wanted is None:
            start, end, status = 0, size - 1, 200
        else:
            start, end = wanted
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        length = end - start + 1
        headers["Content-Length"] = str(length)
        if request.method == "HEAD":
            return Response(status_code=status, headers=headers, media_type=media)
        return StreamingResponse(
            _iter_file(path, start, length), status_code=status, headers=headers, media_type=media
        )

    return router
