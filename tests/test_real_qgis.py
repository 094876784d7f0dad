"""Terrascope Explorer in the real QGIS application, under Xvfb.

The test makes a throw-away profile with the plugin linked in and enabled (``tests/real_qgis/profile.py``)
and starts ``xvfb-run -a qgis --profiles-path … --nologo --noversioncheck --code
tests/real_qgis/check_plugin.py``. ``tests/real_qgis/startup.py`` runs first (``PYQGIS_STARTUP``) so that
an error while QGIS loads the plugin is recorded instead of opening a dialog. The check script writes a
JSON report and screenshots into ``artifacts/real_qgis/`` (git-ignored) and quits QGIS.
"""

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Optional

import pytest
from qgis.PyQt.QtGui import QImage

from tests.real_qgis.profile import create_profile

QGIS = shutil.which("qgis")
XVFB_RUN = shutil.which("xvfb-run")
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ARTIFACTS = REPO / "artifacts" / "real_qgis"
SCREEN = (1600, 1000)
TIMEOUT_S = 180

pytestmark = [
    pytest.mark.realqgis,
    pytest.mark.slow,
    pytest.mark.skipif(QGIS is None or XVFB_RUN is None, reason="needs the qgis binary and xvfb-run"),
]


def run_qgis(profiles: Path, env: dict, output: Path, code: Optional[Path] = None) -> int:
    """Run QGIS on ``profiles`` with ``code`` (default: the check script); return its exit code.
    Kills it on timeout."""
    code = code or HERE / "real_qgis" / "check_plugin.py"
    command = [
        XVFB_RUN, "-a", "-s", f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24",
        QGIS, "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
        "--code", str(code),
    ]  # fmt: skip
    with output.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            return process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            native_stacks(process.pid, out)
            os.killpg(process.pid, signal.SIGTERM)  # xvfb-run, Xvfb and QGIS: the group we started
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            pytest.fail(f"QGIS did not quit within {TIMEOUT_S} s; the end of {output}:\n{tail(output, 400)}")


def native_stacks(group: int, out) -> None:
    """Append every thread's native stack of the QGIS processes in process group ``group`` to ``out``
    (with gdb, when installed): a hang in C++ leaves no Python frame for faulthandler to show."""
    gdb = shutil.which("gdb")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" ", 1)
            name, fields = rest.rsplit(") ", 1)
        except (OSError, ValueError):
            continue
        if int(fields.split()[2]) != group or "qgis" not in name:
            continue
        out.write(f"\n=== QGIS (pid {pid}) still running after {TIMEOUT_S} s; native stacks ===\n")
        out.flush()
        if gdb:
            command = [gdb, "-p", pid, "-batch", "-nx", "-ex", "thread apply all bt 30"]
            try:
                subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=90, check=False)
            except subprocess.TimeoutExpired:
                out.write("gdb did not finish within 90 s\n")


def qgis_environment(tmp_path: Path, result: Path, screenshot: Path) -> dict:
    """The environment of the test run, minus what would change QGIS's behaviour, in a fresh HOME."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "TERRASCOPE_SANDBOX"}
    }
    runtime, temp = tmp_path / "runtime", tmp_path / "tmp"
    runtime.mkdir(mode=0o700)
    temp.mkdir()
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(runtime),
        # QGIS calls layers whose files lie in the temporary folder "temporary" and asks about them at exit:
        # the throw-away profile (under /tmp) must not be inside it, as a real profile is not
        TMPDIR=str(temp),
        PYQGIS_STARTUP=str(HERE / "real_qgis" / "startup.py"),
        TERRASCOPE_CHECK_RESULT=str(result),
        TERRASCOPE_CHECK_SCREENSHOT=str(screenshot),
    )
    return env


def distinct_colours(image: QImage, x: int = 0, y: int = 0, width: int = 0, height: int = 0) -> int:
    """Number of colours in a region (every 4th pixel), the whole image by default: 1 means blank."""
    width, height = width or image.width(), height or image.height()
    return len({image.pixel(i, j) for i in range(x, x + width, 4) for j in range(y, y + height, 4)})


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def test_plugin_loads_and_its_dock_opens_in_qgis(tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    result, screenshot = ARTIFACTS / "check_plugin.json", ARTIFACTS / "qgis.png"
    dock_screenshot, output = ARTIFACTS / "qgis-dock.png", ARTIFACTS / "qgis-output.txt"
    for stale in (result, screenshot, dock_screenshot, output):
        stale.unlink(missing_ok=True)
    (tmp_path / "home").mkdir()
    profiles = create_profile(tmp_path / "profiles")

    exit_code = run_qgis(profiles, qgis_environment(tmp_path, result, screenshot), output)

    assert result.is_file(), f"the check script wrote no report (exit code {exit_code}):\n{tail(output)}"
    report = json.loads(result.read_text(encoding="utf-8"))
    failed = [check for check in report["checks"] if not check["ok"]]
    problems = json.dumps(failed, indent=2) + "\n" + "\n".join(report["errors"])
    assert (failed, report["errors"]) == ([], []), problems
    assert report["ok"] and exit_code == 0, f"exit code {exit_code}:\n{tail(output)}"

    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == tuple(report["window_size"])
    assert distinct_colours(image) > 50, "the screenshot is blank"
    x, y, width, height = report["dock_geometry"]
    assert x > image.width() // 2 and x + width > image.width() - 20, "the dock sits on the right edge"
    assert distinct_colours(image, x, y, width, height) > 10, "the dock area is blank"
    dock_image = QImage(str(dock_screenshot))
    assert (dock_image.width(), dock_image.height()) == (width, height)
