"""The Login section of the dock, driven like a user would, against the sandbox."""

from __future__ import annotations

import threading
import time
import urllib.request
from typing import Callable

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from terrascope_explorer.core import auth
from terrascope_explorer.ui.login_panel import LoginPanel
from tests import test_auth
from tests.test_auth import PASSWORD, TOKEN_PATH, USER

account = test_auth.account  # the fixture: a sandbox user and a clean session
no_master_password = test_auth.no_master_password


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Run the event loop (task results arrive through it) until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture()
def panel(account):
    widget = LoginPanel()
    widget.show()
    yield widget
    wait_for(lambda: not widget.is_busy())
    widget.close()
    widget.deleteLater()


def shown(widget) -> bool:
    return widget.isVisibleTo(widget.window())


def log_in(panel: LoginPanel, username: str = USER, password: str = PASSWORD) -> None:
    panel.usernameEdit.setText(username)
    panel.passwordEdit.setText(password)
    panel.loginButton.click()


def test_logging_in_from_the_panel(panel: LoginPanel, account) -> None:
    assert panel.statusLabel.text().startswith("Not logged in.")
    assert shown(panel.credentialsForm) and shown(panel.loginButton) and not shown(panel.logoutButton)

    log_in(panel)

    assert panel.passwordEdit.text() == "", "the password leaves the field at once"
    assert panel.is_busy() and not panel.loginButton.isEnabled()
    assert panel.messageLabel.text() == "Logging in…"
    wait_for(lambda: not panel.is_busy())
    assert panel.statusLabel.text() == (
        "Logged in as alice: session alive. "
        "Your login is saved, encrypted, in the QGIS authentication database."
    )
    assert not shown(panel.credentialsForm) and shown(panel.logoutButton) and not shown(panel.loginButton)
    assert not shown(panel.messageLabel)
    assert auth.CredentialStore().has_credentials()


def test_the_ui_does_not_wait_for_a_slow_sso(panel: LoginPanel, account) -> None:
    account.ctx.faults.add(path=TOKEN_PATH, kind="latency", delay=2.0, times=1)
    started = time.monotonic()
    log_in(panel)
    assert time.monotonic() - started < 0.5, "the click returns before the SSO answers"
    wait_for(lambda: not panel.is_busy())
    assert panel.statusLabel.text().startswith("Logged in as alice")


def test_a_wrong_password_is_one_sentence_in_the_panel(panel: LoginPanel) -> None:
    log_in(panel, password="nope")
    wait_for(lambda: not panel.is_busy())

    assert panel.messageLabel.text() == "Wrong Terrascope username or password. Check them and try again."
    assert shown(panel.messageLabel) and shown(panel.credentialsForm) and panel.loginButton.isEnabled()
    assert panel.statusLabel.text().startswith("Not logged in.")


def test_an_empty_password_is_refused_in_the_panel(panel: LoginPanel) -> None:
    log_in(panel, password="")
    assert not panel.is_busy()
    assert panel.messageLabel.text() == "Enter your Terrascope username and password."


def test_the_panel_says_when_the_session_lives_in_memory_only(no_master_password, panel: LoginPanel) -> None:
    log_in(panel)
    wait_for(lambda: not panel.is_busy())

    assert "kept in memory only" in panel.statusLabel.text()
    assert not auth.CredentialStore().has_credentials()


def test_the_panel_says_when_the_session_has_ended(panel: LoginPanel, account) -> None:
    account.ctx.access_token_lifetime = 1
    panel.rememberCheck.setChecked(False)
    log_in(panel)
    wait_for(lambda: not panel.is_busy())
    account.ctx.realm.revoke_all()
    time.sleep(1.1)

    assert panel.session.access_token(raise_if_dead=False) is None
    QCoreApplication.processEvents()

    assert panel.statusLabel.text() == "Your Terrascope session has ended. Log in again."
    assert shown(panel.credentialsForm) and shown(panel.loginButton)


def test_logging_out_from_the_panel(panel: LoginPanel, account) -> None:
    log_in(panel)
    wait_for(lambda: not panel.is_busy())
    account.ctx.stats.reset()

    panel.logoutButton.click()

    assert panel.statusLabel.text().startswith("Not logged in."), "local logout is immediate"
    wait_for(lambda: not panel.is_busy())
    ended = [e for e in account.ctx.stats.snapshot() if e["path"].endswith("/logout")]
    assert [e["status"] for e in ended] == [204]
    assert not auth.CredentialStore().has_credentials()


def test_browser_login_from_the_panel(account) -> None:
    """The "browser" is a thread that follows the redirects; the sandbox signs the user in at once."""
    account.ctx.realm.auto_login = USER
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=lambda: urllib.request.urlopen(url, timeout=10).read(), daemon=True).start()
        return True

    widget = LoginPanel(open_url=browser)
    try:
        widget.browserLoginButton.click()
        assert widget.messageLabel.text().startswith("Log in to Terrascope in your web browser")
        wait_for(lambda: not widget.is_busy())
        assert widget.statusLabel.text().startswith("Logged in as alice: session alive.")
        assert opened and "code_challenge_method=S256" in opened[0]
    finally:
        account.ctx.realm.auto_login = None
        widget.deleteLater()


def test_no_browser_is_one_sentence(account) -> None:
    widget = LoginPanel(open_url=lambda url: False)
    try:
        widget.browserLoginButton.click()
        assert not widget.is_busy()
        assert widget.messageLabel.text() == (
            "No web browser could be opened. Log in with your username and password instead."
        )
    finally:
        widget.deleteLater()
