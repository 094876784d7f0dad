"""The small INSPIRE-like (ISO 19139) metadata document shipped with every item."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 - builds a document, parses nothing
from pathlib import Path

from .collections import CollectionSpec

_NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gml": "http://www.opengis.net/gml/3.2",
}
_CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"
for _prefix, _uri in _NS.items():
    ET.register_namespace(_prefix, _uri)


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _path(parent: ET.Element, *names: str) -> ET.Element:
    """Append nested elements (gmd:a/gmd:b/...) and return the innermost."""
    node = parent
    for name in names:
        node = ET.SubElement(node, _q(name))
    return node


def _text(parent: ET.Element, names: tuple[str, ...], value: str, kind: str = "gco:CharacterString") -> None:
    _path(parent, *names, kind).text = value


def _code(parent: ET.Element, names: tuple[str, ...], codelist: str, value: str) -> None:
    node = _path(parent, *names)
    node.set("codeList", f"{_CODELISTS}#{codelist}")
    node.set("codeListValue", value)
    node.text = value


def write_inspire_xml(
    path: Path, spec: CollectionSpec, item_id: str, start: str, end: str, bbox: list[float]
) -> int:
    """Write the document; returns its size in bytes."""
    west, south, east, north = bbox
    root = ET.Element(_q("gmd:MD_Metadata"))
    _text(root, ("gmd:fileIdentifier",), f"{spec.opensearch_id}:{item_id}")
    _text(root, ("gmd:language",), "eng")
    _code(root, ("gmd:hierarchyLevel", "gmd:MD_ScopeCode"), "MD_ScopeCode", "dataset")
    party = _path(root, "gmd:contact", "gmd:CI_ResponsibleParty")
    _text(party, ("gmd:organisationName",), "VITO")
    _code(party, ("gmd:role", "gmd:CI_RoleCode"), "CI_RoleCode", "pointOfContact")
    _text(root, ("gmd:dateStamp",), end, "gco:DateTime")
    ident = _path(root, "gmd:identificationInfo", "gmd:MD_DataIdentification")
    citation = _path(ident, "gmd:citation", "gmd:CI_Citation")
    _text(citation, ("gmd:title",), item_id)
    _text(citation, ("gmd:identifier", "gmd:MD_Identifier", "gmd:code"), spec.opensearch_id)
    _text(ident, ("gmd:abstract",), f"{spec.title}. {spec.description}")
    extent = _path(ident, "gmd:extent", "gmd:EX_Extent")
    box = _path(extent, "gmd:geographicElement", "gmd:EX_GeographicBoundingBox")
    for name, value in (("west", west), ("east", east), ("south", south), ("north", north)):
        side = "Longitude" if name in ("west", "east") else "Latitude"
        _text(box, (f"gmd:{name}Bound{side}",), repr(value), "gco:Decimal")
    period = _path(extent, "gmd:temporalElement", "gmd:EX_TemporalExtent", "gmd:extent", "gml:TimePeriod")
    period.set(_q("gml:id"), "acquisition")
    _path(period, "gml:beginPosition").text = start
    _path(period, "gml:endPosition").text = end
    ET.indent(root)
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)
