"""Logging in to Terrascope, against the sandbox's Keycloak stand-in (issue #4).

The QGIS profile is pytest-qgis's temporary one; its authentication database gets a master password set
non-interactively. Headless, nobody can answer QGIS's master-password prompt, which is how the tests play a
user who will not set one.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
)

from terrascope_explorer import api
from terrascope_explorer.core import auth, network, settings
from terrascope_explorer.core.errors import AuthError, NetworkError

MASTER_PASSWORD = "master-of-the-test-profile"  # noqa: S105 - a throw-away test profile
USER, PASSWORD = "alice", "Pw-7f3c9e21-never-in-clear"  # noqa: S105 - a sandbox account
TOKEN_PATH = "/auth/realms/terrascope/protocol/openid-connect/token"


# -------------------------------------------------------------------------------------------------- fixtures


def set_master_password() -> None:
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True), "the test profile's master password was refused"


@pytest.fixture()
def account(sandbox):
    """A sandbox user with a password that appears nowhere else, and a clean session before and after."""
    sandbox.ctx.users[USER] = PASSWORD
    set_master_password()
    auth.discard_session()
    auth.CredentialStore().remove()
    yield sandbox
    current = auth.existing_session()
    if current is not None:
        current.logout(end_server_session=False)
    auth.CredentialStore().remove()
    auth.discard_session()
    sandbox.ctx.realm.clock_offset = 0.0
    sandbox.ctx.users.pop(USER, None)


@pytest.fixture()
def no_master_password(account) -> Iterator[None]:
    """A user who will not set a master password: QGIS's prompt is declined."""
    QgsApplication.authManager().clearMasterPassword()
    yield
    set_master_password()


def token_requests(sandbox) -> list[dict]:
    return [e for e in sandbox.ctx.stats.snapshot() if e["path"] == TOKEN_PATH]


def protected_asset(sandbox, key: str = "SZA") -> str:
    """The href of a small data asset that needs a token (``auth:refs``)."""
    for item in sandbox.ctx.items:
        asset = item["assets"].get(key)
        if asset and asset.get("auth:refs"):
            return asset["href"]
    raise AssertionError(f"no protected {key} asset in the sandbox catalogue")


def gdal_header(endpoints) -> str | None:
    """The bearer header GDAL sends to Terrascope downloads now, or None."""
    return auth.GdalHeaders.header()


def public_asset(sandbox) -> str:
    for item in sandbox.ctx.items:
        asset = item["assets"].get("QUICKLOOK")
        if asset and not asset.get("auth:refs"):
            return asset["href"]
    raise AssertionError("no public QUICKLOOK asset in the sandbox catalogue")


def secrets_now() -> set[str]:
    current = auth.existing_session()
    tokens = current._tokens if current is not None else None
    if tokens is None:
        return set()
    return {t for t in (tokens.access_token, tokens.refresh_token, tokens.id_token) if t}


# ----------------------------------------------------------------------------------------- storing the login


def test_login_stores_an_authcfg_and_only_its_id_in_the_settings(account) -> None:
    status = api.login(USER, PASSWORD)

    assert status.state is auth.SessionState.ACTIVE and status.username == USER
    assert status.persistent and not status.memory_only
    assert api.is_logged_in() and api.current_user() == USER
    cfg_id = settings.AUTHCFG_ID.value()
    manager = QgsApplication.authManager()
    assert cfg_id in manager.configIds()
    config = QgsAuthMethodConfig()
    ok = manager.loadAuthenticationConfig(cfg_id, config, True)
    config = ok[1] if isinstance(ok, tuple) else config
    assert (config.name(), config.method()) == ("Terrascope", "Basic")
    assert (config.config("username"), config.config("password")) == (USER, PASSWORD)
    keys = [k for k in QgsSettings().allKeys() if k.startswith(settings.PREFIX)]
    values = [str(QgsSettings().value(k)) for k in keys]
    assert f"{settings.PREFIX}/auth/authcfg" in keys
    assert not any(PASSWORD in v or USER in v for v in values), "only the authcfg id is in the settings"


def test_logout_forgets_tokens_the_stored_login_and_the_server_session(account) -> None:
    api.login(USER, PASSWORD)
    cfg_id = settings.AUTHCFG_ID.value()
    sid = auth._claim(auth.session().cached_token(), "sid")
    assert sid in account.ctx.realm._sessions
    account.ctx.stats.reset()

    api.logout()

    assert not api.is_logged_in() and api.current_user() is None
    assert settings.AUTHCFG_ID.value() == ""
    assert cfg_id not in QgsApplication.authManager().configIds()
    logout_calls = [e for e in account.ctx.stats.snapshot() if e["path"].endswith("/openid-connect/logout")]
    assert [e["status"] for e in logout_calls] == [204], "the SSO session was ended too"
    assert sid not in account.ctx.realm._sessions


def test_without_a_master_password_the_session_lives_in_memory_only(no_master_password, account) -> None:
    status = api.login(USER, PASSWORD)

    assert status.state is auth.SessionState.ACTIVE
    assert status.memory_only and not status.persistent
    assert settings.AUTHCFG_ID.value() == ""
    href = protected_asset(account)
    assert network.get_bytes(href, auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM"), "a GeoTIFF came back"


def test_after_a_restart_the_first_action_that_needs_auth_logs_in_silently(account) -> None:
    api.login(USER, PASSWORD)
    auth.discard_session()  # QGIS restarts: the tokens are gone, the stored login stays
    account.ctx.stats.reset()

    fresh = auth.session()
    assert fresh.status().state is auth.SessionState.STORED
    assert api.is_logged_in()
    assert account.ctx.stats.snapshot() == [], "no network call before something needs the login"
    network.get_json(account.base_url + "/stac/")  # searching needs no login, and does not log in
    assert token_requests(account) == []

    body = network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)

    assert body[:2] in (b"II", b"MM")
    assert len(token_requests(account)) == 1
    assert fresh.status().state is auth.SessionState.ACTIVE and fresh.current_user() == USER


# ----------------------------------------------------------------------------------------- bad input, faults


@pytest.mark.parametrize("username", [USER, "nobody-here"], ids=["wrong password", "unknown user"])
def test_a_wrong_password_or_unknown_user_gives_one_clear_sentence(account, username: str) -> None:
    with pytest.raises(AuthError) as caught:
        api.login(username, "not-the-password")

    assert str(caught.value) == "Wrong Terrascope username or password. Check them and try again."
    assert caught.value.status == 401 and caught.value.server_message == "Invalid user credentials"
    assert not api.is_logged_in()
    assert settings.AUTHCFG_ID.value() == "", "a refused login is not stored"


def test_an_empty_password_is_refused_before_any_request(account) -> None:
    with pytest.raises(AuthError, match="Enter your Terrascope username and password"):
        api.login(USER, "")
    assert token_requests(account) == []


def test_sso_down_gives_one_clear_sentence(account) -> None:
    account.ctx.faults.add(path=TOKEN_PATH, kind="status", status=503, retry_after=30)

    with pytest.raises(NetworkError) as caught:
        api.login(USER, PASSWORD)

    message = str(caught.value)
    assert message.startswith("The Terrascope sign-in service is busy or failing (HTTP 503")
    assert message.endswith("Try again in 30 s.")
    assert PASSWORD not in message and not api.is_logged_in()
    assert auth.session().status().message == message, "the dock shows the same sentence"


def test_sso_unreachable_gives_one_clear_sentence(account, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setenv(settings.SANDBOX_ENV_VAR, dead)

    with pytest.raises(NetworkError) as caught:
        api.login(USER, PASSWORD)

    assert str(caught.value).startswith(
        "The Terrascope sign-in service could not be reached (Connection refused"
    )
    assert "proxy" in str(caught.value)


def test_a_slow_sso_times_out_without_freezing(account, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "SSO_TIMEOUT_S", 1.0)
    account.ctx.faults.add(path=TOKEN_PATH, kind="latency", delay=4.0, times=1)
    started = time.monotonic()

    with pytest.raises(NetworkError) as caught:
        api.login(USER, PASSWORD)

    assert time.monotonic() - started < 3.5
    assert str(caught.value) == (
        "The Terrascope sign-in service did not answer within 1 s. It may be busy or down: try again later."
    )


@pytest.mark.parametrize("offset", [-7200.0, 7200.0], ids=["server 2 h behind", "server 2 h ahead"])
def test_clock_skew_does_not_matter(account, offset: float) -> None:
    account.ctx.realm.clock_offset = offset
    api.login(USER, PASSWORD)
    href = protected_asset(account)

    for _ in range(3):
        assert network.get_bytes(href, auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM")

    assert len(token_requests(account)) == 1, "tokens are reused: expiry is measured on the local clock"


def test_an_expired_refresh_token_asks_for_a_new_login(account) -> None:
    account.ctx.access_token_lifetime = 1
    account.ctx.refresh_token_lifetime = 2
    api.login(USER, PASSWORD, remember=False)
    time.sleep(3.2)

    with pytest.raises(AuthError) as caught:
        network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)

    assert str(caught.value) == "Your Terrascope session has ended. Log in again."
    status = auth.session().status()
    assert status.state is auth.SessionState.EXPIRED and status.message == str(caught.value)
    assert not api.is_logged_in()


def test_an_expired_refresh_token_with_a_stored_login_logs_in_again_silently(account) -> None:
    account.ctx.access_token_lifetime = 1
    account.ctx.refresh_token_lifetime = 2
    api.login(USER, PASSWORD)
    time.sleep(3.2)

    assert network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM")
    assert auth.session().status().state is auth.SessionState.ACTIVE


def test_a_revoked_session_without_stored_login_asks_for_a_new_login(account) -> None:
    api.login(USER, PASSWORD, remember=False)
    account.ctx.realm.revoke_all()

    with pytest.raises(AuthError, match="^Your Terrascope session has ended. Log in again.$"):
        network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)


def test_a_changed_password_is_reported_on_the_silent_login(account) -> None:
    api.login(USER, PASSWORD)
    auth.discard_session()
    account.ctx.users[USER] = "changed-elsewhere"

    with pytest.raises(AuthError) as caught:
        network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)

    assert str(caught.value) == "Terrascope no longer accepts your saved username and password. Log in again."


# ------------------------------------------------------------------------------------------ tokens over time


@pytest.mark.slow
def test_five_second_tokens_keep_working_for_thirty_seconds(account) -> None:
    account.ctx.access_token_lifetime = 5
    api.login(USER, PASSWORD, remember=False)  # memory only: no silent re-login can hide a failed refresh
    href = protected_asset(account)
    seen_tokens = set()
    deadline = time.monotonic() + 30
    requests = 0
    while time.monotonic() < deadline:
        assert network.get_bytes(href, auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM")
        seen_tokens |= secrets_now()
        requests += 1
        time.sleep(0.25)

    downloads = [e for e in account.ctx.stats.snapshot() if e["path"].startswith("/download/")]
    assert requests > 50 and all(e["status"] == 200 for e in downloads), "no request was refused"
    assert len(downloads) == requests, "no 401 and retry was needed: tokens were refreshed ahead of expiry"
    assert 6 <= len(token_requests(account)) <= 20
    assert len(seen_tokens) > 10


def test_concurrent_workers_share_one_refresh(account) -> None:
    account.ctx.access_token_lifetime = 4
    api.login(USER, PASSWORD, remember=False)
    session = auth.session()
    time.sleep(3.2)  # inside the refresh margin
    account.ctx.stats.reset()
    results, errors = [], []

    def worker() -> None:
        try:
            results.append(session.access_token())
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == [] and len(results) == 8 and len(set(results)) == 1
    assert len(token_requests(account)) == 1


# --------------------------------------------------------------------------------------- nothing left behind


def _grep_tree(root: Path, needles: set[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n[:12]}…" for n in needles if n.encode() in data]
    return found


def test_a_full_session_leaves_no_password_or_token_anywhere(account, tmp_path: Path, capfd) -> None:
    log: list[str] = []

    def on_message(message: str, tag: str, level) -> None:
        log.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(on_message)
    secrets = {PASSWORD}
    try:
        api.login(USER, PASSWORD)
        secrets |= secrets_now()
        network.get_json(account.base_url + "/stac/search", params={"limit": 2})
        protected = protected_asset(account, "B04")
        layer = QgsRasterLayer(auth.gdal_path(protected), "streamed")
        assert layer.isValid(), f"the streamed COG opens: {layer.error().summary()}"
        assert layer.dataProvider().block(1, layer.extent(), 8, 8).isValid()
        secrets |= secrets_now()
        target = tmp_path / "B04.tif"
        target.write_bytes(network.get_bytes(protected, auth=network.AUTH_REQUIRED))
        assert gdal.Open(str(target)).RasterXSize > 0
        project = QgsProject()
        project.addMapLayer(layer)
        project_file = tmp_path / "session.qgs"
        assert project.write(str(project_file))
        secrets |= secrets_now()
        api.logout()
        QgsSettings().sync()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)

    assert len(secrets) >= 4, "the password, and access, refresh and id tokens were collected"
    profile = Path(os.environ["QGIS_CUSTOM_CONFIG_PATH"])
    assert (profile / "profiles").is_dir()
    assert _grep_tree(profile, secrets) == [], "the QGIS profile folder holds no secret"
    assert _grep_tree(tmp_path, secrets) == [], "the project file holds no secret"
    output = capfd.readouterr()
    text = "\n".join(log) + output.out + output.err
    assert [s[:12] for s in secrets if s in text] == [], "the log holds no secret"
    assert gdal.GetConfigOption("GDAL_HTTP_HEADERS") is None and "GDAL_HTTP_HEADERS" not in os.environ
    for prefix in auth.GdalHeaders.download_prefixes(api.endpoints()):
        assert gdal.GetPathSpecificOption("/vsicurl/" + prefix, "GDAL_HTTP_HEADERS") is None
    assert gdal.VSIStatL(auth.GdalHeaders.header_file()) is None, "logout removed GDAL's header file"


# ---------------------------------------------------------------------------------- browser login (PKCE)


def _browse(url: str) -> threading.Thread:
    """A "browser" that follows the redirects of ``url`` in the background."""
    import urllib.error
    import urllib.request

    def run() -> None:
        try:
            urllib.request.urlopen(url, timeout=10).read()
        except urllib.error.URLError:
            pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_browser_login_with_pkce(account) -> None:
    from terrascope_explorer.core.browser_login import BrowserLogin

    session = auth.session()
    login = BrowserLogin(session)
    url = login.start()
    assert url.startswith(account.base_url + "/auth/realms/terrascope/protocol/openid-connect/auth?")
    assert "client_id=terracatalogueclient" in url and "code_challenge_method=S256" in url
    _browse(url + "&sandbox_autologin=" + USER)

    status = login.finish()

    assert status.state is auth.SessionState.ACTIVE and status.username == USER
    assert session._tokens.client_id == "terracatalogueclient"
    assert status.memory_only and not status.persistent, "an account without a password stores nothing"
    assert network.get_bytes(protected_asset(account), auth=network.AUTH_REQUIRED)[:2] in (b"II", b"MM")


def test_browser_login_refused_or_forged_or_abandoned(account) -> None:
    from terrascope_explorer.core.browser_login import BrowserLogin

    login = BrowserLogin(auth.session())
    login.start()
    _browse(f"{login.redirect_uri}?error=access_denied&error_description=User+cancelled&state={login._state}")
    with pytest.raises(AuthError, match=r"^Terrascope refused the browser login \(User cancelled\)\.$"):
        login.finish()

    login = BrowserLogin(auth.session(), timeout_s=1.5)
    login.start()
    _browse(f"{login.redirect_uri}?code=forged&state=not-the-state").join(5)  # ignored: wrong state
    with pytest.raises(AuthError, match=r"^The browser login took more than 0.025 minutes\. Try again\.$"):
        login.finish()
    assert token_requests(account) == [], "a forged redirect never reaches the token endpoint"
    assert not api.is_logged_in()


# ------------------------------------------------------------------------------ background refresh, unload


def test_the_session_refreshes_in_the_background_for_streamed_layers(account) -> None:
    """Layers streamed by GDAL or QGIS read the token on their own: the session keeps it fresh unasked."""
    from qgis.PyQt.QtCore import QCoreApplication

    account.ctx.access_token_lifetime = 4
    api.login(USER, PASSWORD, remember=False)
    session = auth.session()
    first = session.cached_token()
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline:  # the QGIS event loop, with no request from anyone
        QCoreApplication.processEvents()
        time.sleep(0.02)

    assert session.cached_token() not in (None, first)
    assert len(token_requests(account)) >= 2
    assert gdal_header(api.endpoints()).endswith(session.cached_token()), "GDAL follows the refresh"


def test_unload_drops_tokens_gdal_header_and_preprocessor_but_keeps_the_stored_login(account) -> None:
    from qgis.core import QgsNetworkAccessManager

    import terrascope_explorer

    plugin = terrascope_explorer.classFactory(None)
    plugin.initProcessing()
    preprocessor = plugin.preprocessor_id
    api.login(USER, PASSWORD)

    plugin.unload()

    assert plugin.preprocessor_id is None
    with pytest.raises(KeyError):  # QGIS: "No processor with id … exists": unload removed it
        QgsNetworkAccessManager.removeRequestPreprocessor(preprocessor)
    assert auth.existing_session() is None, "in-memory tokens are gone"
    assert gdal_header(api.endpoints()) is None
    assert auth.CredentialStore().has_credentials(), "the next QGIS session logs in silently"


def test_an_sso_hiccup_during_an_early_refresh_keeps_the_still_valid_token(account) -> None:
    account.ctx.access_token_lifetime = 8  # refreshed from 2 s before expiry on
    api.login(USER, PASSWORD, remember=False)
    token = auth.session().cached_token()
    time.sleep(6.3)
    account.ctx.faults.add(path=TOKEN_PATH, kind="status", status=502, times=1)

    assert auth.session().access_token() == token, "still valid for ~1.7 s: used rather than failing"
    assert auth.session().access_token() != token, "the next call refreshes"
