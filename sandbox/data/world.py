"""The synthetic Belgian landscape every product is drawn from.

One static world, defined in UTM 31N metres and independent of tile, date and resolution: agricultural
parcels (Voronoi cells of a jittered 900 m lattice, each with its crop), forests (Sonian forest, the
Campine pines, noise elsewhere), cities and villages, rivers and canals, the North Sea. Phenology turns a
parcel's crop and the day of year into fractions of green vegetation, dry vegetation and soil; a linear
mixture of endmember spectra then gives surface reflectance per Sentinel-2 band.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from osgeo import ogr

from . import geo
from .noise import fbm, lattice_hash, seed_of

# Land-cover classes of the synthetic world.
WATER, URBAN, DECIDUOUS, CONIFER, HEATH, WETLAND, GRASSLAND = range(7)
WINTER_CEREAL, MAIZE, SUGAR_BEET, POTATO, BARE = range(7, 12)
CROPS = (WINTER_CEREAL, MAIZE, SUGAR_BEET, POTATO)

_SEED = seed_of("terrascope-sandbox-world-v1")
_PARCEL_SPACING = 900.0
_VILLAGE_CELL = 4000.0

# (lon, lat, radius in m)
_CITIES = (
    (4.352, 50.847, 7500),  # Brussels
    (4.402, 51.219, 5500),  # Antwerp
    (3.725, 51.054, 4500),  # Ghent
    (5.571, 50.633, 5000),  # Liege
    (4.701, 50.880, 2500),  # Leuven
    (4.479, 51.028, 2400),  # Mechelen
    (3.225, 51.209, 3000),  # Bruges
    (5.338, 50.931, 2500),  # Hasselt
    (4.867, 50.466, 2800),  # Namur
    (4.040, 50.938, 2200),  # Aalst
    (3.265, 50.828, 2600),  # Kortrijk
    (5.690, 50.851, 3000),  # Maastricht
    (4.444, 50.411, 4500),  # Charleroi
    (5.869, 51.843, 3500),  # Nijmegen
    (4.776, 51.589, 3500),  # Breda
    (1.858, 50.951, 3000),  # Calais
    (2.377, 51.034, 3500),  # Dunkirk
    (3.063, 50.630, 6000),  # Lille
)

# (width in m, [(lon, lat), ...])
_RIVERS = (
    (200, ((3.39, 50.60), (3.60, 50.85), (3.73, 51.04), (4.10, 51.03), (4.21, 51.12), (4.30, 51.16))),
    (450, ((4.30, 51.16), (4.40, 51.23), (4.30, 51.33), (4.22, 51.37))),  # Scheldt at Antwerp
    (3500, ((4.22, 51.37), (4.00, 51.40), (3.80, 51.39), (3.60, 51.43), (3.50, 51.46))),  # Western Scheldt
    (
        140,
        (
            (4.80, 50.25),
            (4.87, 50.46),
            (5.09, 50.49),
            (5.24, 50.52),
            (5.57, 50.63),
            (5.70, 50.73),
            (5.69, 50.85),
            (5.79, 51.09),
            (5.87, 51.20),
            (6.00, 51.40),
        ),
    ),  # Meuse
    (70, ((4.44, 50.41), (4.65, 50.44), (4.87, 50.46))),  # Sambre
    (90, ((4.42, 51.23), (4.83, 51.18), (5.10, 51.10), (5.33, 50.95), (5.62, 50.67))),  # Albert Canal
    (70, ((3.26, 50.83), (3.45, 50.93), (3.72, 51.05))),  # Lys
    (60, ((4.30, 51.16), (4.48, 51.03), (4.70, 50.88), (4.60, 50.70))),  # Rupel / Dyle
)

# Coasts (lon, lat), drawn clockwise; everything in the frame outside these is sea.
_CONTINENT = (
    (-2.0, 47.0),
    (-2.0, 49.35),
    (-1.0, 49.35),
    (-0.2, 49.3),
    (0.1, 49.5),
    (0.37, 49.76),
    (1.08, 49.93),
    (1.37, 50.06),
    (1.56, 50.40),
    (1.60, 50.73),
    (1.58, 50.87),
    (1.85, 50.96),
    (2.37, 51.05),
    (2.55, 51.10),
    (2.92, 51.23),
    (3.20, 51.33),
    (3.35, 51.37),
    (3.55, 51.40),
    (3.82, 51.34),
    (4.25, 51.36),
    (4.20, 51.41),
    (3.58, 51.45),
    (3.45, 51.55),
    (3.70, 51.70),
    (3.85, 51.82),
    (4.10, 51.98),
    (4.25, 52.10),
    (4.43, 52.25),
    (4.55, 52.46),
    (4.73, 52.96),
    (4.90, 53.30),
    (5.60, 53.45),
    (6.50, 53.50),
    (8.0, 53.6),
    (8.0, 47.0),
)
_ENGLAND = (
    (-2.0, 50.75),
    (0.0, 50.77),
    (0.98, 50.91),
    (1.18, 51.08),
    (1.37, 51.14),
    (1.45, 51.38),
    (1.38, 51.39),
    (0.80, 51.45),
    (0.70, 51.53),
    (1.00, 51.80),
    (1.28, 51.95),
    (1.35, 51.96),
    (1.75, 52.48),
    (1.73, 52.60),
    (1.30, 52.93),
    (0.50, 52.95),
    (0.20, 52.85),
    (0.34, 53.14),
    (0.10, 53.50),
    (0.10, 53.58),
    (-2.0, 53.7),
)
_SEA_FRAME = ((-2.0, 47.0), (-2.0, 55.0), (8.0, 55.0), (8.0, 47.0))

# (lon, lat, radius m, forest boost, share of conifers)
_FOREST_REGIONS = (
    (4.42, 50.77, 4500, 0.35, 0.15),  # Sonian forest
    (4.68, 50.82, 2500, 0.30, 0.2),  # Meerdaal
    (4.26, 50.66, 1500, 0.35, 0.05),  # Hallerbos
    (5.35, 51.15, 25000, 0.12, 0.75),  # Campine
    (5.30, 50.25, 45000, 0.15, 0.4),  # Condroz / Ardennes edge
)
_CAMPINE = (5.35, 51.15, 25000)

# Endmember spectra, bands B01 B02 B03 B04 B05 B06 B07 B08 B8A B11 B12 (surface reflectance).
GREEN_VEG = np.array([0.028, 0.032, 0.075, 0.030, 0.110, 0.310, 0.400, 0.450, 0.460, 0.220, 0.105])
DRY_VEG = np.array([0.060, 0.070, 0.110, 0.140, 0.180, 0.220, 0.240, 0.260, 0.270, 0.350, 0.280])
SOIL = np.array([0.070, 0.080, 0.110, 0.140, 0.160, 0.180, 0.195, 0.210, 0.220, 0.290, 0.250])
WATER_SPEC = np.array([0.060, 0.055, 0.050, 0.035, 0.030, 0.020, 0.015, 0.012, 0.010, 0.006, 0.004])
URBAN_SPEC = np.array([0.100, 0.105, 0.115, 0.125, 0.135, 0.150, 0.160, 0.170, 0.175, 0.210, 0.190])
CONIFER_SPEC = np.array([0.020, 0.022, 0.045, 0.022, 0.070, 0.180, 0.220, 0.250, 0.255, 0.130, 0.060])
BAND_INDEX = {
    name: i
    for i, name in enumerate(("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"))
}


@dataclass(frozen=True)
class Landscape:
    """Static per-pixel description of the world on one grid (arrays must not be modified)."""

    x: np.ndarray  # UTM 31N pixel centres
    y: np.ndarray
    cls: np.ndarray  # uint8 land-cover class
    sea: np.ndarray  # bool: open sea (a subset of WATER)
    parcel: np.ndarray  # float64 in [0, 1): a per-parcel random value (stable id)
    shift: np.ndarray  # float32 days: per-parcel phenology shift
    amp: np.ndarray  # float32: per-parcel maximum green cover
    soil: np.ndarray  # float32: per-parcel soil brightness


@dataclass(frozen=True)
class Fractions:
    """Sub-pixel cover fractions on one date (they sum to 1, soil scaled by brightness)."""

    green: np.ndarray
    dry: np.ndarray
    soil: np.ndarray
    urban: np.ndarray
    water: np.ndarray
    conifer: np.ndarray

    def reflectance(self, band: str) -> np.ndarray:
        i = BAND_INDEX[band]
        return (
            self.green * GREEN_VEG[i]
            + self.dry * DRY_VEG[i]
            + self.soil * SOIL[i]
            + self.urban * URBAN_SPEC[i]
            + self.water * WATER_SPEC[i]
            + self.conifer * CONIFER_SPEC[i]
        ).astype(np.float32)


@functools.lru_cache(maxsize=16)
def landscape(grid: geo.Grid) -> Landscape:
    """The world on a grid, cached: a tile's landscape is reused for every acquisition date."""
    return build_landscape(grid)


def build_landscape(grid: geo.Grid) -> Landscape:
    gx, gy = grid.centres()
    x, y = geo.transform_arrays(gx, gy, grid.epsg, geo.UTM31N)
    pi, pj = _nearest_parcel(x, y)
    parcel = lattice_hash(pi, pj, _SEED + 11)
    cls = _crop_of(parcel)
    cls = _overlay_nature(cls, x, y)
    cls = np.where(_urban(x, y), URBAN, cls)
    wet, rivers, sea = _water(grid)
    water = rivers | sea
    cls = np.where(
        wet & np.isin(cls, (GRASSLAND, *CROPS)) & (fbm(x, y, 1500, _SEED + 21, 3) > 0.52), WETLAND, cls
    )
    cls = np.where(water, WATER, cls).astype(np.uint8)
    return Landscape(
        x=x,
        y=y,
        cls=cls,
        sea=sea,
        parcel=parcel,
        shift=((lattice_hash(pi, pj, _SEED + 12) - 0.5) * 24).astype(np.float32),
        amp=(0.88 + 0.12 * lattice_hash(pi, pj, _SEED + 13)).astype(np.float32),
        soil=(0.75 + 0.5 * lattice_hash(pi, pj, _SEED + 14)).astype(np.float32),
    )


def _nearest_parcel(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lattice indices of the nearest jittered parcel seed (a Voronoi tessellation)."""
    gx = x / _PARCEL_SPACING
    gy = y / _PARCEL_SPACING
    ci = np.floor(gx).astype(np.int64)
    cj = np.floor(gy).astype(np.int64)
    best = np.full(x.shape, np.inf)
    bi = ci.copy()
    bj = cj.copy()
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            ii = ci + di
            jj = cj + dj
            sx = ii + 0.1 + 0.8 * lattice_hash(ii, jj, _SEED + 1)
            sy = jj + 0.1 + 0.8 * lattice_hash(ii, jj, _SEED + 2)
            # Stretch east-west a little: Belgian fields are often elongated.
            d = ((gx - sx) * 0.8) ** 2 + (gy - sy) ** 2
            closer = d < best
            best = np.where(closer, d, best)
            bi = np.where(closer, ii, bi)
            bj = np.where(closer, jj, bj)
    return bi, bj


def _crop_of(parcel: np.ndarray) -> np.ndarray:
    bounds = ((0.30, GRASSLAND), (0.58, WINTER_CEREAL), (0.78, MAIZE), (0.88, SUGAR_BEET), (0.993, POTATO))
    cls = np.full(parcel.shape, BARE, dtype=np.uint8)
    for bound, crop in reversed(bounds):
        cls[parcel < bound] = crop
    return cls


@functools.cache
def _lonlat_metres(lon: float, lat: float) -> tuple[float, float]:
    return geo.transform_points([(lon, lat)], geo.WGS84, geo.UTM31N)[0]


def _bump(x: np.ndarray, y: np.ndarray, lon: float, lat: float, radius: float) -> np.ndarray:
    cx, cy = _lonlat_metres(lon, lat)
    return np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2.0 * radius * radius))


def _overlay_nature(cls: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    forest = fbm(x, y, 5000, _SEED + 31, 4)
    conifer_share = np.zeros(x.shape)
    for lon, lat, radius, boost, share in _FOREST_REGIONS:
        b = _bump(x, y, lon, lat, radius)
        forest = forest + boost * b
        conifer_share = np.maximum(conifer_share, share * (b > 0.3))
    is_forest = forest > 0.70
    conifer = fbm(x, y, 3000, _SEED + 32, 2) < 0.3 + 0.5 * conifer_share
    out = np.where(is_forest, np.where(conifer, CONIFER, DECIDUOUS), cls)
    heath = (_bump(x, y, *_CAMPINE) > 0.4) & (fbm(x, y, 2500, _SEED + 33, 3) > 0.64) & ~is_forest
    return np.where(heath, HEATH, out).astype(np.uint8)


def _urban(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    edge = 0.75 + 0.5 * fbm(x, y, 2000, _SEED + 41, 3)
    urban = np.zeros(x.shape, dtype=bool)
    xmin, xmax, ymin, ymax = x.min(), x.max(), y.min(), y.max()
    for lon, lat, radius in _CITIES:
        cx, cy = _lonlat_metres(lon, lat)
        reach = 1.25 * radius
        if cx + reach < xmin or cx - reach > xmax or cy + reach < ymin or cy - reach > ymax:
            continue
        urban |= np.hypot(x - cx, y - cy) < radius * edge
    # Villages: at most one per 4 km cell, near its centre.
    ci = np.floor(x / _VILLAGE_CELL).astype(np.int64)
    cj = np.floor(y / _VILLAGE_CELL).astype(np.int64)
    present = lattice_hash(ci, cj, _SEED + 42) < 0.45
    vx = (ci + 0.5 + 0.4 * (lattice_hash(ci, cj, _SEED + 43) - 0.5)) * _VILLAGE_CELL
    vy = (cj + 0.5 + 0.4 * (lattice_hash(ci, cj, _SEED + 44) - 0.5)) * _VILLAGE_CELL
    vr = 350 + 450 * lattice_hash(ci, cj, _SEED + 45)
    urban |= present & (np.hypot(x - vx, y - vy) < vr * edge)
    return urban


@functools.lru_cache(maxsize=4)
def _water_geometries(epsg: int) -> tuple[list[ogr.Geometry], list[ogr.Geometry], ogr.Geometry]:
    """(rivers, wetland belts along them, sea) as polygons in the CRS `epsg`."""
    water: list[ogr.Geometry] = []
    belts: list[ogr.Geometry] = []
    for width, points in _RIVERS:
        utm = geo.transform_points(points, geo.WGS84, geo.UTM31N)
        river = geo.line(utm, geo.UTM31N)
        water.append(geo.reproject(river.Buffer(width / 2.0), epsg))
        belts.append(geo.reproject(river.Buffer(width * 1.5 + 600.0), epsg))
    sea = geo.polygon(_SEA_FRAME, geo.WGS84)
    for land in (_CONTINENT, _ENGLAND):
        sea = sea.Difference(geo.polygon(land, geo.WGS84))
    return water, belts, geo.reproject(sea, epsg)


def _water(grid: geo.Grid) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Masks (wetland belts, rivers, sea) on the grid."""
    rivers, belts, sea = _water_geometries(grid.epsg)
    metres = grid.res * (111_000.0 if grid.epsg == geo.WGS84 else 1.0)
    # Coarse pixels would lose rivers narrower than a pixel: let every touched pixel count.
    touched = metres > 150.0
    return (
        geo.rasterize(belts, grid, touched),
        geo.rasterize(rivers, grid, touched),
        geo.rasterize([sea], grid),
    )


# --- Phenology ------------------------------------------------------------------------------------------


def _rise(t: np.ndarray, mid: float, width: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip((t - mid) / width, -60.0, 60.0)))


def _window(t: np.ndarray, up: float, down: float, w_up: float, w_down: float) -> np.ndarray:
    return _rise(t, up, w_up) * (1.0 - _rise(t, down, w_down))


def _winter_cereal(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    t = np.mod(doy - 280.0, 365.0)  # crop time: 0 on 7 October, sown shortly after
    green = (0.25 * _rise(t, 25, 5) + 0.70 * _rise(t, 160, 12)) * (1.0 - _rise(t, 263, 7))
    dry = 0.9 * _window(t, 263, 292, 7, 2) + 0.3 * _window(t, 292, 340, 2, 4)
    return green, dry


def _maize(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.97 * _window(doy, 178, 258, 9, 7), 0.8 * _window(doy, 258, 288, 7, 2)


def _sugar_beet(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.95 * _window(doy, 152, 302, 10, 3), 0.1 * _window(doy, 152, 302, 10, 3)


def _potato(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.92 * _window(doy, 162, 214, 8, 6), 0.6 * _window(doy, 214, 242, 6, 2)


def _grassland(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    green = 0.62 + 0.33 * _window(doy, 85, 305, 12, 15)
    for cut in (140.0, 192.0, 248.0):
        since = doy - cut
        green = green - np.where(since >= 0, 0.45 * np.exp(-np.maximum(since, 0) / 12.0), 0.0)
    dry = 0.05 + 0.15 * _window(doy, 200, 250, 10, 10)
    return np.clip(green, 0.1, 0.97), dry


def _deciduous(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    leaves = _window(doy, 115, 300, 6, 9)
    return 0.15 + 0.8 * leaves, 0.55 * (1.0 - leaves)


def _heath(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.35 + 0.25 * _window(doy, 130, 280, 15, 15), np.full(doy.shape, 0.35)


def _wetland(doy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.30 + 0.45 * _window(doy, 110, 290, 12, 15), 0.15 + 0.1 * (1 - _window(doy, 110, 290, 12, 15))


_PHENOLOGY = {
    WINTER_CEREAL: _winter_cereal,
    MAIZE: _maize,
    SUGAR_BEET: _sugar_beet,
    POTATO: _potato,
    GRASSLAND: _grassland,
    DECIDUOUS: _deciduous,
    HEATH: _heath,
    WETLAND: _wetland,
}


def soil_wetness(doy: float) -> float:
    """Soil brightness factor: wet, dark soils in winter."""
    return 0.85 + 0.2 * (0.5 - 0.5 * math.cos(2.0 * math.pi * (doy - 20.0) / 365.0))


def fractions(land: Landscape, doy: float) -> Fractions:
    shape = land.cls.shape
    green = np.zeros(shape, dtype=np.float32)
    dry = np.zeros(shape, dtype=np.float32)
    for cls, curve in _PHENOLOGY.items():
        m = land.cls == cls
        if not m.any():
            continue
        g, d = curve(doy - land.shift[m])
        amp = land.amp[m]
        green[m] = g * amp
        dry[m] = d * amp
    urban = np.zeros(shape, dtype=np.float32)
    water = np.zeros(shape, dtype=np.float32)
    conifer = np.zeros(shape, dtype=np.float32)
    is_urban = land.cls == URBAN
    park = np.clip((land.parcel[is_urban] - 0.55) * 1.2, 0.0, 0.5)
    urban[is_urban] = 1.0 - park - 0.1
    green[is_urban] = (park + 0.1) * (0.6 + 0.4 * _window(np.array(doy), 110, 300, 8, 10))
    conifer[land.cls == CONIFER] = 0.85
    water[land.cls == WATER] = 1.0
    water[land.cls == WETLAND] = 0.2
    green = np.where(land.cls == WETLAND, green * 0.8, green)
    soil = np.clip(1.0 - green - dry - urban - water - conifer, 0.0, 1.0)
    soil = soil * land.soil * soil_wetness(doy)
    soil = np.where(land.cls == CONIFER, 0.15 * 0.6, soil)
    return Fractions(
        green=green, dry=dry, soil=soil.astype(np.float32), urban=urban, water=water, conifer=conifer
    )


def day_of_year(when: object) -> float:
    """Fractional day of year of a datetime/date."""
    tt = when.timetuple()  # type: ignore[attr-defined]
    return tt.tm_yday - 1 + (tt.tm_hour + tt.tm_min / 60.0) / 24.0
