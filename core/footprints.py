"""The footprints of search results as a styled memory layer, with one feature per product.

:func:`new_footprint_layer` makes the layer (WGS 84, attributes :data:`FIELDS`, an outline style that
stays readable over imagery, a label-free selection colour); :func:`add_products` appends products in one
provider call; :class:`FootprintIndex` maps product keys to feature ids both ways, for selection sync.
Main thread only for layers in a project; no widgets here.
"""

from collections.abc import Iterable
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsFillSymbol,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from .fields import new_field
from .i18n import tr
from .products import Product

# (name, QVariant type, length) of the attribute table; QVariant types, not QMetaType: QGIS < 3.38 needs them
FIELDS = (
    ("id", QVariant.String, 0),  # noqa: QGS402
    ("collection", QVariant.String, 0),  # noqa: QGS402
    ("datetime", QVariant.DateTime, 0),  # noqa: QGS402
    ("date", QVariant.String, 10),  # noqa: QGS402
    ("tile", QVariant.String, 0),  # noqa: QGS402
    ("cloud_cover", QVariant.Double, 0),  # noqa: QGS402
    ("platform", QVariant.String, 0),  # noqa: QGS402
    ("title", QVariant.String, 0),  # noqa: QGS402
    ("thumbnail", QVariant.String, 0),  # noqa: QGS402
    ("stac_url", QVariant.String, 0),  # noqa: QGS402
)
LAYER_STYLE = {
    "color": "0,0,0,0",
    "outline_color": "255,140,0,255",
    "outline_width": "0.5",
    "outline_style": "solid",
}


def footprint_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind, length in FIELDS:
        fields.append(new_field(name, kind, length))
    return fields


def product_attributes(product: Product) -> list:
    when = QDateTime()
    if product.datetime is not None:
        d = product.datetime
        when = QDateTime(
            QDate(d.year, d.month, d.day), QTime(d.hour, d.minute, d.second, d.microsecond // 1000)
        )
        when.setTimeSpec(Qt.TimeSpec.UTC)
    return [
        product.id,
        product.collection,
        when,
        product.datetime.date().isoformat() if product.datetime else None,
        product.tile or None,
        product.cloud_cover,
        product.platform or None,
        product.title or None,
        product.thumbnail_url,
        product.self_href or None,
    ]


def product_feature(product: Product, fields: QgsFields) -> QgsFeature:
    feature = QgsFeature(fields)
    geometry = product.footprint
    if not geometry.isEmpty():
        geometry = type(geometry)(geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    feature.setAttributes(product_attributes(product))
    return feature


def new_footprint_layer(name: Optional[str] = None) -> QgsVectorLayer:
    """An empty, styled memory layer for footprints (not added to any project)."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name or tr("Terrascope footprints"), "memory")
    layer.dataProvider().addAttributes(footprint_fields().toList())
    layer.updateFields()
    style_footprint_layer(layer)
    # a view of a search, made again by the next one: closing QGIS or the project must not warn that
    # "temporary scratch layers" will be lost (QGIS reads this property)
    layer.setCustomProperty("skipMemoryLayersCheck", 1)
    return layer


def style_footprint_layer(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(dict(LAYER_STYLE))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setOpacity(1.0)


def add_products(layer: QgsVectorLayer, products: Iterable[Product]) -> list:
    """Append ``products`` as features; returns their feature ids in the same order."""
    fields = layer.fields()
    features = [product_feature(p, fields) for p in products]
    if not features:
        return []
    ok, added = layer.dataProvider().addFeatures(features)
    if not ok:
        return []
    layer.updateExtents()
    layer.triggerRepaint()
    return [f.id() for f in added]


class FootprintIndex:
    """Product key <-> feature id of one footprint layer."""

    def __init__(self) -> None:
        self.fid_by_key: dict = {}
        self.key_by_fid: dict = {}

    def clear(self) -> None:
        self.fid_by_key.clear()
        self.key_by_fid.clear()

    def add(self, products: Iterable[Product], fids: Iterable[int]) -> None:
        for product, fid in zip(products, fids):
            self.fid_by_key[product.key] = fid
            self.key_by_fid[fid] = product.key

    def fids(self, keys: Iterable[str]) -> list:
        return [self.fid_by_key[k] for k in keys if k in self.fid_by_key]

    def keys(self, fids: Iterable[int]) -> list:
        return [self.key_by_fid[f] for f in fids if f in self.key_by_fid]
