"""Run a piece of Python in a fresh interpreter with QGIS initialised headless, and get its JSON result.

For what a test cannot do in its own process: a module missing (``sys.modules['rasterio'] = None``), another
plugin's ``pystac`` already imported, an interpreter that never saw the test suite's imports. The code
runs after ``QgsApplication`` (offscreen) and Processing are initialised and ``terrascope_explorer`` is
importable; it stores what it found in the dict ``result``, which comes back to the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PKGROOT = REPO / ".build" / "pkgroot"
MARKER = "HEADLESS-QGIS-RESULT "

PRELUDE = """
import json, os, sys, traceback
{before}
sys.path[:0] = [{pkgroot!r}, {tests!r}, "/usr/share/qgis/python/plugins"]
from qgis.core import QgsApplication
app = QgsApplication([], True)  # offscreen: widgets can be built
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
result = {{}}
try:
{code}
except Exception:
    result["exception"] = traceback.format_exc()
print({marker!r} + json.dumps(result, default=str), flush=True)
os._exit(0)  # exitQgis() at interpreter exit is not what is tested here
"""


def run(code: str, tmp_path: Path, before: str = "", env: dict | None = None, timeout: int = 240) -> dict:
    """Run ``code`` (statements filling ``result``) in a fresh headless QGIS; ``before`` runs first."""
    script = tmp_path / "headless_script.py"
    script.write_text(
        PRELUDE.format(
            before=textwrap.dedent(before),
            pkgroot=str(PKGROOT),
            tests=str(REPO / "tests"),
            code=textwrap.indent(textwrap.dedent(code), "    "),
            marker=MARKER,
        ),
        encoding="utf-8",
    )
    config = tmp_path / "qgis-config"
    config.mkdir(exist_ok=True)
    full_env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)},
        "QT_QPA_PLATFORM": "offscreen",
        "QGIS_CUSTOM_CONFIG_PATH": str(config),
        **(env or {}),
    }
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    assert lines, f"no result (exit code {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    result = json.loads(lines[-1][len(MARKER) :])
    assert "exception" not in result, result["exception"]
    return result
