"""Deterministic data of the local Terrascope sandbox (layout: see sandbox/data/generate.py).

Public functions live in :mod:`sandbox.data.generate` (``generate``, ``generate_full_size_item``,
``ensure_data``, ``prune_cache``, ``generator_version``); all but ``generate`` (whose name is also the
module's) are re-exported here. The collection table is :mod:`sandbox.data.collections`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ensure_data", "generate_full_size_item", "generator_version", "prune_cache"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `python -m sandbox.data.generate` does not import the module twice.
    if name in __all__:
        from . import generate as _generate

        return getattr(_generate, name)
    raise AttributeError(name)
