"""Logging in in the system browser: OAuth 2.0 authorization code with PKCE (S256) and a loopback redirect.

For Terrascope accounts that have no password (federated logins). The realm's public client
``terracatalogueclient`` allows it (VITO's own client uses it); Keycloak accepts any port on a loopback
redirect registered without one (RFC 8252 section 7.3).

    login = BrowserLogin(session)
    url = login.start()        # main thread: listens on 127.0.0.1:<random port>
    open_url(url)              # the UI opens the system browser (QDesktopServices, passed in by the UI)
    login.finish(is_canceled)  # in a task: waits for the redirect, exchanges the code for tokens

Only one request is served: the redirect that carries ``code`` and ``state``; the listener then closes.
"""

import base64
import hashlib
import html
import secrets
import socket
import time
from typing import Callable, Optional
from urllib.parse import parse_qs, urlencode, urlsplit

from .auth import BROWSER_CLIENT_ID, SCOPE, SessionStatus, TokenSession
from .errors import AuthError
from .i18n import tr

CALLBACK_PATH = "/terrascope-login"
DEFAULT_TIMEOUT_S = 300.0
_POLL_S = 0.25

_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Terrascope Explorer</title></head>"
    "<body style='font-family: sans-serif; margin: 3em'><h1>{title}</h1><p>{text}</p></body></html>"
)


def pkce_pair() -> tuple:
    """(code_verifier, code_challenge) for PKCE S256 (RFC 7636): 86 random URL-safe characters."""
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=")
    return verifier, challenge.decode("ascii")


class BrowserLogin:
    """One browser login attempt. :meth:`start` on the main thread, :meth:`finish` in a task."""

    def __init__(self, session: TokenSession, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.session = session
        self.timeout_s = timeout_s
        self._socket: Optional[socket.socket] = None
        self._verifier, self._challenge = pkce_pair()
        self._state = secrets.token_urlsafe(24)
        self.redirect_uri = ""

    def start(self) -> str:
        """Listen on a random loopback port; return the address to open in the browser."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        sock.listen(4)
        sock.settimeout(_POLL_S)
        self._socket = sock
        self.redirect_uri = f"http://127.0.0.1:{sock.getsockname()[1]}{CALLBACK_PATH}"
        query = {
            "client_id": BROWSER_CLIENT_ID,
            "response_type": "code",
            "redirect_uri": self.redirect_uri,
            "scope": SCOPE,
            "state": self._state,
            "code_challenge": self._challenge,
            "code_challenge_method": "S256",
        }
        endpoints = self.session.endpoints()
        return endpoints.sso + "/protocol/openid-connect/auth?" + urlencode(query)

    def finish(self, is_canceled: Callable[[], bool] = lambda: False) -> SessionStatus:
        """Wait for the browser to come back, then get the tokens (blocking).

        :raises AuthError: the login was refused, cancelled or took too long.
        :raises NetworkError: the sign-in service could not be reached for the tokens.
        """
        if self._socket is None:
            raise RuntimeError("call start() first")
        try:
            code = self._wait_for_code(is_canceled)
        finally:
            self.close()
        return self.session.login_with_code(code, self.redirect_uri, self._verifier)

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def _wait_for_code(self, is_canceled: Callable[[], bool]) -> str:
        deadline = time.monotonic() + self.timeout_s
        while True:
            if is_canceled():
                raise AuthError(tr("The browser login was cancelled."))
            if time.monotonic() > deadline:
                raise AuthError(
                    tr("The browser login took more than {minutes:g} minutes. Try again.").format(
                        minutes=self.timeout_s / 60
                    )
                )
            try:
                conn, _ = self._socket.accept()
            except socket.timeout:
                continue
            with conn:
                result = self._serve(conn)
            if result is not None:
                return result

    def _serve(self, conn: socket.socket) -> Optional[str]:
        """Answer one browser request; the code when it is the expected redirect, else None (keep waiting)."""
        conn.settimeout(5)
        try:
            request = conn.recv(16384).decode("latin-1")
        except (socket.timeout, OSError):
            return None
        target = request.split("\r\n", 1)[0].split(" ")
        parts = urlsplit(target[1] if len(target) > 1 else "")
        if parts.path != CALLBACK_PATH:
            self._reply(conn, 404, tr("Not found"), "")
            return None
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if not secrets.compare_digest(params.get("state", ""), self._state):
            self._reply(conn, 400, tr("Login not recognised"), tr("Start the login again from QGIS."))
            return None
        if "error" in params:
            reason = params.get("error_description") or params["error"]
            self._reply(conn, 200, tr("Login refused"), reason)
            raise AuthError(tr("Terrascope refused the browser login ({reason}).").format(reason=reason))
        code = params.get("code")
        if not code:
            self._reply(conn, 400, tr("Login not recognised"), tr("Start the login again from QGIS."))
            return None
        self._reply(
            conn,
            200,
            tr("You are logged in to Terrascope"),
            tr("You can close this tab and go back to QGIS."),
        )
        return code

    @staticmethod
    def _reply(conn: socket.socket, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        head = (
            f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        )
        try:
            conn.sendall(head.encode("ascii") + body)
        except OSError:
            pass
