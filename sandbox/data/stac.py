"""STAC 1.1 JSON for the generated items and collections, shaped like stac.terrascope.be's.

All hrefs to sandbox services start with the ``{SANDBOX}`` placeholder (see sandbox/context.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from osgeo import ogr

from . import geo
from .collections import AssetSpec, CollectionSpec

PLACEHOLDER = "{SANDBOX}"  # same literal as sandbox.context.PLACEHOLDER
STAC_VERSION = "1.1.0"
OIDC_URL = PLACEHOLDER + "/auth/realms/terrascope/.well-known/openid-configuration"
AUTH_SCHEMES = {"oidc": {"type": "openIdConnect", "openIdConnectUrl": OIDC_URL}}
PROCESSING_DELAY = timedelta(hours=5, minutes=17, seconds=3)  # created = acquisition + this (sandbox choice)

# Extension schema for each field prefix, in the order the real items list them.
_EXTENSIONS = (
    ("eo:", "https://stac-extensions.github.io/eo/v2.0.0/schema.json"),
    ("sar:", "https://stac-extensions.github.io/sar/v1.0.0/schema.json"),
    ("sat:", "https://stac-extensions.github.io/sat/v1.0.0/schema.json"),
    ("product:", "https://stac-extensions.github.io/product/v0.1.0/schema.json"),
    ("mgrs:", "https://stac-extensions.github.io/mgrs/v1.0.0/schema.json"),
    ("grid:", "https://stac-extensions.github.io/grid/v1.1.0/schema.json"),
    ("processing:", "https://stac-extensions.github.io/processing/v1.2.0/schema.json"),
    ("file:", "https://stac-extensions.github.io/file/v2.1.0/schema.json"),
    ("raster:", "https://stac-extensions.github.io/raster/v2.0.0/schema.json"),
    ("proj:", "https://stac-extensions.github.io/projection/v2.0.0/schema.json"),
    ("alternate", "https://stac-extensions.github.io/alternate-assets/v1.2.0/schema.json"),
    ("auth:", "https://stac-extensions.github.io/authentication/v1.1.0/schema.json"),
)

_LICENSE_LINKS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "other": "https://sentinels.copernicus.eu/documents/247904/690755/Sentinel_Data_Legal_Notice",
}


@dataclass(frozen=True)
class WrittenFile:
    """A file a job wrote for one asset."""

    name: str
    size: int
    grid: geo.Grid | None = None  # None for non-raster files


def iso(when: datetime | date) -> str:
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day)
    if when.microsecond:
        return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def item_dir(spec: CollectionSpec, item_id: str, day: date) -> str:
    """Path of an item's files below /download/ (and below files/ in the generated data)."""
    return f"{spec.download_root}/{_dated(item_id, day)}"


def _dated(item_id: str, day: date) -> str:
    return f"{day:%Y/%m/%d}/{item_id}"


def build_item(
    spec: CollectionSpec,
    item_id: str,
    start: datetime,
    end: datetime,
    footprint: ogr.Geometry,
    properties: Mapping[str, Any],
    files: Mapping[str, WrittenFile],
    data_grid: geo.Grid,
) -> dict[str, Any]:
    """One STAC item. `footprint` in any CRS; `data_grid` is the grid of the main data asset."""
    ring = geo.lonlat_ring(footprint)
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    created = iso(end + PROCESSING_DELAY)
    props: dict[str, Any] = {
        "title": item_id,
        "datetime": iso(start),
        "start_datetime": iso(start),
        "end_datetime": iso(end),
        "created": created,
        "updated": created,
        "providers": [dict(p) for p in spec.providers],
        **properties,
        "product:type": spec.product_type,
        "proj:code": f"EPSG:{data_grid.epsg}",
        "proj:bbox": data_grid.bbox,
        "auth:schemes": AUTH_SCHEMES,
    }
    dated = _dated(item_id, start.date() if isinstance(start, datetime) else start)
    assets = {a.key: _asset(spec, a, files.get(a.key), dated, item_id, data_grid) for a in spec.assets}
    item: dict[str, Any] = {
        "type": "Feature",
        "stac_version": STAC_VERSION,
        "stac_extensions": [],
        "id": item_id,
        "collection": spec.id,
        # Rounded outwards, so that the bbox still contains the geometry.
        "bbox": [_floor4(min(lons)), _floor4(min(lats)), -_floor4(-max(lons)), -_floor4(-max(lats))],
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": props,
        "links": _item_links(spec.id, item_id),
        "assets": assets,
    }
    item["stac_extensions"] = extensions_of(item)
    return item


def _floor4(value: float) -> float:
    return math.floor(value * 10_000) / 10_000


def _item_links(collection_id: str, item_id: str) -> list[dict[str, str]]:
    base = f"{PLACEHOLDER}/stac"
    return [
        {
            "rel": "self",
            "type": "application/geo+json",
            "href": f"{base}/collections/{collection_id}/items/{item_id}",
        },
        {"rel": "parent", "type": "application/json", "href": f"{base}/collections/{collection_id}"},
        {"rel": "collection", "type": "application/json", "href": f"{base}/collections/{collection_id}"},
        {"rel": "root", "type": "application/json", "href": f"{base}/"},
    ]


def _preview_shape(grid: geo.Grid, max_size: int = 256) -> list[int]:
    factor = max_size / max(grid.width, grid.height)
    return [max(1, round(grid.height * factor)), max(1, round(grid.width * factor))]


def _asset(
    spec: CollectionSpec,
    a: AssetSpec,
    f: WrittenFile | None,
    dated: str,
    item_id: str,
    data_grid: geo.Grid,
) -> dict[str, Any]:
    if not a.is_file:
        return {
            "href": f"{PLACEHOLDER}/titiler/collections/{spec.id}/items/{item_id}/preview?"
            + spec.preview_query,
            "type": a.media_type,
            "title": a.title,
            "roles": list(a.roles),
            "proj:shape": _preview_shape(data_grid),
        }
    if f is None:
        raise ValueError(f"{item_id}: no file written for asset {a.key}")
    out: dict[str, Any] = {
        "href": f"{PLACEHOLDER}/download/{spec.download_root}/{dated}/{f.name}",
        "type": a.media_type,
        "title": a.title,
    }
    if a.description:
        out["description"] = a.description
    out["roles"] = list(a.roles)
    out["file:size"] = f.size
    if f.grid is not None:
        for name, value in (
            ("data_type", a.data_type),
            ("raster:scale", a.scale),
            ("raster:offset", a.offset),
            ("raster:sampling", a.sampling),
            ("nodata", a.nodata),
            ("unit", a.unit),
        ):
            if value is not None:
                out[name] = value
        if a.bands:
            out["bands"] = [b.stac() for b in a.bands]
        out["proj:shape"] = f.grid.shape
        out["proj:transform"] = f.grid.stac_transform
    out["alternate"] = {"local": {"href": f"file://{spec.local_root}/{dated}/{f.name}"}}
    if a.auth:
        out["auth:refs"] = ["oidc"]
    return out


def extensions_of(doc: Mapping[str, Any]) -> list[str]:
    """The extension schemas whose fields the document uses."""
    keys: set[str] = set()
    _collect_keys(doc, keys)
    return [url for prefix, url in _EXTENSIONS if any(k.startswith(prefix) for k in keys)]


def _collect_keys(value: Any, keys: set[str]) -> None:
    if isinstance(value, Mapping):
        for k, v in value.items():
            keys.add(k)
            _collect_keys(v, keys)
    elif isinstance(value, list):
        for v in value:
            _collect_keys(v, keys)


# --- Collections ----------------------------------------------------------------------------------------

_RANGE_KEYS = ("eo:cloud_cover",)


def build_collection(spec: CollectionSpec, items: list[dict[str, Any]]) -> dict[str, Any]:
    coll: dict[str, Any] = {
        "type": "Collection",
        "stac_version": STAC_VERSION,
        "stac_extensions": [],
        "id": spec.id,
        "title": spec.title,
        "description": spec.description,
        "keywords": [spec.mission_group, *[k for k in spec.keywords if k != spec.mission_group]],
        "license": spec.license,
        "providers": [dict(p) for p in spec.providers],
        "extent": _extent(items),
        "summaries": {**spec.static_summaries(), **_summaries(spec.summary_keys, items)},
        "item_assets": spec.item_assets(),
        "auth:schemes": AUTH_SCHEMES,
        "links": _collection_links(spec),
        **spec.sandbox_fields(),
    }
    # item_assets is core in STAC 1.1; the prefixes used by summaries and item_assets decide the rest.
    coll["stac_extensions"] = extensions_of(
        {"summaries": coll["summaries"], "item_assets": coll["item_assets"], "auth:schemes": 1}
    )
    return coll


def _collection_links(spec: CollectionSpec) -> list[dict[str, str]]:
    base = f"{PLACEHOLDER}/stac"
    return [
        {"rel": "self", "type": "application/json", "href": f"{base}/collections/{spec.id}"},
        {"rel": "parent", "type": "application/json", "href": f"{base}/"},
        {"rel": "root", "type": "application/json", "href": f"{base}/"},
        {"rel": "items", "type": "application/geo+json", "href": f"{base}/collections/{spec.id}/items"},
        {"rel": "license", "type": "text/html", "href": _LICENSE_LINKS[spec.license]},
    ]


def _extent(items: list[dict[str, Any]]) -> dict[str, Any]:
    if not items:
        return {"spatial": {"bbox": [[-180.0, -90.0, 180.0, 90.0]]}, "temporal": {"interval": [[None, None]]}}
    boxes = [i["bbox"] for i in items]
    bbox = [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]
    starts = [i["properties"]["start_datetime"] for i in items]
    ends = [i["properties"]["end_datetime"] for i in items]
    return {"spatial": {"bbox": [bbox]}, "temporal": {"interval": [[min(starts), max(ends)]]}}


def _summaries(keys: Iterable[str], items: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in keys:
        values = [i["properties"][key] for i in items if key in i["properties"]]
        if not values:
            continue
        if key in _RANGE_KEYS:
            out[key] = {"minimum": min(values), "maximum": max(values)}
            continue
        flat: list[Any] = []
        for v in values:
            flat.extend(v if isinstance(v, list) else [v])
        out[key] = sorted(set(flat), key=str)
    return out
