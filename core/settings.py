"""The plugin's settings: one module, keys prefixed ``terrascope_explorer/``, typed values with defaults.

Only non-secret values live here. Credentials stay in the QGIS authentication database; at most the id
of an authentication configuration is stored.

The environment (production or a local sandbox) is chosen here too: the ``TERRASCOPE_SANDBOX``
environment variable, else the ``terrascope_explorer/environment/sandbox_url`` setting, gives the base URL
of a sandbox; when neither is set the plugin talks to the production services.
"""

import os
from dataclasses import dataclass
from typing import Generic, Optional, TypeVar
from urllib.parse import urlsplit

from qgis.core import QgsSettings

from .errors import ConfigurationError
from .i18n import tr

PREFIX = "terrascope_explorer"
SANDBOX_ENV_VAR = "TERRASCOPE_SANDBOX"

T = TypeVar("T", str, bool, int, float)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key below :data:`PREFIX`, its default, whose type is the type of the value."""

    key: str
    default: T
    description: str = ""

    @property
    def full_key(self) -> str:
        return f"{PREFIX}/{self.key}"

    def value(self) -> T:
        """The stored value converted to the type of the default; the default when unset or unreadable."""
        try:
            return QgsSettings().value(self.full_key, self.default, type=type(self.default))
        except (TypeError, ValueError):
            return self.default

    def set_value(self, value: T) -> None:
        if type(value) is not type(self.default):
            raise TypeError(
                f"{self.full_key} expects a value of type {type(self.default).__name__}, "
                f"not {type(value).__name__}"
            )
        QgsSettings().setValue(self.full_key, value)  # noqa: QGS202 (returns nothing)

    def remove(self) -> None:
        """Forget the stored value: :meth:`value` returns the default again."""
        QgsSettings().remove(self.full_key)


SANDBOX_URL = Setting(
    "environment/sandbox_url",
    "",
    "Base URL of a local Terrascope sandbox, such as http://127.0.0.1:8765; empty for production.",
)


def sandbox_url() -> Optional[str]:
    """Base URL of the selected sandbox (no trailing slash), or ``None`` for production.

    The environment variable wins over the setting, so a test run or ``make run`` can point QGIS at a
    sandbox without changing the user's profile.

    :raises ConfigurationError: the value is not an http(s) base URL.
    """
    raw = os.environ.get(SANDBOX_ENV_VAR, "").strip()
    source = tr("The environment variable {name}").format(name=SANDBOX_ENV_VAR)
    if not raw:
        raw = SANDBOX_URL.value().strip()
        source = tr("The setting {key}").format(key=SANDBOX_URL.full_key)
    if not raw:
        return None
    return _checked_base_url(raw, source)


def _checked_base_url(raw: str, source: str) -> str:
    parts = urlsplit(raw)
    if parts.username or parts.password:
        raise ConfigurationError(
            tr("{source} must not contain a user name or a password.").format(source=source)
        )
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # not a number, or out of range
        port_ok = False
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or not port_ok
        or parts.query
        or parts.fragment
    ):
        raise ConfigurationError(
            tr(
                "{source} must be the base URL of a Terrascope sandbox, such as http://127.0.0.1:8765, "
                "but it is {value}."
            ).format(source=source, value=repr(raw))
        )
    return raw.rstrip("/")


AUTHCFG_ID = Setting(
    "auth/authcfg",
    "",
    "Id of the QGIS authentication configuration (method Basic, name Terrascope) that holds the Terrascope "
    "login; the credentials themselves stay in the encrypted QGIS authentication database.",
)

NETWORK_TIMEOUT_S = Setting(
    "network/timeout_s",
    30,
    "Seconds without any data after which a request to a Terrascope service is given up.",
)

LAYER_CACHE_FOLDER = Setting(
    "layers/cache_folder",
    "",
    "Folder for the small .vrt files that streamed layers (single bands and band composites) are opened from "
    "(empty: cache/terrascope_explorer/layers in the QGIS profile). Projects refer to these files.",
)

DOWNLOAD_FOLDER = Setting(
    "downloads/folder",
    "",
    "Folder that product files are downloaded to (empty: Terrascope in the user's Downloads folder).",
)

DOWNLOAD_LOAD_WHEN_DONE = Setting(
    "downloads/load_when_done",
    True,
    "Whether downloaded raster files are added to the project when the download ends.",
)


def download_folder() -> str:
    """The folder downloads go to: the setting, else ``Terrascope`` in the user's Downloads folder."""
    chosen = DOWNLOAD_FOLDER.value().strip()
    if chosen:
        return chosen
    from qgis.PyQt.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    if not base:
        base = os.path.join(os.path.expanduser("~"), "Downloads")
    return os.path.join(base, "Terrascope")
