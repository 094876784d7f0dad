"""A ``requests`` transport that sends every request through QGIS's network stack.

pystac-client insists on a ``requests.Session``. :func:`qgis_session` gives it one whose only adapter is
:class:`QgisTransportAdapter`: the request goes out through :func:`.network.request`
(``QgsBlockingNetworkRequest``), so the proxy, SSL exceptions and timeouts set in QGIS apply, and the bearer
token is added by the network module only for Terrascope hosts. Nothing goes through urllib3.

A :class:`~qgis.core.QgsFeedback` set on the adapter aborts the request in flight when it is cancelled.
A failure without an answer raises the plugin's :class:`~.errors.NetworkError`; pystac-client wraps it in
its ``APIError``, and :mod:`.catalogue` takes it back out (``__context__``).
"""

from io import BytesIO
from typing import Optional

import requests
from qgis.core import QgsFeedback
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from . import network
from .errors import NetworkError
from .i18n import tr

# requests adds these; Qt sets its own (and only decompresses gzip when it asked for it itself)
_DROPPED_REQUEST_HEADERS = {"accept-encoding", "connection", "content-length", "user-agent", "host"}
# Qt has already decoded the body, so these no longer describe it
_DROPPED_REPLY_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


class QgisTransportAdapter(BaseAdapter):
    """``requests`` adapter over :func:`.network.request`; GET, POST and HEAD."""

    def __init__(self, feedback: Optional[QgsFeedback] = None) -> None:
        super().__init__()
        self.feedback = feedback

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):  # noqa: ARG002
        if self.feedback is not None and self.feedback.isCanceled():  # cancelled before the request started
            raise NetworkError(tr("The request was cancelled."), url=network.display_url(request.url))
        headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() not in _DROPPED_REQUEST_HEADERS and value is not None
        }
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        answer = network.request(
            request.url,
            method=request.method.upper(),
            data=body,
            headers=headers,
            auth=network.AUTH_OPTIONAL,
            timeout_s=_seconds(timeout),
            feedback=self.feedback,
            raise_for_status=False,  # pystac-client reads the status and the body itself
        )
        return _to_requests_response(request, answer)

    def close(self) -> None:
        """Nothing to release: QGIS owns the connections."""


def _seconds(timeout) -> Optional[float]:
    if isinstance(timeout, tuple):  # (connect, read): QGIS has one transfer timeout
        values = [t for t in timeout if t is not None]
        return max(values) if values else None
    return timeout


def _to_requests_response(request, answer: network.Response) -> requests.Response:
    response = requests.Response()
    response.status_code = answer.status
    response.headers = CaseInsensitiveDict(
        {k: v for k, v in answer.headers.items() if k.lower() not in _DROPPED_REPLY_HEADERS}
    )
    response.raw = BytesIO(answer.content)
    response._content = answer.content  # already read: .content / .text / .json() work at once
    response.url = answer.url
    response.encoding = requests.utils.get_encoding_from_headers(response.headers) or "utf-8"
    response.reason = ""
    response.request = request
    return response


def qgis_session(feedback: Optional[QgsFeedback] = None) -> requests.Session:
    """A ``requests.Session`` whose every request goes through QGIS (see the module documentation)."""
    session = requests.Session()
    session.trust_env = False  # the proxy comes from QGIS, not from the environment
    adapter = QgisTransportAdapter(feedback)
    session.adapters.clear()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
