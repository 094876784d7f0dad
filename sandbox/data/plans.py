"""What gets generated: acquisition schedules, orbits, footprints and the jobs that render them.

A job renders one acquisition (or composite period, or map tile) and writes the items of every collection
that derives from it: an S2 acquisition gives the TOC item and its NDVI/FAPAR/LAI/FCOVER items, so the
biophysical values come from the very reflectances written next to them.

Orbit bookkeeping is real Sentinel arithmetic: Sentinel-2 repeats its ground track every 10 days in
143 orbits, Sentinel-1 every 12 days in 175; the anchors are real products (S2C R051 on 2026-08-07
10:46:21.025 with absolute orbit 10031; S1A R110 on 2020-03-15 05:58:49.458, absolute orbit 31682).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Union

from osgeo import ogr

from . import geo
from .collections import COLLECTIONS, S2_TILES, CollectionSpec

# --- Sentinel-2 -----------------------------------------------------------------------------------------

S2_FIRST = date(2025, 9, 1)
S2_LAST = date(2026, 8, 31)
S2_PROCESSING_VERSION = "220"
_S2_PERIOD = timedelta(days=10) / 143
_S2C_R051 = datetime(2026, 8, 7, 10, 46, 21, 25000)  # certain: the real item in terrascope-api.md
_S2C_ANCHOR = (_S2C_R051, 10031, 51)  # (time, absolute orbit, relative orbit)
_S2B_ANCHOR = (_S2C_R051 - timedelta(days=335), 44264, 51)  # S2B flies 5 days (half a cycle) from S2C


@dataclass(frozen=True)
class Swath:
    """A descending S2 swath over Belgium: its edge inside our tiles and its ground track (UTM 31N)."""

    edge: tuple[tuple[float, float], ...]  # edge polyline, south to north
    covered_side: str  # "west" or "east" of the edge
    track_offset: float  # ground-track x minus edge x, m

    def polygon(self) -> ogr.Geometry:
        far = -400_000.0 if self.covered_side == "west" else 400_000.0
        ring = [*self.edge, *[(x + far, y) for x, y in reversed(self.edge)]]
        return geo.polygon(ring, geo.UTM31N)

    def track_x(self, y: Any) -> Any:
        """Ground-track x at northing y (float or array)."""
        (x0, y0), (x1, y1) = self.edge[0], self.edge[-1]
        return x0 + (x1 - x0) * (y - y0) / (y1 - y0) + self.track_offset


def _edge(x_at_5590200: float, wiggle: tuple[float, ...]) -> tuple[tuple[float, float], ...]:
    # Swath edges over Belgium run NNE-SSW: +0.2775 m east per m north (real R051 footprint of 31UFS).
    ys = (5_540_000.0, 5_601_440.0, 5_645_000.0, 5_672_000.0, 5_760_000.0)
    return tuple((x_at_5590200 + 0.2775 * (y - 5_590_200.0) + w, y) for y, w in zip(ys, wiggle))


S2_SWATHS = {
    # R051 cuts the south-east corner of 31UFS (as the real product); its track lies ~150 km west.
    51: Swath(_edge(703_890.0, (0, 0, 0, 0, 0)), "west", -150_500.0),
    # R008 covers only the eastern part of 31UES; its track lies ~150 km east of that edge.
    8: Swath(_edge(568_000.0, (0, 180, -150, 120, 0)), "east", 150_500.0),
}


@dataclass(frozen=True)
class S2Acquisition:
    when: datetime
    platform: str  # sentinel-2b | sentinel-2c
    relative_orbit: int
    absolute_orbit: int
    tile: str

    @property
    def prefix(self) -> str:
        return f"S2{self.platform[-1].upper()}_{self.when:%Y%m%dT%H%M%S}_{self.tile}"

    @property
    def swath(self) -> Swath:
        return S2_SWATHS[self.relative_orbit]

    def footprint(self) -> ogr.Geometry:
        """The data footprint in UTM 31N: the tile cut by the swath edge."""
        xmin, ymin, xmax, ymax = S2_TILES[self.tile]
        tile = geo.polygon([(xmin, ymax), (xmax, ymax), (xmax, ymin), (xmin, ymin)], geo.UTM31N)
        cut = tile.Intersection(self.swath.polygon())
        return cut if cut.Area() < tile.Area() - 1.0 else tile


def absolute_orbit(
    anchor: tuple[datetime, int, int], period: timedelta, cycle: int, when: datetime, relative: int
) -> int:
    """The absolute orbit number at `when` that is consistent with the relative orbit `relative`."""
    t0, abs0, rel0 = anchor
    estimate = abs0 + (when - t0) / period
    base = abs0 + (relative - rel0)
    return base + round((estimate - base) / cycle) * cycle


def s2_acquisitions(tiles: tuple[str, ...] = tuple(S2_TILES)) -> list[S2Acquisition]:
    """S2C on R051 every 10 days from 1 Sep 2025; S2B on R008 two days later (10 min earlier in the day).

    That interleaves the two platforms and the two relative orbits over Belgium, one acquisition every
    5 days on average; every acquisition covers both tiles (same datatake time, separate items).
    """
    out: list[S2Acquisition] = []
    t = datetime.combine(S2_FIRST, _S2C_R051.time())
    while t.date() <= S2_LAST:
        # S2B on R051 is 5 days after S2C; on R008 43 orbits (3.007 days) before that.
        r008 = t + timedelta(days=5) - 43 * _S2_PERIOD
        r008 = r008.replace(microsecond=r008.microsecond // 1000 * 1000)
        for when, platform, rel, anchor in (
            (t, "sentinel-2c", 51, _S2C_ANCHOR),
            (r008, "sentinel-2b", 8, _S2B_ANCHOR),
        ):
            if when.date() > S2_LAST:
                continue
            orbit = absolute_orbit(anchor, _S2_PERIOD, 143, when, rel)
            out.extend(S2Acquisition(when, platform, rel, orbit, tile) for tile in tiles)
        t += timedelta(days=10)
    return sorted(out, key=lambda a: (a.when, a.tile))


# --- Sentinel-1 -----------------------------------------------------------------------------------------

S1_FIRST = S2_FIRST
S1_LAST = S2_LAST
_S1_PERIOD = timedelta(days=12) / 175
_S1A_ANCHOR = (datetime(2020, 3, 15, 5, 58, 49, 458000), 31682, 110)  # certain (a real product)
_S1C_ANCHOR = (datetime(2025, 9, 9, 5, 58, 49, 458000), 4054, 110)  # S1C: launched Dec 2024, 6 days off S1A

# Real GRD footprints over Belgium (lon, lat), from VITO sigma0 products.
S1_PASSES = {
    "descending": (
        110,
        datetime(2025, 9, 3, 5, 58, 49, 458000),  # S1A; S1C six days later
        ((4.995008, 49.509308), (5.473188, 51.003036), (1.742552, 51.41433), (1.379708, 49.918747)),
        (0, 1),  # near-range edge (vertex indices): S1 looks right, west of a descending track
    ),
    "ascending": (
        161,
        datetime(2025, 9, 6, 17, 32, 23, 78000),
        ((2.238402, 50.41465), (5.840686, 50.817055), (5.470199, 52.312359), (1.74933, 51.907749)),
        (3, 0),
    ),
}


@dataclass(frozen=True)
class S1Scene:
    when: datetime
    platform: str  # sentinel-1a | sentinel-1c
    orbit_state: str
    relative_orbit: int
    absolute_orbit: int

    @property
    def item_id(self) -> str:
        stem = (
            f"S1{self.platform[-1].upper()}_IW_GRDH_SIGMA0_DV_{self.when:%Y%m%dT%H%M%S}_"
            f"{self.orbit_state.upper()}_{self.relative_orbit}"
        )
        code = hashlib.sha256(stem.encode()).hexdigest()[:4].upper()
        return f"{stem}_{code}_V110"

    @property
    def corners(self) -> tuple[tuple[float, float], ...]:
        return S1_PASSES[self.orbit_state][2]

    @property
    def near_edge(self) -> tuple[int, int]:
        return S1_PASSES[self.orbit_state][3]


def s1_scenes() -> list[S1Scene]:
    """Every 6 days per pass (S1A and S1C alternating), one ascending and one descending pass."""
    out: list[S1Scene] = []
    for state, (rel, first, _, _) in S1_PASSES.items():
        t = first
        k = 0
        while t.date() <= S1_LAST:
            platform = "sentinel-1a" if k % 2 == 0 else "sentinel-1c"
            anchor = _S1A_ANCHOR if platform == "sentinel-1a" else _S1C_ANCHOR
            orbit = absolute_orbit(anchor, _S1_PERIOD, 175, t, rel)
            out.append(S1Scene(t, platform, state, rel, orbit))
            t += timedelta(days=6)
            k += 1
    return sorted(out, key=lambda s: s.when)


# --- Composites and maps --------------------------------------------------------------------------------


def dekads(first: date, last: date) -> list[tuple[date, date]]:
    """10-daily periods (1-10, 11-20, 21-end of month) whose start lies in [first, last]."""
    out = []
    d = first
    while d <= last:
        if d.day in (1, 11):
            end = d + timedelta(days=9)
        else:
            end = (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        out.append((d, end))
        d = end + timedelta(days=1)
    return out


def map_tile_bounds(tile: str) -> tuple[float, float, float, float]:
    """(west, south, east, north) of a 3 x 3 degree tile named like N51E003 (lower-left corner)."""
    lat = int(tile[1:3]) * (1 if tile[0] == "N" else -1)
    lon = int(tile[4:7]) * (1 if tile[3] == "E" else -1)
    return float(lon), float(lat), float(lon + 3), float(lat + 3)


# --- Jobs -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class S2Job:
    acquisition: S2Acquisition
    collections: tuple[str, ...]  # which of the S2 collections to write


@dataclass(frozen=True)
class S1Job:
    scene: S1Scene
    collection: str


@dataclass(frozen=True)
class CompositeJob:
    collection: str
    start: date
    end: date


@dataclass(frozen=True)
class MapJob:
    collection: str
    tile: str


Job = Union[S2Job, S1Job, CompositeJob, MapJob]


def jobs(only: set[str] | None = None, limit: int | None = None) -> list[Job]:
    """All jobs, heaviest first; `only` keeps the jobs of those collections, `limit` the first N per kind.

    With `limit`, S2 keeps the first N acquisition dates (both tiles each).
    """
    wanted = [c for c in COLLECTIONS if only is None or c.id in only]
    out: list[Job] = []
    s2 = tuple(c.id for c in wanted if c.kind in ("s2-toc", "s2-biopar"))
    if s2:
        acqs = s2_acquisitions()
        if limit is not None:
            dates = sorted({a.when for a in acqs})[:limit]
            acqs = [a for a in acqs if a.when in dates]
        out.extend(S2Job(a, s2) for a in acqs)
    for spec in wanted:
        out.extend(_jobs_of(spec, limit))
    return out


def _jobs_of(spec: CollectionSpec, limit: int | None) -> list[Job]:
    found: list[Job] = []
    if spec.kind == "s1-sigma0":
        found = [S1Job(s, spec.id) for s in s1_scenes()]
    elif spec.kind == "ndvi-composite":
        first = date.fromisoformat(spec.params["first"])
        last = date.fromisoformat(spec.params["last"])
        found = [CompositeJob(spec.id, a, b) for a, b in dekads(first, last)]
    elif spec.kind in ("worldcover", "worldcereal"):
        found = [MapJob(spec.id, t) for t in spec.params["tiles"]]
    return found[:limit] if limit is not None else found
