"""Spectral indices: the one table of formulas, the sensor presets, and their evaluation on numpy arrays.

Bands are named by their STAC ``eo:common_name`` (``blue``, ``green``, ``red``, ``rededge1``, ``nir``,
``swir16``, ``swir22``…). A :class:`SensorPreset` says which asset key (file) or band number holds each
common name for a sensor, and how its digital numbers scale to reflectance.

:func:`evaluate` takes reflectance-scaled (or raw, see :func:`scale_cancels`) arrays and a validity mask and
returns float32 values with ``nodata`` wherever an input is invalid, a denominator is zero or the result is
not finite. Nothing here touches files or QGIS.
"""

import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np
from osgeo import gdal
from qgis.core import QgsFeedback

from .errors import RasterError
from .i18n import tr, tr_noop
from .raster_engine import (
    BandRef,
    RasterInfo,
    check_band,
    compute_blockwise,
    describe,
    gdal_errors,
    target_grid,
)

Arrays = Mapping[str, np.ndarray]


@dataclass(frozen=True)
class SpectralIndex:
    """One index: ``key`` (``NDVI``), what it measures, its formula as text, the bands it needs."""

    key: str
    name: str
    formula: str
    bands: tuple[str, ...]
    reference: str
    coefficients: Mapping[str, float] = field(default_factory=dict)
    # (a, b) for a normalized difference (a - b) / (a + b); None when the formula is anything else.
    normalized_difference: Optional[tuple[str, str]] = None

    def title(self) -> str:
        """The long name, in the language of the user interface (the table is built before a translator is
        installed: its names are translated when shown)."""
        return tr(self.name)  # texts marked tr_noop

    def describe(self) -> str:
        """One line: key, formula and coefficients, as shown in the algorithm's help."""
        text = f"{self.key} = {self.formula}"
        if self.coefficients:
            text += " (" + ", ".join(f"{k} = {v:g}" for k, v in self.coefficients.items()) + ")"
        return text


def _nd(key: str, name: str, a: str, b: str, reference: str) -> SpectralIndex:
    return SpectralIndex(key, name, f"({a} − {b}) / ({a} + {b})", (a, b), reference, {}, (a, b))


INDICES: tuple[SpectralIndex, ...] = (
    _nd("NDVI", tr_noop("Normalized Difference Vegetation Index"), "nir", "red", "Rouse et al. (1974)"),
    _nd("NDWI", tr_noop("Normalized Difference Water Index"), "green", "nir", "McFeeters (1996)"),
    _nd("MNDWI", tr_noop("Modified Normalized Difference Water Index"), "green", "swir16", "Xu (2006)"),
    _nd(
        "NDMI",
        tr_noop("Normalized Difference Moisture Index"),
        "nir",
        "swir16",
        "Gao (1996); Wilson & Sader (2002)",
    ),
    _nd("NBR", tr_noop("Normalized Burn Ratio"), "nir", "swir22", "Key & Benson (2006)"),
    _nd("NBR2", tr_noop("Normalized Burn Ratio 2"), "swir16", "swir22", "Key & Benson (2006)"),
    _nd("NDRE", tr_noop("Normalized Difference Red Edge"), "nir", "rededge1", "Gitelson & Merzlyak (1994)"),
    _nd(
        "GNDVI",
        tr_noop("Green Normalized Difference Vegetation Index"),
        "nir",
        "green",
        "Gitelson et al. (1996)",
    ),
    _nd("NDBI", tr_noop("Normalized Difference Built-up Index"), "swir16", "nir", "Zha et al. (2003)"),
    SpectralIndex(
        "EVI",
        tr_noop("Enhanced Vegetation Index"),
        "G × (nir − red) / (nir + C1 × red − C2 × blue + L)",
        ("nir", "red", "blue"),
        "Huete et al. (2002)",
        {"G": 2.5, "C1": 6.0, "C2": 7.5, "L": 1.0},
    ),
    SpectralIndex(
        "EVI2",
        tr_noop("Two-band Enhanced Vegetation Index"),
        "G × (nir − red) / (nir + C × red + L)",
        ("nir", "red"),
        "Jiang et al. (2008)",
        {"G": 2.5, "C": 2.4, "L": 1.0},
    ),
    SpectralIndex(
        "SAVI",
        tr_noop("Soil Adjusted Vegetation Index"),
        "(1 + L) × (nir − red) / (nir + red + L)",
        ("nir", "red"),
        "Huete (1988)",
        {"L": 0.5},
    ),
    SpectralIndex(
        "MSAVI2",
        tr_noop("Modified Soil Adjusted Vegetation Index 2"),
        "(2 × nir + 1 − √((2 × nir + 1)² − 8 × (nir − red))) / 2",
        ("nir", "red"),
        "Qi et al. (1994)",
    ),
)

INDEX_BY_KEY: dict[str, SpectralIndex] = {i.key: i for i in INDICES}


@dataclass(frozen=True)
class SensorPreset:
    """Where a sensor keeps each band: ``assets`` maps common names to asset keys (the token in a band
    file's name or a band's description), ``stack`` lists the common names of a full multiband stack in
    band order, ``scale``/``offset`` turn digital numbers into reflectance when a file does not say."""

    key: str
    name: str
    assets: Mapping[str, str]
    stack: tuple[str, ...] = ()
    scale: float = 1.0
    offset: float = 0.0
    mask_asset: Optional[str] = None  # scene classification layer, for the cloud mask
    # other names of the scene classification's file (Terrascope's download is …_SCENECLASSIFICATION_20M_…)
    mask_names: tuple[str, ...] = ()

    def title(self) -> str:
        """The name, in the language of the user interface."""
        return tr(self.name)  # texts marked tr_noop


SENTINEL2 = SensorPreset(
    "sentinel2",
    tr_noop("Sentinel-2 (Terrascope TOC)"),
    {
        "coastal": "B01",
        "blue": "B02",
        "green": "B03",
        "red": "B04",
        "rededge1": "B05",
        "rededge2": "B06",
        "rededge3": "B07",
        "nir": "B08",
        "nir08": "B8A",
        "swir16": "B11",
        "swir22": "B12",
    },
    (
        "coastal",
        "blue",
        "green",
        "red",
        "rededge1",
        "rededge2",
        "rededge3",
        "nir",
        "nir08",
        "swir16",
        "swir22",
    ),
    scale=0.0001,
    mask_asset="SCL",
    mask_names=("SCENECLASSIFICATION",),
)
# PROBA-V TOC reflectance (inferred from the PROBA-V products user manual): a 4-band RADIOMETRY file or
# one file per band, int16 digital numbers, reflectance = DN / 2000.
PROBAV = SensorPreset(
    "probav",
    tr_noop("PROBA-V (TOC reflectance)"),
    {"blue": "BLUE", "red": "RED", "nir": "NIR", "swir16": "SWIR"},
    ("blue", "red", "nir", "swir16"),
    scale=0.0005,
)
CUSTOM = SensorPreset("custom", tr_noop("Other (band mapping or band names)"), {})

PRESETS: tuple[SensorPreset, ...] = (SENTINEL2, PROBAV, CUSTOM)
PRESET_BY_KEY: dict[str, SensorPreset] = {p.key: p for p in PRESETS}

# Sen2Cor scene classes masked by default: no data, saturated or defective, cloud shadows, cloud medium
# probability, cloud high probability, thin cirrus.
DEFAULT_SCL_MASK = (0, 1, 3, 8, 9, 10)


def help_table() -> str:
    """The formula table as HTML, for the algorithms' help: key, long name, formula, bands, reference."""
    rows = "".join(
        "<li>"
        + tr("<b>{key}</b> ({name}): {formula}; bands {bands}; {reference}").format(
            key=i.key,
            name=i.title(),
            formula=i.describe()[len(i.key) + 3 :],
            bands=", ".join(i.bands),
            reference=i.reference,
        )
        + "</li>"
        for i in INDICES
    )
    return f"<ul>{rows}</ul>"


def presets_help() -> str:
    """The sensor presets as HTML, for the algorithms' help: key, name, the scale of their digital numbers."""
    rows = []
    for p in PRESETS:
        if p.assets:
            text = tr("<b>{key}</b>: {name}; reflectance = digital number × {scale:g} + {offset:g}").format(
                key=p.key, name=p.title(), scale=p.scale, offset=p.offset
            )
        else:
            text = tr("<b>{key}</b>: {name}; the rasters' own scale and offset, else the scale given").format(
                key=p.key, name=p.title()
            )
        rows.append(f"<li>{text}</li>")
    return f"<ul>{''.join(rows)}</ul>"


def _token_pattern(token: str) -> "re.Pattern[str]":
    return re.compile(rf"(?:^|[^A-Za-z0-9]){re.escape(token)}(?:$|[^A-Za-z0-9])", re.IGNORECASE)


MASK = "mask"  # the scene classification, among the sources of a computation


def match_name(name: str, preset: SensorPreset, wanted: tuple[str, ...]) -> Optional[str]:
    """The common name (or ``"mask"``) that ``name`` (a file/layer name or band description) stands for.

    A name matches an asset key of the preset as a whole token (``…TOC-B04_10M…`` is ``red``, ``B8A`` is
    not ``B08``) or a common name itself (``nir``).
    """
    candidates = [(c, preset.assets[c]) for c in wanted if c in preset.assets]
    if preset.mask_asset:
        candidates += [(MASK, token) for token in (preset.mask_asset, *preset.mask_names)]
    candidates += [(c, c) for c in wanted]
    for common, token in candidates:
        if _token_pattern(token).search(name):
            return common
    return None


def parse_band_mapping(text: str) -> dict[str, int]:
    """``"red=3, nir=4"`` → ``{"red": 3, "nir": 4}``; raises ``ValueError`` with a readable reason."""
    mapping: dict[str, int] = {}
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        name, sep, number = part.partition("=")
        if not sep or not number.strip().isdigit() or int(number) < 1:
            raise ValueError(tr('"{}" is not of the form name=band number, such as red=3').format(part))
        mapping[name.strip().lower()] = int(number)
    return mapping


def parse_classes(text: str) -> tuple[int, ...]:
    """``"3, 8-10"`` → ``(3, 8, 9, 10)``; raises ``ValueError`` with a readable reason."""
    classes = set()
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        low, sep, high = part.partition("-")
        if not low.isdigit() or (sep and not high.isdigit()):
            raise ValueError(tr('"{}" is not a class number or a range such as 8-10').format(part))
        classes.update(range(int(low), int(high if sep else low) + 1))
    return tuple(sorted(classes))


def scale_cancels(index: SpectralIndex, scales: Mapping[str, tuple[float, float]]) -> bool:
    """True when the index can be computed on raw numbers: a normalized difference of two bands with the
    same scale and no offset (the scale divides out, and integer sums stay exact in float32)."""
    if index.normalized_difference is None:
        return False
    (sa, oa), (sb, ob) = (scales.get(b, (1.0, 0.0)) for b in index.normalized_difference)
    return sa == sb and oa == 0 and ob == 0


_SCRATCH_PIXELS = 1 << 20  # largest arrays whose float32 copies are kept for the next call of this thread
_scratch = threading.local()


def _work_array(name: str, shape: tuple[int, ...], dtype) -> np.ndarray:
    """An uninitialised array for intermediate values, reused by the next call in this thread when small
    enough (never handed to a caller: no allocation, and no page faults of fresh memory, per window)."""
    size = math.prod(shape)
    if size > _SCRATCH_PIXELS:
        return np.empty(shape, dtype)
    arrays = getattr(_scratch, "arrays", None)
    if arrays is None:
        arrays = _scratch.arrays = {}
    buf = arrays.get(name)
    if buf is None or buf.size < size or buf.dtype != dtype:
        buf = arrays[name] = np.empty(max(size, buf.size if buf is not None else 0), dtype)
    return buf[:size].reshape(shape)


def _nd_eval(a: np.ndarray, b: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
    """(a − b) / (a + b) in float32 (exact sums for integers below 2**24, one rounding in the division).

    Both bands are converted once, then every operation is float32 on float32 (no float64 temporaries, no
    mixed-type loops), in reused arrays; the same values as ``np.add(a, b, dtype=np.float32)``…"""
    fa = _work_array("a", a.shape, np.float32)
    fb = _work_array("b", b.shape, np.float32)
    np.copyto(fa, a, casting="unsafe")
    np.copyto(fb, b, casting="unsafe")
    out = np.subtract(fa, fb, out=out)
    np.add(fa, fb, out=fa)
    with np.errstate(divide="ignore", invalid="ignore"):
        np.divide(out, fa, out=out)
    return out


def _formula(index: SpectralIndex) -> Callable[[Arrays], np.ndarray]:
    c = index.coefficients
    if index.key == "EVI":
        return lambda v: (
            c["G"] * (v["nir"] - v["red"]) / (v["nir"] + c["C1"] * v["red"] - c["C2"] * v["blue"] + c["L"])
        )
    if index.key == "EVI2":
        return lambda v: c["G"] * (v["nir"] - v["red"]) / (v["nir"] + c["C"] * v["red"] + c["L"])
    if index.key == "SAVI":
        return lambda v: (1 + c["L"]) * (v["nir"] - v["red"]) / (v["nir"] + v["red"] + c["L"])
    if index.key == "MSAVI2":
        return lambda v: (2 * v["nir"] + 1 - np.sqrt((2 * v["nir"] + 1) ** 2 - 8 * (v["nir"] - v["red"]))) / 2
    raise KeyError(index.key)


def evaluate(
    index: SpectralIndex,
    values: Arrays,
    invalid: Optional[np.ndarray],
    nodata: float,
    scales: Optional[Mapping[str, tuple[float, float]]] = None,
    out: Optional[np.ndarray] = None,
) -> np.ndarray:
    """The index as float32: ``nodata`` where ``invalid`` is True, a denominator is zero or the result is
    not finite (a negative square root…).

    ``values`` holds one array per band of :attr:`SpectralIndex.bands`, as read (digital numbers);
    ``scales`` maps a band to its (scale, offset), reflectance = DN × scale + offset (default 1, 0).
    ``out``, a float32 array of the bands' shape, may receive the result (which is then returned).
    """
    scales = scales or {}
    if index.normalized_difference is not None:
        a, b = (values[n] for n in index.normalized_difference)
        if scale_cancels(index, scales):
            out = _nd_eval(a, b, out)
        else:
            ra, rb = (_reflectance(values[n], scales.get(n)) for n in index.normalized_difference)
            with np.errstate(divide="ignore", invalid="ignore"):
                out = ((ra - rb) / (ra + rb)).astype(np.float32)
    else:
        refl = {n: _reflectance(values[n], scales.get(n)) for n in index.bands}
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            out = np.asarray(_formula(index)(refl), dtype=np.float32)
    bad = np.isfinite(out, out=_work_array("bad", out.shape, np.bool_))
    np.logical_not(bad, out=bad)
    if invalid is not None:
        bad |= invalid
    if bad.any():  # most windows have no invalid pixel: a masked copy costs more than all the rest
        np.copyto(out, np.float32(nodata), where=bad)
    return out


def _reflectance(dn: np.ndarray, scale_offset: Optional[tuple[float, float]]) -> np.ndarray:
    scale, offset = scale_offset or (1.0, 0.0)
    refl = dn.astype(np.float64)
    if scale != 1.0:
        refl *= scale
    if offset != 0.0:
        refl += offset
    return refl


# --- Planning and running a computation ----------------------------------------------------------------

INTEGER_TYPES = {gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32}


@dataclass(frozen=True)
class IndexInputs:
    """Where each band of an index comes from, its (scale, offset), and the optional scene classification."""

    bands: Mapping[str, BandRef]
    scales: Mapping[str, tuple[float, float]]
    mask: Optional[BandRef] = None


def _band_hint(common: str, preset: SensorPreset) -> str:
    key = preset.assets.get(common)
    return (
        tr("the {} band ({} for {})").format(common, key, preset.title())
        if key
        else tr("the {} band").format(common)
    )


def _duplicate(band: str, first: str, second: str) -> RasterError:
    """The error for two band rasters found to be the same band (files of several products, chained from a
    download in a model…): which one is meant cannot be guessed."""
    a, b = Path(first).name, Path(second).name
    if a == b:
        a, b = first, second
    return RasterError(
        tr("Two inputs provide band {} ({}, {}): give the bands of one product only.").format(band, a, b)
    )


def resolve_inputs(
    index: SpectralIndex,
    preset: SensorPreset,
    *,
    separate: Sequence[tuple[str, Sequence[str]]] = (),
    stack: Optional[str] = None,
    mapping: Optional[Mapping[str, int]] = None,
    mask: Optional[tuple[str, int]] = None,
    scale: Optional[tuple[float, float]] = None,
    resampling: str = "nearest",
) -> IndexInputs:
    """Find each band ``index`` needs.

    ``separate``: band rasters as (path, names that may identify it: layer name, file name…); the first
    band of each is used; two files for one band raise RasterError. ``stack``: one multiband raster whose
    bands are found by ``mapping`` (common name → band number), else by their descriptions, else by the
    preset's band order when the band count matches. ``mask``: the scene classification (path, band), else
    one of ``separate`` named like the preset's mask asset. ``scale``: (scale, offset) for every band, else
    each file's own, else the preset's. Raises RasterError naming what is missing.
    """
    wanted = index.bands
    found: dict[str, BandRef] = {}
    infos: dict[str, RasterInfo] = {}
    mask_ref = BandRef(mask[0], mask[1], "nearest") if mask else None
    separate_mask: Optional[BandRef] = None  # the scene classification found among ``separate``
    for path, names in separate:
        info = infos.setdefault(path, describe(path))
        common = next((c for c in (match_name(n, preset, wanted + (MASK,)) for n in names) if c), None)
        if common is None and info.descriptions[0]:
            common = match_name(info.descriptions[0], preset, wanted)
        if common == MASK:
            if mask is None:
                if separate_mask is not None and separate_mask.path != path:
                    raise _duplicate(preset.mask_asset or MASK, separate_mask.path, path)
                separate_mask = mask_ref = BandRef(path, 1, "nearest")
        elif common is not None:
            if common in found and found[common].path != path:
                raise _duplicate(preset.assets.get(common, common), found[common].path, path)
            found[common] = BandRef(path, 1, resampling)
    if stack is not None:
        info = infos.setdefault(stack, describe(stack))
        for common in wanted:
            if common in found:
                continue
            band = None
            if mapping and common in mapping:
                band = mapping[common]
            elif not mapping:
                band = next(
                    (
                        i + 1
                        for i, d in enumerate(info.descriptions)
                        if d and match_name(d, preset, (common,))
                    ),
                    None,
                )
                if (
                    band is None
                    and preset.stack
                    and info.band_count == len(preset.stack)
                    and common in preset.stack
                ):
                    band = preset.stack.index(common) + 1
            if band is not None:
                check_band(info, band, common)
                found[common] = BandRef(stack, band, resampling)
    missing = [c for c in wanted if c not in found]
    if missing:
        hints = ", ".join(_band_hint(c, preset) for c in missing)
        raise RasterError(
            tr(
                "{} needs {}, which was not found among the inputs. Add that band raster, or give the band "
                "mapping of the multiband raster, such as {}."
            ).format(index.key, hints, ", ".join(f"{c}={i + 1}" for i, c in enumerate(wanted)))
        )
    scales: dict[str, tuple[float, float]] = {}
    for common, ref in found.items():
        info = infos.setdefault(ref.path, describe(ref.path))
        check_band(info, ref.band, common)
        if scale is not None:
            scales[common] = scale
        elif info.has_scale[ref.band - 1]:
            scales[common] = info.scale_offset[ref.band - 1]
        else:
            scales[common] = (preset.scale, preset.offset)
    if mask_ref is not None:
        info = infos.setdefault(mask_ref.path, describe(mask_ref.path))
        check_band(info, mask_ref.band, tr("scene classification"))
        if info.data_types[mask_ref.band - 1] not in INTEGER_TYPES:
            raise RasterError(
                tr("The scene classification {} holds real numbers; it must hold class numbers.").format(
                    info.name
                )
            )
    return IndexInputs(found, scales, mask_ref)


def unscaled_digital_numbers(index: SpectralIndex, inputs: IndexInputs) -> list[tuple[str, float]]:
    """The bands of ``inputs`` that look like digital numbers read as reflectance: (common name, largest
    value) for each band with scale 1 and no offset, holding integers, some above 1.

    Only for indices whose result depends on the scale (EVI, SAVI, MSAVI2…: their constants assume a
    reflectance of 0 to 1); a normalized difference of bands of one scale is the same either way. The largest
    value is GDAL's approximate one (from overviews or a sample of blocks): cheap, and enough to tell.
    """
    if scale_cancels(index, inputs.scales):
        return []
    found = []
    with gdal_errors():
        for common, ref in inputs.bands.items():
            if tuple(inputs.scales.get(common, (1.0, 0.0))) != (1.0, 0.0):
                continue
            ds = gdal.Open(ref.path)
            band = ds.GetRasterBand(ref.band)
            if band.DataType not in INTEGER_TYPES:
                continue
            largest = band.ComputeRasterMinMax(True)[1]
            if largest > 1:
                found.append((common, largest))
    return found


def compute_index(
    index: SpectralIndex,
    inputs: IndexInputs,
    output: str,
    *,
    mask_classes: Sequence[int] = DEFAULT_SCL_MASK,
    nodata: float = -9999.0,
    crs_wkt: Optional[str] = None,
    resolution: Optional[float] = None,
    cog: bool = False,
    compression: str = "ZSTD",
    feedback: Optional[QgsFeedback] = None,
) -> bool:
    """Write ``index`` over the area all inputs cover to ``output`` (float32 GeoTIFF); False if cancelled."""
    paths = list(dict.fromkeys([r.path for r in inputs.bands.values()]))
    infos = [describe(p) for p in paths]
    if inputs.mask is not None:
        infos.append(describe(inputs.mask.path))
    grid = target_grid(infos, crs_wkt, resolution)
    sources: dict[str, BandRef] = dict(inputs.bands)
    lut = None
    if inputs.mask is not None:
        sources[MASK] = inputs.mask
        lut = np.zeros(65536, dtype=bool)
        lut[[c for c in mask_classes if 0 <= c < 65536]] = True
    scales = dict(inputs.scales)

    def block(
        values: dict[str, np.ndarray], invalid: dict[str, Optional[np.ndarray]], _window, out: np.ndarray
    ) -> np.ndarray:
        bad = None
        for key in sources:
            mask = invalid[key]
            if mask is not None:
                bad = mask if bad is None else np.logical_or(bad, mask, out=bad)
        if lut is not None:
            classes = values[MASK]
            masked = (
                lut[classes]
                if classes.dtype.kind == "u" and classes.dtype.itemsize <= 2
                else np.isin(classes, np.flatnonzero(lut))
            )
            bad = masked if bad is None else np.logical_or(bad, masked, out=bad)
        return evaluate(index, values, bad, nodata, scales, out)

    return compute_blockwise(
        sources, grid, block, output, nodata=nodata, cog=cog, compression=compression, feedback=feedback
    )
