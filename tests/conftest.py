"""Shared test set-up.

- The checkout folder may have any name: the package is made importable as ``terrascope_explorer`` through a
  symlink in ``.build/pkgroot``.
- ``sandbox``: one local Terrascope sandbox per test session (real HTTP on a random loopback port, a real
  pgstac database, generated data), with its traffic and fault knobs reset around every test that uses it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PKGROOT = REPO / ".build" / "pkgroot"


def _make_package_importable() -> None:
    PKGROOT.mkdir(parents=True, exist_ok=True)
    link = PKGROOT / "terrascope_explorer"
    if not (link.is_symlink() and link.resolve() == REPO):
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(REPO, target_is_directory=True)
    for path in (str(PKGROOT), str(REPO)):
        if path not in sys.path:
            sys.path.insert(0, path)


_make_package_importable()


@pytest.fixture(scope="session")
def sandbox_server():
    from sandbox.server import Sandbox

    server = Sandbox().start()
    os.environ["TERRASCOPE_SANDBOX"] = server.base_url
    yield server
    os.environ.pop("TERRASCOPE_SANDBOX", None)
    server.stop()


@pytest.fixture()
def sandbox(sandbox_server):
    """The running sandbox, with clean stats and no faults for this test."""
    ctx = sandbox_server.ctx
    ctx.faults.clear()
    ctx.stats.reset()
    lifetimes = (ctx.access_token_lifetime, ctx.refresh_token_lifetime)
    yield sandbox_server
    ctx.faults.clear()
    ctx.access_token_lifetime, ctx.refresh_token_lifetime = lifetimes
