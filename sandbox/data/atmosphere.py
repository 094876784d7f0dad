"""Weather and illumination of one acquisition: clouds, cirrus, cloud shadows, aerosols, water vapour, sun.

The cloud field lives in world coordinates and is seeded by the acquisition time, so the tiles of one
datatake see the same clouds across their overlap. The cloud cover aimed at is drawn per date from a
Belgian-looking seasonal distribution (mostly overcast winters, brighter summers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from .noise import fbm, rng, seed_of

_CLOUD_CELL = 14000.0
_CLOUD_HEIGHT = 2000.0  # m, for the shadow displacement
_MEDIUM_BAND = 0.035  # cloud-field margin above the threshold classified "medium probability"
_SHADOW_DARKENING = 0.35

# Reference sample of the cloud field over both S2 tiles (UTM 31N), to turn a cover fraction into a threshold.
_REF_X, _REF_Y = np.meshgrid(np.arange(500_000, 710_000, 2000.0), np.arange(5_590_000, 5_700_000, 2000.0))

# SCL codes (Sen2Cor)
SCL_SHADOW, SCL_CLOUD_MEDIUM, SCL_CLOUD_HIGH, SCL_CIRRUS = 3, 8, 9, 10


@dataclass(frozen=True)
class Sky:
    seed: int
    cover: float  # target cloud fraction over the datatake, 0..1
    threshold: float  # cloud field value above which a pixel is cloudy
    cirrus: bool
    sun_zenith: float  # degrees, scene centre
    sun_azimuth: float
    season: float  # 0 in mid-winter .. 1 in mid-summer


@dataclass(frozen=True)
class Clouds:
    """Per-pixel weather on one grid."""

    opacity: np.ndarray  # 0..1 thick-cloud opacity
    cirrus: np.ndarray  # additive cirrus reflectance
    shadow: np.ndarray  # bool
    scl: np.ndarray  # uint8: 0 where clear, else 3/8/9/10


def season_of(when: datetime) -> float:
    doy = when.timetuple().tm_yday
    return 0.5 - 0.5 * math.cos(2.0 * math.pi * (doy - 15.0) / 365.0)


def target_cover(when: datetime) -> float:
    """Cloud fraction aimed at on this date (deterministic per date)."""
    r = rng("cloud-cover", when.strftime("%Y%m%d"))
    season = season_of(when)
    p_overcast = 0.33 - 0.25 * season
    p_clear = 0.06 + 0.16 * season
    u = r.random()
    if u < p_overcast:
        return 1.0
    if u < p_overcast + p_clear:
        return 0.0
    mean = 0.72 - 0.35 * season
    return float(np.clip(r.beta(mean * 3.0, (1.0 - mean) * 3.0), 0.0, 1.0))


def sky(when: datetime, lon: float = 4.4, lat: float = 50.95) -> Sky:
    seed = seed_of("sky", when.strftime("%Y%m%dT%H%M%S"))
    cover = target_cover(when)
    if cover >= 1.0:
        threshold = -1.0
    elif cover <= 0.0:
        threshold = 2.0
    else:
        threshold = float(np.quantile(_cloud_field(_REF_X, _REF_Y, seed), 1.0 - cover))
    zen, az = sun_angles(when, np.array(lon), np.array(lat))
    return Sky(
        seed=seed,
        cover=cover,
        threshold=threshold,
        cirrus=rng("cirrus", when.strftime("%Y%m%d")).random() < 0.3,
        sun_zenith=float(zen),
        sun_azimuth=float(az),
        season=season_of(when),
    )


def _cloud_field(x: np.ndarray, y: np.ndarray, seed: int) -> np.ndarray:
    return fbm(x, y, _CLOUD_CELL, seed, 4)


def clouds(s: Sky, x: np.ndarray, y: np.ndarray) -> Clouds:
    c = _cloud_field(x, y, s.seed)
    cloudy = c > s.threshold
    opacity = np.where(cloudy, 0.45 + 0.55 * np.clip((c - s.threshold) / (2 * _MEDIUM_BAND), 0, 1), 0.0)
    # The pixel is shadowed when a cloud lies between it and the sun.
    reach = _CLOUD_HEIGHT * math.tan(math.radians(min(s.sun_zenith, 80.0)))
    az = math.radians(s.sun_azimuth)
    towards_sun = _cloud_field(x + reach * math.sin(az), y + reach * math.cos(az), s.seed)
    shadow = (towards_sun > s.threshold + 0.01) & ~cloudy
    if s.cirrus:
        ci = fbm(x, y, 30000.0, s.seed + 1, 3)
        cirrus = np.clip((ci - 0.58) / 0.15, 0.0, 1.0) * 0.08
    else:
        cirrus = np.zeros(x.shape)
    scl = np.zeros(x.shape, dtype=np.uint8)
    scl[(cirrus > 0.02) & ~cloudy] = SCL_CIRRUS
    scl[shadow] = SCL_SHADOW
    scl[cloudy] = SCL_CLOUD_MEDIUM
    scl[c > s.threshold + _MEDIUM_BAND] = SCL_CLOUD_HIGH
    return Clouds(
        opacity=opacity.astype(np.float32), cirrus=cirrus.astype(np.float32), shadow=shadow, scl=scl
    )


# Top-of-cloud reflectance per band B01..B12: bright and flat, darker in the SWIR.
CLOUD_SPEC = np.array([0.55, 0.55, 0.56, 0.57, 0.57, 0.57, 0.57, 0.58, 0.58, 0.45, 0.35])


def observed(surface: np.ndarray, band_index: int, cl: Clouds) -> np.ndarray:
    """Reflectance seen through the weather."""
    lit = np.where(cl.shadow, surface * _SHADOW_DARKENING, surface)
    out = (
        (1.0 - cl.opacity) * lit
        + cl.opacity * CLOUD_SPEC[band_index]
        + cl.cirrus * (1.0 - 0.3 * (band_index > 8))
    )
    return out.astype(np.float32)


def aerosol(s: Sky, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Aerosol optical thickness at 550 nm."""
    return (0.05 + 0.08 * s.season + 0.12 * fbm(x, y, 40000.0, s.seed + 2, 2)).astype(np.float32)


def water_vapour(s: Sky, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Water vapour column in cm."""
    return (0.7 + 2.0 * s.season + 0.8 * fbm(x, y, 50000.0, s.seed + 3, 2)).astype(np.float32)


def sun_angles(when: datetime, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solar zenith and azimuth (degrees, azimuth clockwise from north); NOAA's approximation."""
    tt = when.timetuple()
    hour = tt.tm_hour + tt.tm_min / 60.0 + tt.tm_sec / 3600.0
    gamma = 2.0 * math.pi / 365.0 * (tt.tm_yday - 1 + (hour - 12.0) / 24.0)
    eqtime = 229.18 * (
        0.000075
        + 0.001868 * math.cos(gamma)
        - 0.032077 * math.sin(gamma)
        - 0.014615 * math.cos(2 * gamma)
        - 0.040849 * math.sin(2 * gamma)
    )
    decl = (
        0.006918
        - 0.399912 * math.cos(gamma)
        + 0.070257 * math.sin(gamma)
        - 0.006758 * math.cos(2 * gamma)
        + 0.000907 * math.sin(2 * gamma)
        - 0.002697 * math.cos(3 * gamma)
        + 0.00148 * math.sin(3 * gamma)
    )
    solar_minutes = hour * 60.0 + eqtime + 4.0 * lon
    ha = np.radians(solar_minutes / 4.0 - 180.0)
    phi = np.radians(lat)
    cos_zen = np.sin(phi) * math.sin(decl) + np.cos(phi) * math.cos(decl) * np.cos(ha)
    zen = np.degrees(np.arccos(np.clip(cos_zen, -1.0, 1.0)))
    az = np.degrees(np.arctan2(np.sin(ha), np.cos(ha) * np.sin(phi) - math.tan(decl) * np.cos(phi))) + 180.0
    return zen, np.mod(az, 360.0)
