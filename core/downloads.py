"""Downloading product files: the plan, the transfer, the checks, and clipping while downloading.

Layout: every file lands in ``<folder>/<collection>/<item id>/<file>``; ``<file>`` is the last path segment of
the asset's href (the server's ``Content-Disposition`` name when the href has none). A clipped GeoTIFF is
``<file stem>_clip.tif`` beside it. Names come from the catalogue and the server, so each one must be a plain
name: anything with a path separator, ``..``, an absolute path or a drive letter is refused, and the final
path must lie inside the folder.

One file, one job (:class:`DownloadJob`, planned by :func:`plan_downloads`):

- The body streams through QGIS's network stack (``QgsNetworkAccessManager`` in the calling thread, with a
  local event loop), so the proxy and SSL settings of QGIS apply; the bearer token goes only to Terrascope
  URLs, and a 401 gets one retry with a fresh token.
- Bytes go to ``<file>.part``; ``<file>.part.json`` keeps the server's validator (ETag / Last-Modified). A
  later attempt (a retry after a dropped connection, or another session) asks for the rest with ``Range`` +
  ``If-Range``; a ``200`` instead of ``206`` starts over cleanly. Retries: connection failures and HTTP
  429/500/502/503/504, with back-off (``Retry-After`` honoured).
- When complete, the file is checked against the catalogue's ``file:checksum`` (multihash) when given, else
  its ``file:size``; then fsynced and renamed to its final name. A damaged file never reaches the final name.
  (The data goes to disk in the background during the transfer, so the final fsync is short.)
- Free space is checked before a file starts; a full disk while writing stops the download and keeps the
  ``.part`` for resuming.
- With a clip area, GeoTIFF assets are not downloaded whole: GDAL reads only the window covering the area
  over HTTP (``/vsicurl/``, token scoped by :func:`.auth.gdal_path`) and :func:`.clip.clip_raster` writes it,
  pixels outside the polygon set to no-data.

:class:`Downloader` runs jobs with a progress callback and a cancel flag; it is what the background task, the
Processing algorithm and ``api.download`` share. Call it from a worker thread (or a blocking console call).
"""

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import unquote, urlsplit

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsGeometry,
    QgsNetworkAccessManager,
    QgsRectangle,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from . import network, settings
from .endpoints import current_endpoints
from .errors import AuthError, DownloadError, InvalidInputError, RasterError, TerrascopeError
from .i18n import tr
from .qt_threads import settle

PART_SUFFIX = ".part"
SIDECAR_SUFFIX = ".part.json"
CLIP_SUFFIX = "_clip"
READ_SLICE = 4 << 20  # most bytes taken from the reply at a time (cancel is checked between slices)
WRITE_BUFFER = 256 << 10  # smaller pieces are collected up to this size before one write to disk
READ_BUFFER = 32 << 20  # what Qt may hold for us; beyond it, it stops reading the socket
_HASH_CHUNK = 8 << 20  # bytes read at a time to hash a file already on disk
SYNC_EVERY = 16 << 20  # the written part goes to disk in the background every this many bytes
MAX_ATTEMPTS = 4  # per file: the first try and three retries
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
BACKOFF_S = (1.0, 2.0, 4.0)
MAX_RETRY_AFTER_S = 60.0
FREE_SPACE_MARGIN = 16 << 20  # bytes left free on the disk besides the files
PROGRESS_INTERVAL_S = 0.1
_ERROR_BODY_LIMIT = 64 * 1024

# result statuses
DOWNLOADED = "downloaded"
EXISTING = "existing"  # already in the folder (complete), not transferred again
CLIPPED = "clipped"
FAILED = "failed"
CANCELLED = "cancelled"

# (done, total): bytes of a file (None: unknown size); for a run, bytes with clips and files of unknown size
# counted as an average file
ProgressCallback = Callable[[int, Optional[int]], None]

_TIFF_SUFFIXES = (".tif", ".tiff")
_RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".nc", ".vrt", ".img", ".hdf", ".h5")
_EXTENSIONS = {
    "image/tiff": ".tif",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/json": ".json",
    "application/x-netcdf": ".nc",
    "image/jp2": ".jp2",
}


# ---------------------------------------------------------------------------------------------- names


_DRIVE = re.compile(r"^[A-Za-z]:")
_RESERVED_CHARACTERS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


def _shown(raw: str) -> str:
    """``raw`` for a message: control characters escaped, at most 120 characters."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in raw)
    return text if len(text) <= 120 else text[:117] + "…"


def safe_name(raw: str, what: Optional[str] = None) -> str:
    """``raw`` as one plain file or folder name inside the download folder.

    Characters that Windows forbids become ``_``.

    :raises DownloadError: ``raw`` holds a path (separators, ``..``, an absolute path, a drive letter) or is
        empty: it would leave the download folder.
    """
    name = (raw or "").strip()
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or _DRIVE.match(name)
        or name.startswith("~")
    ):
        raise DownloadError(
            tr(
                'The {what} "{name}" given by the server is not a plain name and would leave the download '
                "folder; refused."
            ).format(what=what or tr("file name"), name=_shown(raw or ""))
        )
    cleaned = _RESERVED_CHARACTERS.sub("_", name).rstrip(". ")
    if not cleaned:
        raise DownloadError(
            tr('The {what} "{name}" given by the server cannot be used as a file name; refused.').format(
                what=what or tr("file name"), name=_shown(raw)
            )
        )
    if cleaned.split(".")[0].upper() in _WINDOWS_DEVICES:
        cleaned = "_" + cleaned
    return cleaned


def href_file_name(href: str) -> str:
    """The decoded last path segment of ``href`` ("" when the path ends with ``/``); not yet checked."""
    path = urlsplit(href).path
    return unquote(path.rsplit("/", 1)[-1])


def content_disposition_name(header: Optional[str]) -> Optional[str]:
    """The file name a ``Content-Disposition`` header suggests (``filename*`` wins), not yet checked."""
    if not header:
        return None
    match = re.search(r"filename\*\s*=\s*([^';]*)'[^']*'([^;]+)", header, re.IGNORECASE)
    if match:
        encoding = match.group(1).strip() or "utf-8"
        try:
            return unquote(match.group(2).strip().strip('"'), encoding=encoding, errors="replace")
        except LookupError:  # an unknown charset
            return unquote(match.group(2).strip().strip('"'), errors="replace")
    match = re.search(r'filename\s*=\s*"((?:[^"\\]|\\.)*)"', header, re.IGNORECASE)
    if match:
        return re.sub(r"\\(.)", r"\1", match.group(1))
    match = re.search(r"filename\s*=\s*([^;]+)", header, re.IGNORECASE)
    return match.group(1).strip() if match else None


def _inside(folder: Path, path: Path) -> bool:
    root = os.path.realpath(folder)
    return os.path.commonpath([root, os.path.realpath(path)]) == root


# ---------------------------------------------------------------------------------------------- checksums

_MULTIHASH_ALGORITHMS: dict = {
    0x11: lambda: hashlib.sha1(usedforsecurity=False),
    0x12: hashlib.sha256,
    0x13: hashlib.sha512,
    0x14: hashlib.sha3_512,
    0x15: hashlib.sha3_384,
    0x16: hashlib.sha3_256,
    0x17: hashlib.sha3_224,
    0x20: hashlib.sha384,
    0xD5: lambda: hashlib.md5(usedforsecurity=False),
    0xB220: lambda: hashlib.blake2b(digest_size=32),
    0xB240: hashlib.blake2b,
}


def _varint(data: bytes, index: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[index]
        index += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, index
        shift += 7


def parse_multihash(text: Optional[str]) -> Optional[tuple[Callable[[], Any], bytes]]:
    """(hasher factory, expected digest) of a ``file:checksum`` multihash in hex, or None when it cannot be
    used (absent, malformed, or an algorithm Python does not have)."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        raw = bytes.fromhex(text.strip())
        code, index = _varint(raw, 0)
        length, index = _varint(raw, index)
    except (ValueError, IndexError):
        return None
    digest = raw[index:]
    factory = _MULTIHASH_ALGORITHMS.get(code)
    if factory is None or len(digest) != length or factory().digest_size != length:
        return None
    return factory, digest


# ---------------------------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class ClipArea:
    """Where to clip: a polygon as WKB in the CRS ``crs_wkt``, and the same polygon in WGS 84."""

    wkb: bytes = field(repr=False)
    crs_wkt: str = field(repr=False)
    wgs84: QgsGeometry = field(compare=False, repr=False)


def clip_area(clip: Any, crs: Optional[QgsCoordinateReferenceSystem] = None) -> Optional[ClipArea]:
    """A :class:`ClipArea` from a ``QgsGeometry``, ``QgsRectangle``, (west, south, east, north), WKT or a
    GeoJSON geometry dict, in ``crs`` (WGS 84 by default); None for None.

    :raises InvalidInputError: it cannot be read, or it is not a polygon.
    """
    if clip is None:
        return None
    if isinstance(clip, ClipArea):
        return clip
    from .catalogue import POLYGON_GEOMETRY, WGS84, area_in_wgs84
    from .products import geometry_from_geojson

    source_crs = crs if crs is not None and crs.isValid() else WGS84
    if isinstance(clip, QgsGeometry):
        geometry = QgsGeometry(clip)
    elif isinstance(clip, QgsRectangle):
        geometry = QgsGeometry.fromRect(clip)
    elif isinstance(clip, dict):
        geometry = geometry_from_geojson(clip)
    elif isinstance(clip, str):
        geometry = QgsGeometry.fromWkt(clip)
    else:
        try:
            west, south, east, north = (float(v) for v in clip)
        except (TypeError, ValueError):
            raise InvalidInputError(
                tr(
                    "The clip area cannot be read: give a QgsGeometry, a QgsRectangle, WKT, GeoJSON or a "
                    "bbox."
                )
            ) from None
        geometry = QgsGeometry.fromRect(QgsRectangle(west, south, east, north))
    if geometry.isNull() or geometry.isEmpty():
        raise InvalidInputError(tr("The clip area is empty or cannot be read."))
    if geometry.type() != POLYGON_GEOMETRY or geometry.area() <= 0:
        raise InvalidInputError(tr("The clip area must be a polygon or an extent with an area."))
    wgs84 = area_in_wgs84(geometry, source_crs)
    return ClipArea(wkb=bytes(geometry.asWkb()), crs_wkt=source_crs.toWkt(), wgs84=wgs84)


@dataclass(frozen=True)
class DownloadJob:
    """One file to fetch (or to clip) and where it goes."""

    collection: str
    item_id: str
    asset_key: str
    href: str
    target: Path  # the final path
    size: Optional[int] = None  # file:size from the catalogue
    checksum: Optional[str] = None  # file:checksum (multihash, hex) from the catalogue
    needs_login: bool = False
    media_type: str = ""
    clip: Optional[ClipArea] = None
    name_from_server: bool = False  # the href has no file name: Content-Disposition names the file

    @property
    def part(self) -> Path:
        return self.target.with_name(self.target.name + PART_SUFFIX)

    @property
    def sidecar(self) -> Path:
        return self.target.with_name(self.target.name + SIDECAR_SUFFIX)

    @property
    def label(self) -> str:
        """How a message names it: ``B04 of S2B_…``."""
        return tr("{asset} of {item}").format(asset=self.asset_key, item=self.item_id)

    @property
    def is_raster(self) -> bool:
        return self.target.suffix.lower() in _RASTER_SUFFIXES


@dataclass
class DownloadResult:
    """What became of one job: ``status`` is one of DOWNLOADED, EXISTING, CLIPPED, FAILED, CANCELLED."""

    job: DownloadJob
    status: str
    path: Optional[Path] = None
    transferred: int = 0  # body bytes received over HTTP (0 for a clip: GDAL reads the window)
    message: str = ""
    error: Optional[TerrascopeError] = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.status in (DOWNLOADED, EXISTING, CLIPPED)


@dataclass
class DownloadPlan:
    """The jobs, the files refused up front (unsafe names: FAILED results) and what was left out, and why."""

    folder: Path
    jobs: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # DownloadResult, status FAILED
    skipped: list = field(default_factory=list)  # sentences: a product lacks the asset, is outside the area…

    @property
    def known_size(self) -> int:
        """Bytes of the files whose size the catalogue gives (clipped files are not counted)."""
        return sum(j.size or 0 for j in self.jobs if j.clip is None)

    @property
    def unknown_sizes(self) -> int:
        return sum(1 for j in self.jobs if j.size is None and j.clip is None)


def _is_geotiff(asset) -> bool:
    kind = (asset.type or "").lower()
    return "tiff" in kind or href_file_name(asset.href).lower().endswith(_TIFF_SUFFIXES)


def _size_of(asset) -> Optional[int]:
    value = asset.raw.get("file:size") if isinstance(asset.raw, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    return int(value)


def _default_name(asset) -> str:
    kind = (asset.type or "").split(";")[0].strip().lower()
    return asset.key + _EXTENSIONS.get(kind, "")


def plan_downloads(
    products: Iterable,
    assets: Optional[Sequence[str]] = None,
    folder: Optional[str] = None,
    clip: Optional[ClipArea] = None,
) -> DownloadPlan:
    """The jobs for ``assets`` (asset keys; None: every data asset) of ``products`` into ``folder`` (None: the
    folder in the settings). With ``clip``, GeoTIFF assets are clipped to it and products whose footprint
    misses it are left out; other assets are downloaded whole.

    :raises InvalidInputError: no product, or no product has any of the assets asked for.
    """
    products = list(products)
    if not products:
        raise InvalidInputError(tr("Select at least one product to download."))
    root = Path(folder or settings.download_folder()).expanduser().absolute()
    keys = None if assets is None else [str(k).strip() for k in assets if str(k).strip()]
    if keys is not None and not keys:
        raise InvalidInputError(tr("Choose at least one asset to download."))
    if keys is not None:
        available = set()
        for product in products:
            available.update(product.assets)
        missing = [k for k in keys if k not in available]
        if missing and len(missing) == len(keys):
            raise InvalidInputError(
                tr("No selected product has the asset {missing}; they have: {available}.").format(
                    missing=", ".join(f'"{k}"' for k in missing), available=", ".join(sorted(available))
                )
            )
    plan = DownloadPlan(folder=root)
    seen = set()
    for product in products:
        if (
            clip is not None
            and not product.footprint.isEmpty()
            and not product.footprint.intersects(clip.wgs84)
        ):
            plan.skipped.append(tr("{item} lies outside the clip area.").format(item=product.id))
            continue
        wanted = keys if keys is not None else [a.key for a in product.data_assets]
        if not wanted:
            plan.skipped.append(tr("{item} has no data files.").format(item=product.id))
        for key in wanted:
            asset = product.assets.get(key)
            if asset is None:
                plan.skipped.append(tr('{item} has no asset "{key}".').format(item=product.id, key=key))
                continue
            job = _job(product, asset, root, clip)
            if isinstance(job, DownloadResult):
                plan.refused.append(job)
            elif job.target not in seen:
                seen.add(job.target)
                plan.jobs.append(job)
    return plan


def _job(product, asset, root: Path, clip: Optional[ClipArea]):
    """A DownloadJob, or a FAILED DownloadResult when a name is unsafe or the href is not downloadable."""
    raw_name = href_file_name(asset.href)
    placeholder = DownloadJob(product.collection, product.id, asset.key, asset.href, root / "-")
    if not asset.href.lower().startswith(("http://", "https://")):
        error = DownloadError(
            tr("{label} has no web address to download from.").format(label=placeholder.label)
        )
        return DownloadResult(placeholder, FAILED, message=str(error), error=error)
    try:
        collection = safe_name(product.collection, tr("collection name"))
        item = safe_name(product.id, tr("product id"))
        name = safe_name(raw_name or _default_name(asset), tr("file name"))
    except DownloadError as exc:
        return DownloadResult(placeholder, FAILED, message=str(exc), error=exc)
    clipped = clip is not None and _is_geotiff(asset)
    if clipped:
        name = Path(name).stem + CLIP_SUFFIX + ".tif"
    target = root / collection / item / name
    if not _inside(root, target):  # a symbolic link inside the folder pointing out of it
        error = DownloadError(
            tr("{label} would be written outside the download folder ({path}); refused.").format(
                label=placeholder.label, path=target
            )
        )
        return DownloadResult(placeholder, FAILED, message=str(error), error=error)
    return DownloadJob(
        collection=product.collection,
        item_id=product.id,
        asset_key=asset.key,
        href=asset.href,
        target=target,
        size=_size_of(asset),
        checksum=asset.raw.get("file:checksum") if isinstance(asset.raw, dict) else None,
        needs_login=asset.needs_login,
        media_type=asset.type,
        clip=clip if clipped else None,
        name_from_server=not raw_name,
    )


# ---------------------------------------------------------------------------------------------- HTTP


class _Cancelled(Exception):
    """The user cancelled: no message, the caller knows."""


@dataclass
class _Answer:
    status: Optional[int] = None
    headers: dict = field(default_factory=dict)
    body: bytes = b""  # only when the sink did not take the body (an error answer)
    qt_error: int = 0
    error_text: str = ""
    cancelled: bool = False
    stopped: bool = False  # ended on purpose once the headers were known
    failure: Optional[BaseException] = None  # raised by the sink (disk full, unsafe name…)

    @property
    def complete_http_answer(self) -> bool:
        """An HTTP status arrived and the transfer ended normally, with an HTTP-level error, or with a
        redirect that was not followed."""
        return self.status is not None and (
            self.qt_error == 0 or self.qt_error >= 200 or 300 <= self.status < 400
        )


class _Transfer:
    """One GET through ``QgsNetworkAccessManager`` in the calling thread; the body is handed to ``sink``.

    ``sink.begin(status, headers)`` returns True to take the body (``sink.write(bytes)``); otherwise the body
    is kept (up to 64 KB) for the error message. Exceptions from the sink abort the transfer and are returned.
    """

    def __init__(
        self,
        url: str,
        headers: dict,
        token: Optional[str],
        sink,
        is_cancelled,
        timeout_s: float,
        headers_only: bool = False,
    ):
        self.url = url
        self.headers_only = headers_only  # stop once the status and headers are known (a probe)
        self.headers = headers
        self.token = token
        self.sink = sink
        self.is_cancelled = is_cancelled
        self.timeout_s = timeout_s
        self.answer = _Answer()
        self._reply: Optional[QNetworkReply] = None
        self._loop: Optional[QEventLoop] = None
        self._ended = False
        self._began = False
        self._taking = False
        self._body = bytearray()

    def run(self) -> _Answer:
        request = QNetworkRequest(QUrl(self.url))
        request.setRawHeader(b"User-Agent", network.USER_AGENT)
        request.setRawHeader(b"Accept-Encoding", b"identity")  # byte ranges are ranges of the file itself
        network.no_http_cache(request)  # gigabytes must not go through QGIS's HTTP disk cache
        for name, value in self.headers.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        if self.token is not None:
            request.setRawHeader(b"Authorization", b"Bearer " + self.token.encode("ascii"))
            policy = QNetworkRequest.RedirectPolicy.SameOriginRedirectPolicy  # the token stays on its host
        else:
            policy = QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute, policy)
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        request.setAttribute(
            QNetworkRequest.Attribute.CacheSaveControlAttribute, False
        )  # not in QGIS's cache
        if self.timeout_s > 0 and hasattr(request, "setTransferTimeout"):  # Qt >= 5.15: time without data
            request.setTransferTimeout(int(self.timeout_s * 1000))
        loop = settle(QEventLoop())
        reply = QgsNetworkAccessManager.instance().get(request)
        self._reply = reply
        self._loop = loop
        try:
            reply.setReadBufferSize(READ_BUFFER)
            reply.metaDataChanged.connect(self._on_headers)
            reply.readyRead.connect(self._on_data)
            reply.finished.connect(self._on_finished)
        except RuntimeError:  # PyQt handed us a wrapper it then found deleted: a broken transfer, retried
            self._reply = None
            self.answer.qt_error = int(QNetworkReply.NetworkError.RemoteHostClosedError)
            return self.answer
        timer = settle(QTimer())
        timer.setInterval(100)
        timer.timeout.connect(self._poll)
        timer.start()
        try:
            if reply.isFinished():
                self._on_finished()
            while not self._ended:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            answer = self.answer
            answer.body = bytes(self._body)
            return answer
        finally:
            timer.stop()
            self._reply = None
            if not sip.isdeleted(reply):
                for signal in (reply.metaDataChanged, reply.readyRead, reply.finished):
                    with contextlib.suppress(TypeError, RuntimeError):
                        signal.disconnect()
                reply.deleteLater()

    def _on_finished(self) -> None:
        """(Slot.) The rest of the body and the outcome, read now: the reply is not touched afterwards."""
        if self._ended:
            return
        self._ended = True
        try:
            self._read_outcome()
        except RuntimeError:  # the reply is gone: a transfer that broke off
            self.answer.qt_error = int(QNetworkReply.NetworkError.RemoteHostClosedError)
        if self._loop is not None:
            self._loop.quit()

    def _read_outcome(self) -> None:
        reply = self._reply
        if reply is None:
            raise RuntimeError("the reply was deleted")
        self._on_headers()
        self._on_data()  # what is left after the last readyRead
        answer = self.answer
        if answer.status is None:
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            answer.status = int(status) if status is not None else None
        answer.qt_error = int(reply.error())
        answer.error_text = reply.errorString()

    def _abort(self) -> None:
        if self._reply is not None and not sip.isdeleted(self._reply) and not self._reply.isFinished():
            self._reply.abort()

    def _poll(self) -> None:
        if self._reply is not None and sip.isdeleted(self._reply):  # gone before it said it finished
            self._reply = None
            self._on_finished()
            return
        if self.is_cancelled() and not self.answer.cancelled:
            self.answer.cancelled = True
            self._abort()

    def _on_headers(self) -> None:
        """(Slot.) The first time the status is known: ask the sink whether it takes the body."""
        if self._began or self._reply is None or self.answer.failure is not None:
            return
        status = self._reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None:
            return
        if 300 <= int(status) < 400 and not self._reply.isFinished():
            return  # a redirect that Qt follows: the real answer comes next
        self._began = True
        self.answer.status = int(status)
        self.answer.headers = {
            bytes(name).decode("latin-1").lower(): bytes(self._reply.rawHeader(name)).decode("latin-1")
            for name in self._reply.rawHeaderList()
        }
        try:
            self._taking = bool(self.sink.begin(self.answer.status, self.answer.headers))
        except BaseException as exc:  # noqa: BLE001 - never raise out of a Qt slot
            self.answer.failure = exc
            self._abort()
            return
        if self.headers_only and self._taking:
            self.answer.stopped = True
            self._abort()

    def _on_data(self) -> None:
        """(Slot.) Hand what arrived to the sink, a slice at a time; stop at once when cancelled."""
        reply = self._reply
        if reply is None or self.answer.failure is not None:
            return
        if not self._began:
            self._on_headers()
            if not self._began:
                return
        try:
            while True:
                available = reply.bytesAvailable()
                if available <= 0:
                    break
                if self.answer.cancelled or self.is_cancelled():
                    self.answer.cancelled = True
                    self._abort()
                    return
                # readAll() gives a QByteArray, which os.write and hashlib take as it is (buffer protocol):
                # one copy less than read(), whose bytes are copied twice on the way to Python
                data = reply.readAll() if available <= READ_SLICE else reply.read(READ_SLICE)
                if not len(data):
                    break
                if self._taking:
                    self.sink.write(data)
                elif len(self._body) < _ERROR_BODY_LIMIT:
                    self._body += bytes(data)[: _ERROR_BODY_LIMIT - len(self._body)]
        except BaseException as exc:  # noqa: BLE001 - never raise out of a Qt slot
            self.answer.failure = exc
            self._abort()


# ---------------------------------------------------------------------------------------------- .part file


def _url_key(href: str) -> str:
    """What the sidecar stores to recognise the URL: a hash (a URL may carry a signature)."""
    return hashlib.sha256(href.encode("utf-8")).hexdigest()


def _content_range(value: str) -> Optional[tuple[int, int, Optional[int]]]:
    match = re.match(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", value or "")
    if not match:
        return None
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), int(match.group(2)), total


def _unsatisfied_total(value: str) -> Optional[int]:
    match = re.match(r"^\s*bytes\s+\*/(\d+)\s*$", value or "")
    return int(match.group(1)) if match else None


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class _PartFile:
    """The ``.part`` file of a job and its sidecar: where to resume, what to ask, what arrived."""

    def __init__(self, job: DownloadJob, progress: Callable[[int, Optional[int]], None]) -> None:
        self.job = job
        self.progress = progress
        self.validator: Optional[str] = None
        self.offset = self._resumable_offset()
        self.fd: Optional[int] = None
        self.syncer: Optional[_BackgroundSync] = None
        self.buffer = bytearray()
        self.written = 0  # bytes of the file received so far (offset included)
        self.received = 0  # body bytes of this transfer
        self.total: Optional[int] = job.size
        self.server_name: Optional[str] = None
        self.checksum = parse_multihash(job.checksum)
        self.hasher = None
        self._last_progress = 0.0

    def _resumable_offset(self) -> int:
        """Size of a ``.part`` left by an earlier attempt that the server can complete, else 0 (it goes)."""
        part, sidecar = self.job.part, self.job.sidecar
        try:
            size = part.stat().st_size
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = None
        if not isinstance(meta, dict):
            _remove(part, sidecar)
            return 0
        etag, modified, total = meta.get("etag"), meta.get("last_modified"), meta.get("total")
        # If-Range takes a strong validator only: a weak ETag (W/"…") would always restart the download
        validator = etag if isinstance(etag, str) and etag and not etag.startswith("W/") else modified
        if (
            meta.get("url") != _url_key(self.job.href)
            or not isinstance(validator, str)
            or not validator
            or size <= 0
            or (isinstance(total, int) and size > total)
        ):
            _remove(part, sidecar)
            return 0
        self.validator = validator
        return size

    def request_headers(self) -> dict:
        if self.offset > 0 and self.validator:
            return {"Range": f"bytes={self.offset}-", "If-Range": self.validator}
        return {}

    def resume_point(self) -> None:
        """After a failed transfer: continue from what reached the disk (from 0 when that is impossible)."""
        self.abandon()
        self.validator = None
        self.offset = self._resumable_offset()

    def restart(self) -> None:
        """Forget the partial file: the next transfer starts from the first byte."""
        self.close()
        _remove(self.job.part, self.job.sidecar)
        self.offset = 0
        self.validator = None

    # -- the sink interface of _Transfer

    def begin(self, status: int, headers: dict) -> bool:
        if status == 206:
            parsed = _content_range(headers.get("content-range", ""))
            if parsed is None or parsed[0] != self.offset:
                raise _RangeMismatch()
            start, _end, total = parsed
        elif status == 200:
            start = 0
            length = headers.get("content-length", "")
            total = int(length) if length.isdigit() else None
        else:
            return False
        disposition = content_disposition_name(headers.get("content-disposition"))
        if disposition is not None:
            self.server_name = safe_name(disposition, tr("file name"))  # refuses a name with a path
        if total is not None:
            self.total = total
        self._open(start)
        meta = {
            "url": _url_key(self.job.href),
            "etag": headers.get("etag") or None,
            "last_modified": headers.get("last-modified") or None,
            "total": total,
        }
        try:
            if meta["etag"] or meta["last_modified"]:
                self.job.sidecar.write_text(json.dumps(meta), encoding="utf-8")
            else:  # no validator: a later attempt cannot safely resume
                _remove(self.job.sidecar)
        except OSError as exc:
            raise _disk_error(exc, self.job) from exc
        self.progress(self.written, self.total)
        return True

    def _open(self, start: int) -> None:
        self.close()
        part = self.job.part
        try:
            self.fd = os.open(str(part), os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            os.ftruncate(self.fd, start)
            os.lseek(self.fd, start, os.SEEK_SET)
        except OSError as exc:
            raise _disk_error(exc, self.job) from exc
        self.syncer = _BackgroundSync(self.fd)
        self.written = start
        self.hasher = None
        if self.checksum is not None:
            self.hasher = self.checksum[0]()
            if start:
                with open(part, "rb") as existing:
                    remaining = start
                    while remaining > 0:
                        chunk = existing.read(min(_HASH_CHUNK, remaining))
                        if not chunk:
                            break
                        self.hasher.update(chunk)
                        remaining -= len(chunk)

    def write(self, data) -> None:
        """Take ``data`` (bytes, or a QByteArray: anything with the buffer protocol)."""
        if self.hasher is not None:
            self.hasher.update(data)
        self.written += len(data)
        self.received += len(data)
        if not self.buffer and len(data) >= WRITE_BUFFER:
            self._write_out(data)  # large slices go straight to the file: one copy less
        else:
            self.buffer += data
            if len(self.buffer) >= WRITE_BUFFER:
                self._write_out(self.buffer)
                self.buffer = bytearray()
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress(self.written, self.total)

    def _write_out(self, data) -> None:
        view = memoryview(data)
        try:
            while view:
                done = os.write(self.fd, view)
                view = view[done:]
        except OSError as exc:
            raise _disk_error(exc, self.job) from exc
        if self.syncer is not None:
            self.syncer.poke(self.written - len(self.buffer))

    def flush(self) -> None:
        if self.fd is not None and self.buffer:
            buffer, self.buffer = self.buffer, bytearray()
            self._write_out(buffer)

    def close(self, sync: bool = False) -> None:
        """Write out and close; with ``sync`` the data reaches the disk first (fsync)."""
        if self.fd is None:
            return
        fd, syncer = self.fd, self.syncer
        try:
            self.flush()
            if sync:
                try:
                    if syncer is not None:
                        syncer.join()
                        if syncer.error is not None:
                            raise syncer.error
                    os.fsync(fd)
                except OSError as exc:
                    raise _disk_error(exc, self.job) from exc
        finally:
            if syncer is not None:
                syncer.join()  # never close the file under the helper thread
            self.fd = None
            self.syncer = None
            self.buffer = bytearray()
            os.close(fd)

    def abandon(self) -> None:
        """Close after a failure: keep what reached the disk, drop what could not be written."""
        with contextlib.suppress(OSError, DownloadError):
            self.close()


class _BackgroundSync:
    """``fdatasync`` of the ``.part`` in a helper thread while more data arrives, so that the final fsync
    before the rename has little left to write. An error it meets is reported by the final sync."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.mark = 0
        self.thread: Optional[threading.Thread] = None
        self.error: Optional[OSError] = None

    def poke(self, written: int) -> None:
        if written - self.mark < SYNC_EVERY or (self.thread is not None and self.thread.is_alive()):
            return
        self.mark = written
        self.thread = threading.Thread(target=self._sync, name="terrascope-download-sync", daemon=True)
        self.thread.start()

    def _sync(self) -> None:
        try:
            getattr(os, "fdatasync", os.fsync)(self.fd)
        except OSError as exc:
            self.error = exc

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None


class _RangeMismatch(Exception):
    """A 206 for another range than the one asked for."""


def _disk_error(exc: OSError, job: DownloadJob) -> DownloadError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = tr(
            "The disk is full: {label} could not be written to {folder}. Free some space or choose another "
            "folder; what was downloaded is kept and the download resumes from there."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = tr("{label} cannot be written to {folder}: permission denied. Choose another folder.")
    else:
        text = tr("{label} could not be written to {folder} ({reason}).")
    return DownloadError(
        text.format(label=job.label, folder=job.target.parent, reason=exc.strerror or type(exc).__name__)
    )


def _is_disk_full(error: BaseException) -> bool:
    cause = error.__cause__
    return isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


def _megabytes(count: Optional[int]) -> str:
    return "?" if count is None else f"{count / 1e6:,.1f} MB"


# ---------------------------------------------------------------------------------------------- downloader


class Downloader:
    """Runs download jobs in the calling thread; ``progress(done, total)`` and ``is_cancelled()`` are polled.

    ``progress`` gets the bytes of the current job (:meth:`download`) or of the whole run (:meth:`run`).
    """

    def __init__(
        self,
        progress: Optional[ProgressCallback] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
        overwrite: bool = False,
        timeout_s: Optional[float] = None,
        attempts: int = MAX_ATTEMPTS,
        log: Optional[Callable[[str], None]] = None,
    ) -> None:
        self.progress = progress or (lambda done, total: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.overwrite = overwrite
        self.timeout_s = float(timeout_s if timeout_s is not None else settings.NETWORK_TIMEOUT_S.value())
        self.attempts = max(1, attempts)
        self.log = log or (lambda text: None)

    # -- many jobs

    def run(self, plan: DownloadPlan) -> list:
        """Every job of ``plan`` in turn; a failure does not stop the others, except a refused login (the
        remaining protected files fail with the same message) and a full disk (everything left fails)."""
        results = list(plan.refused)
        QgsNetworkAccessManager.instance()  # this thread's manager, created before any request
        try:
            self.check_free_space(plan)
        except DownloadError as exc:
            return results + [DownloadResult(j, FAILED, message=str(exc), error=exc) for j in plan.jobs]
        weights = _weights(plan.jobs)
        total = sum(weights) or None
        done_before = 0
        login_error: Optional[TerrascopeError] = None
        stop_error: Optional[TerrascopeError] = None
        for index, job in enumerate(plan.jobs):
            if self.is_cancelled():
                results += [DownloadResult(j, CANCELLED) for j in plan.jobs[index:]]
                break
            if stop_error is not None or (login_error is not None and job.needs_login):
                error = stop_error or login_error
                results.append(DownloadResult(job, FAILED, message=str(error), error=error))
                continue
            base, weight = done_before, weights[index]

            def job_progress(
                done: int, job_total: Optional[int], base: int = base, weight: int = weight
            ) -> None:
                fraction = min(1.0, done / job_total) if job_total else 0.0
                self.progress(base + int(fraction * weight), total)

            result = self._one(job, job_progress)
            results.append(result)
            if result.status == CANCELLED:
                results += [DownloadResult(j, CANCELLED) for j in plan.jobs[index + 1 :]]
                break
            if isinstance(result.error, AuthError):
                login_error = result.error
            elif result.error is not None and _is_disk_full(result.error):
                stop_error = result.error
            done_before += weight
            self.progress(done_before, total)
        return results

    def check_free_space(self, plan: DownloadPlan) -> None:
        """:raises DownloadError: the files the catalogue gives a size for do not fit on the disk."""
        need = 0
        for job in plan.jobs:
            if job.clip is not None or job.size is None:
                continue
            if not self.overwrite and _size_on_disk(job.target) == job.size:
                continue
            need += max(0, job.size - (_size_on_disk(job.part) or 0))
        if need == 0:
            return
        free = _free_space(plan.folder)
        if free is not None and free < need + FREE_SPACE_MARGIN:
            raise DownloadError(
                tr(
                    "Not enough free space in {folder}: the files need {need}, {free} are free. Free some "
                    "space or choose another folder."
                ).format(folder=plan.folder, need=_megabytes(need), free=_megabytes(free))
            )

    def _one(self, job: DownloadJob, progress: ProgressCallback) -> DownloadResult:
        try:
            if job.clip is not None:
                return self.clip(job, progress)
            return self.download(job, progress)
        except _Cancelled:
            return DownloadResult(job, CANCELLED, message=tr("Cancelled."))
        except TerrascopeError as exc:
            self.log(str(exc))
            return DownloadResult(job, FAILED, message=str(exc), error=exc)

    # -- one file

    def download(self, job: DownloadJob, progress: Optional[ProgressCallback] = None) -> DownloadResult:
        """Fetch one file to its final path (see the module documentation).

        :raises AuthError: no login for a protected file, or the session was refused twice.
        :raises DownloadError: not found, the server kept failing, the connection kept breaking, the file is
            damaged, the disk is full (the ``.part`` is kept then).
        :raises _Cancelled: cancelled (the ``.part`` is kept).
        """
        progress = progress or self.progress
        target = job.target
        if (
            not self.overwrite
            and target.is_file()
            and (job.size is None or target.stat().st_size == job.size)
        ):
            progress(target.stat().st_size, target.stat().st_size)
            return DownloadResult(job, EXISTING, path=target, message=tr("Already downloaded."))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _disk_error(exc, job) from exc
        if job.size is not None:
            free = _free_space(target.parent)
            need = job.size - (_size_on_disk(job.part) or 0)
            if free is not None and free < need + FREE_SPACE_MARGIN:
                raise DownloadError(
                    tr(
                        "Not enough free space in {folder} for {label}: it needs {need}, {free} are free."
                    ).format(
                        folder=target.parent, label=job.label, need=_megabytes(need), free=_megabytes(free)
                    )
                )
        scoped = network.is_terrascope_url(job.href)
        mode = network.AUTH_REQUIRED if job.needs_login else network.AUTH_OPTIONAL
        token = network._token_for(job.href, mode) if scoped else None
        refreshed = False
        part = _PartFile(job, progress)
        failures = 0
        transferred = 0
        while True:
            if self.is_cancelled():
                part.abandon()
                raise _Cancelled()
            answer = _Transfer(
                job.href, part.request_headers(), token, part, self.is_cancelled, self.timeout_s
            ).run()
            transferred += part.received
            part.received = 0
            if answer.cancelled:
                part.abandon()
                raise _Cancelled()
            if isinstance(answer.failure, _RangeMismatch):
                part.restart()
                continue
            if answer.failure is not None:
                part.abandon()
                if isinstance(answer.failure, TerrascopeError):
                    raise answer.failure
                raise DownloadError(
                    tr("{label} could not be downloaded because of an error in the plugin ({kind}).").format(
                        label=job.label, kind=type(answer.failure).__name__
                    )
                ) from answer.failure
            status = answer.status
            if answer.complete_http_answer and status in (200, 206):
                if part.total is not None and part.written < part.total:
                    # the server closed early without an error: resume as after a dropped connection
                    failures += 1
                    part.abandon()
                    self._give_up_or_wait(job, failures, None)
                    part.resume_point()
                    continue
                return self._finish(job, part, transferred)
            part.abandon()
            if answer.complete_http_answer:
                if status == 401 and scoped and not refreshed:
                    refreshed = True
                    fresh = network._token_after_401(job.href, token, mode)
                    if fresh is not None and fresh != token:
                        token = fresh
                        continue
                if 300 <= status < 400:
                    raise _redirect_error(job, answer, had_token=token is not None)
                if status == 416:
                    total = _unsatisfied_total(answer.headers.get("content-range", ""))
                    if total is not None and part.offset == total and part.offset > 0:
                        part.written, part.total = total, total
                        return self._finish(job, part, transferred, reopen=True)
                    part.restart()
                    failures += 1
                    self._give_up_or_wait(job, failures, None)
                    continue
                if status in RETRY_STATUSES and failures + 1 < self.attempts:
                    failures += 1
                    self._wait(self._retry_after(answer, failures))
                    part.resume_point()
                    continue
                response = network.Response(job.href, status, answer.body, answer.headers)
                error = network.http_error(response, had_token=token is not None)
                kind = AuthError if isinstance(error, AuthError) else DownloadError
                raise kind(
                    tr("{label}: {reason}").format(label=job.label, reason=str(error)),
                    status=status,
                    url=network.display_url(job.href),
                    server_message=error.server_message,
                )
            failures += 1  # no answer, or the connection broke off during the body
            self.log(
                tr("{label}: the transfer broke off ({reason}); attempt {n} of {max}.").format(
                    label=job.label, reason=answer.error_text, n=failures, max=self.attempts
                )
            )
            self._give_up_or_wait(job, failures, answer)
            part.resume_point()

    def _give_up_or_wait(self, job: DownloadJob, failures: int, answer: Optional["_Answer"]) -> None:
        """Raise the final error after the last attempt, else wait before the next one."""
        if failures >= self.attempts:
            kept = _size_on_disk(job.part) or 0
            reason = (
                answer.error_text if answer is not None and answer.error_text else tr("incomplete answer")
            )
            if answer is not None and answer.qt_error in _TIMEOUT_ERRORS:
                reason = tr("no data for {seconds:g} s").format(seconds=self.timeout_s)
            if answer is not None and answer.status is None and answer.qt_error in _NO_CONNECTION_ERRORS:
                text = tr("{label} could not be downloaded: {service} could not be reached ({reason}).")
            else:
                text = tr("{label} could not be downloaded: the connection broke off {n} times ({reason}).")
            if kept:
                text += " " + tr("The {kept} received are kept; the next download resumes from there.")
            raise DownloadError(
                text.format(
                    label=job.label,
                    service=network.service_name(job.href),
                    reason=reason,
                    n=failures,
                    kept=_megabytes(kept),
                ),
                url=network.display_url(job.href),
            )
        self._wait(BACKOFF_S[min(failures, len(BACKOFF_S)) - 1])

    def _retry_after(self, answer: _Answer, failures: int) -> float:
        value = answer.headers.get("retry-after", "")
        if value.strip().isdigit():
            return min(MAX_RETRY_AFTER_S, float(value))
        return BACKOFF_S[min(failures, len(BACKOFF_S)) - 1]

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.is_cancelled():
                raise _Cancelled()
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    def _finish(
        self, job: DownloadJob, part: "_PartFile", transferred: int, reopen: bool = False
    ) -> DownloadResult:
        """Check the complete ``.part``, put it in place under its final name."""
        if reopen and part.checksum is not None:  # a 416 for a complete file: hash what is on disk
            part.hasher = part.checksum[0]()
            with open(job.part, "rb") as existing:
                for chunk in iter(lambda: existing.read(_HASH_CHUNK), b""):
                    part.hasher.update(chunk)
        try:
            part.close(sync=True)
        except DownloadError:
            part.abandon()
            raise
        size = job.part.stat().st_size
        expected = job.size if job.size is not None else part.total
        if expected is not None and size != expected:
            _remove(job.part, job.sidecar)
            raise DownloadError(
                tr(
                    "{label} arrived with {size} bytes instead of the {expected} the catalogue gives: it was "
                    "not kept. Try again later."
                ).format(label=job.label, size=size, expected=expected)
            )
        if part.checksum is not None and part.hasher is not None and part.hasher.digest() != part.checksum[1]:
            _remove(job.part, job.sidecar)
            raise DownloadError(
                tr(
                    "{label} does not match the checksum the catalogue gives: it was damaged on the way and "
                    "was not kept. Download it again."
                ).format(label=job.label)
            )
        target = job.target
        if job.name_from_server and part.server_name:
            target = job.target.with_name(part.server_name)
            if not _inside(target.parent, target):
                _remove(job.part, job.sidecar)
                raise DownloadError(
                    tr("{label}: the server's file name was refused.").format(label=job.label)
                )
        try:
            os.replace(job.part, target)
        except OSError as exc:
            raise _disk_error(exc, job) from exc
        _remove(job.sidecar)
        _sync_folder(target.parent)
        part.progress(size, size)
        return DownloadResult(job, DOWNLOADED, path=target, transferred=transferred)

    # -- clipping while downloading

    def clip(self, job: DownloadJob, progress: Optional[ProgressCallback] = None) -> DownloadResult:
        """Write the window of a remote GeoTIFF covering ``job.clip`` (nodata outside the polygon).

        :raises AuthError: no login, or the session was refused.
        :raises DownloadError: the file cannot be reached or read, or it does not overlap the area.
        """
        from osgeo import gdal

        from . import auth
        from .clip import clip_raster, cutline
        from .raster_engine import describe

        if self.is_cancelled():
            raise _Cancelled()
        self._probe(job)  # 401 (with one refresh), 404 and unreachable hosts answered as for a download
        path = auth.gdal_path(job.href)
        gdal.VSICurlPartialClearCache(path)  # no answer GDAL cached before the login
        try:
            job.target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _disk_error(exc, job) from exc
        feedback = settle(QgsFeedback())

        progress = progress or self.progress

        def on_progress(value: float) -> None:
            progress(int(value), 100)
            if self.is_cancelled():
                feedback.cancel()

        feedback.progressChanged.connect(on_progress)
        try:
            info = describe(path)
            geometry = cutline([job.clip.wkb], job.clip.crs_wkt, info.grid.crs_wkt, densify=True)
            done = clip_raster(path, str(job.target), geometry, feedback=feedback)
        except RasterError as exc:
            raise DownloadError(
                tr("{label} could not be clipped: {reason}").format(
                    label=job.label, reason=_gdal_reason(exc, path, job)
                )
            ) from exc
        except OSError as exc:
            raise _disk_error(exc, job) from exc
        if not done:
            raise _Cancelled()
        return DownloadResult(job, CLIPPED, path=job.target)

    def _probe(self, job: DownloadJob) -> None:
        """One byte of the file through the plugin's HTTP path: login, one refresh on 401, clear errors."""
        scoped = network.is_terrascope_url(job.href)
        mode = network.AUTH_REQUIRED if job.needs_login else network.AUTH_OPTIONAL
        token = network._token_for(job.href, mode) if scoped else None
        for attempt in range(self.attempts):
            sink = _DiscardSink()
            answer = _Transfer(
                job.href, {"Range": "bytes=0-0"}, token, sink, self.is_cancelled, self.timeout_s, True
            ).run()
            if answer.cancelled:
                raise _Cancelled()
            if answer.status in (200, 206) and (answer.stopped or answer.complete_http_answer):
                return
            if answer.complete_http_answer and 300 <= answer.status < 400:
                raise _redirect_error(job, answer, had_token=token is not None)
            if answer.complete_http_answer and answer.status == 401 and scoped and attempt == 0:
                fresh = network._token_after_401(job.href, token, mode)
                if fresh is not None and fresh != token:
                    token = fresh
                    continue
            if answer.complete_http_answer and answer.status not in RETRY_STATUSES:
                response = network.Response(job.href, answer.status, answer.body, answer.headers)
                error = network.http_error(response, had_token=token is not None)
                kind = AuthError if isinstance(error, AuthError) else DownloadError
                raise kind(
                    tr("{label}: {reason}").format(label=job.label, reason=str(error)),
                    status=answer.status,
                    url=network.display_url(job.href),
                )
            if attempt + 1 < self.attempts:
                self._wait(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
        raise DownloadError(
            tr("{label} could not be read: {service} did not answer properly. Try again later.").format(
                label=job.label, service=network.service_name(job.href)
            ),
            url=network.display_url(job.href),
        )


def _redirect_error(job: DownloadJob, answer: "_Answer", had_token: bool) -> TerrascopeError:
    """A redirect that was not followed: the token never leaves the host it belongs to."""
    location = answer.headers.get("location", "")
    if had_token and network.under_prefix(location, current_endpoints().sso):
        return AuthError(
            tr(
                "{label}: the download server sent you to the sign-in page: your session was refused. "
                "Log in again."
            ).format(label=job.label),
            status=answer.status,
            url=network.display_url(job.href),
        )
    return DownloadError(
        tr("{label}: the server moved the file to {location}, which was not followed{why}.").format(
            label=job.label,
            location=network.display_url(location) if location else "?",
            why=tr(" (your Terrascope token is only sent to Terrascope)") if had_token else "",
        ),
        status=answer.status,
        url=network.display_url(job.href),
    )


class _DiscardSink:
    """Takes a probe's body (one byte) and forgets it."""

    def begin(self, status: int, headers: dict) -> bool:
        return status in (200, 206)

    def write(self, data: bytes) -> None:
        pass


def _gdal_reason(exc: RasterError, path: str, job: DownloadJob) -> str:
    """GDAL's message without the GDAL path (it may name the in-memory header file)."""
    text = str(exc).replace(path, job.target.name)
    return text


_NO_CONNECTION_ERRORS = frozenset(
    int(e)
    for e in (
        QNetworkReply.NetworkError.ConnectionRefusedError,
        QNetworkReply.NetworkError.HostNotFoundError,
        QNetworkReply.NetworkError.ProxyConnectionRefusedError,
        QNetworkReply.NetworkError.ProxyNotFoundError,
        QNetworkReply.NetworkError.SslHandshakeFailedError,
    )
)


_TIMEOUT_ERRORS = frozenset(
    int(e)
    for e in (QNetworkReply.NetworkError.OperationCanceledError, QNetworkReply.NetworkError.TimeoutError)
)  # not cancelled by the user: QGIS's or Qt's transfer timeout


def _weights(jobs: Sequence[DownloadJob]) -> list:
    """How much each job counts in the progress: its size; a clip or a file of unknown size counts as an
    average file."""
    sizes = [j.size for j in jobs if j.size and j.clip is None]
    average = sum(sizes) // len(sizes) if sizes else 1 << 20
    return [j.size if j.size and j.clip is None else average for j in jobs]


def _size_on_disk(path: Path) -> Optional[int]:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _free_space(folder: Path) -> Optional[int]:
    """Free bytes on the disk of ``folder`` (its nearest existing parent), None when unknown."""
    probe = Path(folder)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(str(probe)).free
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def downloaded_paths(results: Iterable[DownloadResult]) -> list:
    """The paths of the files that are in place (downloaded, clipped or already there), as strings."""
    return [str(r.path) for r in results if r.ok and r.path is not None]


def summary(results: Sequence[DownloadResult]) -> str:
    """One or two sentences for a message bar: how many files are in place, and the first problem."""
    ok = [r for r in results if r.ok]
    failed = [r for r in results if r.status == FAILED]
    cancelled = [r for r in results if r.status == CANCELLED]
    parts = [tr("{n} of {total} files downloaded.").format(n=len(ok), total=len(results))]
    if cancelled:
        parts.append(tr("Cancelled: partial files are kept, and the next download resumes them."))
    if failed:
        messages = list(dict.fromkeys(r.message for r in failed))
        parts.append(messages[0])
        if len(messages) > 1:
            parts.append(tr("({n} more problems: see the log.)").format(n=len(messages) - 1))
    return " ".join(parts)
