"""The Terrascope session: the stored login, the OpenID Connect tokens and where the token may go.

- :class:`CredentialStore` keeps the username and password in the QGIS authentication database (encrypted
  with the master password) as a "Basic" configuration named "Terrascope"; the settings hold only its id.
  When the user will not set a master password, nothing is stored and the session lives in memory only.
- :class:`TokenSession` gets tokens from the Terrascope Keycloak realm (password grant of the public client
  ``public``; authorization code + PKCE of ``terracatalogueclient`` for the browser login), refreshes them
  ahead of expiry, logs in again silently from the stored login when the refresh token is dead, and asks
  for a new login only when there is no stored login. Expiry is measured on the local monotonic clock from
  ``expires_in``, so a skewed server clock does not matter. It is thread-safe: tasks call it from worker
  threads. ``stateChanged`` tells the UI that :meth:`TokenSession.status` changed.
- The bearer token reaches GDAL only for Terrascope download URLs (:class:`GdalHeaders`, :func:`gdal_path`):
  a header file in ``/vsimem/`` named in the path of each protected file, never a process-wide header or
  environment variable.

Neither the password nor a token is ever logged, put in an exception message or written to a setting.
"""

import base64
import enum
import json
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsMessageLog, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QTimer, pyqtSignal

from . import LOG_TAG, network, settings
from .endpoints import Endpoints, current_endpoints
from .errors import AuthError, NetworkError
from .i18n import tr
from .qt_threads import settle

AUTH_METHOD = "Basic"
AUTHCFG_NAME = "Terrascope"
DIRECT_GRANT_CLIENT_ID = "public"  # the public client other Terrascope plugins use for the password grant
BROWSER_CLIENT_ID = "terracatalogueclient"  # VITO's client: password grant and authorization code + PKCE
SCOPE = "openid"
SSO_TIMEOUT_S = 20.0
RETRY_AFTER_FAILED_REFRESH_S = 15.0  # the background refresh failed (SSO down): try again after this
REFRESH_MARGIN_S = 30.0  # refresh this long before the access token expires (at most a quarter of its life)


class SessionState(enum.Enum):
    LOGGED_OUT = "logged_out"  # no tokens, no stored login
    STORED = "stored"  # a stored login exists; the first action that needs it signs in silently
    ACTIVE = "active"  # tokens are alive (or can be refreshed)
    EXPIRED = "expired"  # the session ended on the server and there is no stored login: log in again


@dataclass(frozen=True)
class SessionStatus:
    """What the UI shows: the state, who is signed in, and whether the login is kept across restarts."""

    state: SessionState
    username: Optional[str] = None
    persistent: bool = False  # the login is in the QGIS authentication database
    memory_only: bool = False  # the user declined a master password: nothing was stored
    message: Optional[str] = None  # the last error, one sentence

    @property
    def logged_in(self) -> bool:
        return self.state in (SessionState.ACTIVE, SessionState.STORED)


@dataclass(frozen=True)
class _Tokens:
    access_token: str = field(repr=False)  # repr=False: a printed or logged object shows no secret
    refresh_token: Optional[str] = field(repr=False)
    access_expires: float  # time.monotonic() deadline
    refresh_expires: Optional[float]  # None: no expiry announced (offline token)
    client_id: str
    lifetime: float
    username: Optional[str]
    id_token: Optional[str] = field(default=None, repr=False)

    def access_fresh(self, now: float) -> bool:
        margin = min(REFRESH_MARGIN_S, self.lifetime / 4.0)
        return now < self.access_expires - margin

    def refresh_alive(self, now: float) -> bool:
        return self.refresh_token is not None and (self.refresh_expires is None or now < self.refresh_expires)


# ---------------------------------------------------------------------------------------------- stored login


class CredentialStore:
    """The Terrascope login in the QGIS authentication database; only its id goes to the settings."""

    def authcfg_id(self) -> str:
        return settings.AUTHCFG_ID.value()

    def has_credentials(self) -> bool:
        """A stored login exists (no decryption, so no master-password prompt)."""
        cfg_id = self.authcfg_id()
        manager = QgsApplication.authManager()
        return bool(cfg_id) and not manager.isDisabled() and cfg_id in manager.configIds()

    def can_store(self) -> bool:
        """Whether the database is usable; asks for the master password when QGIS has none yet.

        Returns False when the user declines (or, headless, nobody can answer).
        """
        manager = QgsApplication.authManager()
        if manager.isDisabled():
            return False
        return manager.masterPasswordIsSet() or bool(manager.setMasterPassword(True))

    def save(self, username: str, password: str) -> bool:
        """Store (or replace) the login. Returns False when it could not be stored (no master password)."""
        if not self.can_store():
            return False
        manager = QgsApplication.authManager()
        config = QgsAuthMethodConfig(AUTH_METHOD)
        config.setName(AUTHCFG_NAME)
        config.setConfig("username", username)
        config.setConfig("password", password)
        old_id = self.authcfg_id()
        if old_id and old_id in manager.configIds():
            config.setId(old_id)  # noqa: QGS202 (returns nothing)
            ok = _first(manager.updateAuthenticationConfig(config))
        else:
            result = manager.storeAuthenticationConfig(config)
            ok = _first(result)
            if isinstance(result, tuple) and len(result) > 1 and result[1] is not None:
                config = result[1]
        if not ok or not config.id():
            QgsMessageLog.logMessage(
                tr("The Terrascope login could not be saved in the QGIS authentication database."),
                LOG_TAG,
            )
            return False
        settings.AUTHCFG_ID.set_value(config.id())
        return True

    def load(self) -> Optional[tuple[str, str]]:
        """(username, password) of the stored login, or None when there is none.

        :raises AuthError: the login exists but cannot be read (the master password was not given).
        """
        if not self.has_credentials():
            return None
        manager = QgsApplication.authManager()
        config = QgsAuthMethodConfig()
        result = manager.loadAuthenticationConfig(self.authcfg_id(), config, True)
        ok = _first(result)
        if isinstance(result, tuple) and len(result) > 1 and result[1] is not None:
            config = result[1]
        username, password = config.config("username"), config.config("password")
        if not ok or not username or not password:
            raise AuthError(
                tr(
                    "Your saved Terrascope login could not be read: enter the QGIS master password when QGIS "
                    "asks for it, or log in again."
                )
            )
        return username, password

    def remove(self) -> None:
        cfg_id = self.authcfg_id()
        manager = QgsApplication.authManager()
        if cfg_id and not manager.isDisabled() and cfg_id in manager.configIds():
            manager.removeAuthenticationConfig(cfg_id)
        settings.AUTHCFG_ID.remove()


def _first(result) -> bool:
    """QGIS returns ``bool`` or ``(bool, config)`` depending on the version."""
    if isinstance(result, tuple):
        return bool(result[0])
    return bool(result)


# ---------------------------------------------------------------------------------------------- GDAL


class GdalHeaders:
    """The bearer header for GDAL's ``/vsicurl/``, only for files under the Terrascope download prefix(es).

    Protected files are opened as ``/vsicurl?empty_dir=yes&header_file=/vsimem/…&url=<href>``: the
    header lives in GDAL's in-memory file system (never on disk, never in the path a project saves), only
    requests for that very URL carry it, and GDAL reads the file again for every request, so a dataset opened
    before a token refresh goes on working after it. (GDAL 3.7+'s path-specific ``GDAL_HTTP_HEADERS`` is read
    once per open file, which breaks long-lived layers when the 5-minute token rotates; GDAL 3.6 ignores it.)
    ``empty_dir`` spares the folder listing and the sidecar probes (.aux.xml, .msk…) of each open.
    :meth:`path` builds that form; everything that gives GDAL a Terrascope URL goes through it.

    **Each session has a header file of its own**: a new random folder at each login, and when the token
    had expired or had been refused before it was replaced; a timely token refresh keeps the file. GDAL's
    VRT driver opens a VRT's sources through a dataset pool that remembers a failed open under the source's
    path for as long as the process lives: a layer drawn without a good token (a project reopened before
    the login, a computer woken from sleep) would stay blank after it in whichever drawing thread had failed.
    A new session gives the sources new paths, which GDAL has never failed to open;
    :func:`.layers.refresh_after_login` points the project's VRTs at them.
    """

    FOLDER = "/vsimem/terrascope_explorer"
    _lock = threading.Lock()
    _session = uuid.uuid4().hex[:12]  # no file until the first login

    @classmethod
    def header_file(cls) -> str:
        """The in-memory header file of the current (or next) session."""
        return f"{cls.FOLDER}/{cls._session}/bearer-header.txt"

    @classmethod
    def installed_file(cls) -> Optional[str]:
        """The header file of the current session, or None while no token is installed."""
        from osgeo import gdal

        path = cls.header_file()
        return path if gdal.VSIStatL(path) is not None else None

    @staticmethod
    def download_prefixes(endpoints: Endpoints) -> list[str]:
        return [endpoints.download.rstrip("/") + "/"]

    @classmethod
    def path(cls, href: str, endpoints: Optional[Endpoints] = None) -> str:
        """The GDAL path that opens ``href`` (http(s) URL or local path), the token only where it may go."""
        if not href.startswith(("http://", "https://")):
            return href
        endpoints = endpoints or current_endpoints()
        if any(href.startswith(prefix) for prefix in cls.download_prefixes(endpoints)):
            return f"/vsicurl?empty_dir=yes&header_file={cls.header_file()}&url={href}"
        return "/vsicurl/" + href

    @classmethod
    def header(cls) -> Optional[str]:
        """The header GDAL sends now, or None (for tests and diagnostics; never log it)."""
        from osgeo import gdal

        path = cls.installed_file()
        if path is None:
            return None
        handle = gdal.VSIFOpenL(path, "rb")
        try:
            return gdal.VSIFReadL(1, 65536, handle).decode("ascii").strip()
        finally:
            gdal.VSIFCloseL(handle)

    @classmethod
    def install(cls, token: str, endpoints: Endpoints, new_session: bool = False) -> None:
        """Send ``token`` from now on. A new session (``new_session``, or no header file yet) gets a header
        file of its own; a refreshed token goes into the current one."""
        from osgeo import gdal

        with cls._lock:
            current = cls.installed_file()
            first = new_session or current is None
            if first:  # new source paths (see the class)
                if current is not None:
                    gdal.Unlink(current)  # its token is no longer good
                cls._session = uuid.uuid4().hex[:12]
            gdal.FileFromMemBuffer(
                cls.header_file(), ("Authorization: Bearer " + token + "\r\n").encode("ascii")
            )
        if first:  # GDAL caches a 401 as "no such file": forget what it was refused before the login
            for prefix in cls.download_prefixes(endpoints):
                gdal.VSICurlPartialClearCache("/vsicurl/" + prefix)

    @classmethod
    def remove(cls) -> None:
        from osgeo import gdal

        with cls._lock:
            path = cls.installed_file()
            if path is not None:
                gdal.Unlink(path)


def gdal_path(href: str, login_if_needed: bool = True) -> str:
    """The path GDAL opens for an asset ``href``, with the session's token scoped to Terrascope downloads.

    Call it from a worker thread (it may sign in); with ``login_if_needed`` false it only uses a live token.
    The sign-in comes first: it may start a session, which names the header file the path holds.
    """
    if login_if_needed and network.is_terrascope_url(href) and GdalHeaders.path(href) != href:
        try:
            session().access_token(login_if_needed=True, raise_if_dead=False)
        except (AuthError, NetworkError):
            pass  # opening the file then answers 401, which the caller turns into a message
    return GdalHeaders.path(href)


# ---------------------------------------------------------------------------------------------- session


class TokenSession(QObject):
    """The Terrascope OpenID Connect session. Create it on the main thread (:func:`session` does)."""

    stateChanged = pyqtSignal()  # noqa: N815 - Qt naming
    _tokensChanged = pyqtSignal()  # noqa: N815 - internal, queued to the main thread to re-arm the timer

    def __init__(
        self,
        store: Optional[CredentialStore] = None,
        endpoints: Callable[[], Endpoints] = current_endpoints,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        settle(self)  # its signals are emitted from tasks
        self.store = store or CredentialStore()
        self._endpoints = endpoints
        self._lock = threading.RLock()  # guards the fields below; never held during a request
        self._fetch_lock = threading.Lock()  # one token request at a time
        self._tokens: Optional[_Tokens] = None
        self._generation = 0  # bumped by logout/clear: a token request started before is discarded
        self._memory_only = False
        self._dead = False  # the server ended the session and there is no stored login
        self._message: Optional[str] = None
        self.gdal = GdalHeaders()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5 % early
        self._timer.timeout.connect(self._refresh_in_background)
        self._tokensChanged.connect(self._rearm_timer)
        self._refresh_task: Optional[QgsTask] = None

    # ------------------------------------------------------------------ state

    def endpoints(self) -> Endpoints:
        """The Terrascope endpoints this session talks to (read at each call)."""
        return self._endpoints()

    def status(self) -> SessionStatus:
        """The current state; cheap, no network and no master-password prompt."""
        with self._lock:
            tokens, message = self._tokens, self._message
            memory_only, dead = self._memory_only, self._dead
        stored = self.store.has_credentials()
        if tokens is not None:
            state = SessionState.ACTIVE
        elif dead and not stored:
            state = SessionState.EXPIRED
        elif stored:
            state = SessionState.STORED
        else:
            state = SessionState.LOGGED_OUT
        return SessionStatus(
            state=state,
            username=tokens.username if tokens else None,
            persistent=stored,
            memory_only=memory_only and tokens is not None,
            message=message,
        )

    def is_logged_in(self) -> bool:
        """Tokens are held, or a stored login will sign in silently when needed."""
        return self.status().logged_in

    def current_user(self) -> Optional[str]:
        with self._lock:
            return self._tokens.username if self._tokens else None

    # ------------------------------------------------------------------ logging in and out

    def login(self, username: str, password: str, remember: bool = True) -> SessionStatus:
        """Sign in with a username and password (blocking: call it from a task or the console).

        With ``remember`` the login is stored in the QGIS authentication database afterwards (this may ask
        for the master password, so call :meth:`remember` on the main thread when logging in from a task).

        :raises AuthError: wrong username or password, or the realm refused the client.
        :raises NetworkError: the sign-in service could not be reached or failed.
        """
        username = (username or "").strip()
        if not username or not password:
            raise AuthError(tr("Enter your Terrascope username and password."))
        generation = self._current_generation()
        self._password_grant(username, password, generation, DIRECT_GRANT_CLIENT_ID)
        if remember:
            self.remember(username, password)
        return self.status()

    def remember(self, username: str, password: str) -> bool:
        """Store the login for later QGIS sessions; False (memory-only session) without a master password."""
        stored = self.store.save(username, password)
        with self._lock:
            self._memory_only = not stored
        self.stateChanged.emit()
        return stored

    def login_with_code(self, code: str, redirect_uri: str, code_verifier: str) -> SessionStatus:
        """Finish the browser login (authorization code + PKCE, client ``terracatalogueclient``).

        Nothing is stored: accounts without a password keep their session while the refresh token lives.
        """
        fields = {
            "grant_type": "authorization_code",
            "client_id": BROWSER_CLIENT_ID,
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
        }
        generation = self._current_generation()
        self._token_request(fields, BROWSER_CLIENT_ID, None, generation)
        with self._lock:
            self._memory_only = not self.store.has_credentials()
        self.stateChanged.emit()
        return self.status()

    def logout(self, end_server_session: bool = True) -> Optional[Callable[[], None]]:
        """Forget tokens and the stored login and remove the GDAL header, at once and without network.

        With ``end_server_session`` the session is then ended on the server too (blocking, best effort).
        Without it, the returned callable does that (the UI runs it in a task); None when nothing is left.
        """
        with self._lock:
            tokens = self._tokens
            self._reset_locked()
            self._dead = False
        self.store.remove()
        self.gdal.remove()
        self._tokensChanged.emit()
        self.stateChanged.emit()
        if tokens is None or not tokens.refresh_token:
            return None
        endpoints = self._endpoints()

        def end() -> None:
            _end_server_session(tokens, endpoints)

        if end_server_session:
            end()
            return None
        return end

    def clear(self) -> None:
        """Drop the in-memory tokens and the GDAL header, keep the stored login; no network (unload)."""
        with self._lock:
            self._reset_locked()
        self.gdal.remove()
        self._timer.stop()

    def _reset_locked(self) -> None:
        self._tokens = None
        self._generation += 1
        self._memory_only = False
        self._message = None

    def _current_generation(self) -> int:
        with self._lock:
            return self._generation

    # ------------------------------------------------------------------ tokens

    def cached_token(self) -> Optional[str]:
        """The access token if it is still valid now; never touches the network."""
        with self._lock:
            tokens = self._tokens
        if tokens is not None and time.monotonic() < tokens.access_expires:
            return tokens.access_token
        return None

    def access_token(self, login_if_needed: bool = True, raise_if_dead: bool = True) -> Optional[str]:
        """A valid access token, refreshed ahead of expiry (blocking when it must ask the server).

        Without tokens, ``login_if_needed`` signs in silently from the stored login. Returns None instead of
        raising when ``raise_if_dead`` is False and there is no way to get a token.

        :raises AuthError: no login, or the session ended and there is no stored login.
        :raises NetworkError: the sign-in service could not be reached.
        """
        try:
            return self._access_token(login_if_needed)
        except AuthError:
            if raise_if_dead:
                raise
            return None

    def _access_token(self, login_if_needed: bool) -> str:
        with self._lock:
            tokens, generation = self._tokens, self._generation
        if tokens is not None and tokens.access_fresh(time.monotonic()):
            return tokens.access_token
        with self._fetch_lock:
            with self._lock:  # another thread may have refreshed while this one waited
                tokens, generation = self._tokens, self._generation
            now = time.monotonic()
            if tokens is not None and tokens.access_fresh(now):
                return tokens.access_token
            if tokens is not None and tokens.refresh_alive(now):
                try:
                    return self._refresh(tokens, generation).access_token
                except AuthError:
                    pass  # the server ended the session: fall through to the stored login
                except NetworkError:
                    if time.monotonic() < tokens.access_expires:
                        return tokens.access_token  # the SSO hiccups, the token still lives: use it
                    raise
            elif tokens is not None and now < tokens.access_expires:
                return tokens.access_token  # no refresh token: use it while it lasts
            if tokens is None and not login_if_needed:
                raise AuthError(tr("You are not logged in to Terrascope."))
            return self._login_from_store(generation, had_session=tokens is not None).access_token

    def invalidate(self, token: str) -> None:
        """A service refused ``token`` (401): the next :meth:`access_token` gets a new one."""
        with self._lock:
            if self._tokens is not None and self._tokens.access_token == token:
                self._tokens = replace(self._tokens, access_expires=0.0)

    def _refresh(self, tokens: _Tokens, generation: int) -> _Tokens:
        fields = {
            "grant_type": "refresh_token",
            "client_id": tokens.client_id,
            "refresh_token": tokens.refresh_token or "",
        }
        return self._token_request(fields, tokens.client_id, tokens.username, generation)

    def _login_from_store(self, generation: int, had_session: bool) -> _Tokens:
        credentials = self.store.load()
        if credentials is None:
            if had_session:
                message = tr("Your Terrascope session has ended. Log in again.")
                with self._lock:
                    if self._generation == generation:
                        self._tokens = None
                        self._dead = True
                        self._message = message
                self.gdal.remove()
                self.stateChanged.emit()
            else:
                message = tr(
                    "You are not logged in to Terrascope. Log in in the Terrascope panel or with api.login()."
                )
            raise AuthError(message)
        username, password = credentials
        try:
            return self._password_grant(username, password, generation, DIRECT_GRANT_CLIENT_ID)
        except AuthError as exc:
            message = tr("Terrascope no longer accepts your saved username and password. Log in again.")
            self._set_message(message)
            raise AuthError(message, status=exc.status, server_message=exc.server_message) from None

    def _password_grant(self, username: str, password: str, generation: int, client_id: str) -> _Tokens:
        fields = {
            "grant_type": "password",
            "client_id": client_id,
            "username": username,
            "password": password,
            "scope": SCOPE,
        }
        return self._token_request(fields, client_id, username, generation)

    def _token_request(
        self, fields: dict, client_id: str, username: Optional[str], generation: int
    ) -> _Tokens:
        endpoints = self._endpoints()
        url = endpoints.sso + "/protocol/openid-connect/token"
        started = time.monotonic()  # the clock of this machine: a skewed server clock does not matter
        try:
            response = network.post_form(
                url, fields, auth=network.AUTH_NONE, timeout_s=SSO_TIMEOUT_S, raise_for_status=False
            )
        except NetworkError as exc:
            self._set_message(str(exc))
            raise
        if not response.ok:
            error = _token_error(response, fields["grant_type"])
            if isinstance(error, AuthError) and fields["grant_type"] == "refresh_token":
                pass  # the caller decides (stored login, or "log in again")
            else:
                self._set_message(str(error))
            raise error
        tokens = _parse_tokens(response, client_id, username, started)
        with self._lock:
            if self._generation != generation:
                raise AuthError(tr("You logged out while Terrascope was signing you in."))
            previous, self._tokens = self._tokens, tokens
            self._dead = False
            self._message = None
        # GDAL may have been refused with the old token (expired while the computer slept, or refused by a
        # service): a new GDAL session then, so that layers open their sources again (see GdalHeaders)
        refused = previous is None or time.monotonic() >= previous.access_expires
        self.gdal.install(tokens.access_token, endpoints, new_session=refused)
        self._tokensChanged.emit()
        self.stateChanged.emit()
        return tokens

    def _set_message(self, message: str) -> None:
        with self._lock:
            self._message = message
        self.stateChanged.emit()

    # ------------------------------------------------------------------ keeping GDAL's header fresh

    def _has_tokens(self) -> bool:
        with self._lock:
            return self._tokens is not None

    def _rearm_timer(self) -> None:
        """(Main thread.) Refresh in the background before expiry, so streamed layers keep a valid header."""
        with self._lock:
            tokens = self._tokens
        self._timer.stop()
        if tokens is None or tokens.refresh_token is None:
            return
        margin = min(REFRESH_MARGIN_S, tokens.lifetime / 4.0)
        delay = max(0.5, tokens.access_expires - margin - time.monotonic() + 0.1)  # just inside the margin
        self._timer.start(int(delay * 1000))

    def _refresh_in_background(self) -> None:
        """(Timer slot.) Never raises: an exception escaping a Qt slot would abort QGIS."""
        if self._refresh_task is not None:
            return
        try:

            def work(task: QgsTask) -> None:
                self.access_token(login_if_needed=False, raise_if_dead=False)

            def done(exception: Optional[BaseException], result=None) -> None:
                if sip.isdeleted(self):  # the plugin was unloaded meanwhile
                    return
                self._refresh_task = None
                if exception is None:
                    self._rearm_timer()  # also when nothing was refreshed (an early wake-up)
                elif self._has_tokens():
                    self._timer.start(int(RETRY_AFTER_FAILED_REFRESH_S * 1000))  # SSO down: back off

            flags = QgsTask.Flag.CanCancel
            silent = getattr(QgsTask.Flag, "Silent", None)  # QGIS >= 3.26: no pop-up in the task bar
            if silent is not None:
                flags = flags | silent
            task = settle(
                QgsTask.fromFunction(
                    tr("Refreshing the Terrascope session"), work, on_finished=done, flags=flags
                )
            )
            self._refresh_task = task
            QgsApplication.taskManager().addTask(task)
        except Exception as exc:  # noqa: BLE001 - see the docstring
            self._refresh_task = None
            QgsMessageLog.logMessage(
                tr("The Terrascope session could not be refreshed in the background ({kind}).").format(
                    kind=type(exc).__name__
                ),
                LOG_TAG,
            )


def _end_server_session(tokens: _Tokens, endpoints: Endpoints) -> None:
    """Keycloak's back-channel logout with the refresh token; best effort."""
    url = endpoints.sso + "/protocol/openid-connect/logout"
    fields = {"client_id": tokens.client_id, "refresh_token": tokens.refresh_token or ""}
    try:
        network.post_form(url, fields, auth=network.AUTH_NONE, timeout_s=10, raise_for_status=False)
    except NetworkError:
        pass  # logged out locally; the server session times out on its own


def _parse_tokens(
    response: network.Response, client_id: str, username: Optional[str], started: float
) -> _Tokens:
    try:
        body = response.json()
        access = str(body["access_token"])
        lifetime = float(body.get("expires_in") or 60)
    except (NetworkError, KeyError, TypeError, ValueError, AttributeError):
        raise NetworkError(
            tr("The Terrascope sign-in service sent an answer the plugin cannot use. Try again later."),
            status=response.status,
            url=network.display_url(response.url),
        ) from None
    refresh = body.get("refresh_token")
    refresh_in = body.get("refresh_expires_in")
    refresh_expires = started + float(refresh_in) if refresh_in else None
    return _Tokens(
        access_token=access,
        refresh_token=str(refresh) if refresh else None,
        access_expires=started + lifetime,
        refresh_expires=refresh_expires,
        client_id=client_id,
        lifetime=lifetime,
        username=_claim(access, "preferred_username") or username,
        id_token=body.get("id_token"),
    )


def _claim(jwt_token: str, name: str) -> Optional[str]:
    """One claim of a JWT, read without verification: only for display (the username)."""
    try:
        payload = jwt_token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        value = data.get(name)
        return str(value) if value else None
    except (IndexError, ValueError, AttributeError):
        return None


def _token_error(response: network.Response, grant_type: str) -> Exception:
    """Keycloak's error reply as a sentence a person can act on."""
    error, description = "", ""
    try:
        body = json.loads(response.content.decode("utf-8"))
        if isinstance(body, dict):
            error = str(body.get("error") or "")
            description = str(body.get("error_description") or "")
    except (UnicodeDecodeError, ValueError):
        pass
    kwargs = {
        "status": response.status,
        "url": network.display_url(response.url),
        "server_message": description or error or None,
    }
    if error == "invalid_grant" and grant_type == "password":
        return AuthError(tr("Wrong Terrascope username or password. Check them and try again."), **kwargs)
    if error == "invalid_grant" and grant_type == "refresh_token":
        return AuthError(tr("Your Terrascope session has ended. Log in again."), **kwargs)
    if error == "invalid_grant":
        return AuthError(
            tr("The browser login could not be completed ({reason}). Try again.").format(
                reason=description or error
            ),
            **kwargs,
        )
    if error in ("invalid_client", "unauthorized_client", "unsupported_grant_type", "invalid_scope"):
        return AuthError(
            tr(
                "The Terrascope sign-in service refused this plugin ({reason}). Update the plugin or report "
                "the problem."
            ).format(reason=description or error),
            **kwargs,
        )
    return network.http_error(response)


# ---------------------------------------------------------------------------------------------- the session


_SESSION: Optional[TokenSession] = None
_SESSION_LOCK = threading.Lock()


def session() -> TokenSession:
    """The plugin's session, created on first use (no network); it lives on the main thread."""
    global _SESSION
    with _SESSION_LOCK:
        if _SESSION is None:
            created = TokenSession()
            app = QCoreApplication.instance()
            if app is not None and created.thread() != app.thread():
                created.moveToThread(app.thread())
            _SESSION = created
        return _SESSION


def existing_session() -> Optional[TokenSession]:
    """The session if one was created, else None (never creates one)."""
    return _SESSION


def discard_session() -> None:
    """Forget the in-memory session (plugin unload): tokens and GDAL headers go, the stored login stays."""
    global _SESSION
    with _SESSION_LOCK:
        current, _SESSION = _SESSION, None
    if current is not None:
        current.clear()
        current.deleteLater()
