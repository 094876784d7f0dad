"""Typed exceptions: every error the plugin raises on purpose derives from :class:`TerrascopeError`.

The message is a sentence a user can act on. It never contains a password, a token or any other secret:
callers pass the server's own message and a URL without credentials.
"""

import traceback
from typing import Optional


class TerrascopeError(Exception):
    """Base class of the plugin's errors; catch this to handle all of them.

    Errors that come from a Terrascope service also carry what is known about the failed request:
    ``status`` (the HTTP status, ``None`` when no answer came back), ``url`` (the address asked for) and
    ``server_message`` (what the server said, when it said something).
    """

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        url: Optional[str] = None,
        server_message: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.url = url
        self.server_message = server_message


class ConfigurationError(TerrascopeError):
    """A setting or an environment variable has a value the plugin cannot use."""


class NetworkError(TerrascopeError):
    """A Terrascope service could not be reached, or answered with an unexpected HTTP error."""


class AuthError(TerrascopeError):
    """Signing in to Terrascope failed, or a service refused the session (HTTP 401/403)."""


class CatalogueError(TerrascopeError):
    """The STAC API or the OpenSearch catalogue answered something the plugin cannot use."""


class InvalidInputError(TerrascopeError):
    """What the user asked for cannot be searched or done (dates in the wrong order, an empty area…)."""


class DownloadError(TerrascopeError):
    """A product file could not be downloaded or written to disk."""


class RasterError(TerrascopeError):
    """Rasters cannot be read, combined, clipped or written as asked (no overlap, missing band…)."""


def log_bug(exc: BaseException) -> str:
    """Write ``exc``'s traceback (an error in the plugin, not in the user's input or the service) to the
    plugin's log, and return its type name for the one sentence the user is told."""
    from qgis.core import Qgis, QgsMessageLog

    from . import LOG_TAG

    QgsMessageLog.logMessage(
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        LOG_TAG,
        Qgis.MessageLevel.Critical,
    )
    return type(exc).__name__
