"""The Login section of the dock: username, password, "Log in" / "Log out", who is logged in.

The form is ``resources/ui/login_panel.ui``. Logging in runs in a ``QgsTask``: the UI never waits for the
network. The result comes back on the main thread, where the login is stored in the QGIS authentication
database (QGIS may ask for its master password there). The password field is emptied as soon as the task
has it.
"""

from typing import Callable, Optional

from qgis.core import QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QWidget

from ..core import LOG_TAG, auth, resource_path
from ..core.browser_login import BrowserLogin
from ..core.errors import TerrascopeError
from ..core.i18n import tr
from ..core.qt_threads import settle

_FORM_CLASS, _ = uic.loadUiType(str(resource_path("ui", "login_panel.ui")))

ERROR_STYLE = "color: #b3261e;"


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class LoginPanel(QWidget, _FORM_CLASS):
    """Shows and changes the Terrascope session; one per dock."""

    def __init__(
        self,
        parent: Optional[QWidget] = None,
        session: Optional[auth.TokenSession] = None,
        open_url: Callable[[str], bool] = open_in_browser,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session or auth.session()  # creating it costs nothing: no network, no prompt
        self.open_url = open_url
        self.task: Optional[QgsTask] = None
        self._busy_text = ""
        self._error: Optional[str] = None
        self.messageLabel.setStyleSheet(ERROR_STYLE)
        self.loginButton.clicked.connect(self.start_login)
        self.passwordEdit.returnPressed.connect(self.start_login)
        self.browserLoginButton.clicked.connect(self.start_browser_login)
        self.logoutButton.clicked.connect(self.logout)
        self.session.stateChanged.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ state shown

    def is_busy(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        if sip.isdeleted(self):
            return
        status = self.session.status()
        state = status.state
        self.statusLabel.setText(self._status_text(status))
        signed_in = state in (auth.SessionState.ACTIVE, auth.SessionState.STORED)
        self.credentialsForm.setVisible(not signed_in)
        self.loginButton.setVisible(not signed_in)
        self.browserLoginButton.setVisible(not signed_in)
        self.logoutButton.setVisible(signed_in)
        for widget in (self.loginButton, self.browserLoginButton, self.logoutButton, self.credentialsForm):
            widget.setEnabled(not self.is_busy())
        if self.is_busy():
            self.messageLabel.setStyleSheet("")
            self.messageLabel.setText(self._busy_text)
        else:
            self.messageLabel.setStyleSheet(ERROR_STYLE)
            self.messageLabel.setText(self._error or status.message or "")
        self.messageLabel.setVisible(bool(self.messageLabel.text()))

    @staticmethod
    def _status_text(status: auth.SessionStatus) -> str:
        state = status.state
        if state is auth.SessionState.ACTIVE:
            text = tr("Logged in as {user}: session alive.").format(user=status.username or "?")
            if status.memory_only:
                text += " " + tr(
                    "QGIS has no master password, so this login is kept in memory only: you will have to "
                    "log in again after restarting QGIS."
                )
            elif status.persistent:
                text += " " + tr("Your login is saved, encrypted, in the QGIS authentication database.")
            return text
        if state is auth.SessionState.STORED:
            return tr(
                "Your Terrascope login is saved, encrypted, in the QGIS authentication database: the plugin "
                "logs in by itself when something needs it."
            )
        if state is auth.SessionState.EXPIRED:
            return tr("Your Terrascope session has ended. Log in again.")
        return tr(
            "Not logged in. Searching works without a login; downloading and streaming most data need one."
        )

    # ------------------------------------------------------------------ actions

    def start_login(self) -> None:
        if self.is_busy():
            return
        username = self.usernameEdit.text().strip()
        password = self.passwordEdit.text()
        if not username or not password:
            self._error = tr("Enter your Terrascope username and password.")
            self.refresh()
            return
        self.passwordEdit.clear()
        remember = self.rememberCheck.isChecked()
        session = self.session

        def work(task: QgsTask) -> None:
            session.login(username, password, remember=False)

        def done(exception: Optional[BaseException], result=None) -> None:
            if exception is None and remember:
                try:  # main thread: QGIS may ask for its master password here
                    session.remember(username, password)
                except Exception as exc:  # noqa: BLE001 - never let an exception escape into Qt
                    exception = exc
            self._finished(exception)

        self._run(tr("Logging in to Terrascope"), tr("Logging in…"), work, done)

    def start_browser_login(self) -> None:
        if self.is_busy():
            return
        login = BrowserLogin(self.session)
        url = login.start()
        if not self.open_url(url):
            login.close()
            self._error = tr(
                "No web browser could be opened. Log in with your username and password instead."
            )
            self.refresh()
            return

        def work(task: QgsTask) -> None:
            login.finish(task.isCanceled)

        def done(exception: Optional[BaseException], result=None) -> None:
            login.close()
            self._finished(exception)

        self._run(
            tr("Waiting for the Terrascope login in the browser"),
            tr("Log in to Terrascope in your web browser, then come back to QGIS."),
            work,
            done,
        )

    def logout(self) -> None:
        if self.is_busy():
            return
        self._error = None
        end_server_session = self.session.logout(end_server_session=False)  # at once, no network
        if end_server_session is None:
            return

        def work(task: QgsTask) -> None:
            end_server_session()

        def done(exception: Optional[BaseException], result=None) -> None:
            self._finished(None)

        self._run(tr("Logging out of Terrascope"), tr("Logging out…"), work, done)

    # ------------------------------------------------------------------ tasks

    def _run(self, description: str, busy_text: str, work, done) -> None:
        self._error = None
        self._busy_text = busy_text
        self.task = settle(QgsTask.fromFunction(description, work, on_finished=done))
        self.refresh()
        QgsApplication.taskManager().addTask(self.task)

    def _finished(self, exception: Optional[BaseException]) -> None:
        if sip.isdeleted(self):
            return
        self.task = None
        if isinstance(exception, TerrascopeError):
            self._error = str(exception)
        elif exception is not None:
            # An unexpected bug: its text could hold anything, so only its type is shown and logged.
            self._error = tr("Logging in failed unexpectedly ({kind}). Please report it.").format(
                kind=type(exception).__name__
            )
            QgsMessageLog.logMessage(self._error, LOG_TAG)
        else:
            self._error = None
        self.refresh()

    def cancel(self) -> None:
        """Cancel a running login (the dock is closing)."""
        if self.task is not None:
            self.task.cancel()
