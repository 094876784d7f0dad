"""``make run``: QGIS with Terrascope Explorer in a dedicated profile, on the local sandbox by default.

Environment (set by the Makefile): ``TERRASCOPE`` = ``sandbox`` (default) or ``production``; ``HEADLESS=1``
runs QGIS under Xvfb, opens the dock, saves a screenshot and prints its path; ``PORT`` fixes the sandbox port.
The profile lives in ``.cache/qgis-profiles`` and is never the user's default QGIS profile.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.real_qgis.profile import create_profile

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PROFILES = REPO / ".cache" / "qgis-profiles"
ARTIFACTS = REPO / "artifacts" / "run"


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def main() -> int:
    target = os.environ.get("TERRASCOPE", "sandbox") or "sandbox"
    headless = os.environ.get("HEADLESS", "") not in ("", "0")
    port = int(os.environ.get("PORT", "0") or 0)
    if target not in ("sandbox", "production"):
        return _fail(f"TERRASCOPE={target}: use TERRASCOPE=sandbox (default) or TERRASCOPE=production")
    if not headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return _fail(
            "No display found (DISPLAY is not set). Run `make run HEADLESS=1` to start QGIS under "
            "Xvfb and get a screenshot of the plugin, or run `make run` from a desktop session."
        )
    qgis = shutil.which("qgis")
    if qgis is None:
        return _fail("The qgis binary is not installed: apt-get install qgis python3-qgis qgis-providers")
    if headless and shutil.which("xvfb-run") is None:
        return _fail("HEADLESS=1 needs xvfb-run: apt-get install xvfb")

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "TERRASCOPE_SANDBOX")
    }
    # The headless check shows what a newcomer sees, so it starts from a fresh profile every time.
    profiles = Path(tempfile.mkdtemp(prefix="terrascope-qgis-")) if headless else PROFILES
    create_profile(profiles)
    print(f"QGIS profile: {profiles / 'profiles'} (your own QGIS profiles are not touched)")
    server = None
    if target == "sandbox":
        from sandbox.server import Sandbox

        print("Starting the local Terrascope sandbox…", flush=True)
        server = Sandbox(port=port).start()
        env["TERRASCOPE_SANDBOX"] = server.base_url
        print(f"Sandbox: TERRASCOPE_SANDBOX={server.base_url}  (log in as demo / demo)", flush=True)
    else:
        print("Using the real Terrascope services (*.terrascope.be).")

    command = [qgis, "--profiles-path", str(profiles), "--nologo", "--noversioncheck"]
    try:
        if not headless:
            return subprocess.call(command, cwd=REPO, env=env)  # noqa: S603
        return _run_headless(command, env)
    finally:
        if server is not None:
            server.stop()
        if headless:
            shutil.rmtree(profiles, ignore_errors=True)


def _run_headless(command: list[str], env: dict[str, str]) -> int:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot, report_path = ARTIFACTS / "qgis.png", ARTIFACTS / "check_plugin.json"
    for stale in (screenshot, report_path):
        stale.unlink(missing_ok=True)
    env.update(
        PYQGIS_STARTUP=str(HERE / "startup.py"),
        TERRASCOPE_CHECK_SCREENSHOT=str(screenshot),
        TERRASCOPE_CHECK_RESULT=str(report_path),
    )
    argv = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1000x24",
        *command,
        "--code",
        str(HERE / "check_plugin.py"),
    ]
    try:
        code = subprocess.call(argv, cwd=REPO, env=env, timeout=300)  # noqa: S603
    except subprocess.TimeoutExpired:
        return _fail("QGIS did not finish within 5 minutes under Xvfb.")
    if report_path.is_file():
        report = json.loads(report_path.read_text(encoding="utf-8"))
        failed = [c for c in report.get("checks", []) if not c.get("ok")]
        passed = len(report.get("checks", [])) - len(failed)
        print(
            f"QGIS {report.get('qgis_version')}: {passed} checks passed, "
            f"{len(failed)} failed, {len(report.get('errors', []))} Python errors"
        )
    if screenshot.is_file():
        print(f"Screenshot: {screenshot}")
    else:
        return _fail(f"QGIS exited with {code} and saved no screenshot.")
    return code


if __name__ == "__main__":
    sys.exit(main())
