"""How each Terrascope product is drawn: band presets, reflectance stretches, colour ramps and class legends.

Plain data and small look-ups, no QGIS objects: :mod:`.layers` turns them into renderers. Sources:

- True colour at reflectance 0.02-0.16: the values VITO's own tile seeder and the real previews use
  (``rescale=200,1600`` on DN × 0.0001). The other bands' ranges are the usual reflectance of land surfaces in
  that part of the spectrum (NIR and SWIR are brighter than visible light over vegetation and soil); they are
  fixed, not computed per scene, so that a series animated by the Temporal Controller keeps its colours.
- NDVI: the Copernicus Land NDVI legend (brown -0.08, yellow 0.2, dark green 0.92). FAPAR and FCOVER: the same
  colours over 0-1 (VITO renders FAPAR with its NDVI table). LAI: VITO's ``ColorTable_LAI_V12``.
- WorldCover: the official ESA WorldCover class names and colours (product user manual).
- Sen2Cor scene classification: the colours of ESA's SNAP/Sen2Cor legend.
- WorldCereal: 0 other / 100 detected / 255 no data (product specification); each product's colour is the one
  WorldCereal's own viewer gives it (repository WorldCereal/ewoc_vdm_app, ``src/data/metadata/cases.js``:
  annual/temporary cropland #e41a1c, maize #e0cd00, cereals #d97501), "other" the grey of the Gisat product
  viewer's value map (186, 186, 186).
- Sentinel-1 backscatter: shown in decibels, VV over -20…0 dB and VH over -25…-5 dB (the ranges VITO's seeder
  composes its VV/VH false colour with).
"""

import re
from dataclasses import dataclass, field
from typing import Optional

from .i18n import tr, tr_noop

# ---------------------------------------------------------------------------------------------- composites


@dataclass(frozen=True)
class Preset:
    """A way to show a product: an RGB composite of three band assets, or one asset styled for reading."""

    id: str
    label: str  # what a menu and a layer name show ("true colour")
    bands: tuple  # asset keys: three for an RGB composite, one for a single band

    @property
    def is_composite(self) -> bool:
        return len(self.bands) == 3


def composite_presets() -> tuple:
    """The Sentinel-2 band combinations, in the order a menu offers them (labels translated at call time)."""
    return (
        Preset("true_colour", tr("true colour"), ("B04", "B03", "B02")),
        Preset("false_colour", tr("false colour"), ("B08", "B04", "B03")),
        Preset("swir", tr("SWIR"), ("B12", "B08", "B04")),
        Preset("agriculture", tr("agriculture"), ("B11", "B08", "B02")),
    )


COMPOSITE_PRESET_IDS = ("true_colour", "false_colour", "swir", "agriculture")

# Reflectance shown from black to full brightness, per Sentinel-2 band.
REFLECTANCE_RANGE = {
    "B01": (0.0, 0.16),
    "B02": (0.0, 0.16),
    "B03": (0.0, 0.16),
    "B04": (0.0, 0.16),
    "B05": (0.0, 0.3),
    "B06": (0.0, 0.45),
    "B07": (0.0, 0.5),
    "B08": (0.0, 0.5),
    "B8A": (0.0, 0.5),
    "B11": (0.0, 0.4),
    "B12": (0.0, 0.3),
}
DEFAULT_REFLECTANCE_RANGE = (0.0, 0.3)
PRESET_RANGES = {"true_colour": (0.02, 0.16)}  # VITO's previews: every band over the same range


def reflectance_range(band: str, preset_id: Optional[str] = None) -> tuple:
    """(low, high) reflectance for ``band`` in ``preset_id`` (or in a composite the user picked)."""
    if preset_id in PRESET_RANGES:
        return PRESET_RANGES[preset_id]
    return REFLECTANCE_RANGE.get(band.upper(), DEFAULT_REFLECTANCE_RANGE)


# ---------------------------------------------------------------------------------------------- single bands

RAMP = "ramp"  # interpolated colour ramp over physical values
CLASSES = "classes"  # paletted: one colour and name per value
DECIBEL = "decibel"  # linear power shown as 10·log10, grey ramp over a dB range
GREY = "grey"  # QGIS's own grey stretch (statistics of the overview)


@dataclass(frozen=True)
class BandStyle:
    kind: str
    label: str = ""  # the preset label ("NDVI", "VV (dB)")
    stops: tuple = ()  # RAMP/DECIBEL: (value, "#rrggbb", legend label)
    classes: tuple = ()  # CLASSES: (value, "#rrggbb", name)
    unit: str = ""
    scale: Optional[float] = None  # fallback when neither the file nor the catalogue gives one
    offset: Optional[float] = None
    nodata: Optional[float] = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def _stops(pairs: str, unit: str = "") -> tuple:
    """``"value:rrggbb ..."`` as ramp stops whose legend label is the value (with ``unit``)."""
    out = []
    for part in pairs.split():
        value, colour = part.split(":")
        label = f"{float(value):g}" + (f" {unit}" if unit else "")
        out.append((float(value), "#" + colour, label))
    return tuple(out)


NDVI_STOPS = _stops(
    "-0.08:8c5c08 0:8e5f08 0.1:c5ad13 0.2:ffff1e 0.3:dae819 0.4:b6d215 0.5:91bc11 0.6:6da60c 0.7:489008 "
    "0.8:247a04 0.92:006400"
)
UNIT_STOPS = tuple(  # the NDVI colours spread over 0-1
    (round((v + 0.08) / 1.0, 4), c, f"{(v + 0.08) / 1.0:g}") for v, c, _ in NDVI_STOPS
)
LAI_STOPS = _stops("0:8c5c08 2:ffff00 4:00c800 7:006400", "m²/m²")
CONFIDENCE_STOPS = _stops("0:ffffcc 50:fd8d3c 100:800026", "%")

WORLDCOVER_CLASSES = (
    (10, "#006400", tr_noop("Tree cover")),
    (20, "#ffbb22", tr_noop("Shrubland")),
    (30, "#ffff4c", tr_noop("Grassland")),
    (40, "#f096ff", tr_noop("Cropland")),
    (50, "#fa0000", tr_noop("Built-up")),
    (60, "#b4b4b4", tr_noop("Bare / sparse vegetation")),
    (70, "#f0f0f0", tr_noop("Snow and ice")),
    (80, "#0064c8", tr_noop("Permanent water bodies")),
    (90, "#0096a0", tr_noop("Herbaceous wetland")),
    (95, "#00cf75", tr_noop("Mangroves")),
    (100, "#fae6a0", tr_noop("Moss and lichen")),
)

SCL_CLASSES = (
    (0, "#000000", tr_noop("No data")),
    (1, "#ff0000", tr_noop("Saturated or defective")),
    (2, "#2f2f2f", tr_noop("Dark area pixels")),
    (3, "#643200", tr_noop("Cloud shadows")),
    (4, "#00a000", tr_noop("Vegetation")),
    (5, "#ffe65a", tr_noop("Not vegetated")),
    (6, "#0000ff", tr_noop("Water")),
    (7, "#808080", tr_noop("Unclassified")),
    (8, "#c0c0c0", tr_noop("Cloud, medium probability")),
    (9, "#ffffff", tr_noop("Cloud, high probability")),
    (10, "#64c8ff", tr_noop("Thin cirrus")),
    (11, "#ff96ff", tr_noop("Snow")),
)

CLOUDMASK_CLASSES = ((0, "#00000000", tr_noop("Clear")), (1, "#ff00ff", tr_noop("Cloud or shadow")))

# collection id word -> (name of the detected class in the legend, label of the layer, colour); the label is
# its own text, not the class name in lower case: German writes its nouns with a capital.
WORLDCEREAL_PRODUCTS = {
    "temporarycrops": (tr_noop("Temporary crops"), tr_noop("temporary crops"), "#e41a1c"),
    "maize": (tr_noop("Maize"), tr_noop("maize"), "#e0cd00"),
    "wintercereals": (tr_noop("Winter cereals"), tr_noop("winter cereals"), "#d97501"),
    "springcereals": (tr_noop("Spring cereals"), tr_noop("spring cereals"), "#d97501"),
}
WORLDCEREAL_UNKNOWN = (tr_noop("Detected"), tr_noop("detected"), "#e41a1c")  # a product not in the table
WORLDCEREAL_OTHER = (0, "#bababa", tr_noop("Other"))

SIGMA0_DB_RANGE = {"VV": (-20.0, 0.0), "VH": (-25.0, -5.0)}
DEFAULT_DB_RANGE = (-25.0, 0.0)

# DN -> physical value of products whose catalogue entry may lack raster:scale/offset (DN × 0.004 − 0.08)
VGT_NDVI_SCALE = (0.004, -0.08, 255.0)


def _ndvi_style(collection: str) -> BandStyle:
    scale, offset, nodata = (None, None, None)
    if any(word in collection for word in ("probav", "proba-v", "spotvgt", "spot-vgt", "vgt")):
        scale, offset, nodata = VGT_NDVI_SCALE
    return BandStyle(RAMP, "NDVI", NDVI_STOPS, scale=scale, offset=offset, nodata=nodata)


def band_style(collection: str, asset_key: str) -> Optional[BandStyle]:
    """How to show the single asset ``asset_key`` of a ``collection`` product; None for a plain grey band."""
    collection = collection.lower()
    key = asset_key.upper()
    if key == "NDVI":
        return _ndvi_style(collection)
    if key in ("FAPAR", "FCOVER"):
        return BandStyle(RAMP, key, UNIT_STOPS)
    if key == "LAI":
        return BandStyle(RAMP, key, LAI_STOPS, unit="m²/m²")
    if "worldcover" in collection and key == "MAP":
        return BandStyle(CLASSES, tr("land cover"), classes=translated_classes(WORLDCOVER_CLASSES))
    if "worldcereal" in collection and key == "CLASSIFICATION":
        word = next((w for w in WORLDCEREAL_PRODUCTS if w in collection), "")
        name, label, colour = WORLDCEREAL_PRODUCTS.get(word, WORLDCEREAL_UNKNOWN)
        classes = translated_classes((WORLDCEREAL_OTHER, (100, colour, name)))
        return BandStyle(CLASSES, tr(label), classes=classes)  # texts marked tr_noop
    if "worldcereal" in collection and key == "CONFIDENCE":
        return BandStyle(RAMP, tr("confidence"), CONFIDENCE_STOPS, unit="%")
    if key == "SCL":
        return BandStyle(CLASSES, tr("scene classification"), classes=translated_classes(SCL_CLASSES))
    if key == "CLOUDMASK":
        return BandStyle(CLASSES, tr("cloud mask"), classes=translated_classes(CLOUDMASK_CLASSES))
    if is_sigma0(collection, key):
        low, high = SIGMA0_DB_RANGE.get(key, DEFAULT_DB_RANGE)
        stops = ((low, "#000000", f"{low:g} dB"), (high, "#ffffff", f"{high:g} dB"))
        return BandStyle(DECIBEL, f"{key} (dB)", stops, unit="dB")
    return None


def translated_classes(classes: tuple) -> tuple:
    """``(value, colour, name)`` classes with each name in the language of the user interface.

    The tables above are built when the module is imported, before the plugin installs its translator, so
    they hold the English texts (marked with ``tr_noop``) and are translated here, when a layer is styled.
    """
    return tuple((value, colour, tr(name)) for value, colour, name in classes)  # texts marked tr_noop


def is_sigma0(collection: str, asset_key: str) -> bool:
    """Linear backscatter power (Sentinel-1 sigma0/gamma0 VV, VH, HH, HV) that reads best in dB."""
    collection = collection.lower()
    return (
        "-s1-" in collection or "sigma0" in collection or "gamma0" in collection
    ) and asset_key.upper() in (
        "VV",
        "VH",
        "HH",
        "HV",
    )


# ---------------------------------------------------------------------------------------------- names

# collection id (or a word in it) -> how a person names its products; names made of words (not only of
# mission names and units) are marked for the translators and translated by collection_name().
_COLLECTION_NAMES = (
    ("terrascope-s2-toc", "Sentinel-2 TOC"),
    ("terrascope-s2-ndvi", "Sentinel-2 NDVI"),
    ("terrascope-s2-fapar", "Sentinel-2 FAPAR"),
    ("terrascope-s2-lai", "Sentinel-2 LAI"),
    ("terrascope-s2-fcover", "Sentinel-2 FCOVER"),
    ("terrascope-s1-grd-sigma0", "Sentinel-1 sigma0"),
    ("probav-s10-toc-ndvi-333m", "PROBA-V NDVI 333 m"),
    ("spotvgt-s10-ndvi-1km", "SPOT-VGT NDVI 1 km"),
    ("worldcover-map-10m-2020", "WorldCover 2020"),
    ("worldcover-map-10m-2021", "WorldCover 2021"),
    ("worldcereal-2021-temporarycrops", tr_noop("WorldCereal 2021 temporary crops")),
    ("worldcereal-2021-maize", tr_noop("WorldCereal 2021 maize")),
    ("worldcereal-2021-wintercereals", tr_noop("WorldCereal 2021 winter cereals")),
)
_GRID_CELL = re.compile(r"[NS]\d{2}[EW]\d{3}")


def collection_name(collection: str) -> str:
    """``Sentinel-2 TOC`` for ``terrascope-s2-toc-v2``; the id itself when the table does not know it."""
    lowered = collection.lower()
    for needle, name in _COLLECTION_NAMES:
        if needle in lowered:
            return tr(name)  # texts marked tr_noop; a name without a translation stays as it is
    return collection


def grid_cell(product_id: str) -> str:
    """The 3°×3° tile of WorldCover/WorldCereal ids (``N51E003``), or an empty string."""
    match = _GRID_CELL.search(product_id)
    return match.group(0) if match else ""
