"""Benchmarks: ``make bench`` (``python -m tests.bench``) runs the ``main()`` of every ``bench_*.py`` module.

Figures are printed, nothing is asserted. :func:`sandbox_process` starts a sandbox (``sandbox.server.Sandbox``
through ``python -m sandbox``) in its own process, so the server's work never shares the measured process's
interpreter lock.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def sandbox_process(timeout: float = 120.0) -> Iterator[str]:
    """A sandbox in a child process on a free loopback port; yields its base URL and stops it afterwards."""
    existing = os.environ.get("TERRASCOPE_SANDBOX")
    if existing:
        yield existing
        return
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox", "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + timeout
        base_url = None
        while base_url is None:
            line = process.stdout.readline()
            if not line:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the sandbox did not start")
                continue
            if line.startswith("TERRASCOPE_SANDBOX="):
                base_url = line.strip().split("=", 1)[1]
        os.environ["TERRASCOPE_SANDBOX"] = base_url
        yield base_url
    finally:
        os.environ.pop("TERRASCOPE_SANDBOX", None)
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
