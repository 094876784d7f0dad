"""Deterministic hashing and smooth noise, evaluable at any coordinate.

Everything synthetic in the sandbox derives from these: the same world position gives the same value
whichever tile, grid, resolution or block asks for it, so overlapping tiles agree and a full-size raster is
the same scene as its small version.
"""

from __future__ import annotations

import hashlib

import numpy as np

_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M3 = np.uint64(0xFF51AFD7ED558CCD)
_M4 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
_S11 = np.uint64(11)


def seed_of(*parts: object) -> int:
    """A 64-bit seed from any text parts (stable across runs and platforms, unlike hash())."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")


def rng(*parts: object) -> np.random.Generator:
    return np.random.default_rng(seed_of(*parts))


def hash2(ix: np.ndarray, iy: np.ndarray, seed: int) -> np.ndarray:
    """Uniform [0, 1) value per integer lattice point (splitmix/murmur finaliser)."""
    with np.errstate(over="ignore"):
        h = (np.asarray(ix).astype(np.int64).astype(np.uint64) * _M1) ^ (
            np.asarray(iy).astype(np.int64).astype(np.uint64) * _M2
        )
        h ^= np.uint64(seed & 0xFFFFFFFFFFFFFFFF)
        h ^= h >> _S33
        h *= _M3
        h ^= h >> _S33
        h *= _M4
        h ^= h >> _S33
    return (h >> _S11).astype(np.float64) * (1.0 / 9007199254740992.0)


def lattice_hash(ix: np.ndarray, iy: np.ndarray, seed: int) -> np.ndarray:
    """hash2 at integer points, hashing each lattice point once when the points are dense."""
    if ix.size == 0:
        return np.zeros(ix.shape)
    x0, x1 = int(ix.min()), int(ix.max())
    y0, y1 = int(iy.min()), int(iy.max())
    width = x1 - x0 + 1
    if width * (y1 - y0 + 1) > ix.size:
        return hash2(ix, iy, seed)
    lx, ly = np.meshgrid(np.arange(x0, x1 + 1, dtype=np.int64), np.arange(y0, y1 + 1, dtype=np.int64))
    return hash2(lx, ly, seed).ravel().take((iy - y0) * width + (ix - x0))


def _is_grid(x: np.ndarray, y: np.ndarray) -> bool:
    """Whether x varies along columns only and y along rows only (pixel centres of a north-up grid)."""
    return x.ndim == 2 and x.shape[0] > 0 and bool((x == x[0]).all()) and bool((y == y[:, :1]).all())


def _grid_noise(xs: np.ndarray, ys: np.ndarray, cell: float, seed: int) -> np.ndarray:
    """value_noise on the grid xs (columns) x ys (rows): interpolate the few lattice columns first."""
    gx = xs / cell
    gy = ys / cell
    ix = np.floor(gx).astype(np.int64)
    iy = np.floor(gy).astype(np.int64)
    tx = gx - ix
    ty = gy - iy
    tx = tx * tx * (3.0 - 2.0 * tx)
    ty = ty * ty * (3.0 - 2.0 * ty)
    x0, y0 = int(ix.min()), int(iy.min())
    lx, ly = np.meshgrid(
        np.arange(x0, int(ix.max()) + 2, dtype=np.int64), np.arange(y0, int(iy.max()) + 2, dtype=np.int64)
    )
    lattice = hash2(lx, ly, seed)
    rows = lattice[iy - y0] + (lattice[iy - y0 + 1] - lattice[iy - y0]) * ty[:, None]
    left = rows[:, ix - x0]
    right = rows[:, ix - x0 + 1]
    return left + (right - left) * tx[None, :]


def value_noise(x: np.ndarray, y: np.ndarray, cell: float, seed: int) -> np.ndarray:
    """Smooth noise in [0, 1] with features about `cell` units wide."""
    if _is_grid(x, y):
        return _grid_noise(x[0], y[:, 0], cell, seed)
    gx = x / cell
    gy = y / cell
    fx0 = np.floor(gx)
    fy0 = np.floor(gy)
    tx = gx - fx0
    ty = gy - fy0
    tx = tx * tx * (3.0 - 2.0 * tx)
    ty = ty * ty * (3.0 - 2.0 * ty)
    ix = fx0.astype(np.int64)
    iy = fy0.astype(np.int64)
    v00, v10, v01, v11 = _corners(ix, iy, seed)
    top = v00 + (v10 - v00) * tx
    bottom = v01 + (v11 - v01) * tx
    return top + (bottom - top) * ty


def _corners(ix: np.ndarray, iy: np.ndarray, seed: int) -> tuple[np.ndarray, ...]:
    """Lattice values at the four corners of each cell (same values as hashing each corner)."""
    if ix.size == 0:
        return (np.zeros(ix.shape),) * 4
    x0, x1 = int(ix.min()), int(ix.max()) + 1
    y0, y1 = int(iy.min()), int(iy.max()) + 1
    if (x1 - x0 + 1) * (y1 - y0 + 1) > ix.size:
        # Scattered points: hashing each corner is cheaper than the lattice around them.
        return (
            hash2(ix, iy, seed),
            hash2(ix + 1, iy, seed),
            hash2(ix, iy + 1, seed),
            hash2(ix + 1, iy + 1, seed),
        )
    lx, ly = np.meshgrid(np.arange(x0, x1 + 1, dtype=np.int64), np.arange(y0, y1 + 1, dtype=np.int64))
    lattice = hash2(lx, ly, seed).ravel()
    width = x1 - x0 + 1
    k = (iy - y0) * width + (ix - x0)
    return lattice.take(k), lattice.take(k + 1), lattice.take(k + width), lattice.take(k + width + 1)


def fbm(x: np.ndarray, y: np.ndarray, cell: float, seed: int, octaves: int = 4) -> np.ndarray:
    """Fractal sum of value noise, normalised to [0, 1] (values cluster around 0.5)."""
    total = np.zeros(np.shape(x), dtype=np.float64)
    amplitude = 1.0
    norm = 0.0
    grid = _is_grid(x, y)
    for octave in range(octaves):
        size = cell / (2**octave)
        octave_seed = seed + 7919 * octave
        total += amplitude * (
            _grid_noise(x[0], y[:, 0], size, octave_seed) if grid else value_noise(x, y, size, octave_seed)
        )
        norm += amplitude
        amplitude *= 0.5
    return total / norm
