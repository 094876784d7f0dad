"""Shared state of one running sandbox.

Every part of the sandbox (OIDC realm, STAC API, OpenSearch, downloads, web services, previews) receives the
same :class:`SandboxContext`. It holds the base URL the sandbox answers on, the generated catalogue and the
knobs tests turn (token lifetimes, faults). Parts never import each other's internals: they use this.

URL layout (one loopback base URL, paths mirror the real hosts):

=========================================  =========================================================
real                                        sandbox
=========================================  =========================================================
https://sso.terrascope.be/auth/realms/...   {base}/auth/realms/terrascope/...
https://stac.terrascope.be/                 {base}/stac/
https://services.terrascope.be/catalogue/   {base}/catalogue/
https://services.terrascope.be/wmts/v2      {base}/wmts/v2
https://services.terrascope.be/wms/v2       {base}/wms/v2
https://services.terrascope.be/download/    {base}/download/
https://titiler.terrascope.be/              {base}/titiler/
=========================================  =========================================================

The generated catalogue stores hrefs with the placeholder ``{SANDBOX}`` standing for the base URL; the
context replaces it once at start-up (:func:`resolve_hrefs`).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLACEHOLDER = "{SANDBOX}"

# Real production hosts and their sandbox paths (used by the README and by href rewriting).
REAL_TO_SANDBOX = {
    "https://sso.terrascope.be/auth/realms/terrascope": "/auth/realms/terrascope",
    "https://stac.terrascope.be": "/stac",
    "https://services.terrascope.be/catalogue": "/catalogue",
    "https://services.terrascope.be/wmts/v2": "/wmts/v2",
    "https://services.terrascope.be/wms/v2": "/wms/v2",
    "https://services.terrascope.be/download": "/download",
    "https://titiler.terrascope.be": "/titiler",
}

REALM_PATH = "/auth/realms/terrascope"


@dataclass
class Stats:
    """Counts what arrived, per path, so tests and benchmarks can assert real traffic."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def record(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.requests.append(entry)

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()

    def snapshot(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.requests)


# Collections the sandbox serves through the OpenSearch catalogue only, not the STAC API. Which legacy
# archives the real STAC API lacks is unknown (REAL_SERVICE_NOTES.md §2: only some ids are seen there, while
# VITO's OpenSearch lists the C1 SPOT-VEGETATION archive `urn:ogc:def:EOP:VITO:VGT_S10`); keeping SPOT-VGT out
# of STAC makes the client's OpenSearch fallback testable. ``SandboxContext.opensearch_only`` changes it.
OPENSEARCH_ONLY = frozenset({"terrascope-spotvgt-s10-ndvi-1km-v1"})


@dataclass
class SandboxContext:
    base_url: str  # "http://127.0.0.1:PORT", no trailing slash
    data_dir: Path  # generated data: catalogue.json and files/
    collections: list[dict[str, Any]] = field(default_factory=list)  # STAC collections, hrefs resolved
    items: list[dict[str, Any]] = field(default_factory=list)  # STAC items, hrefs resolved
    access_token_lifetime: int = 300  # seconds, as the real realm (about 5 minutes)
    refresh_token_lifetime: int = 1800  # seconds, Keycloak's default SSO session idle
    users: dict[str, str] = field(default_factory=lambda: {"demo": "demo"})
    stats: Stats = field(default_factory=Stats)
    realm: Any = None  # sandbox.oidc.Realm, set by the app factory
    faults: Any = None  # sandbox.faults.FaultTable, set by the app factory
    opensearch_only: frozenset = OPENSEARCH_ONLY  # collection ids kept out of the STAC API

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def stac_collections(self) -> list[dict[str, Any]]:
        return [c for c in self.collections if c["id"] not in self.opensearch_only]

    @property
    def stac_items(self) -> list[dict[str, Any]]:
        return [i for i in self.items if i.get("collection") not in self.opensearch_only]

    def items_of(self, collection_id: str) -> list[dict[str, Any]]:
        return [i for i in self.items if i.get("collection") == collection_id]

    def collection(self, collection_id: str) -> dict[str, Any] | None:
        return next((c for c in self.collections if c["id"] == collection_id), None)

    def load_catalogue(self) -> None:
        raw = (self.data_dir / "catalogue.json").read_text(encoding="utf-8")
        cat = json.loads(resolve_hrefs(raw, self.base_url))
        self.collections = cat["collections"]
        self.items = cat["items"]


def resolve_hrefs(text: str, base_url: str) -> str:
    """Replace the placeholder in serialised JSON by the base URL (JSON-safe: the URL has no quotes)."""
    return text.replace(PLACEHOLDER, base_url)
