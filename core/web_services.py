"""Terrascope's WMTS and WMS layers: capabilities, layer URIs, and a TIME that follows the map.

- :func:`fetch_capabilities` asks the WMTS v2 or WMS v2 service for its capabilities through
  :mod:`.network` (blocking: call it from a task) and returns a :class:`Capabilities` with one
  :class:`WebLayer` per named layer (name, title, abstract, formats, tile matrix sets, TIME values, WGS 84
  box). The services are public: no token is sent.
- :func:`layer_uri` builds the source of QGIS's ``wms`` provider; :func:`create_layer` makes the
  ``QgsRasterLayer`` (readable name, ``QgsLayerMetadata``) on the main thread and :func:`add_web_layer`
  also puts it in the project and makes its TIME follow the map.

How the TIME dimension follows the QGIS Temporal Controller
------------------------------------------------------------
*WMS* layers use QGIS's own WMS-T support (QGIS >= 3.14, the same on 3.22 and 3.40): the source says
``type=wmst`` with the advertised ``timeDimensionExtent``, ``temporalSource=provider``,
``allowTemporalUpdates=true``, ``enableTime=false`` (dates, ``TIME=YYYY-MM-DD``) and a ``time=D/D`` used
while the Temporal Controller is off. The layer's time-slice mode is set to "closest match to the start of
the range", so each frame asks for the latest date with data at or before the frame's start
(``QgsWmsSettings::findLeastClosestDateTime`` in ``src/providers/wms/qgswmscapabilities.cpp``;
``QgsWmsProvider::addWmstParameters`` in ``qgswmsprovider.cpp``).

*WMTS* layers: QGIS 3.22 has no temporal support for WMTS at all; ``tileDimensions=time%3DD`` in the source
is a fixed value sent with every GetTile. QGIS 3.28 added it (qgis/QGIS PR #48930:
``QgsWmsProvider::calculateWmtsTimeDimensionValue``), but it sends the frame's start date as it is, so a day
without an acquisition gives empty tiles, and it only uses the capabilities' values to know the overall
range. So on every version a :class:`TimeFollower` (a QObject owned by the layer) listens to the map
canvas' ``temporalRangeChanged`` and, when the date with data that best fits the frame changes, switches
``tileDimensions`` with ``QgsRasterLayer.setDataSource`` (same layer in the tree, style kept, capabilities
from QGIS's network cache). With the Temporal Controller off it shows the date the user picked. The source
also says ``allowTemporalUpdates=false``: on QGIS >= 3.28 the provider's own time value is then never
computed, and the fixed ``tileDimensions`` value (which QGIS applies after its own, replacing it) is the
only TIME sent.
"""

import difflib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Optional, Union
from urllib.parse import urlencode

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsApplication,
    QgsBox3d,
    QgsCoordinateReferenceSystem,
    QgsDataProvider,
    QgsDataSourceUri,
    QgsDateTimeRange,
    QgsFeedback,
    QgsLayerMetadata,
    QgsMessageLog,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QObject, QTime, pyqtSignal
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from . import LOG_TAG
from . import network as net
from .endpoints import Endpoints, current_endpoints
from .errors import InvalidInputError, NetworkError, TerrascopeError
from .i18n import tr
from .qt_threads import settle

WMTS = "wmts"
WMS = "wms"
SERVICES = (WMTS, WMS)
PREFERRED_TILE_MATRIX_SET = "EPSG:3857"
PREFERRED_CRS = "EPSG:3857"
PREFERRED_FORMATS = ("image/png", "image/jpeg")

NS_WMTS = "http://www.opengis.net/wmts/1.0"
NS_OWS = "http://www.opengis.net/ows/1.1"
NS_WMS = "http://www.opengis.net/wms"
NS_OWS_EXCEPTION = (NS_OWS, "http://www.opengis.net/ows", "http://www.opengis.net/ows/2.0")

PROPERTY_PREFIX = "terrascope_explorer/web_services/"  # custom properties of the layers added here
PROPERTY_FOLLOW = PROPERTY_PREFIX + "follow"  # the layer's TIME follows the Temporal Controller
_MAX_EXPANDED_DATES = 20000  # a WMS period start/end/P1D is expanded to dates up to this many

DateLike = Union[str, date, datetime, QDate, QDateTime]


# ---------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class TileMatrixSet:
    """A WMTS tile matrix set: identifier, CRS (``EPSG:3857``) and its tile matrix identifiers."""

    identifier: str
    crs: str
    matrices: tuple[str, ...] = ()


@dataclass(frozen=True)
class WebLayer:
    """One named layer of the WMTS or WMS capabilities.

    ``dates`` are the TIME values with data as ``YYYY-MM-DD``, oldest first; ``default_date`` is the one the
    service shows without TIME. ``time_extent`` is the dimension as advertised (for QGIS's WMS-T).
    """

    service: str
    name: str
    title: str
    abstract: str = ""
    formats: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    default_style: str = ""
    tile_matrix_sets: tuple[str, ...] = ()
    crs: tuple[str, ...] = ()
    time_dimension: str = ""
    dates: tuple[str, ...] = ()
    default_date: Optional[str] = None
    time_extent: str = ""
    wgs84_bbox: Optional[tuple[float, float, float, float]] = None

    @property
    def has_time(self) -> bool:
        return bool(self.time_dimension and self.dates)

    @property
    def label(self) -> str:
        """``Title (NAME)`` for lists."""
        return f"{self.title} ({self.name})" if self.title and self.title != self.name else self.name


@dataclass(frozen=True)
class Capabilities:
    """What a WMTS or WMS GetCapabilities said: the layers, in the service's order, and tile matrix sets."""

    service: str
    url: str  # the GetCapabilities URL (WMTS) or the service URL (WMS) that the wms provider gets
    title: str
    layers: tuple[WebLayer, ...]
    tile_matrix_sets: dict[str, TileMatrixSet] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def layer(self, name: str) -> WebLayer:
        """The layer called ``name`` (exact, else the only case-insensitive match).

        :raises InvalidInputError: no such layer; the message lists the closest names.
        """
        for layer in self.layers:
            if layer.name == name:
                return layer
        folded = [layer for layer in self.layers if layer.name.lower() == str(name).strip().lower()]
        if len(folded) == 1:
            return folded[0]
        raise InvalidInputError(unknown_layer_message(str(name), self.names(), self.service))


def unknown_layer_message(name: str, names: Sequence[str], service: str) -> str:
    by_lower = {n.lower(): n for n in names}
    close = [by_lower[n] for n in difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.5)]
    service_label = service_title(service)
    if close:
        return tr('The Terrascope {service} has no layer "{name}". Did you mean {names}?').format(
            service=service_label, name=name, names=", ".join(close)
        )
    return tr('The Terrascope {service} has no layer "{name}". Its layers are: {names}.').format(
        service=service_label, name=name, names=", ".join(names) or tr("none")
    )


def service_title(service: str) -> str:
    return tr("WMTS service") if service == WMTS else tr("WMS service")


def _check_service(service: str) -> str:
    value = str(service or "").strip().lower()
    if value not in SERVICES:
        raise InvalidInputError(
            tr('"{service}" is not a Terrascope web service; use "wmts" or "wms".').format(service=service)
        )
    return value


# ---------------------------------------------------------------------------------------------- fetching


def capabilities_url(service: str, endpoints: Optional[Endpoints] = None) -> str:
    """The GetCapabilities URL of ``service`` (``wmts`` or ``wms``), as QGIS's wms provider asks it.

    No VERSION: both services answer their newest (WMTS 1.0.0, WMS 1.3.0), and the same URL lets QGIS
    find the answer in its network cache when it opens the layer.
    """
    service = _check_service(service)
    ep = endpoints or current_endpoints()
    base = ep.wmts if service == WMTS else ep.wms
    return base + "?" + urlencode({"SERVICE": service.upper(), "REQUEST": "GetCapabilities"})


def fetch_capabilities(
    service: str = WMTS,
    feedback: Optional[QgsFeedback] = None,
    timeout_s: Optional[float] = None,
    endpoints: Optional[Endpoints] = None,
) -> Capabilities:
    """Ask the Terrascope WMTS or WMS for its capabilities (blocking: call it from a QgsTask or the console).

    :raises NetworkError: the service could not be reached, failed, or sent something that is not
        capabilities (an HTML page, a broken document, an exception report).
    """
    service = _check_service(service)
    ep = endpoints or current_endpoints()
    url = capabilities_url(service, ep)
    response = net.request(url, auth=net.AUTH_NONE, timeout_s=timeout_s, feedback=feedback)
    if service == WMTS:
        # QGIS's wms provider knows a WMTS by SERVICE=WMTS in its url, and asks that URL itself
        return parse_wmts_capabilities(response.content, url)
    return parse_wms_capabilities(response.content, ep.wms)  # it adds SERVICE=WMS&REQUEST=… itself


# ---------------------------------------------------------------------------------------------- parsing


def _document(data: bytes, service: str, url: str) -> QDomElement:
    """The root element of ``data`` parsed with namespaces; NetworkError if it is not capabilities."""
    name = net.service_name(url)
    doc = QDomDocument()
    result = doc.setContent(bytes(data), True)
    ok = result[0] if isinstance(result, tuple) else bool(result)
    root = doc.documentElement()
    if not ok or root.isNull():
        raise NetworkError(
            tr("{service} sent capabilities that cannot be read (not XML). Try again later.").format(
                service=name
            ),
            url=net.display_url(url),
        )
    local = root.localName() or root.tagName()
    if local == "ExceptionReport" or local == "ServiceExceptionReport":
        said = " ".join(" ".join(_texts(root, "ExceptionText") + _texts(root, "ServiceException")).split())
        raise NetworkError(
            tr("{service} refused to describe its layers: {message}").format(
                service=name, message=said[:300] or tr("no reason given")
            ),
            url=net.display_url(url),
            server_message=said or None,
        )
    expected = ("Capabilities",) if service == WMTS else ("WMS_Capabilities", "WMT_MS_Capabilities")
    if local not in expected:
        title = _first_text(root, "title")
        what = (
            tr("a web page ({title})").format(title=title)
            if title
            else tr("a <{tag}> document").format(tag=local)
        )
        raise NetworkError(
            tr("{service} sent {what} instead of its capabilities. Try again later.").format(
                service=name, what=what
            ),
            url=net.display_url(url),
        )
    return root


def _children(element: QDomElement, local: str, ns: Optional[str] = None) -> list[QDomElement]:
    out = []
    node = element.firstChild()
    while not node.isNull():
        if node.isElement():
            child = node.toElement()
            if (child.localName() or child.tagName()) == local and (ns is None or child.namespaceURI() == ns):
                out.append(child)
        node = node.nextSibling()
    return out


def _child(element: QDomElement, local: str, ns: Optional[str] = None) -> Optional[QDomElement]:
    found = _children(element, local, ns)
    return found[0] if found else None


def _child_text(element: QDomElement, local: str, ns: Optional[str] = None) -> str:
    child = _child(element, local, ns)
    return child.text().strip() if child is not None else ""


def _texts(root: QDomElement, local: str) -> list[str]:
    """Texts of every descendant called ``local`` (any namespace), in document order."""
    found = []
    node = root.firstChild()
    while not node.isNull():
        if node.isElement():
            element = node.toElement()
            if (element.localName() or element.tagName()) == local:
                found.append(element.text().strip())
            else:
                found.extend(_texts(element, local))
        node = node.nextSibling()
    return found


def _first_text(root: QDomElement, local: str) -> str:
    for tag in (local, local.upper()):
        nodes = root.elementsByTagName(tag)
        if nodes.count():
            return " ".join(nodes.at(0).toElement().text().split())[:120]
    return ""


def _crs_id(text: str) -> str:
    """``EPSG:3857`` from ``urn:ogc:def:crs:EPSG::3857``, ``EPSG:3857``, ``…/EPSG/0/3857``; else as given."""
    text = text.strip()
    match = re.search(r"EPSG(?::+|/\d+/)(\d+)$", text, re.IGNORECASE)
    if match:
        code = match.group(1)
        return "EPSG:3857" if code == "900913" else f"EPSG:{code}"
    return text.upper() if text.upper().startswith("CRS:") else text


def _float(text: str) -> Optional[float]:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _bbox(values: Sequence[Optional[float]]) -> Optional[tuple[float, float, float, float]]:
    if len(values) != 4 or any(v is None for v in values):
        return None
    return (values[0], values[1], values[2], values[3])  # type: ignore[return-value]


def _date_of(value: str) -> Optional[str]:
    """``YYYY-MM-DD`` of a TIME value (a date or a date-time), None if it is not one."""
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    if re.match(r"^\d{8}$", value):
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
        except ValueError:
            return None
    return None


def expand_time_values(values: Sequence[str]) -> list[str]:
    """Dates (``YYYY-MM-DD``, sorted, unique) of TIME values: single values, ``a,b,c`` lists, and WMS
    periods ``start/end/PnD`` (expanded; other periods give their start and end)."""
    dates = set()
    for raw in values:
        for part in str(raw).split(","):
            part = part.strip()
            if not part:
                continue
            if "/" in part:
                pieces = part.split("/")
                start, end = _date_of(pieces[0]), _date_of(pieces[1]) if len(pieces) > 1 else None
                step = re.match(r"^P(\d+)D$", pieces[2].strip().upper()) if len(pieces) > 2 else None
                if start and end and step and int(step.group(1)) > 0:
                    day, last, delta = date.fromisoformat(start), date.fromisoformat(end), int(step.group(1))
                    count = 0
                    while day <= last and count < _MAX_EXPANDED_DATES:
                        dates.add(day.isoformat())
                        day += timedelta(days=delta)
                        count += 1
                else:
                    dates.update(d for d in (start, end) if d)
            else:
                value = _date_of(part)
                if value:
                    dates.add(value)
    return sorted(dates)


def parse_wmts_capabilities(data: bytes, url: str) -> Capabilities:
    """The layers of a WMTS 1.0.0 capabilities document (``url``: the GetCapabilities URL for QGIS).

    :raises NetworkError: the document is not WMTS capabilities.
    """
    root = _document(data, WMTS, url)
    title = ""
    identification = _child(root, "ServiceIdentification", NS_OWS)
    if identification is not None:
        title = _child_text(identification, "Title", NS_OWS)
    contents = _child(root, "Contents", NS_WMTS)
    if contents is None:
        raise NetworkError(
            tr("{service} sent capabilities without any layer.").format(service=net.service_name(url)),
            url=net.display_url(url),
        )
    matrix_sets = {}
    for tms in _children(contents, "TileMatrixSet", NS_WMTS):
        identifier = _child_text(tms, "Identifier", NS_OWS)
        if identifier:
            matrices = tuple(
                _child_text(m, "Identifier", NS_OWS) for m in _children(tms, "TileMatrix", NS_WMTS)
            )
            matrix_sets[identifier] = TileMatrixSet(
                identifier, _crs_id(_child_text(tms, "SupportedCRS", NS_OWS)), matrices
            )
    layers = []
    for element in _children(contents, "Layer", NS_WMTS):
        name = _child_text(element, "Identifier", NS_OWS)
        if not name:
            continue
        styles, default_style = [], None
        for style in _children(element, "Style", NS_WMTS):
            identifier = _child_text(style, "Identifier", NS_OWS)
            styles.append(identifier)
            if style.attribute("isDefault", "false").lower() == "true" and default_style is None:
                default_style = identifier
        bbox = None
        box = _child(element, "WGS84BoundingBox", NS_OWS)
        if box is not None:
            lower = _child_text(box, "LowerCorner", NS_OWS).split()
            upper = _child_text(box, "UpperCorner", NS_OWS).split()
            if len(lower) == 2 and len(upper) == 2:
                bbox = _bbox([_float(lower[0]), _float(lower[1]), _float(upper[0]), _float(upper[1])])
        time_dimension, values, default = "", [], None
        for dimension in _children(element, "Dimension", NS_WMTS):
            identifier = _child_text(dimension, "Identifier", NS_OWS)
            if identifier.lower() == "time":
                time_dimension = identifier
                values = [v.text().strip() for v in _children(dimension, "Value", NS_WMTS)]
                default = _date_of(_child_text(dimension, "Default", NS_WMTS))
        dates = expand_time_values(values)
        links = [
            _child_text(link, "TileMatrixSet", NS_WMTS) for link in _children(element, "TileMatrixSetLink")
        ]
        layers.append(
            WebLayer(
                service=WMTS,
                name=name,
                title=_child_text(element, "Title", NS_OWS) or name,
                abstract=_child_text(element, "Abstract", NS_OWS),
                formats=tuple(f.text().strip() for f in _children(element, "Format", NS_WMTS)),
                styles=tuple(styles),
                default_style=default_style if default_style is not None else (styles[0] if styles else ""),
                tile_matrix_sets=tuple(t for t in links if t),
                crs=tuple(sorted({matrix_sets[t].crs for t in links if t in matrix_sets})),
                time_dimension=time_dimension if dates else "",
                dates=tuple(dates),
                default_date=default if default in dates else (dates[-1] if dates else None),
                time_extent=",".join(values),
                wgs84_bbox=bbox,
            )
        )
    return Capabilities(WMTS, url, title, tuple(layers), matrix_sets)


def parse_wms_capabilities(data: bytes, url: str) -> Capabilities:
    """The named layers of a WMS 1.3.0 (or 1.1.1) capabilities document; CRS and TIME are inherited.

    :raises NetworkError: the document is not WMS capabilities.
    """
    root = _document(data, WMS, url)
    version = root.attribute("version", "1.3.0")
    service = _child(root, "Service")
    title = _child_text(service, "Title") if service is not None else ""
    capability = _child(root, "Capability")
    top = _child(capability, "Layer") if capability is not None else None
    formats: tuple[str, ...] = ()
    request = _child(capability, "Request") if capability is not None else None
    get_map = _child(request, "GetMap") if request is not None else None
    if get_map is not None:
        formats = tuple(f.text().strip() for f in _children(get_map, "Format"))
    layers: list[WebLayer] = []
    if top is not None:
        _collect_wms_layers(top, version, (), None, formats, layers)
    return Capabilities(WMS, url, title, tuple(layers), {})


def _collect_wms_layers(
    element: QDomElement,
    version: str,
    inherited_crs: tuple[str, ...],
    inherited_time: Optional[tuple[str, str]],
    formats: tuple[str, ...],
    out: list[WebLayer],
) -> None:
    crs_tag = "SRS" if version.startswith("1.1") else "CRS"
    own_crs = []
    for child in _children(element, crs_tag):
        own_crs.extend(_crs_id(c) for c in child.text().split())
    crs = tuple(dict.fromkeys(list(inherited_crs) + own_crs))
    time = inherited_time
    for dimension in _children(element, "Dimension"):
        if dimension.attribute("name").lower() == "time":
            extent = dimension.text().strip()
            default = dimension.attribute("default")
            for ext in _children(element, "Extent"):  # WMS 1.1.1 puts the values in <Extent>
                if ext.attribute("name").lower() == "time":
                    extent, default = ext.text().strip(), ext.attribute("default", default)
            time = (extent, default)
    name = _child_text(element, "Name")
    if name:
        bbox = None
        geo = _child(element, "EX_GeographicBoundingBox")
        if geo is not None:
            bbox = _bbox(
                [
                    _float(_child_text(geo, "westBoundLongitude")),
                    _float(_child_text(geo, "southBoundLatitude")),
                    _float(_child_text(geo, "eastBoundLongitude")),
                    _float(_child_text(geo, "northBoundLatitude")),
                ]
            )
        else:
            old = _child(element, "LatLonBoundingBox")
            if old is not None:
                bbox = _bbox([_float(old.attribute(a)) for a in ("minx", "miny", "maxx", "maxy")])
        styles = tuple(_child_text(s, "Name") for s in _children(element, "Style"))
        extent, default = time if time else ("", "")
        dates = expand_time_values([extent]) if extent else []
        default_date = _date_of(default or "")
        out.append(
            WebLayer(
                service=WMS,
                name=name,
                title=_child_text(element, "Title") or name,
                abstract=_child_text(element, "Abstract"),
                formats=formats,
                styles=styles,
                default_style="",  # the server's default style
                crs=crs,
                time_dimension="time" if dates else "",
                dates=tuple(dates),
                default_date=default_date if default_date in dates else (dates[-1] if dates else None),
                time_extent=extent,
                wgs84_bbox=bbox,
            )
        )
    for child in _children(element, "Layer"):
        _collect_wms_layers(child, version, crs, time, formats, out)


# ---------------------------------------------------------------------------------------------- dates


def to_date(value: DateLike) -> date:
    """A ``date`` from ``YYYY-MM-DD`` (or ISO date-time), ``date``, ``datetime``, ``QDate``, ``QDateTime``.

    :raises InvalidInputError: the value is not a date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        if value.isValid():
            return date(value.year(), value.month(), value.day())
    elif isinstance(value, str):
        text = _date_of(value)
        if text:
            return date.fromisoformat(text)
    raise InvalidInputError(tr('"{value}" is not a date; write it as YYYY-MM-DD.').format(value=value))


def nearest_date(dates: Sequence[str], wanted: DateLike) -> Optional[str]:
    """The date of ``dates`` (``YYYY-MM-DD``) closest to ``wanted``; on a tie the earlier one."""
    if not dates:
        return None
    target = to_date(wanted)
    return min(dates, key=lambda d: (abs((date.fromisoformat(d) - target).days), d))


def date_for_range(dates: Sequence[str], begin: Optional[datetime], end: Optional[datetime]) -> Optional[str]:
    """The date with data that best shows the frame ``[begin, end)``: the latest day overlapping it, else
    the day closest to the frame's middle. None when the range is unbounded (Temporal Controller off)."""
    if not dates or begin is None or end is None:
        return None
    if end < begin:
        begin, end = end, begin
    inside = []
    for text in dates:
        day = datetime.fromisoformat(text)
        if (day < end or (begin == end and day.date() == begin.date())) and day + timedelta(days=1) > begin:
            inside.append(text)
    if inside:
        return max(inside)
    return nearest_date(dates, (begin + (end - begin) / 2).date())


def _py_datetime(value: QDateTime) -> Optional[datetime]:
    """A naive ``datetime`` with the QDateTime's own date and time (no time zone conversion)."""
    if value is None or not value.isValid():
        return None
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def _qdatetime(day: str, end: bool = False) -> QDateTime:
    value = date.fromisoformat(day)
    qdate = QDate(value.year, value.month, value.day)
    return QDateTime(qdate, QTime(23, 59, 59) if end else QTime(0, 0, 0))


# ---------------------------------------------------------------------------------------------- layers


def choose_format(layer: WebLayer, wanted: Optional[str] = None) -> str:
    formats = layer.formats or PREFERRED_FORMATS
    if wanted:
        if wanted not in formats:
            raise InvalidInputError(
                tr('The layer {name} has no format "{format}"; use one of {formats}.').format(
                    name=layer.name, format=wanted, formats=", ".join(formats)
                )
            )
        return wanted
    return next((f for f in PREFERRED_FORMATS if f in formats), formats[0])


def choose_tile_matrix_set(layer: WebLayer, caps: Capabilities) -> TileMatrixSet:
    """``EPSG:3857`` when the layer links it, else a linked set in EPSG:3857, else its first one."""
    linked = [caps.tile_matrix_sets[t] for t in layer.tile_matrix_sets if t in caps.tile_matrix_sets]
    if not linked:
        raise NetworkError(
            tr("The Terrascope WMTS service gives no tile matrix set for the layer {name}.").format(
                name=layer.name
            )
        )
    for tms in linked:
        if tms.identifier == PREFERRED_TILE_MATRIX_SET:
            return tms
    return next((t for t in linked if t.crs == PREFERRED_CRS), linked[0])


def choose_crs(layer: WebLayer, wanted: Optional[str] = None) -> str:
    """The WMS CRS: ``wanted`` when the layer offers it, else EPSG:3857, else the first offered."""
    offered = layer.crs or (PREFERRED_CRS,)
    if wanted and wanted in offered:
        return wanted
    return PREFERRED_CRS if PREFERRED_CRS in offered else offered[0]


def resolve_date(layer: WebLayer, time: Optional[DateLike]) -> Optional[str]:
    """The advertised date to show for ``time`` (nearest with data); the layer's default for None."""
    if not layer.has_time:
        return None
    if time is None or (isinstance(time, str) and time.strip().lower() in ("", "current", "latest")):
        return layer.default_date
    return nearest_date(layer.dates, time)


def layer_uri(
    layer: WebLayer,
    caps: Capabilities,
    time: Optional[DateLike] = None,
    fmt: Optional[str] = None,
    crs: Optional[str] = None,
) -> str:
    """The source of the ``wms`` provider for ``layer`` at the advertised date nearest to ``time``.

    WMTS: ``tileMatrixSet`` and ``crs`` of the chosen matrix set, ``tileDimensions=time%3DD``. WMS: a WMS-T
    source (see the module notes) whose ``time`` is used while the Temporal Controller is off.
    """
    uri = QgsDataSourceUri()
    day = resolve_date(layer, time)
    uri.setParam("format", choose_format(layer, fmt))
    uri.setParam("layers", layer.name)
    uri.setParam("styles", layer.default_style)
    uri.setParam("dpiMode", "7")
    if layer.service == WMTS:
        tms = choose_tile_matrix_set(layer, caps)
        uri.setParam("crs", tms.crs or PREFERRED_CRS)
        uri.setParam("tileMatrixSet", tms.identifier)
        if day:
            uri.setParam("tileDimensions", f"{layer.time_dimension}={day}")
            uri.setParam("allowTemporalUpdates", "false")
    else:
        uri.setParam("crs", choose_crs(layer, crs))
        if day:
            uri.setParam("type", "wmst")
            uri.setParam("timeDimensionExtent", layer.time_extent or ",".join(layer.dates))
            uri.setParam("temporalSource", "provider")
            uri.setParam("allowTemporalUpdates", "true")
            uri.setParam("enableTime", "false")
            uri.setParam("time", f"{day}/{day}")
    uri.setParam("url", caps.url)
    return bytes(uri.encodedUri()).decode("utf-8")


def with_date(source: str, layer: WebLayer, day: str) -> str:
    """``source`` (a WMTS layer's) showing ``day`` instead."""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    if layer.service == WMTS:
        uri.removeParam("tileDimensions")
        uri.setParam("tileDimensions", f"{layer.time_dimension}={day}")
    else:
        uri.removeParam("time")
        uri.setParam("time", f"{day}/{day}")
    return bytes(uri.encodedUri()).decode("utf-8")


def source_date(source: str) -> Optional[str]:
    """The fixed date in a source made by :func:`layer_uri` (``tileDimensions`` or ``time``)."""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    for part in uri.param("tileDimensions").split(";"):
        key, _, value = part.partition("=")
        if key.lower() == "time":
            return _date_of(value)
    return _date_of(uri.param("time").split("/")[0]) if uri.hasParam("time") else None


def layer_name(layer: WebLayer, day: Optional[str], native_time: bool = False) -> str:
    """What the layer is called in the layer tree: ``Sentinel-2 NDVI · 2025-06-01 (WMTS)``."""
    kind = "WMTS" if layer.service == WMTS else "WMS"
    if native_time:  # a WMS-T layer: the date changes with the Temporal Controller
        return f"{layer.title} (WMS-T)"
    return f"{layer.title} · {day} ({kind})" if day else f"{layer.title} ({kind})"


def layer_metadata(layer: WebLayer, caps: Capabilities, crs: str) -> QgsLayerMetadata:
    meta = QgsLayerMetadata()
    meta.setIdentifier(layer.name)
    meta.setParentIdentifier(caps.url)
    meta.setTitle(layer.title)
    meta.setAbstract(layer.abstract)
    meta.setType("dataset")
    meta.setLanguage("en")
    kind = "WMTS" if layer.service == WMTS else "WMS"
    meta.setKeywords({"gmd:topicCategory": ["imageryBaseMapsEarthCover"], "Terrascope": [layer.name, kind]})
    meta.setCrs(QgsCoordinateReferenceSystem(crs))
    meta.setRights([tr("Terrascope (VITO); see https://terrascope.be for the terms of use of each product.")])
    link = QgsAbstractMetadataBase.Link(caps.title or "Terrascope", f"OGC:{kind}", caps.url)
    link.description = tr("Capabilities of the Terrascope {kind} service").format(kind=kind)
    meta.addLink(link)
    extent = QgsLayerMetadata.Extent()
    if layer.wgs84_bbox:
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
        west, south, east, north = layer.wgs84_bbox
        spatial.bounds = QgsBox3d(west, south, 0.0, east, north, 0.0)
        extent.setSpatialExtents([spatial])
    if layer.dates:
        extent.setTemporalExtents(
            [QgsDateTimeRange(_qdatetime(layer.dates[0]), _qdatetime(layer.dates[-1], end=True))]
        )
    meta.setExtent(extent)
    return meta


def create_layer(
    layer: WebLayer,
    caps: Capabilities,
    time: Optional[DateLike] = None,
    fmt: Optional[str] = None,
    crs: Optional[str] = None,
    follow_native: bool = True,
) -> QgsRasterLayer:
    """A valid raster layer for ``layer`` (main thread; QGIS reads the capabilities, usually cached).

    WMS layers with TIME follow the Temporal Controller natively unless ``follow_native`` is False; WMTS
    layers need a :class:`TimeFollower` for that (see :func:`add_web_layer`).

    :raises InvalidInputError: unknown format.
    :raises NetworkError: QGIS could not open the layer.
    """
    source = layer_uri(layer, caps, time, fmt, crs)
    day = resolve_date(layer, time)
    if time is not None and day is not None and to_date(time).isoformat() != day:
        QgsMessageLog.logMessage(
            tr("{name} has no data on {wanted}; showing {day}, the nearest date with data.").format(
                name=layer.name, wanted=to_date(time).isoformat(), day=day
            ),
            LOG_TAG,
            Qgis.MessageLevel.Info,
        )
    native = layer.service == WMS and layer.has_time and follow_native
    raster = QgsRasterLayer(source, layer_name(layer, day, native), "wms")
    if not raster.isValid():
        error = raster.error()  # keep the QgsError alive while reading it
        detail = " ".join(error.summary().split())[:300]
        raise NetworkError(
            tr("QGIS could not open the Terrascope {service} layer {name}{detail}.").format(
                service="WMTS" if layer.service == WMTS else "WMS",
                name=layer.name,
                detail=f" ({detail})" if detail else "",
            )
        )
    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    raster.setMetadata(layer_metadata(layer, caps, uri.param("crs")))
    raster.setCustomProperty(PROPERTY_PREFIX + "service", layer.service)
    raster.setCustomProperty(PROPERTY_PREFIX + "layer", layer.name)
    if layer.service == WMS and layer.has_time:
        properties = raster.temporalProperties()
        properties.setIntervalHandlingMethod(Qgis.TemporalIntervalMatchMethod.FindClosestMatchToStartOfRange)
        properties.setIsActive(follow_native)
    return raster


def add_web_layer(
    caps: Capabilities,
    layer: Union[str, WebLayer],
    time: Optional[DateLike] = None,
    follow: bool = True,
    canvas: Any = None,
    project: Optional[QgsProject] = None,
    fmt: Optional[str] = None,
    crs: Optional[str] = None,
) -> QgsRasterLayer:
    """Create the layer, add it to ``project`` (main thread) and return it.

    ``time`` is the date shown while the Temporal Controller is off (the nearest date with data; None: the
    service's default). With ``follow`` the TIME follows the Temporal Controller: natively for WMS, through a
    :class:`TimeFollower` on ``canvas`` (the map canvas: anything with ``temporalRangeChanged`` and
    ``temporalRange()``) for WMTS.

    :raises InvalidInputError: unknown layer (the message lists close names), bad date or format.
    :raises NetworkError: QGIS could not open the layer.
    """
    web_layer = caps.layer(layer) if isinstance(layer, str) else layer
    if time is not None:
        to_date(time)  # a clear message for a bad date before anything is created
    raster = create_layer(web_layer, caps, time, fmt, crs, follow_native=follow)
    if (project or QgsProject.instance()).addMapLayer(raster) is None:
        raise InvalidInputError(
            tr("The layer {name} could not be added to the project.").format(name=raster.name())
        )
    if follow and canvas is not None and web_layer.service == WMTS and len(web_layer.dates) > 1:
        TimeFollower(raster, web_layer, canvas)
        raster.setCustomProperty(PROPERTY_FOLLOW, True)  # saved with the project: see restore_followers
    return raster


def restore_followers(project: QgsProject, canvas: Any) -> Optional[QgsTask]:
    """After a project is opened: give its WMTS layers that followed the Temporal Controller a
    :class:`TimeFollower` on ``canvas`` again. The capabilities (the dates with data, which may have grown
    since) are fetched in a task; returns it (keep a reference until it ends), or None when no layer needs it.
    """
    wanted = [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsRasterLayer)
        and _truthy(layer.customProperty(PROPERTY_FOLLOW))
        and layer.customProperty(PROPERTY_PREFIX + "service") == WMTS
        and follower_of(layer) is None
    ]
    if not wanted:
        return None
    layer_ids = [layer.id() for layer in wanted]

    def work(task: QgsTask) -> Capabilities:
        return fetch_capabilities(WMTS)

    def done(exception: Optional[BaseException], caps: Optional[Capabilities] = None) -> None:
        if exception is not None or caps is None:
            QgsMessageLog.logMessage(
                tr("The WMTS layers of this project keep their date: {error}").format(
                    error=exception or tr("no answer")
                ),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
            return
        for layer_id in layer_ids:
            layer = project.mapLayer(layer_id)
            if layer is None or follower_of(layer) is not None:
                continue  # removed meanwhile, or followed again already
            try:
                web_layer = caps.layer(str(layer.customProperty(PROPERTY_PREFIX + "layer")))
            except TerrascopeError:
                continue  # the service no longer has it: the layer keeps its date
            if len(web_layer.dates) > 1:
                TimeFollower(layer, web_layer, canvas)

    task = settle(
        QgsTask.fromFunction(tr("Connecting Terrascope WMTS layers to the time"), work, on_finished=done)
    )
    QgsApplication.taskManager().addTask(task)
    return task


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")


# ---------------------------------------------------------------------------------------------- time


class TimeFollower(QObject):
    """Keeps a WMTS layer's TIME on the date with data that best fits the map's temporal range.

    Owned by the layer (it goes when the layer goes). ``source`` is the map canvas, or anything with a
    ``temporalRangeChanged`` signal and a ``temporalRange()`` method. While the range is unbounded (the
    Temporal Controller is off) the layer shows :attr:`pinned_date`. A change of date calls
    ``setDataSource`` on the same layer: its place in the tree, style, opacity and metadata stay; the layer
    name follows the date unless the user renamed the layer.
    """

    dateChanged = pyqtSignal(str)  # noqa: N815 - Qt naming

    def __init__(self, layer: QgsRasterLayer, web_layer: WebLayer, source: Any = None) -> None:
        super().__init__(layer)
        self.layer = layer
        self.web_layer = web_layer
        self.pinned_date = source_date(layer.source()) or web_layer.default_date or ""
        self.source = None
        if source is not None:
            self.attach(source)

    @property
    def current_date(self) -> Optional[str]:
        return source_date(self.layer.source())

    def attach(self, source: Any) -> None:
        self.detach()
        self.source = source
        source.temporalRangeChanged.connect(self._range_changed)
        self._range_changed()

    def detach(self) -> None:
        if self.source is not None:
            try:
                self.source.temporalRangeChanged.disconnect(self._range_changed)
            except (TypeError, RuntimeError):  # already gone
                pass
        self.source = None

    def set_pinned_date(self, time: DateLike) -> str:
        """Show the date with data nearest to ``time`` while the Temporal Controller is off."""
        self.pinned_date = nearest_date(self.web_layer.dates, time) or self.pinned_date
        self._range_changed()
        return self.pinned_date

    def follow_range(self, temporal_range: Optional[QgsDateTimeRange]) -> str:
        """Show the date that fits ``temporal_range`` (unbounded or None: the pinned date); returns it."""
        day = None
        if temporal_range is not None:
            day = date_for_range(
                self.web_layer.dates,
                _py_datetime(temporal_range.begin()),
                _py_datetime(temporal_range.end()),
            )
        day = day or self.pinned_date
        self.show_date(day)
        return day

    def show_date(self, day: str) -> None:
        current = self.current_date
        if not day or day == current:
            return
        old_auto_name = layer_name(self.web_layer, current)
        name = layer_name(self.web_layer, day) if self.layer.name() == old_auto_name else self.layer.name()
        metadata = self.layer.metadata()
        self.layer.setDataSource(
            with_date(self.layer.source(), self.web_layer, day),
            name,
            "wms",
            QgsDataProvider.ProviderOptions(),
        )
        self.layer.setMetadata(metadata)
        self.layer.triggerRepaint()
        self.dateChanged.emit(day)

    def _range_changed(self) -> None:
        if self.source is None:
            return
        try:
            temporal_range = self.source.temporalRange()
        except RuntimeError:  # the canvas is gone
            self.source = None
            return
        self.follow_range(temporal_range)


def follower_of(layer: QgsRasterLayer) -> Optional[TimeFollower]:
    """The :class:`TimeFollower` of ``layer``, if it has one."""
    for child in layer.children():
        if isinstance(child, TimeFollower):
            return child
    return None


def detach_followers(project: Optional[QgsProject] = None) -> int:
    """Stop every follower of the project's layers (the layers keep their current date); returns how many.

    The plugin calls it when it unloads: no plugin code stays connected to the canvas.
    """
    count = 0
    for map_layer in (project or QgsProject.instance()).mapLayers().values():
        for child in list(map_layer.children()):
            if isinstance(child, TimeFollower):
                child.detach()
                child.setParent(None)
                child.deleteLater()
                count += 1
    return count
