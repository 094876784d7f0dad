"""What the catalogue returns: collections and products as plain, frozen values.

:func:`collection_from_stac` and :func:`product_from_stac` turn STAC dictionaries into :class:`Collection`
and :class:`Product`; :func:`mission_of` sorts a collection under the mission a user looks for
(Sentinel-1, Sentinel-2, PROBA-V…). A product's footprint is a ``QgsGeometry`` in WGS 84.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

from qgis.core import QgsGeometry, QgsJsonUtils, QgsPointXY, QgsRectangle

from .i18n import tr

CLOUD_COVER = "eo:cloud_cover"

# (mission, words that identify it in a collection's id, title, keywords, constellation, platforms), in the
# order they are tried: the first match wins, so products of a named programme (WorldCover from Sentinel-1
# ratios, PROBA-V "S1" daily syntheses) are found before the bare Sentinel patterns.
_MISSIONS = (
    ("WorldCover", ("worldcover",)),
    ("WorldCereal", ("worldcereal",)),
    ("PROBA-V", ("proba-v", "probav")),
    ("SPOT-VGT", ("spot-vgt", "spotvgt", "spot-veg", "spot-5", "spot-4", "vgt")),
    ("Sentinel-1", ("sentinel-1", "sentinel1", "-s1-", "_s1_")),
    ("Sentinel-2", ("sentinel-2", "sentinel2", "-s2-", "_s2_")),
    ("Sentinel-3", ("sentinel-3", "sentinel3", "-s3-", "_s3_")),
    ("Sentinel-5P", ("sentinel-5p", "sentinel5p", "s5p")),
    ("Landsat", ("landsat",)),
    ("Copernicus DEM", ("cop-dem", "copernicus-dem", "cop_dem", "dem-glo")),
)
OTHER_MISSION = "Other"
MISSION_ORDER = (
    "Sentinel-1",
    "Sentinel-2",
    "Sentinel-3",
    "Sentinel-5P",
    "PROBA-V",
    "SPOT-VGT",
    "WorldCover",
    "WorldCereal",
    "Landsat",
    "Copernicus DEM",
    OTHER_MISSION,
)

# item properties that hold the tile / grid cell, most specific first
_TILE_KEYS = ("grid:code", "s2:mgrs_tile", "tileId", "tile_id")
_THUMBNAIL_TYPES = ("image/png", "image/jpeg", "image/jpg", "image/webp", "image/gif")


@dataclass(frozen=True)
class Collection:
    """A catalogue collection, with what the search form needs to know about it."""

    id: str
    title: str
    description: str = ""
    mission: str = OTHER_MISSION
    keywords: tuple[str, ...] = ()
    start: Optional[datetime] = None
    end: Optional[datetime] = None
    has_cloud_cover: bool = False  # optical: the cloud-cover filter applies
    summaries: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    raw: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def label(self) -> str:
        """What a list shows: the human title (the id when there is none)."""
        return self.title or self.id


try:  # much faster than json for the (de)serialisation below, when QGIS's Python has it
    import orjson as _fast_json
except ImportError:  # pragma: no cover - depends on the user's Python
    _fast_json = None


def _pack(value: Any) -> bytes:
    if _fast_json is not None:
        return _fast_json.dumps(value)
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def _unpack(blob: bytes) -> Any:
    return _fast_json.loads(blob) if _fast_json is not None else json.loads(blob)


class _Packed(Mapping):
    """A read-only dictionary kept as compact JSON bytes until it is first read.

    A search keeps a thousand products or more; as Python dictionaries and lists their properties and assets
    are ~60 objects per product for the cyclic garbage collector, whose full passes then grew past 100 ms
    and, run from the search's worker thread, held the main thread (``make bench``: search). Packed, a
    product is a handful of objects; only the products someone looks at are unpacked.
    """

    __slots__ = ("_blob", "_value")

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        self._value: Optional[dict] = None

    def _build(self, data: Any) -> dict:
        return data if isinstance(data, dict) else {}

    def _data(self) -> dict:
        value = self._value
        if value is None:  # two threads may both build it: the same value, no harm
            value = self._value = self._build(_unpack(self._blob))
        return value

    def __getitem__(self, key: str) -> Any:
        return self._data()[key]

    def __iter__(self):
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __repr__(self) -> str:
        return repr(self._data())


class _PackedAssets(_Packed):
    """A product's assets (key -> :class:`Asset`), built from the packed STAC ``assets`` on first read."""

    __slots__ = ()

    def _build(self, data: Any) -> dict:
        return _assets_from_stac(data if isinstance(data, dict) else {})


@dataclass(frozen=True)
class Asset:
    """One file (or rendering) of a product."""

    key: str
    href: str
    type: str = ""
    title: str = ""
    roles: tuple[str, ...] = ()
    needs_login: bool = False  # carries ``auth:refs`` (STAC authentication extension)
    raw: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True, eq=False)
class Product:
    """One catalogue item. Two products are equal when they have the same collection and id."""

    id: str
    collection: str
    datetime: Optional[datetime]
    cloud_cover: Optional[float]
    footprint: QgsGeometry = field(repr=False)  # WGS 84; empty when the item has no geometry
    bbox: Optional[tuple[float, float, float, float]] = None
    title: str = ""
    tile: str = ""
    platform: str = ""
    properties: Mapping = field(default_factory=dict, repr=False)
    assets: Mapping = field(default_factory=dict, repr=False)  # key -> Asset
    self_href: str = ""
    # the list's thumbnail address, found while parsing (None: look in ``assets``), so that listing
    # a product never unpacks its assets
    thumbnail_href: Optional[str] = field(default=None, repr=False)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Product) and (self.collection, self.id) == (other.collection, other.id)

    def __hash__(self) -> int:
        return hash((self.collection, self.id))

    @property
    def key(self) -> str:
        """Unique across collections: ``collection/id``."""
        return f"{self.collection}/{self.id}"

    @property
    def thumbnail(self) -> Optional[Asset]:
        """The small image to show in a list (a PNG/JPEG with the ``thumbnail`` role), or None."""
        key = _thumbnail_key({k: (a.roles, a.type) for k, a in self.assets.items()})
        return self.assets[key] if key is not None else None

    @property
    def thumbnail_url(self) -> Optional[str]:
        if self.thumbnail_href is not None:
            return self.thumbnail_href or None
        asset = self.thumbnail
        return asset.href if asset is not None else None

    @property
    def date_text(self) -> str:
        """``2025-09-03 10:36`` (UTC), or an empty string."""
        return self.datetime.strftime("%Y-%m-%d %H:%M") if self.datetime else ""

    @property
    def data_assets(self) -> list:
        return [a for a in self.assets.values() if "data" in a.roles]

    def load(self, preset=None, bands=None, group=None) -> list:
        """Add this product to the current project, streamed and styled; blocks until it is there.

        ``preset``: ``"true_colour"``, ``"false_colour"``, ``"swir"``, ``"agriculture"`` or an asset key
        (``"NDVI"``, ``"VV"``…; the default is the first of ``layers.presets_for(product)``); or ``bands``:
        one asset key, or three for red, green and blue. ``group``: a layer-tree group to add it to.
        Returns the layers. :raises TerrascopeError: it could not be loaded (the message says why).
        """
        from .layers import load

        return load([self], preset=preset, bands=bands, group=group)


# ---------------------------------------------------------------------------------------------- parsing


def parse_datetime(value: Any) -> Optional[datetime]:
    """An RFC 3339 string (``Z`` or an offset, any fraction) as an aware UTC datetime; None if unreadable."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    if "." in text:  # Python 3.9 accepts 3 or 6 fraction digits only
        head, _, rest = text.partition(".")
        digits = ""
        while rest and rest[0].isdigit():
            digits, rest = digits + rest[0], rest[1:]
        text = f"{head}.{(digits + '000000')[:6]}{rest}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def geometry_from_geojson(geometry: Optional[dict]) -> QgsGeometry:
    """A GeoJSON geometry as a ``QgsGeometry`` (empty for None or an unreadable geometry)."""
    if not geometry:
        return QgsGeometry()
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    try:
        if kind == "Polygon":  # the usual case, built directly: much faster than parsing JSON text
            return QgsGeometry.fromPolygonXY([[QgsPointXY(p[0], p[1]) for p in ring] for ring in coords])
        if kind == "MultiPolygon":
            return QgsGeometry.fromMultiPolygonXY(
                [[[QgsPointXY(p[0], p[1]) for p in ring] for ring in polygon] for polygon in coords]
            )
    except (TypeError, IndexError, ValueError):
        return QgsGeometry()
    if hasattr(QgsJsonUtils, "geometryFromGeoJson"):  # QGIS 3.36+
        return QgsJsonUtils.geometryFromGeoJson(json.dumps(geometry))
    from osgeo import ogr

    parsed = ogr.CreateGeometryFromJson(json.dumps(geometry))
    return QgsGeometry.fromWkt(parsed.ExportToIsoWkt()) if parsed is not None else QgsGeometry()


def bbox_geometry(bbox) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(bbox[0], bbox[1], bbox[2], bbox[3]))


def product_from_stac(item: dict) -> Product:
    """A :class:`Product` from a STAC item dictionary (as the API sends it)."""
    props = item.get("properties") or {}
    bbox = item.get("bbox")
    bbox_t = (
        tuple(float(v) for v in bbox[:2] + bbox[-2:]) if isinstance(bbox, list) and len(bbox) >= 4 else None
    )
    footprint = geometry_from_geojson(item.get("geometry"))
    if footprint.isEmpty() and bbox_t is not None:
        footprint = bbox_geometry(bbox_t)
    when = parse_datetime(props.get("datetime")) or parse_datetime(props.get("start_datetime"))
    cloud = props.get(CLOUD_COVER)
    raw_assets = {k: a for k, a in (item.get("assets") or {}).items() if isinstance(a, dict)}
    thumbnail = _thumbnail_key(
        {k: (tuple(a.get("roles") or ()), str(a.get("type") or "")) for k, a in raw_assets.items()}
    )
    self_href = next(
        (link.get("href", "") for link in item.get("links") or () if link.get("rel") == "self"), ""
    )
    return Product(
        id=str(item.get("id", "")),
        collection=str(item.get("collection") or ""),
        datetime=when,
        cloud_cover=float(cloud) if isinstance(cloud, (int, float)) else None,
        footprint=footprint,
        bbox=bbox_t,
        title=str(props.get("title") or item.get("id", "")),
        tile=_tile_of(props),
        platform=str(props.get("platform") or ""),
        properties=_Packed(_pack(props)),
        assets=_PackedAssets(_pack(raw_assets)),
        self_href=self_href,
        thumbnail_href=str(raw_assets[thumbnail].get("href", "")) if thumbnail is not None else "",
    )


def _assets_from_stac(raw_assets: dict) -> dict:
    return {
        key: Asset(
            key=key,
            href=str(a.get("href", "")),
            type=str(a.get("type") or ""),
            title=str(a.get("title") or ""),
            roles=tuple(a.get("roles") or ()),
            needs_login=bool(a.get("auth:refs")),
            raw=a,
        )
        for key, a in raw_assets.items()
        if isinstance(a, dict)
    }


def _thumbnail_key(described: dict) -> Optional[str]:
    """Of assets described as key -> (roles, media type): the key of the list's thumbnail (a PNG/JPEG with
    the ``thumbnail`` role, else an ``overview``), or None."""
    candidates = [k for k, (roles, _t) in described.items() if "thumbnail" in roles]
    candidates += [k for k, (roles, _t) in described.items() if "overview" in roles and k not in candidates]
    for key in candidates:
        if described[key][1].split(";")[0].strip().lower() in _THUMBNAIL_TYPES:
            return key
    return None


def _tile_of(props: dict) -> str:
    for key in _TILE_KEYS:
        value = props.get(key)
        if value:
            text = str(value)
            return text[5:] if text.upper().startswith("MGRS-") else text
    if props.get("mgrs:utm_zone") and props.get("mgrs:latitude_band") and props.get("mgrs:grid_square"):
        return f"{props['mgrs:utm_zone']}{props['mgrs:latitude_band']}{props['mgrs:grid_square']}"
    if props.get("sat:relative_orbit") is not None:
        return tr("orbit {orbit}").format(orbit=props["sat:relative_orbit"])
    return ""


def mission_of(collection: dict) -> str:
    """The mission group of a STAC collection dictionary (:data:`OTHER_MISSION` when none fits)."""
    summaries = collection.get("summaries") or {}
    words = [collection.get("id", ""), collection.get("title", "")]
    words += [str(k) for k in collection.get("keywords") or ()]
    for key in ("constellation", "platform"):
        value = summaries.get(key)
        words += [str(v) for v in value] if isinstance(value, list) else []
    text = " ".join(words).lower()
    for mission, needles in _MISSIONS:
        if any(needle in text for needle in needles):
            return mission
    return OTHER_MISSION


def collection_from_stac(data: dict) -> Collection:
    summaries = data.get("summaries") or {}
    interval = (((data.get("extent") or {}).get("temporal") or {}).get("interval") or [[None, None]])[0]
    item_assets = data.get("item_assets") or {}
    has_cloud = CLOUD_COVER in summaries or any(
        CLOUD_COVER in (a or {}) for a in item_assets.values() if isinstance(a, dict)
    )
    return Collection(
        id=str(data.get("id", "")),
        title=str(data.get("title") or ""),
        description=str(data.get("description") or ""),
        mission=mission_of(data),
        keywords=tuple(str(k) for k in data.get("keywords") or ()),
        start=parse_datetime(interval[0]) if interval else None,
        end=parse_datetime(interval[1]) if interval and len(interval) > 1 else None,
        has_cloud_cover=has_cloud,
        summaries=summaries,
        raw=data,
    )


def sorted_collections(collections) -> list:
    """By mission (in :data:`MISSION_ORDER`), then by title."""
    order = {name: i for i, name in enumerate(MISSION_ORDER)}
    return sorted(collections, key=lambda c: (order.get(c.mission, len(order)), c.label.lower()))
