"""``make package``: the zip passes the plugin repository's checks, and the real QGIS loads it from a profile.

The zip is built by ``.ci/package.py`` into a temporary folder, checked as plugins.qgis.org checks an
upload, then unzipped into ``<profile>/python/plugins/`` of a fresh profile (as "Install from ZIP" does)
and QGIS is started on it under Xvfb with the checks of ``tests/real_qgis/check_plugin.py``, plus a probe
that the plugin came from the profile and searches the sandbox with its private pystac-client. The
screenshots go to ``artifacts/package/`` (for the README).
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtGui import QImage

import terrascope_explorer
from tests import test_real_qgis
from tests.ci_scripts import ci_script
from tests.real_qgis.profile import PLUGIN_ID, create_profile, profile_dir

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent
ARTIFACTS = PLUGIN_ROOT / "artifacts" / "package"
S2 = "terrascope-s2-toc-v2"
# what only blocks an upload to plugins.qgis.org, and is the project's to decide (make package lists them)
KNOWN_WARNINGS = ("no LICENSE file", "is a placeholder")


package = ci_script("package")


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return package.build(dist=tmp_path_factory.mktemp("dist"), quiet=True)


def test_zip_passes_the_plugin_repository_checks(plugin_zip: Path) -> None:
    report = package.validate(plugin_zip)
    print(f"\n{package.describe(plugin_zip, report)}")
    assert report.errors == []
    assert [w for w in report.warnings if not any(k in w for k in KNOWN_WARNINGS)] == []
    version = report.metadata["version"]
    assert plugin_zip.name == f"terrascope_explorer-{version}.zip"
    assert report.size < 5_000_000


def test_zip_holds_the_plugin_and_nothing_of_the_development(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    inside = {n.split("/", 1)[1] for n in names}
    code = {
        p.relative_to(PLUGIN_ROOT).as_posix()
        for entry in ("core", "ui", "processing_provider", "resources")
        for p in (PLUGIN_ROOT / entry).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert code <= inside, sorted(code - inside)
    assert {"__init__.py", "plugin.py", "api.py", "metadata.txt", "README.md"} <= inside
    assert {f"i18n/terrascope_explorer_{lang}.qm" for lang in ("nl", "fr", "de")} <= inside
    assert {
        "ext_libs/__init__.py",
        "ext_libs/pystac/__init__.py",
        "ext_libs/pystac_client/__init__.py",
    } <= inside
    assert any(n.startswith("ext_libs/LICENSES/pystac-") for n in inside)
    tops = {n.split("/")[0] for n in inside}
    assert not tops & {
        "tests",
        "sandbox",
        ".ci",
        ".venv",
        ".venv-trixie",
        ".build",
        ".cache",
        "artifacts",
        "dist",
    }
    assert not [n for n in inside if n.endswith((".pyc", ".ts", ".sha")) or "/." in "/" + n]


def test_check_mode_of_the_script(plugin_zip: Path, capsys: pytest.CaptureFixture) -> None:
    assert package.main(["--check", str(plugin_zip)]) == 0
    assert f"{plugin_zip}: " in capsys.readouterr().out


PROBE = """
def _terrascope_package_probe():  # runs in the QGIS console namespace, before check_plugin.py
    import json, os, sys, traceback
    from qgis.PyQt.QtCore import QTimer

    def probe():
        found = {{}}
        try:
            import terrascope_explorer
            found["plugin_file"] = terrascope_explorer.__file__
            found["ext_libs_in_sys_path"] = [p for p in sys.path if "ext_libs" in p]
            from terrascope_explorer.core.catalogue import Catalogue, SearchRequest
            search = Catalogue().search(SearchRequest(collections=({s2!r},), page_size=200))
            found["ids"] = sorted(p.id for p in search.all())
            found["public_names"] = sorted(
                m for m in sys.modules if m.split(".")[0] in ("pystac", "pystac_client")
            )
        except Exception:
            found["error"] = traceback.format_exc()
        with open({out!r}, "w", encoding="utf-8") as stream:
            json.dump(found, stream)

    QTimer.singleShot(200, probe)


_terrascope_package_probe()
exec(compile(open({check!r}, encoding="utf-8").read(), {check!r}, "exec"))
"""


@pytest.mark.realqgis
@pytest.mark.slow
@pytest.mark.skipif(
    test_real_qgis.QGIS is None or test_real_qgis.XVFB_RUN is None,
    reason="needs the qgis binary and xvfb-run",
)
def test_zip_installed_in_a_fresh_profile_loads_in_qgis(plugin_zip: Path, sandbox, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    result, screenshot = ARTIFACTS / "check_plugin.json", ARTIFACTS / "qgis.png"
    dock_screenshot, output = ARTIFACTS / "qgis-dock.png", ARTIFACTS / "qgis-output.txt"
    probe_result = tmp_path / "probe.json"
    for stale in (result, screenshot, dock_screenshot, output):
        stale.unlink(missing_ok=True)
    (tmp_path / "home").mkdir()

    # a fresh profile with the quiet-start settings, then the zip where "Install from ZIP" puts it
    profiles = create_profile(tmp_path / "profiles", plugin_source=tmp_path / "not-used")
    plugins = profile_dir(profiles) / "python" / "plugins"
    (plugins / PLUGIN_ID).unlink()
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    assert (plugins / PLUGIN_ID / "metadata.txt").is_file() and not (plugins / PLUGIN_ID).is_symlink()

    env = test_real_qgis.qgis_environment(tmp_path, result, screenshot)
    env["TERRASCOPE_SANDBOX"] = sandbox.base_url
    # the probe runs first, then the usual checks of check_plugin.py
    probe_script = tmp_path / "probe.py"
    check = test_real_qgis.HERE / "real_qgis" / "check_plugin.py"
    probe_script.write_text(PROBE.format(s2=S2, out=str(probe_result), check=str(check)), encoding="utf-8")
    exit_code = test_real_qgis.run_qgis(profiles, env, output, code=probe_script)

    assert result.is_file(), f"no report (exit code {exit_code}):\n{test_real_qgis.tail(output)}"
    assert probe_result.is_file(), f"the probe wrote nothing:\n{test_real_qgis.tail(output)}"
    probe = json.loads(probe_result.read_text(encoding="utf-8"))
    assert "error" not in probe, probe["error"]
    assert Path(probe["plugin_file"]).resolve().is_relative_to(plugins.resolve()), "loaded from the profile"
    assert set(probe["ids"]) == {i["id"] for i in sandbox.ctx.items_of(S2)}
    assert probe["public_names"] == [] and probe["ext_libs_in_sys_path"] == []

    report = json.loads(result.read_text(encoding="utf-8"))
    failed = [c for c in report["checks"] if not c["ok"]]
    assert (failed, report["errors"]) == ([], []), json.dumps(failed, indent=2) + "\n".join(report["errors"])
    assert report["ok"] and exit_code == 0, test_real_qgis.tail(output)
    print(f"\nQGIS {report['qgis_version']}: {len(report['checks'])} checks passed; screenshot {screenshot}")

    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == tuple(report["window_size"])
    assert test_real_qgis.distinct_colours(image) > 50, "the screenshot is blank"

    # a user's first minutes, through the dock's widgets, in the same profile: the README's screenshots
    tour_dir = ARTIFACTS / "tour"
    shutil.rmtree(tour_dir, ignore_errors=True)
    env["TERRASCOPE_TOUR_DIR"] = str(tour_dir)
    tour_output = ARTIFACTS / "tour-output.txt"
    tour_code = test_real_qgis.run_qgis(
        profiles, env, tour_output, code=test_real_qgis.HERE / "real_qgis" / "tour.py"
    )
    tour = json.loads((tour_dir / "tour.json").read_text(encoding="utf-8"))
    assert tour["errors"] == [] and tour_code == 0, "\n".join(tour["errors"]) + test_real_qgis.tail(
        tour_output
    )
    for name in ("search", "map"):
        shot = QImage(str(tour_dir / f"tour-{name}.png"))
        assert test_real_qgis.distinct_colours(shot) > 50, f"tour-{name}.png is blank"
