"""The one network module: every request the plugin makes goes through QGIS's network stack.

Blocking requests use ``QgsBlockingNetworkRequest`` (for tasks, algorithms and the Python console), so the
proxy, SSL exceptions and timeouts set in QGIS apply. The bearer token is attached only when the URL lies
under one of the configured Terrascope endpoints (:func:`is_terrascope_url`); the sign-in service itself
never gets it. Answers become :class:`Response` objects, failures the typed exceptions of :mod:`.errors`
with a sentence a person can act on (HTTP status, the server's own message, what to do next).

:func:`install_request_preprocessor` extends the same rule to requests QGIS makes itself (WMS/WMTS layers,
thumbnails loaded by the UI): a ``QgsNetworkAccessManager`` pre-processor adds the token to requests for
Terrascope hosts and to no other.

Each request and its feedback go through :func:`.qt_threads.settle` first: both are Qt objects made in
Python whose signals are disconnected in the request's thread when it ends; without it QGIS could freeze
(see :mod:`.qt_threads`).
"""

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import urlencode, urlsplit, urlunsplit

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from . import settings
from .endpoints import Endpoints, current_endpoints
from .errors import AuthError, NetworkError
from .i18n import tr
from .qt_threads import settle, settle_application

USER_AGENT = b"TerrascopeExplorer-QGIS-plugin"

# auth modes of request()
AUTH_NONE = "none"  # never send the token (the sign-in service, foreign hosts)
AUTH_OPTIONAL = "optional"  # send it when a session is alive; anonymous otherwise (searching, previews)
AUTH_REQUIRED = "required"  # a token is needed: log in silently from the stored login, or say what to do

_MAX_SERVER_MESSAGE = 300


@dataclass(frozen=True)
class Response:
    """An HTTP answer: status, headers (lower-case names) and body."""

    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        """The body parsed as JSON.

        :raises NetworkError: the body is not JSON (an HTML error page of a proxy, a truncated answer).
        """
        try:
            return json.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise NetworkError(
                tr("{service} sent an answer that is not valid JSON. Try again later.").format(
                    service=service_name(self.url)
                ),
                status=self.status,
                url=display_url(self.url),
            ) from exc


# ---------------------------------------------------------------------------------------------- scoping


def terrascope_prefixes(endpoints: Optional[Endpoints] = None) -> Sequence[str]:
    """URL prefixes that may receive the bearer token: every configured service except the sign-in one."""
    ep = endpoints or current_endpoints()
    return (ep.stac, ep.catalogue, ep.wmts, ep.wms, ep.download, ep.titiler)


def under_prefix(url: str, prefix: str) -> bool:
    """``url`` is ``prefix`` itself or lies below it (``prefix/…``, ``prefix?…``): no look-alike hosts."""
    prefix = prefix.rstrip("/")
    if not url.startswith(prefix):
        return False
    rest = url[len(prefix) :]
    return rest == "" or rest[0] in "/?#"


def is_terrascope_url(url: str, endpoints: Optional[Endpoints] = None) -> bool:
    """Whether ``url`` belongs to a configured Terrascope service that takes the bearer token."""
    return any(under_prefix(url, p) for p in terrascope_prefixes(endpoints))


def display_url(url: str) -> str:
    """``url`` without query, fragment or user info: safe to show and to log."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def service_name(url: str) -> str:
    """How a person calls the service behind ``url`` ("the Terrascope sign-in service", a host name…)."""
    try:
        ep = current_endpoints()
    except Exception:  # noqa: BLE001 - only used to word a message
        ep = None
    if ep is not None:
        names = (
            (ep.sso, tr("The Terrascope sign-in service")),
            (ep.stac, tr("The Terrascope STAC catalogue")),
            (ep.catalogue, tr("The Terrascope catalogue")),
            (ep.wmts, tr("The Terrascope WMTS service")),
            (ep.wms, tr("The Terrascope WMS service")),
            (ep.download, tr("The Terrascope download server")),
            (ep.titiler, tr("The Terrascope preview service")),
        )
        for prefix, name in names:
            if under_prefix(url, prefix):
                return name
    return tr("The server {host}").format(host=urlsplit(url).hostname or url)


# ---------------------------------------------------------------------------------------------- requests


def request(
    url: str,
    *,
    method: str = "GET",
    params: Optional[Mapping[str, Any]] = None,
    data: Optional[bytes] = None,
    headers: Optional[Mapping[str, str]] = None,
    auth: str = AUTH_OPTIONAL,
    timeout_s: Optional[float] = None,
    feedback: Optional[QgsFeedback] = None,
    raise_for_status: bool = True,
) -> Response:
    """One blocking request through QGIS's network stack; call it from a task, never from a UI slot.

    The token is attached (``auth``) only for Terrascope URLs. A 401 on a request that carried a token, or
    that needed one, is retried once with a fresh token.

    :raises NetworkError: no answer (host unreachable, timeout, proxy refused) or an HTTP error status.
    :raises AuthError: the service refused the session (401/403), or a login is needed and none is available.
    """
    if params:
        url = url + ("&" if "?" in url else "?") + urlencode(params, doseq=True)
    scoped = auth != AUTH_NONE and is_terrascope_url(url)
    token = _token_for(url, auth) if scoped else None
    response = _send(url, method, data, headers, token, timeout_s, feedback)
    if response.status == 401 and scoped:
        retry_token = _token_after_401(url, token, auth)
        if retry_token is not None and retry_token != token:
            response = _send(url, method, data, headers, retry_token, timeout_s, feedback)
        token = retry_token
    if raise_for_status and not response.ok:
        raise http_error(response, had_token=token is not None)
    return response


def get_json(url: str, **kwargs: Any) -> Any:
    """GET ``url`` and parse the JSON answer (same arguments as :func:`request`)."""
    kwargs.setdefault("headers", {"Accept": "application/json"})
    return request(url, **kwargs).json()


def get_bytes(url: str, **kwargs: Any) -> bytes:
    """GET ``url`` and return its body (same arguments as :func:`request`)."""
    return request(url, **kwargs).content


def post_form(url: str, fields: Mapping[str, str], **kwargs: Any) -> Response:
    """POST ``fields`` as ``application/x-www-form-urlencoded`` (same arguments as :func:`request`)."""
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    headers.update(kwargs.pop("headers", None) or {})
    return request(url, method="POST", data=urlencode(fields).encode("utf-8"), headers=headers, **kwargs)


def _token_for(url: str, auth: str) -> Optional[str]:
    from . import auth as auth_module  # the session module uses this one for its own requests

    session = auth_module.session()
    if auth == AUTH_REQUIRED:
        return session.access_token()
    return session.access_token(login_if_needed=False, raise_if_dead=False)


def _token_after_401(url: str, sent: Optional[str], auth: str) -> Optional[str]:
    """A token worth one more try after a 401, or None when there is nothing better to send."""
    from . import auth as auth_module

    session = auth_module.session()
    if sent is not None:
        session.invalidate(sent)
    try:
        return session.access_token(login_if_needed=True)
    except AuthError:
        if auth == AUTH_REQUIRED or sent is not None:
            raise
        return None


def _send(
    url: str,
    method: str,
    data: Optional[bytes],
    headers: Optional[Mapping[str, str]],
    token: Optional[str],
    timeout_s: Optional[float],
    feedback: Optional[QgsFeedback],
) -> Response:
    timeout = float(timeout_s if timeout_s is not None else settings.NETWORK_TIMEOUT_S.value())
    req = QNetworkRequest(QUrl(url))
    req.setRawHeader(b"User-Agent", USER_AGENT)
    for name, value in (headers or {}).items():
        req.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
    if token is not None:
        req.setRawHeader(b"Authorization", b"Bearer " + token.encode("ascii"))
    if timeout > 0 and hasattr(req, "setTransferTimeout"):  # Qt >= 5.15
        req.setTransferTimeout(int(timeout * 1000))
    no_http_cache(req)
    _forget_cached(req.url())
    settle_application()
    blocking = settle(QgsBlockingNetworkRequest())
    if feedback is not None:
        settle(feedback)
    if method == "GET":
        code = blocking.get(req, True, feedback)
    elif method == "POST":
        code = blocking.post(req, data or b"", True, feedback)
    elif method == "HEAD":
        code = blocking.head(req, True, feedback)
    else:
        raise ValueError(f"unsupported method {method}")
    reply = blocking.reply()
    _forget_cached(req.url())  # QgsBlockingNetworkRequest saved the answer in QGIS's cache: not ours to keep
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if feedback is not None and feedback.isCanceled():
        raise NetworkError(tr("The request was cancelled."), url=display_url(url))
    if status is None:
        raise _no_answer_error(url, reply.error(), blocking.errorMessage(), code, timeout)
    reply_headers = {
        bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
        for name in reply.rawHeaderList()
    }
    return Response(url=url, status=int(status), content=bytes(reply.content()), headers=reply_headers)


def _forget_cached(url: QUrl) -> None:
    """Drop QGIS's cached copy of ``url``. ``QgsBlockingNetworkRequest`` saves every answer in QGIS's HTTP
    cache whatever the request says, and Qt may then answer from it: on QGIS 3.22 a 503 right after a 200
    for the same URL came back as the cached 200. With no copy, every answer is the server's."""
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.remove(url)


def no_http_cache(req: QNetworkRequest) -> None:
    """Keep ``req`` away from QGIS's HTTP disk cache, both ways: the plugin's answers must be the server's
    own (a cached copy stood in for a 503 on QGIS 3.40), and downloads must not fill the cache. What is worth
    keeping (thumbnails, layer files) has caches of its own."""
    req.setAttribute(
        QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
    )
    req.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)


def _no_answer_error(url: str, qt_error: int, message: str, code: int, timeout: float) -> NetworkError:
    service = service_name(url)
    if qt_error in (
        QNetworkReply.NetworkError.OperationCanceledError,
        QNetworkReply.NetworkError.TimeoutError,
    ):
        text = tr("{service} did not answer within {seconds:g} s. It may be busy or down: try again later.")
        return NetworkError(text.format(service=service, seconds=timeout), url=display_url(url))
    proxy_errors = (
        QNetworkReply.NetworkError.ProxyConnectionRefusedError,
        QNetworkReply.NetworkError.ProxyNotFoundError,
        QNetworkReply.NetworkError.ProxyAuthenticationRequiredError,
        QNetworkReply.NetworkError.ProxyTimeoutError,
        QNetworkReply.NetworkError.ProxyConnectionClosedError,
    )
    if qt_error in proxy_errors:
        advice = tr("Check the proxy in QGIS (Settings > Options > Network).")
    elif qt_error == QNetworkReply.NetworkError.SslHandshakeFailedError:
        advice = tr("Check the SSL settings and certificates in QGIS (Settings > Options > Authentication).")
    else:
        advice = tr("Check your internet connection and the proxy in QGIS (Settings > Options > Network).")
    text = tr("{service} could not be reached ({reason}). {advice}")
    return NetworkError(
        text.format(service=service, reason=message or tr("no answer"), advice=advice), url=display_url(url)
    )


def server_message(response: Response) -> Optional[str]:
    """What the server said about an error, in one line: OAuth/STAC/FastAPI JSON fields or an HTML title."""
    text = response.content.decode("utf-8", "replace").strip()
    if not text:
        return None
    message = None
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("error_description", "description", "detail", "message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                message = value.strip()
                break
    elif "<" in text:
        match = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        message = match.group(1).strip() if match else None
    else:
        message = text
    if not message:
        return None
    message = " ".join(message.split())
    return message[:_MAX_SERVER_MESSAGE]


def http_error(response: Response, had_token: bool = False) -> NetworkError:
    """The typed error for an HTTP error status: what happened, the server's words, what to do."""
    service = service_name(response.url)
    said = server_message(response)
    detail = f": {said}" if said else ""
    status = response.status
    kwargs = {"status": status, "url": display_url(response.url), "server_message": said}
    if status in (401, 403):
        if had_token:
            text = tr("{service} refused your Terrascope session (HTTP {status}{detail}). Log in again.")
        else:
            text = tr(
                "{service} needs a Terrascope login (HTTP {status}{detail}). Log in in the Terrascope panel "
                "or with api.login(), then try again."
            )
        return AuthError(text.format(service=service, status=status, detail=detail), **kwargs)
    if status == 404:
        text = tr("{service} does not know this address (HTTP 404{detail}).")
    elif status == 429 or status >= 500:
        retry = response.headers.get("retry-after")
        wait = tr(" Try again in {seconds} s.").format(seconds=retry) if retry and retry.isdigit() else ""
        text = tr("{service} is busy or failing (HTTP {status}{detail}).") + (wait or tr(" Try again later."))
    else:
        text = tr("{service} refused the request (HTTP {status}{detail}).")
    return NetworkError(text.format(service=service, status=status, detail=detail), **kwargs)


# ------------------------------------------------------------------------ requests QGIS makes itself


def _is_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _preprocess(req: QNetworkRequest) -> None:
    """Add the bearer token to QGIS's requests for Terrascope hosts (layers, previews); never elsewhere."""
    if req.hasRawHeader(b"Authorization"):
        return
    url = req.url().toString()
    try:
        if not is_terrascope_url(url):
            return
        from . import auth as auth_module

        session = auth_module.existing_session()
        if session is None:
            return
        if _is_main_thread():
            token = session.cached_token()  # never block the UI on the network
        else:
            token = session.access_token(login_if_needed=False, raise_if_dead=False)
    except Exception:  # noqa: BLE001 - a pre-processor must never break QGIS's request
        return
    if token:
        req.setRawHeader(b"Authorization", b"Bearer " + token.encode("ascii"))


def install_request_preprocessor() -> str:
    """Install the pre-processor; returns the id to hand to :func:`remove_request_preprocessor`."""
    return QgsNetworkAccessManager.setRequestPreprocessor(_preprocess)


def remove_request_preprocessor(preprocessor_id: Optional[str]) -> None:
    if preprocessor_id:
        try:
            QgsNetworkAccessManager.removeRequestPreprocessor(preprocessor_id)
        except KeyError:  # already gone
            pass
