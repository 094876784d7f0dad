"""`make sandbox` runs `python -m sandbox`: it must print its URL and serve every service from it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_python_m_sandbox_prints_its_url_and_serves():
    proc = subprocess.Popen(
        [sys.executable, "-m", "sandbox"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        line = ""
        while not line.startswith("TERRASCOPE_SANDBOX="):
            line = proc.stdout.readline()
            assert line or proc.poll() is None, "the sandbox exited before printing its URL"
            assert time.monotonic() < deadline
        base = line.strip().split("=", 1)[1]
        assert base.startswith("http://127.0.0.1:")
        assert requests.get(base + "/stac/", timeout=10).json()["id"] == "terra-stac-api"
        discovery = requests.get(
            base + "/auth/realms/terrascope/.well-known/openid-configuration", timeout=10
        )
        assert discovery.json()["issuer"] == base + "/auth/realms/terrascope"
        assert requests.get(base + "/catalogue/collections", timeout=10).status_code == 200
        assert (
            requests.get(base + "/wmts/v2?SERVICE=WMTS&REQUEST=GetCapabilities", timeout=10).status_code
            == 200
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode in (0, -15)
