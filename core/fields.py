"""Attribute fields that build without deprecation warnings on every supported QGIS.

QGIS 3.38 deprecated the ``QgsField`` constructor that takes a ``QVariant.Type`` in favour of one taking a
``QMetaType.Type`` (the same numbers in Qt 5); 3.22 only has the former: :func:`new_field` picks one.
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

_META_TYPES = Qgis.versionInt() >= 33800


def new_field(name: str, kind, length: int = 0) -> QgsField:
    """A field of ``kind`` (a ``QVariant`` type: String, Int, LongLong, Double, DateTime…)."""
    if _META_TYPES:
        return QgsField(name, QMetaType.Type(int(kind)), len=length)
    return QgsField(name, kind, len=length)
