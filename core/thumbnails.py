"""Product thumbnails, fetched in the background and cached on disk.

:class:`ThumbnailLoader` asks ``QgsNetworkAccessManager`` (asynchronous: QGIS's proxy and SSL settings apply,
the UI never waits) for at most :data:`MAX_IN_FLIGHT` images at a time, newest request first, so the rows a
user looks at come first. Images are kept in memory (scaled) and on disk under the QGIS profile's cache
folder; a later session shows them without a request. The Terrascope token is added only to Terrascope
URLs, never to another host. ``thumbnailReady(url, QImage)`` arrives on the main thread.
"""

import hashlib
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from . import network

MAX_IN_FLIGHT = 6
THUMBNAIL_SIZE = 96  # pixels, the longest side kept in memory
MEMORY_ITEMS = 2000
TIMEOUT_MS = 20000


def default_cache_dir() -> Path:
    """``<QGIS profile>/cache/terrascope_explorer/thumbnails``."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "terrascope_explorer" / "thumbnails"


def _cache_name(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest() + ".img"  # noqa: S324


class ThumbnailLoader(QObject):
    """Fetch and cache thumbnails; one per URL, requested at most once per session unless it failed."""

    thumbnailReady = pyqtSignal(str, QImage)  # noqa: N815 - url, scaled image
    thumbnailFailed = pyqtSignal(str)  # noqa: N815 - url

    def __init__(self, cache_dir: Optional[Path] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._memory: OrderedDict = OrderedDict()  # url -> QImage
        self._queue: list = []  # urls waiting, the last one is fetched first
        self._replies: dict = {}  # QNetworkReply -> url
        self._failed: set = set()
        self.requests_sent = 0
        self.disk_hits = 0

    # ------------------------------------------------------------------ public

    def image(self, url: str) -> Optional[QImage]:
        """The image if it is in memory (no I/O, no request)."""
        image = self._memory.get(url)
        if image is not None:
            self._memory.move_to_end(url)
        return image

    def request(self, url: Optional[str]) -> Optional[QImage]:
        """The image at once when cached (memory or disk); otherwise queue a download and return None."""
        if not url:
            return None
        image = self.image(url)
        if image is not None:
            return image
        if url in self._failed or url in self._queue or url in self._replies.values():
            return None
        image = self._from_disk(url)
        if image is not None:
            self.disk_hits += 1
            self._remember(url, image)
            return image
        self._queue.append(url)
        self._pump()
        return None

    def cancel_all(self) -> None:
        """Forget the queue and abort downloads in flight (a new search started)."""
        self._queue.clear()
        for reply in list(self._replies):
            reply.abort()

    def pending(self) -> int:
        return len(self._queue) + len(self._replies)

    # ------------------------------------------------------------------ internals

    def _pump(self) -> None:
        while self._queue and len(self._replies) < MAX_IN_FLIGHT:
            url = self._queue.pop()  # newest first
            request = QNetworkRequest(QUrl(url))
            request.setRawHeader(b"User-Agent", network.USER_AGENT)
            if hasattr(request, "setTransferTimeout"):
                request.setTransferTimeout(TIMEOUT_MS)
            token = self._token_for(url)
            if token:
                request.setRawHeader(b"Authorization", b"Bearer " + token.encode("ascii"))
            reply = QgsNetworkAccessManager.instance().get(request)
            self.requests_sent += 1
            try:
                reply.finished.connect(lambda r=reply: self._on_finished(r))
            except RuntimeError:  # PyQt handed back a stale wrapper (an address reused): skip this one
                self._failed.add(url)
                continue
            self._replies[reply] = url

    @staticmethod
    def _token_for(url: str) -> Optional[str]:
        """The cached token, for Terrascope URLs only; never blocks (no refresh from the UI thread)."""
        try:
            if not network.is_terrascope_url(url):
                return None
            from . import auth

            session = auth.existing_session()
            return session.cached_token() if session is not None else None
        except Exception:  # noqa: BLE001 - a thumbnail without a token is still worth trying
            return None

    def _on_finished(self, reply: QNetworkReply) -> None:
        url = self._replies.pop(reply, None)
        try:
            if url is None:
                return
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            data = bytes(reply.readAll())
            image = QImage()
            ok = (
                reply.error() == QNetworkReply.NetworkError.NoError
                and status is not None
                and 200 <= int(status) < 300
                and image.loadFromData(data)
            )
            if ok:
                self._to_disk(url, data)
                image = self._scaled(image)
                self._remember(url, image)
                self.thumbnailReady.emit(url, image)
            elif reply.error() != QNetworkReply.NetworkError.OperationCanceledError:
                self._failed.add(url)
                self.thumbnailFailed.emit(url)
        except RuntimeError:  # the reply is gone: no thumbnail this time
            self._failed.add(url)
        finally:
            if not sip.isdeleted(reply):
                reply.deleteLater()
            self._pump()

    @staticmethod
    def _scaled(image: QImage) -> QImage:
        if max(image.width(), image.height()) <= THUMBNAIL_SIZE:
            return image
        from qgis.PyQt.QtCore import Qt

        return image.scaled(
            THUMBNAIL_SIZE,
            THUMBNAIL_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _remember(self, url: str, image: QImage) -> None:
        self._memory[url] = image
        self._memory.move_to_end(url)
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)

    def cache_path(self, url: str) -> Path:
        return self.cache_dir / _cache_name(url)

    def _from_disk(self, url: str) -> Optional[QImage]:
        path = self.cache_path(url)
        if not path.is_file():
            return None
        image = QImage()
        if not image.load(str(path)):
            return None
        return self._scaled(image)

    def _to_disk(self, url: str, data: bytes) -> None:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path = self.cache_path(url)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(data)
            tmp.replace(path)
        except OSError:
            pass  # a cache that cannot be written only costs a download next time
