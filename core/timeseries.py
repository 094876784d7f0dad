"""Indicator time series at a point or over a polygon, read straight from the catalogue's COGs.

:func:`run` searches the catalogue for the products of one collection that cover the place, then reads, for
each product, only the pixels it needs from each band file over HTTP, and turns them into one value per
product: the pixel's value at a point, the mean (with min/max/p10/p90/std) over a polygon.

- **Indicator**: an asset of the product (a band such as ``B04``, or the product's own value such as
  ``NDVI`` of the NDVI collection), a band's common name (``red``), or a spectral index of
  :mod:`.indices` (its formulas and band mapping: nothing is duplicated here). Scale, offset and nodata
  come from each asset's STAC record, else from the file.
- **Clouds**: when the product has the Sen2Cor scene classification (``SCL``, 20 m), pixels of the classes
  :data:`.indices.DEFAULT_SCL_MASK` are masked (no data, saturated, cloud shadow, cloud medium and high
  probability, thin cirrus). Snow (11) is kept: it is a real state of the surface, and masking it would
  hide winters behind gaps; pass ``mask_classes`` to change that. Each pixel of the indicator's grid takes
  the class of the SCL pixel that contains its centre.
- **Gaps**: a date with no valid pixel (cloudy, no data, outside the swath) has the value ``None``, never 0.
- **Reading**: a point costs two HTTP range requests per product and band file: the COG header (16 KiB, or
  the asset's ``file:header_size``) and the one tile that holds the pixel. GDAL's ``/vsicurl/`` would need a
  third (a HEAD request for the file size, before its first range request, on every GDAL version), so the
  bytes are fetched here through :mod:`.network` (QGIS's proxy and SSL settings, the token only for
  Terrascope hosts) and GDAL decodes them from a ``/vsisparse/`` file that holds exactly those bytes. Files
  that are not TIFFs, or whose header lies far from the start, are read through :func:`.auth.gdal_path`.
- **Faults**: a product that cannot be read is kept as a row with the status ``failed`` and the reason;
  the others are read on. A fault that ends the run (the session refused mid-series, the catalogue failing
  on a later page of its answer) keeps the rows already read: the series is marked ``incomplete`` and
  ``interrupted`` says why. A few products are read at a time, each in its own thread.

Everything blocks: call :func:`run` from a ``QgsTask`` (:mod:`.timeseries_task`), an algorithm or the
console. Nothing here touches widgets or the project.
"""

import contextlib
import csv
import math
import os
import queue
import struct
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Union

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsGeometry,
    QgsNetworkAccessManager,
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QThread

from . import network
from .catalogue import (
    POINT_GEOMETRY,
    POLYGON_GEOMETRY,
    WGS84,
    Catalogue,
    SearchRequest,
    area_in_wgs84,
    area_km2,
)
from .errors import AuthError, InvalidInputError, NetworkError, RasterError, TerrascopeError
from .i18n import tr
from .indices import DEFAULT_SCL_MASK, INDEX_BY_KEY, PRESETS, SpectralIndex, evaluate
from .products import Asset, Collection, Product
from .qt_threads import settle

# the first range request of a file: a Sentinel-2 COG's header (its IFDs and tile index) is under 8 KiB
HEADER_BYTES = 16384
MAX_HEADER_BYTES = 1 << 20  # header parts further than this from what was fetched: let GDAL read the file
MERGE_GAP = 64 * 1024  # two byte ranges closer than this are fetched in one request
MAX_PARALLEL_ITEMS = 4  # products read at the same time (threads)
MAX_ITEMS = 2000  # products in one series; more is almost always a mistake (no date range)
MAX_AREA_KM2 = 100.0  # polygon size: 10⁶ pixels of 10 m per band and date
MAX_POINT_WINDOW = 15  # pixels across the window around a point
RETRY_STATUSES = (429, 500, 502, 503, 504)  # one more try after a short pause (as VITO's own client does)
SEARCH_PAGE_SIZE = 500
SEARCH_SHARE = 5.0  # percent of the progress bar for the catalogue search

# statuses of a row
OK = "ok"
CLOUDY = "cloudy"  # every pixel masked by the scene classification
NO_DATA = "nodata"  # no valid pixel for another reason (no data value, outside the swath)
FAILED = "failed"  # the product could not be read: see ``error``
# the status of the one line a table or CSV file adds after the rows of a series that did not run to its end
CANCELLED = "cancelled"  # the user stopped it
INCOMPLETE = "incomplete"  # a fault stopped it

_VSI_ROOT = "/vsimem/terrascope_explorer/timeseries"
# bytes per value of each TIFF field type (1 BYTE, 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL … 16 LONG8, 18 IFD8)
_TIFF_TYPE_SIZES = dict(enumerate((0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8)))

DateLike = Union[date, datetime, str, None]


# ---------------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class TimeSeriesRequest:
    """What to follow, where and when.

    ``geometry`` is a point (``QgsPointXY`` or a point ``QgsGeometry``) or a polygon, in ``crs`` (default
    WGS 84). ``indicator`` names an index of :mod:`.indices` (``NDVI``…), an asset of the products (``B04``,
    ``NDVI`` of the NDVI collection, ``FAPAR``…) or a band's common name (``red``). ``start``/``end`` are
    days, both included; ``max_cloud`` (percent) filters products on their cloud cover before reading.
    ``point_window`` is the width in pixels of the square read around a point (1: the pixel itself).
    """

    collection: str
    indicator: str = "NDVI"
    geometry: Any = field(default=None, compare=False)
    crs: QgsCoordinateReferenceSystem = field(default_factory=lambda: QgsCoordinateReferenceSystem(WGS84))
    start: DateLike = None
    end: DateLike = None
    max_cloud: Optional[float] = None
    mask_clouds: bool = True
    mask_classes: tuple = DEFAULT_SCL_MASK
    point_window: int = 1
    workers: int = MAX_PARALLEL_ITEMS


@dataclass(frozen=True)
class TimeSeriesRow:
    """One product's value. Iterating gives ``(datetime, value, valid_pixels, item_id)``.

    ``value`` is None for a gap (cloudy, no data, failed: see ``status`` and ``error``). Over a polygon (or
    a window of several pixels) ``value`` is the mean of the valid pixels and ``minimum``, ``maximum``,
    ``p10``, ``p90`` and ``std`` (population) describe them.
    """

    datetime: datetime
    value: Optional[float]
    valid_pixels: int
    item_id: str
    total_pixels: int = 0
    status: str = OK
    cloud_cover: Optional[float] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    p10: Optional[float] = None
    p90: Optional[float] = None
    std: Optional[float] = None
    error: str = ""
    feature_id: Any = None  # set by callers that run one series per feature

    def __iter__(self) -> Iterator[Any]:
        return iter((self.datetime, self.value, self.valid_pixels, self.item_id))

    @property
    def is_gap(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ItemFailure:
    """A product that could not be read, and why (one sentence)."""

    item_id: str
    datetime: Optional[datetime]
    reason: str
    status: Optional[int] = None  # the HTTP status, when a server answered


@dataclass
class TimeSeries:
    """The series: rows sorted by date (products of the same day on other tiles are separate rows).

    It behaves as the list of its rows. ``failures`` lists the products that could not be read (their rows
    have the status ``failed``); ``messages`` say what a person should know (all dates cloudy, products
    that failed, a cancelled run). ``incomplete`` is True when the run did not read every product of the
    period: ``cancelled``, or stopped by a fault (``interrupted`` is then the sentence that says which).
    ``requests`` and ``bytes_read`` count the HTTP traffic to the files, ``bytes_total`` the size of the
    files touched.
    """

    request: TimeSeriesRequest
    indicator: str
    unit: str = ""
    is_area: bool = False
    rows: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    products: dict = field(default_factory=dict, repr=False)  # item id -> Product
    messages: list = field(default_factory=list)
    cancelled: bool = False
    interrupted: str = ""  # why a fault ended the run before every product was read ("" if it did not)
    interruption: Optional[TerrascopeError] = field(default=None, repr=False)  # that fault
    requests: int = 0
    bytes_read: int = 0
    bytes_total: int = 0
    files: int = 0
    seconds: float = 0.0

    def __iter__(self) -> Iterator[TimeSeriesRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    @property
    def valid_rows(self) -> list:
        return [r for r in self.rows if r.value is not None]

    @property
    def incomplete(self) -> bool:
        """True when some products of the period were not read (cancelled, or a fault ended the run)."""
        return self.cancelled or bool(self.interrupted)

    def incomplete_note(self) -> str:
        """One sentence for a series that did not run to its end ("" for a complete one)."""
        if self.interrupted:
            return tr("Incomplete series: {reason}").format(reason=self.interrupted)
        if self.cancelled:
            return tr("Incomplete series: the run was cancelled after {n} products.").format(n=len(self.rows))
        return ""

    def incomplete_status(self) -> str:
        """``cancelled`` or ``incomplete`` (a fault) for a series that did not run to its end, else ""."""
        return CANCELLED if self.cancelled else (INCOMPLETE if self.interrupted else "")

    def summary(self) -> str:
        """One or two sentences for a status line."""
        text = tr("{valid} of {total} dates have a value").format(
            valid=len(self.valid_rows), total=len(self.rows)
        )
        if self.failures:
            text += tr(", {failed} failed").format(failed=len(self.failures))
        text += "."
        if self.cancelled:
            text += " " + tr("Cancelled: the series is incomplete.")
        elif self.interrupted:
            text += " " + tr("Stopped by an error: the series is incomplete.")
        return text

    def to_csv(self, path: Union[str, Path]) -> Path:
        return write_csv(self, path)


@dataclass(frozen=True)
class Indicator:
    """Something a series can follow, as offered to the user."""

    key: str
    label: str
    kind: str  # "index" or "asset"
    unit: str = ""


# ---------------------------------------------------------------------------------------------- indicators


def _asset_for_band(assets: Mapping[str, dict], common: str) -> Optional[str]:
    """The asset key holding the band ``common`` (a common name): the sensor presets' mapping of
    :mod:`.indices` first, then the assets' own ``eo:common_name``."""
    for preset in PRESETS:
        key = preset.assets.get(common)
        if key and key in assets:
            return key
    for key, raw in assets.items():
        for band in raw.get("bands") or raw.get("eo:bands") or ():
            if isinstance(band, dict) and band.get("eo:common_name", band.get("common_name")) == common:
                return key
    return None


def _is_data(raw: dict) -> bool:
    return "data" in (raw.get("roles") or ()) and str(raw.get("type", "")).startswith("image/tiff")


def indicators_for(collection: Collection) -> list:
    """The indicators a collection offers (from its ``item_assets``): the indices whose bands it has, its
    product values or bands; NDVI first when available."""
    assets = {k: v for k, v in (collection.raw.get("item_assets") or {}).items() if isinstance(v, dict)}
    data = {k: v for k, v in assets.items() if _is_data(v)}
    result = []
    for index in INDEX_BY_KEY.values():
        if data and all(_asset_for_band(data, b) for b in index.bands):
            result.append(Indicator(index.key, f"{index.key} ({index.name})", "index"))
    for key, raw in data.items():
        bands = raw.get("bands") or ()
        common = bands[0].get("eo:common_name") if bands and isinstance(bands[0], dict) else None
        label = (
            f"{key} ({common})"
            if common
            else (f"{key} ({raw['title']})" if raw.get("title") not in (None, key) else key)
        )
        unit = str(raw.get("unit") or "")
        result.append(Indicator(key, label, "asset", "" if unit == "-" else unit))
    result.sort(key=lambda i: (i.key != "NDVI", i.kind != "index"))
    return result


@dataclass(frozen=True)
class _Plan:
    """Which assets of one product make the indicator: ``values`` maps a name (a common name for an index,
    ``"value"`` otherwise) to its asset; ``mask`` is the scene classification."""

    product: Product
    values: Mapping[str, Asset]
    mask: Optional[Asset]
    index: Optional[SpectralIndex]


def _plan(product: Product, request: TimeSeriesRequest) -> _Plan:
    """:raises InvalidInputError: the product has nothing that makes the indicator."""
    raws = {k: a.raw for k, a in product.assets.items() if _is_data(a.raw)}
    wanted = request.indicator.strip()
    by_lower = {k.lower(): k for k in raws}
    index = None
    if wanted.lower() in by_lower:
        values = {"value": product.assets[by_lower[wanted.lower()]]}
    elif wanted.upper() in INDEX_BY_KEY:
        index = INDEX_BY_KEY[wanted.upper()]
        keys = {b: _asset_for_band(raws, b) for b in index.bands}
        missing = [b for b, k in keys.items() if k is None]
        if missing:
            raise InvalidInputError(
                tr("{index} needs the {bands} band, which products of {collection} do not have.").format(
                    index=index.key, bands=", ".join(missing), collection=product.collection
                )
            )
        values = {b: product.assets[k] for b, k in keys.items()}
    else:
        key = _asset_for_band(raws, wanted.lower())
        if key is None:
            choices = ", ".join(sorted(raws)[:20])
            raise InvalidInputError(
                tr(
                    '"{indicator}" is neither an index nor a band of {collection}. Choose an index such as '
                    "NDVI or one of its bands: {choices}."
                ).format(indicator=wanted, collection=product.collection, choices=choices)
            )
        values = {"value": product.assets[key]}
    mask = None
    if request.mask_clouds:
        keys = [p.mask_asset for p in PRESETS if p.mask_asset] + ["SCL"]
        mask = next((product.assets[k] for k in keys if k in product.assets), None)
        if mask is not None and mask in values.values():
            mask = None  # following the classification itself
    return _Plan(product, values, mask, index)


def _first_number(*candidates) -> Optional[float]:
    for value in candidates:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                continue
    return None


def _stac_encoding(raw: dict) -> tuple:
    """(scale, offset, nodata) the STAC record gives (raster v2 at asset level, bands, raster:bands v1)."""
    bands = raw.get("bands") or ()
    band = bands[0] if bands and isinstance(bands[0], dict) else {}
    old = raw.get("raster:bands") or ()
    old = old[0] if old and isinstance(old[0], dict) else {}
    scale = _first_number(raw.get("raster:scale"), band.get("raster:scale"), old.get("scale"))
    offset = _first_number(raw.get("raster:offset"), band.get("raster:offset"), old.get("offset"))
    nodata = _first_number(raw.get("nodata"), band.get("nodata"), old.get("nodata"))
    return scale, offset, nodata


# ---------------------------------------------------------------------------------------------- HTTP


class _Traffic:
    """Requests and bytes of one run, from every thread."""

    def __init__(self, cancel: Callable[[], bool]) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.bytes = 0
        self.sizes: dict = {}  # href -> file size
        self.cancel = cancel

    def add(self, content: int) -> None:
        with self.lock:
            self.requests += 1
            self.bytes += content

    def file_size(self, href: str, size: int) -> None:
        with self.lock:
            self.sizes[href] = size


class _Cancelled(Exception):
    pass


def _get_range(href: str, start: int, end: int, login: bool, traffic: _Traffic) -> tuple:
    """Bytes ``start``..``end`` (inclusive) of ``href``: (data, file size, whole file?).

    :raises NetworkError, AuthError: the server failed or refused (after one retry of a passing fault).
    """
    auth = network.AUTH_REQUIRED if login else network.AUTH_OPTIONAL
    response = None
    for attempt in range(2):
        if traffic.cancel():
            raise _Cancelled()
        response = network.request(
            href, headers={"Range": f"bytes={start}-{end}"}, auth=auth, raise_for_status=False
        )
        traffic.add(len(response.content))
        if response.status in RETRY_STATUSES and attempt == 0:
            retry = response.headers.get("retry-after", "")
            time.sleep(min(5.0, float(retry)) if retry.isdigit() else 0.5)
            continue
        break
    if response.status == 200:  # no range support: the whole file came
        traffic.file_size(href, len(response.content))
        return response.content, len(response.content), True
    if response.status != 206:
        raise network.http_error(response, had_token=login)
    total = response.headers.get("content-range", "").rpartition("/")[2]
    if not total.isdigit():
        raise NetworkError(
            tr("{service} answered a range request without the file size. Try again later.").format(
                service=network.service_name(href)
            ),
            status=response.status,
            url=network.display_url(href),
        )
    traffic.file_size(href, int(total))
    return response.content, int(total), False


# ---------------------------------------------------------------------------------------------- COG reader


class _NeedBytes(Exception):
    def __init__(self, start: int, length: int) -> None:
        super().__init__(start, length)
        self.start = start
        self.length = length


class _Regions:
    """The parts of a remote file fetched so far, as ``/vsimem/`` files laid out by a ``/vsisparse/`` file."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.base = f"{_VSI_ROOT}/{uuid.uuid4().hex}"
        self.parts: list = []  # (start, bytes, vsimem name)
        self._files: list = []  # every /vsimem/ file made, to remove them all
        self._serial = 0

    def add(self, start: int, data: bytes) -> None:
        name = f"{self.base}/part{len(self.parts)}"
        gdal.FileFromMemBuffer(name, data)
        self._files.append(name)
        self.parts.append((start, data, name))

    def covers(self, start: int, length: int) -> bool:
        end = start + length
        position = start
        for first, data, _ in sorted(self.parts, key=lambda p: p[0]):
            if first <= position < first + len(data):
                position = first + len(data)
                if position >= end:
                    return True
        return position >= end

    def read(self, start: int, length: int) -> bytes:
        """Bytes of the file, or :class:`_NeedBytes` when they were not fetched."""
        for first, data, _ in self.parts:
            if first <= start and start + length <= first + len(data):
                return data[start - first : start + length - first]
        raise _NeedBytes(start, length)

    def sparse_path(self) -> str:
        """A new ``/vsisparse/`` file over the parts (a new name each time: GDAL caches what it opened)."""
        regions = "".join(
            f'<SubfileRegion><Filename relative="0">{name}</Filename>'
            f"<DestinationOffset>{first}</DestinationOffset><SourceOffset>0</SourceOffset>"
            f"<RegionLength>{len(data)}</RegionLength></SubfileRegion>"
            for first, data, name in self.parts
        )
        self._serial += 1
        xml = f"{self.base}/sparse{self._serial}.xml"
        gdal.FileFromMemBuffer(xml, f"<VSISparseFile><Length>{self.size}</Length>{regions}</VSISparseFile>")
        self._files.append(xml)
        return "/vsisparse/" + xml

    def release(self) -> None:
        for name in self._files:
            gdal.Unlink(name)
        self._files = []
        self.parts = []


def _tiff_extents(read: Callable[[int, int], bytes], max_ifds: int = 32) -> list:
    """Byte ranges (start, length) of every IFD of a TIFF and of the tag values it keeps out of line.

    ``read(start, length)`` gives bytes of the file (raises :class:`_NeedBytes` for missing ones).
    :raises ValueError: not a TIFF.
    """
    head = read(0, 16)
    if head[:2] not in (b"II", b"MM"):
        raise ValueError("not a TIFF")
    order = "<" if head[:2] == b"II" else ">"
    version = struct.unpack_from(order + "H", head, 2)[0]
    if version == 42:
        big, offset = False, struct.unpack_from(order + "I", head, 4)[0]
        count_size, entry_size, inline, word = 2, 12, 4, "I"
    elif version == 43:
        big, offset = True, struct.unpack_from(order + "Q", head, 8)[0]
        count_size, entry_size, inline, word = 8, 20, 8, "Q"
    else:
        raise ValueError("not a TIFF")
    extents = [(0, 16)]
    seen = set()
    while offset and offset not in seen and len(seen) < max_ifds:
        seen.add(offset)
        count = struct.unpack(order + ("Q" if big else "H"), read(offset, count_size))[0]
        table = read(offset + count_size, count * entry_size + inline)
        extents.append((offset, count_size + count * entry_size + inline))
        for i in range(count):
            p = i * entry_size
            kind = struct.unpack_from(order + "H", table, p + 2)[0]
            number = struct.unpack_from(order + word, table, p + 4)[0]
            length = number * _TIFF_TYPE_SIZES.get(kind, 1)
            if length > inline:
                start = struct.unpack_from(order + word, table, p + 4 + inline)[0]
                extents.append((start, length))
        offset = struct.unpack_from(order + word, table, count * entry_size)[0]
    return extents


def _merge(ranges: Sequence[tuple], gap: int) -> list:
    """(start, end-exclusive) ranges merged when closer than ``gap``."""
    merged: list = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class _RemoteRaster:
    """One band file of a product, read window by window with as few range requests as possible."""

    def __init__(self, asset: Asset, traffic: _Traffic) -> None:
        self.asset = asset
        self.href = asset.href
        self.login = asset.needs_login
        self.traffic = traffic
        self.regions: Optional[_Regions] = None
        self.path = ""
        self.dataset = None
        self._config: dict = {}

    # --- opening

    def open(self) -> None:
        """Fetch the header and open it with GDAL. :raises RasterError, NetworkError, AuthError."""
        if not self.href.startswith(("http://", "https://")):
            self._open_gdal(self.href)
            return
        hint = _first_number(self.asset.raw.get("file:header_size"))
        want = int(min(MAX_HEADER_BYTES, max(HEADER_BYTES, hint or 0)))
        data, size, whole = _get_range(self.href, 0, want - 1, self.login, self.traffic)
        self.regions = _Regions(size)
        self.regions.add(0, data)
        if not whole:
            try:
                self._complete_header()
            except (ValueError, struct.error, _FallBack):
                self._fall_back()
                return
        self._open_gdal(self.regions.sparse_path() if not whole else self.regions.parts[0][2])

    def _complete_header(self) -> None:
        """Fetch the parts of the TIFF structure the first request missed (none for a COG)."""
        for _ in range(6):
            try:
                extents = _tiff_extents(self.regions.read)
            except _NeedBytes as need:
                self._fetch([(need.start, need.start + max(need.length, 4096))])
                continue
            missing = [
                (s, s + n) for s, n in extents if s + n <= self.regions.size and not self.regions.covers(s, n)
            ]
            if any(s + n > self.regions.size for s, n in extents):
                raise _FallBack()
            if not missing:
                return
            self._fetch(_merge(missing, MERGE_GAP))
        raise _FallBack()

    def _fetch(self, ranges: Sequence[tuple]) -> None:
        if sum(end - start for start, end in ranges) > MAX_HEADER_BYTES:
            raise _FallBack()
        for start, end in ranges:
            data, _, whole = _get_range(
                self.href, start, min(end, self.regions.size) - 1, self.login, self.traffic
            )
            if whole:
                raise _FallBack()
            self.regions.add(start, data)

    def _fall_back(self) -> None:
        """Let GDAL read the file itself (``/vsicurl/``), without listing its folder."""
        from .auth import gdal_path

        if self.regions is not None:
            self.regions.release()
            self.regions = None
        self._config = {
            "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
            "GDAL_INGESTED_BYTES_AT_OPEN": str(HEADER_BYTES),
            "GDAL_HTTP_MAX_RETRY": "1",
            "GDAL_HTTP_RETRY_DELAY": "0.5",
        }
        self._open_gdal(gdal_path(self.href))

    def _open_gdal(self, path: str) -> None:
        self.path = path
        with _thread_config(self._config):
            gdal.ErrorReset()
            try:
                dataset = gdal.Open(path)
            except RuntimeError:
                dataset = None
        if dataset is None or dataset.RasterCount < 1:
            raise RasterError(
                tr("{name} cannot be read as a raster ({reason}).").format(
                    name=self.asset.key, reason=gdal.GetLastErrorMsg() or tr("unknown format")
                )
            )
        self.dataset = dataset

    # --- the grid

    @property
    def geotransform(self) -> tuple:
        return self.dataset.GetGeoTransform()

    @property
    def shape(self) -> tuple:
        return self.dataset.RasterYSize, self.dataset.RasterXSize

    @property
    def pixel_size(self) -> float:
        gt = self.geotransform
        return math.hypot(gt[1], gt[2])

    def srs(self) -> osr.SpatialReference:
        srs = osr.SpatialReference()
        wkt = self.dataset.GetProjection()
        if not wkt:
            raise RasterError(tr("{name} has no coordinate reference system.").format(name=self.asset.key))
        srs.ImportFromWkt(wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return srs

    def encoding(self) -> tuple:
        """(scale, offset, nodata): the STAC record's, else the file's."""
        scale, offset, nodata = _stac_encoding(self.asset.raw)
        band = self.dataset.GetRasterBand(1)
        if scale is None:
            scale = band.GetScale()
        if offset is None:
            offset = band.GetOffset()
        if nodata is None:
            nodata = band.GetNoDataValue()
        return (1.0 if scale is None else scale), (0.0 if offset is None else offset), nodata

    # --- reading

    def read(self, col: int, row: int, width: int, height: int) -> np.ndarray:
        """The window (col, row, width, height) of band 1, fetching the tiles it needs first."""
        if self.regions is not None and len(self.regions.parts) and self.path.startswith("/vsisparse/"):
            self._fetch_blocks(col, row, width, height)
        with _thread_config(self._config):
            gdal.ErrorReset()
            try:
                data = self.dataset.GetRasterBand(1).ReadAsArray(col, row, width, height)
            except RuntimeError:
                data = None
            failed = data is None or gdal.GetLastErrorType() >= gdal.CE_Failure
        if failed:
            raise RasterError(
                tr("The pixels of {name} could not be read ({reason}).").format(
                    name=self.asset.key, reason=gdal.GetLastErrorMsg() or tr("unknown error")
                )
            )
        return data

    def _fetch_blocks(self, col: int, row: int, width: int, height: int) -> None:
        band = self.dataset.GetRasterBand(1)
        bw, bh = band.GetBlockSize()
        wanted = []
        for by in range(row // bh, (row + height - 1) // bh + 1):
            for bx in range(col // bw, (col + width - 1) // bw + 1):
                offset = band.GetMetadataItem(f"BLOCK_OFFSET_{bx}_{by}", "TIFF")
                size = band.GetMetadataItem(f"BLOCK_SIZE_{bx}_{by}", "TIFF")
                if not offset or not size or int(offset) <= 0 or int(size) <= 0:
                    continue  # an empty (sparse) tile: GDAL fills it with nodata
                start, end = int(offset) - 4, int(offset) + int(size) + 4  # with a COG's leader and trailer
                start, end = max(0, start), min(self.regions.size, end)
                if not self.regions.covers(start, end - start):
                    wanted.append((start, end))
        if not wanted:
            return
        for start, end in _merge(wanted, MERGE_GAP):
            data, _, whole = _get_range(self.href, start, end - 1, self.login, self.traffic)
            self.regions.add(0 if whole else start, data)
        self.dataset = None
        self._open_gdal(self.regions.sparse_path())

    def close(self) -> None:
        self.dataset = None
        if self.regions is not None:
            self.regions.release()
            self.regions = None


class _FallBack(Exception):
    pass


@contextlib.contextmanager
def _thread_config(options: Mapping[str, str]) -> Iterator[None]:
    """GDAL configuration options set for this thread only, for the duration of a block."""
    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


# ---------------------------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class _Place:
    """The request's geometry, ready for the worker threads: WKT in the request's CRS."""

    wkt: str
    srs_text: str  # what osr reads: an authority id or WKT
    is_point: bool
    point: Optional[tuple] = None


def _prepare_geometry(request: TimeSeriesRequest) -> tuple:
    """(geometry in WGS 84 for the search, _Place for reading). :raises InvalidInputError."""
    geometry = request.geometry
    if isinstance(geometry, QgsPointXY):
        geometry = QgsGeometry.fromPointXY(geometry)
    elif isinstance(geometry, str):
        geometry = QgsGeometry.fromWkt(geometry)
    if not isinstance(geometry, QgsGeometry) or geometry.isNull() or geometry.isEmpty():
        raise InvalidInputError(tr("Give a point or a polygon for the time series."))
    crs = request.crs if request.crs is not None and request.crs.isValid() else WGS84
    kind = geometry.type()
    if kind == POINT_GEOMETRY:
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        if len(points) != 1:
            raise InvalidInputError(tr("Give one point for the time series, not {n}.").format(n=len(points)))
        point = points[0]
        geometry = QgsGeometry.fromPointXY(point)
    elif kind != POLYGON_GEOMETRY:
        raise InvalidInputError(tr("A time series needs a point or a polygon, not a line."))
    wgs84 = area_in_wgs84(geometry, crs)
    if kind == POLYGON_GEOMETRY:
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        km2 = area_km2(wgs84)
        if km2 <= 0:
            raise InvalidInputError(tr("The polygon is empty. Draw it again or choose another feature."))
        if km2 > MAX_AREA_KM2:
            raise InvalidInputError(
                tr(
                    "The polygon is too large for a time series ({area:,.1f} km², at most {limit:,.0f} km²). "
                    "Draw a smaller one, or clip the rasters of a few dates instead."
                ).format(area=km2, limit=MAX_AREA_KM2)
            )
        search_area = wgs84
    else:
        p = wgs84.asPoint()
        eps = 1e-6  # a box of about 10 cm: the catalogue searches a point best as a tiny area
        search_area = QgsGeometry.fromRect(QgsRectangle(p.x() - eps, p.y() - eps, p.x() + eps, p.y() + eps))
    srs_text = crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()
    point = (geometry.asPoint().x(), geometry.asPoint().y()) if kind == POINT_GEOMETRY else None
    place = _Place(geometry.asWkt(12), srs_text, kind == POINT_GEOMETRY, point)
    return search_area, place


def _transformed(place: _Place, target: osr.SpatialReference) -> ogr.Geometry:
    source = osr.SpatialReference()
    if source.SetFromUserInput(place.srs_text) != 0:
        raise RasterError(tr("The coordinate reference system of the place cannot be read."))
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry = ogr.CreateGeometryFromWkt(place.wkt)
    if geometry is None:
        raise InvalidInputError(tr("The geometry of the place cannot be read."))
    if not source.IsSame(target):
        geometry.AssignSpatialReference(source)
        if geometry.TransformTo(target) != 0:
            raise RasterError(tr("The place cannot be converted to the product's coordinate system."))
    return geometry


# ---------------------------------------------------------------------------------------------- one product


@dataclass
class _Sample:
    """The reference pixels (their centres in the reference CRS) a product's value is computed over."""

    xs: np.ndarray
    ys: np.ndarray
    srs: osr.SpatialReference


def _reference_pixels(reference: _RemoteRaster, place: _Place, window: int) -> Optional[_Sample]:
    """Centres of the pixels of ``reference`` at the point (a window) or inside the polygon; None outside."""
    srs = reference.srs()
    geometry = _transformed(place, srs)
    gt = reference.geotransform
    inverse = gdal.InvGeoTransform(gt)
    if inverse is None or (isinstance(inverse, (list, tuple)) and len(inverse) == 2 and not inverse[0]):
        raise RasterError(tr("{name} has an unusable geotransform.").format(name=reference.asset.key))
    if isinstance(inverse, (list, tuple)) and len(inverse) == 2:  # old bindings: (success, transform)
        inverse = inverse[1]
    height, width = reference.shape
    if place.is_point:
        x, y = geometry.GetX(), geometry.GetY()
        col = math.floor(inverse[0] + inverse[1] * x + inverse[2] * y)
        row = math.floor(inverse[3] + inverse[4] * x + inverse[5] * y)
        half = window // 2
        cols, rows = np.meshgrid(np.arange(col - half, col + half + 1), np.arange(row - half, row + half + 1))
        cols, rows = cols.ravel(), rows.ravel()
        inside = (cols >= 0) & (cols < width) & (rows >= 0) & (rows < height)
        if not inside.any():
            return None
    else:
        minx, maxx, miny, maxy = geometry.GetEnvelope()
        corners = [(minx, miny), (minx, maxy), (maxx, miny), (maxx, maxy)]
        px = [inverse[0] + inverse[1] * cx + inverse[2] * cy for cx, cy in corners]
        py = [inverse[3] + inverse[4] * cx + inverse[5] * cy for cx, cy in corners]
        c0, c1 = max(0, math.floor(min(px))), min(width, math.ceil(max(px)))
        r0, r1 = max(0, math.floor(min(py))), min(height, math.ceil(max(py)))
        if c1 <= c0 or r1 <= r0:
            return None
        mask = _rasterize(geometry, srs, gt, c0, r0, c1 - c0, r1 - r0)
        rows, cols = np.nonzero(mask)
        if rows.size == 0:
            return None
        cols, rows = cols + c0, rows + r0
    xs = gt[0] + (cols + 0.5) * gt[1] + (rows + 0.5) * gt[2]
    ys = gt[3] + (cols + 0.5) * gt[4] + (rows + 0.5) * gt[5]
    return _Sample(xs.astype(np.float64), ys.astype(np.float64), srs)


def _rasterize(
    geometry: ogr.Geometry, srs, gt: tuple, col: int, row: int, width: int, height: int
) -> np.ndarray:
    """The pixels of the window whose centre lies inside ``geometry`` (all touched ones for a polygon
    smaller than a pixel)."""
    raster = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    raster.SetGeoTransform(
        (gt[0] + col * gt[1] + row * gt[2], gt[1], gt[2], gt[3] + col * gt[4] + row * gt[5], gt[4], gt[5])
    )
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("place", srs=srs)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(raster, [1], layer, burn_values=[1])
    mask = raster.ReadAsArray().astype(bool)
    if not mask.any():
        gdal.RasterizeLayer(raster, [1], layer, burn_values=[1], options=["ALL_TOUCHED=TRUE"])
        mask = raster.ReadAsArray().astype(bool)
    return mask


def _sample(raster: _RemoteRaster, sample: _Sample) -> tuple:
    """Values of ``raster`` at the sample's centres: (values, outside mask)."""
    xs, ys = sample.xs, sample.ys
    target = raster.srs()
    if not target.IsSame(sample.srs):
        transform = osr.CoordinateTransformation(sample.srs, target)
        points = np.array(transform.TransformPoints(np.column_stack([xs, ys]).tolist()))
        xs, ys = points[:, 0], points[:, 1]
    inverse = gdal.InvGeoTransform(raster.geotransform)
    if isinstance(inverse, (list, tuple)) and len(inverse) == 2:
        inverse = inverse[1]
    cols = np.floor(inverse[0] + inverse[1] * xs + inverse[2] * ys).astype(np.int64)
    rows = np.floor(inverse[3] + inverse[4] * xs + inverse[5] * ys).astype(np.int64)
    height, width = raster.shape
    outside = (cols < 0) | (cols >= width) | (rows < 0) | (rows >= height)
    values = np.zeros(xs.shape, dtype=np.float64)
    if outside.all():
        return values, outside
    c0, c1 = int(cols[~outside].min()), int(cols[~outside].max())
    r0, r1 = int(rows[~outside].min()), int(rows[~outside].max())
    window = raster.read(c0, r0, c1 - c0 + 1, r1 - r0 + 1)
    inside = ~outside
    picked = window[rows[inside] - r0, cols[inside] - c0]
    values = np.zeros(xs.shape, dtype=window.dtype)
    values[inside] = picked
    return values, outside


def _measure(plan: _Plan, place: _Place, request: TimeSeriesRequest, traffic: _Traffic) -> TimeSeriesRow:
    """Read one product and make its row. :raises TerrascopeError, _Cancelled."""
    product = plan.product
    rasters: dict = {}
    try:
        for name, asset in plan.values.items():
            rasters[name] = _RemoteRaster(asset, traffic)
            rasters[name].open()
        mask = None
        if plan.mask is not None:
            mask = _RemoteRaster(plan.mask, traffic)
            rasters["__mask__"] = mask
            mask.open()
        values_rasters = [rasters[n] for n in plan.values]
        reference = min(values_rasters, key=lambda r: r.pixel_size)
        sample = _reference_pixels(reference, place, max(1, request.point_window) if place.is_point else 1)
        base = TimeSeriesRow(
            datetime=product.datetime or datetime.min.replace(tzinfo=timezone.utc),
            value=None,
            valid_pixels=0,
            item_id=product.id,
            cloud_cover=product.cloud_cover,
        )
        if sample is None:
            return replace(base, status=NO_DATA)
        total = sample.xs.size
        invalid = np.zeros(total, dtype=bool)
        raw: dict = {}
        scales: dict = {}
        for name in plan.values:
            raster = rasters[name]
            data, outside = _sample(raster, sample)
            scale, offset, nodata = raster.encoding()
            bad = outside.copy()
            if nodata is not None:
                bad |= np.isnan(data) if math.isnan(nodata) else (data == nodata)
            if data.dtype.kind == "f":
                bad |= ~np.isfinite(data)
            invalid |= bad
            raw[name] = data
            scales[name] = (scale, offset)
        masked = np.zeros(total, dtype=bool)
        cloudy = masked
        if mask is not None:
            classes, outside = _sample(mask, sample)  # a pixel the classification misses keeps its value
            masked = np.isin(classes, np.asarray(request.mask_classes)) & ~outside
            clouds = [c for c in request.mask_classes if c not in (0, 1)]  # not "no data", "defective"
            cloudy = np.isin(classes, np.asarray(clouds)) & ~outside
        if plan.index is not None:
            values = evaluate(plan.index, raw, invalid, np.nan, scales).astype(np.float64)
        else:
            scale, offset = scales["value"]
            values = raw["value"].astype(np.float64) * scale + offset
            values[invalid] = np.nan
        values[masked] = np.nan
        valid = np.isfinite(values)
        count = int(valid.sum())
        if count == 0:
            status = CLOUDY if cloudy.any() else NO_DATA
            return replace(base, total_pixels=total, status=status)
        good = values[valid]
        row = replace(base, value=float(good.mean()), valid_pixels=count, total_pixels=total)
        if total > 1:
            p10, p90 = np.percentile(good, [10, 90])
            row = replace(
                row,
                minimum=float(good.min()),
                maximum=float(good.max()),
                p10=float(p10),
                p90=float(p90),
                std=float(good.std()),
            )
        return row
    finally:
        for raster in rasters.values():
            raster.close()


# ---------------------------------------------------------------------------------------------- workers


class _Worker(QThread):
    """Reads products from ``jobs`` until it is empty or the run stops; results go to ``results``.

    A ``QThread`` (not a Python thread): QGIS's network requests need a Qt event loop in their thread.
    """

    def __init__(self, jobs: "queue.Queue", results: "queue.Queue", work: Callable, stop: threading.Event):
        super().__init__()
        settle(self)
        self.jobs = jobs
        self.results = results
        self.work = work
        self.stop = stop

    def run(self) -> None:
        QgsNetworkAccessManager.instance()  # this thread's manager, before any request
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # errors become messages, not console noise
        try:
            while not self.stop.is_set():
                try:
                    plan = self.jobs.get_nowait()
                except queue.Empty:
                    return
                try:
                    self.results.put((plan, self.work(plan), None))
                except _Cancelled:
                    return
                except TerrascopeError as exc:
                    self.results.put((plan, None, exc))
                except Exception as exc:  # noqa: BLE001 - one product's bug must not stop the others
                    self.results.put((plan, None, RasterError(f"{type(exc).__name__}: {exc}")))
        finally:
            gdal.PopErrorHandler()


# ---------------------------------------------------------------------------------------------- the run


def _describe_period(request: TimeSeriesRequest) -> str:
    start = str(request.start) if request.start not in (None, "") else tr("the first product")
    end = str(request.end) if request.end not in (None, "") else tr("today")
    return tr("between {start} and {end}").format(start=start, end=end)


def _search(request: TimeSeriesRequest, area: QgsGeometry, feedback: Optional[QgsFeedback], stop) -> tuple:
    """(products, None), or (the products listed so far, the error) when a later page of the answer failed.

    :raises TerrascopeError: the first page failed, or too many products match.
    """
    search = Catalogue().search(
        SearchRequest(
            collections=(request.collection,),
            area=area,
            start=request.start,
            end=request.end,
            max_cloud=request.max_cloud,
            page_size=SEARCH_PAGE_SIZE,
        )
    )
    products: list = []
    while search.has_more and not stop():
        try:
            page = search.next_page(feedback)
        except InvalidInputError:
            raise
        except TerrascopeError as exc:
            if not products:
                raise
            return products, exc  # what was listed is still worth reading: the series says it is partial
        products.extend(page.products)
        if search.matched is not None and search.matched > MAX_ITEMS:
            raise InvalidInputError(
                tr(
                    "{n} products of {collection} match: too many for one series (at most {limit}). "
                    "Choose a shorter period."
                ).format(n=search.matched, collection=request.collection, limit=MAX_ITEMS)
            )
        if feedback is not None and search.matched:
            feedback.setProgress(SEARCH_SHARE * min(1.0, len(products) / search.matched))
    return products, None


def _nothing_found(
    request: TimeSeriesRequest, area: QgsGeometry, place: _Place, feedback
) -> InvalidInputError:
    """Why no product was found: outside every product, or none in the period (one more small search)."""
    what = tr("this point") if place.is_point else tr("this area")
    try:
        anywhere = Catalogue().search(
            SearchRequest(collections=(request.collection,), area=area, page_size=1)
        )
        covered = bool(anywhere.next_page(feedback).products)
    except TerrascopeError:
        covered = True  # the first search worked: do not blame the place for a passing fault
    if not covered:
        return InvalidInputError(
            tr(
                "No product of {collection} covers {what} at any date: it lies outside the collection's "
                "coverage. Check the place and its coordinate reference system ({crs})."
            ).format(
                collection=request.collection,
                what=what,
                crs=request.crs.authid() or request.crs.description(),
            )
        )
    cloud = (
        tr(" with at most {cloud:g} % cloud cover").format(cloud=request.max_cloud)
        if request.max_cloud is not None
        else ""
    )
    return InvalidInputError(
        tr("No product of {collection} covers {what} {period}{cloud}. Widen the period{more}.").format(
            collection=request.collection,
            what=what,
            period=_describe_period(request),
            cloud=cloud,
            more=tr(" or raise the cloud limit") if cloud else "",
        )
    )


def run(
    request: TimeSeriesRequest,
    feedback: Optional[QgsFeedback] = None,
    cancel: Optional[Callable[[], bool]] = None,
    on_row: Optional[Callable[[TimeSeriesRow], None]] = None,
) -> TimeSeries:
    """The time series of ``request`` (blocking; see the module's docstring).

    ``feedback`` gets the progress and may cancel; ``cancel()`` is asked too (a task's ``isCanceled``).
    ``on_row`` receives each row as it is ready, in this thread. A cancelled run returns what was read
    (``cancelled`` True). A fault that ends the run once some products were read (the session refused, a
    later page of the catalogue's answer failing) returns what was read too, with ``interrupted`` saying
    why (see :attr:`TimeSeries.incomplete`).

    :raises InvalidInputError: the request cannot be served (no place, an unknown indicator, no product).
    :raises AuthError: a login is needed and none is available, or the session was refused before any
        product could be read.
    :raises NetworkError, CatalogueError: the catalogue failed at once, or every product failed to be read.
    """
    started = time.monotonic()

    def stopped() -> bool:
        return bool((feedback is not None and feedback.isCanceled()) or (cancel is not None and cancel()))

    if not request.collection:
        raise InvalidInputError(tr("Choose a collection for the time series."))
    if not (1 <= request.point_window <= MAX_POINT_WINDOW) or request.point_window % 2 == 0:
        raise InvalidInputError(
            tr("The window around a point must be an odd number of pixels from 1 to {n}.").format(
                n=MAX_POINT_WINDOW
            )
        )
    area, place = _prepare_geometry(request)
    products, search_fault = _search(request, area, feedback, stopped)
    series = TimeSeries(request=request, indicator=request.indicator.strip(), is_area=not place.is_point)
    if stopped():
        series.cancelled = True
        return series
    if not products:
        raise _nothing_found(request, area, place, feedback)
    products.sort(key=lambda p: (p.datetime or datetime.min.replace(tzinfo=timezone.utc), p.id))
    series.products = {p.id: p for p in products}

    plans: list = []
    rows: dict = {}
    first_error: Optional[InvalidInputError] = None
    for product in products:
        try:
            plans.append(_plan(product, request))
        except InvalidInputError as exc:
            first_error = first_error or exc
            rows[product.id] = _failed_row(product, str(exc))
            series.failures.append(ItemFailure(product.id, product.datetime, str(exc)))
    if not plans:
        raise first_error or InvalidInputError(tr("Nothing to read."))
    first = plans[0]
    unit_asset = next(iter(first.values.values()))
    unit = str(unit_asset.raw.get("unit") or "")
    series.unit = "" if unit == "-" or first.index is not None else unit
    if any(a.needs_login for p in plans for a in [*p.values.values(), *([p.mask] if p.mask else [])]):
        from .auth import session

        session().access_token(login_if_needed=True)  # a clear "log in" now rather than N failures

    stop = threading.Event()
    traffic = _Traffic(lambda: stop.is_set())
    jobs: queue.Queue = queue.Queue()
    for plan in plans:
        jobs.put(plan)
    results: queue.Queue = queue.Queue()
    workers = [
        _Worker(jobs, results, lambda plan: _measure(plan, place, request, traffic), stop)
        for _ in range(max(1, min(request.workers, len(plans))))
    ]
    for worker in workers:
        worker.start()
    done = 0
    auth_error: Optional[AuthError] = None
    try:
        while done < len(plans):
            if stopped():
                stop.set()
                series.cancelled = True
                break
            try:
                plan, row, error = results.get(timeout=0.05)
            except queue.Empty:
                if not any(w.isRunning() for w in workers) and results.empty():
                    break
                continue
            done += 1
            product = plan.product
            if error is not None:
                if isinstance(error, AuthError):
                    auth_error = auth_error or error
                    stop.set()
                row = _failed_row(product, str(error))
                series.failures.append(ItemFailure(product.id, product.datetime, str(error), error.status))
            rows[product.id] = row
            if on_row is not None:
                on_row(row)
            if feedback is not None:
                feedback.setProgress(SEARCH_SHARE + (100.0 - SEARCH_SHARE) * done / len(plans))
    finally:
        stop.set()
        for worker in workers:
            worker.wait()
    series.rows = [rows[p.id] for p in products if p.id in rows]
    if auth_error is not None:
        if all(r.status == FAILED for r in series.rows):
            raise auth_error  # nothing was read: "log in again" is the whole story
        series.cancelled = False  # the stop was ours, not the user's
        series.interruption = auth_error
        series.interrupted = tr(
            "the run stopped on an error after {done} of {n} products; the other dates are missing. {reason}"
        ).format(reason=str(auth_error), done=len(series.rows), n=len(products))
    elif search_fault is not None:
        series.interruption = search_fault
        series.interrupted = tr(
            "the catalogue failed while listing the products: only the {n} it listed before were read, "
            "later dates may be missing. {reason}"
        ).format(reason=str(search_fault), n=len(products))
    series.requests, series.bytes_read = traffic.requests, traffic.bytes
    series.bytes_total, series.files = sum(traffic.sizes.values()), len(traffic.sizes)
    series.seconds = time.monotonic() - started
    _add_messages(series, len(products))
    if series.rows and not series.cancelled and all(r.status == FAILED for r in series.rows):
        failure = series.failures[0]
        raise NetworkError(
            tr("None of the {n} products could be read. The first one failed: {reason}").format(
                n=len(series.rows), reason=failure.reason
            ),
            status=failure.status,
        )
    return series


def _failed_row(product: Product, reason: str) -> TimeSeriesRow:
    return TimeSeriesRow(
        datetime=product.datetime or datetime.min.replace(tzinfo=timezone.utc),
        value=None,
        valid_pixels=0,
        item_id=product.id,
        status=FAILED,
        cloud_cover=product.cloud_cover,
        error=reason,
    )


def _add_messages(series: TimeSeries, found: int) -> None:
    rows = series.rows
    read = [r for r in rows if r.status != FAILED]
    if read and not any(r.value is not None for r in read):
        cloudy = all(r.status == CLOUDY for r in read)
        series.messages.append(
            (
                tr("All {n} dates are cloudy here: the series has only gaps. Try another period.")
                if cloudy
                else tr(
                    "None of the {n} dates has a valid value here (clouds, or no data at this place): the "
                    "series has only gaps."
                )
            ).format(n=len(read))
        )
    # the failure that stopped the run is told by the incomplete note: the others are news
    others = [f for f in series.failures if not (series.interrupted and f.reason in series.interrupted)]
    if others:
        series.messages.append(
            tr(
                "{failed} of {n} products could not be read; their dates are marked as failed (first: "
                "{reason}). Run the series again to retry them."
            ).format(failed=len(others), n=found, reason=others[0].reason)
        )
    if series.cancelled:
        series.messages.append(
            tr("Cancelled: {done} of {n} products were read.").format(done=len(rows), n=found)
        )
    elif series.interrupted:
        series.messages.append(series.incomplete_note())


# ---------------------------------------------------------------------------------------------- CSV


CSV_COLUMNS = (
    "date",
    "value",
    "valid_pixels",
    "total_pixels",
    "item_id",
    "status",
    "cloud_cover",
    "min",
    "max",
    "p10",
    "p90",
    "std",
    "error",
)


def _number(value: Optional[float]) -> str:
    return "" if value is None else format(value, ".9g")


def csv_rows(series: TimeSeries, with_feature: bool = False) -> Iterator[list]:
    """The header, then one list of strings per row (the columns of :data:`CSV_COLUMNS`).

    An incomplete series (:attr:`TimeSeries.incomplete`) ends with one more line, without a date, whose
    status is ``cancelled`` or ``incomplete`` and whose ``error`` says why: a file must not pass for a whole
    series.
    """
    yield (["feature_id"] if with_feature else []) + list(CSV_COLUMNS)
    for row in series.rows:
        when = row.datetime.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        values = [
            when,
            _number(row.value),
            str(row.valid_pixels),
            str(row.total_pixels),
            row.item_id,
            row.status,
            _number(row.cloud_cover),
            _number(row.minimum),
            _number(row.maximum),
            _number(row.p10),
            _number(row.p90),
            _number(row.std),
            row.error,
        ]
        yield ([str(row.feature_id) if row.feature_id is not None else ""] if with_feature else []) + values
    if series.incomplete:
        note = {
            "valid_pixels": "0",
            "total_pixels": "0",
            "status": series.incomplete_status(),
            "error": series.incomplete_note(),
        }
        yield ([""] if with_feature else []) + [note.get(column, "") for column in CSV_COLUMNS]


def write_csv(series: TimeSeries, path: Union[str, Path]) -> Path:
    """Write the series as CSV (UTF-8, comma, one row per product; gaps are empty values; an incomplete
    series ends with a line that says so, see :func:`csv_rows`).

    Written under a temporary name and renamed: a failure leaves nothing half-written at ``path``.
    :raises InvalidInputError: the file cannot be written.
    """
    target = Path(path)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            for values in csv_rows(series):
                writer.writerow(values)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise InvalidInputError(
            tr("The CSV file {path} cannot be written ({reason}).").format(
                path=target, reason=exc.strerror or exc
            )
        ) from None
    return target


__all__ = [
    "CANCELLED",
    "CLOUDY",
    "FAILED",
    "INCOMPLETE",
    "NO_DATA",
    "OK",
    "Indicator",
    "ItemFailure",
    "TimeSeries",
    "TimeSeriesRequest",
    "TimeSeriesRow",
    "indicators_for",
    "run",
    "write_csv",
]
