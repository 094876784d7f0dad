"""The one place that knows the URLs of the Terrascope services.

Production hosts are VITO's; a sandbox answers on one loopback base URL with paths that mirror the real
hosts (see ``sandbox/context.py``). :func:`current_endpoints` picks one of the two from
:func:`.settings.sandbox_url`. Every URL here has no trailing slash.
"""

from dataclasses import dataclass, fields

from . import settings


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the Terrascope services."""

    sso: str  # Keycloak realm: {sso}/protocol/openid-connect/token, /.well-known/openid-configuration
    stac: str  # STAC API
    catalogue: str  # OpenSearch catalogue (OGC 17-047r1, GeoJSON)
    wmts: str  # WMTS v2
    wms: str  # WMS v2
    download: str  # data files: {download}/<Mission>/<Product>/YYYY/MM/DD/<item id>/<file>
    titiler: str  # preview rendering

    @classmethod
    def sandbox(cls, base_url: str) -> "Endpoints":
        """The endpoints of a sandbox answering on ``base_url`` (``http://127.0.0.1:PORT``)."""
        base = base_url.rstrip("/")
        return cls(**{f.name: base + _SANDBOX_PATHS[f.name] for f in fields(cls)})


PRODUCTION = Endpoints(
    sso="https://sso.terrascope.be/auth/realms/terrascope",
    stac="https://stac.terrascope.be",
    catalogue="https://services.terrascope.be/catalogue",
    wmts="https://services.terrascope.be/wmts/v2",
    wms="https://services.terrascope.be/wms/v2",
    download="https://services.terrascope.be/download",
    titiler="https://titiler.terrascope.be",
)

_SANDBOX_PATHS = {
    "sso": "/auth/realms/terrascope",
    "stac": "/stac",
    "catalogue": "/catalogue",
    "wmts": "/wmts/v2",
    "wms": "/wms/v2",
    "download": "/download",
    "titiler": "/titiler",
}


def current_endpoints() -> Endpoints:
    """The sandbox endpoints when a sandbox is selected, else :data:`PRODUCTION`.

    Read at each call, so a change of the setting or of ``TERRASCOPE_SANDBOX`` applies to the next request.

    :raises ConfigurationError: the selected sandbox URL is not usable.
    """
    base_url = settings.sandbox_url()
    return PRODUCTION if base_url is None else Endpoints.sandbox(base_url)
