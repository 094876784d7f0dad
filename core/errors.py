"""Typed exceptions: every error the plugin raises on purpose derives from :class:`TerrascopeError`.

The message is a sentence a user can act on. It never contains a password, a token or any other secret:
callers pass the server's own message and a URL without credentials.
"""

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
