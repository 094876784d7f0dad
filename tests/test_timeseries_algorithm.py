"""``terrascope:timeseries`` through Processing and ``qgis_process``, against the sandbox."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import test_timeseries
from processing_helpers import Recorder, error_of, provider, run  # noqa: F401 (the fixture)
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate
from qt_wait import no_task_left_running  # noqa: F401 (the fixture)

from terrascope_explorer.core import indices, settings, timeseries
from terrascope_explorer.core.timeseries import CANCELLED, FAILED, INCOMPLETE, NO_DATA, TimeSeriesRequest
from tests.real_qgis.profile import create_profile

pytestmark = pytest.mark.usefixtures("provider")
logged_in = test_timeseries.logged_in  # the fixture: a demo session, ended afterwards

ALG = "terrascope:timeseries"
S2 = "terrascope-s2-toc-v2"
UTM31 = QgsCoordinateReferenceSystem("EPSG:32631")
INSIDE = (499980 + 200.5 * 300, 5700000 - 150.5 * 300)  # a pixel centre of tile 31UES
OTHER = (499980 + 80.5 * 300, 5700000 - 300.5 * 300)
FAR = (2000000.0, 5000000.0)  # far outside every product
POLYGON = "POLYGON((560010 5654010, 561030 5654110, 561010 5655090, 559990 5654990, 560010 5654010))"
START, END = "2026-03-01", "2026-06-30"


def points(*coordinates, kind: str = "Point") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32631", "places", "memory")
    features = []
    for geometry in coordinates:
        feature = QgsFeature()
        feature.setGeometry(
            QgsGeometry.fromWkt(geometry)
            if isinstance(geometry, str)
            else QgsGeometry.fromPointXY(QgsPointXY(*geometry))
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def is_null(value) -> bool:
    """An empty attribute (PyQGIS gives NULL, a null QVariant, not None, on QGIS 3.22)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def run_table(parameters: dict, feedback: Recorder | None = None) -> tuple[dict, QgsVectorLayer]:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {"COLLECTION": S2, "INDEX": "NDVI", "START": START, "END": END, "OUTPUT": "memory:series"}
    params.update(parameters)
    result = processing.run(ALG, params, context=context, feedback=feedback or Recorder())
    layer = result["OUTPUT"]
    layer = context.getMapLayer(layer) if isinstance(layer, str) else layer
    return result, layer


def engine(geometry, **kw) -> list:
    kw.setdefault("start", START)
    kw.setdefault("end", END)
    request = TimeSeriesRequest(S2, kw.pop("indicator", "NDVI"), geometry, UTM31, **kw)
    return list(timeseries.run(request))


def test_the_algorithm_is_registered() -> None:
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None and algorithm.displayName() == "Time series of an indicator"
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == ["COLLECTION", "INDEX", "INPUT", "START", "END", "MAX_CLOUD", "MASK_CLOUDS", "OUTPUT"]
    # what Model Builder offers to the next algorithm
    assert [o.name() for o in algorithm.outputDefinitions()] == ["OUTPUT", "ROWS", "FAILED", "INCOMPLETE"]
    assert {o.type() for o in algorithm.outputDefinitions()[1:]} == {"outputNumber"}
    help_text = algorithm.shortHelpString()
    assert "NDVI" in help_text and "gap" in help_text
    assert indices.help_table() in help_text, "the formulas of the indices"
    assert "<b>NDWI</b>" in help_text


def test_one_series_per_feature_with_its_id(logged_in) -> None:
    layer = points(INSIDE, OTHER)
    ids = [f.id() for f in layer.getFeatures()]
    result, table = run_table({"INPUT": layer})
    assert not table.isSpatial() and table.wkbType() == 100  # NoGeometry
    names = table.fields().names()
    assert names[:6] == ["feature_id", "date", "value", "valid_pixels", "total_pixels", "item_id"]
    rows = list(table.getFeatures())
    for feature_id, place in zip(ids, (INSIDE, OTHER)):
        expected = engine(QgsGeometry.fromPointXY(QgsPointXY(*place)))
        got = [r for r in rows if r["feature_id"] == feature_id]
        assert [r["item_id"] for r in got] == [e.item_id for e in expected]
        for feature, row in zip(got, expected):
            assert feature["value"] == (pytest.approx(row.value) if row.value is not None else None)
            assert feature["valid_pixels"] == row.valid_pixels and feature["status"] == row.status
            when = feature["date"].toPyDateTime()
            assert when.strftime("%Y-%m-%d %H:%M:%S") == row.datetime.strftime("%Y-%m-%d %H:%M:%S")
    assert result["ROWS"] == len(rows) > 10 and result["FAILED"] == 0
    assert any(is_null(r["value"]) for r in rows), "gaps are empty values, never 0"


def test_polygon_statistics_in_the_table(logged_in) -> None:
    _, table = run_table({"INPUT": points(POLYGON, kind="Polygon"), "MAX_CLOUD": 60})
    expected = engine(QgsGeometry.fromWkt(POLYGON), max_cloud=60.0)
    rows = list(table.getFeatures())
    assert [r["item_id"] for r in rows] == [e.item_id for e in expected] and rows
    for feature, row in zip(rows, expected):
        for field, attr in (
            ("min", "minimum"),
            ("max", "maximum"),
            ("p10", "p10"),
            ("p90", "p90"),
            ("std", "std"),
        ):
            value = getattr(row, attr)
            assert feature[field] == (pytest.approx(value) if value is not None else None)
    assert any(not is_null(r["p90"]) for r in rows)


def test_a_feature_outside_every_product_is_reported_and_the_others_written(logged_in) -> None:
    feedback = Recorder()
    result, table = run_table({"INPUT": points(INSIDE, FAR)}, feedback)
    rows = list(table.getFeatures())
    inside = [r for r in rows if r["feature_id"] == 1]
    assert [r["item_id"] for r in inside] == [
        e.item_id for e in engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)))
    ]
    far = [r for r in rows if r["feature_id"] == 2]
    assert len(far) == 1, "one row says what happened to the feature"
    assert far[0]["status"] == NO_DATA and "outside the collection's coverage" in far[0]["error"]
    assert is_null(far[0]["value"]) and is_null(far[0]["date"]) and is_null(far[0]["item_id"])
    assert far[0]["valid_pixels"] == 0
    assert any("Feature 2" in e and "outside the collection's coverage" in e for e in feedback.errors)
    assert result["ROWS"] == len(rows) and result["FAILED"] == 0 and result["INCOMPLETE"] == 0


class BreakDownloadsAt(Recorder):
    """Every file answers ``status`` from the moment the progress reaches ``percent`` (a feature's start)."""

    def __init__(self, sandbox, percent: float, status: int = 503) -> None:
        super().__init__()
        self.sandbox, self.percent, self.status, self.armed = sandbox, percent, status, False
        self.progressChanged.connect(self._arm)

    def _arm(self, value: float) -> None:
        if value >= self.percent and not self.armed:
            self.armed = True
            self.sandbox.ctx.faults.add(path="/download/", kind="status", status=self.status)


def test_every_product_failing_for_one_feature_is_a_failed_row(logged_in) -> None:
    expected = engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)))
    feedback = BreakDownloadsAt(logged_in, 50.0)  # the first of two features is read, then every file fails
    result, table = run_table({"INPUT": points(INSIDE, OTHER)}, feedback)
    assert feedback.armed
    rows = list(table.getFeatures())
    first = [r for r in rows if r["feature_id"] == 1]
    assert [r["item_id"] for r in first] == [e.item_id for e in expected]
    assert all(r["status"] != FAILED for r in first)
    failed = [r for r in rows if r["feature_id"] == 2]
    assert len(failed) == 1 and failed[0]["status"] == FAILED
    assert "None of the" in failed[0]["error"] and "HTTP 503" in failed[0]["error"]
    assert is_null(failed[0]["date"]) and is_null(failed[0]["value"])
    assert any("Feature 2" in e and "HTTP 503" in e for e in feedback.errors)
    assert result["FAILED"] == 1 and result["ROWS"] == len(rows)


def test_a_session_refused_after_the_first_feature_keeps_its_rows_and_marks_the_others(logged_in) -> None:
    expected = engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)))
    feedback = BreakDownloadsAt(logged_in, 100.0 / 3, status=401)  # from the second of three features on
    result, table = run_table({"INPUT": points(INSIDE, OTHER, INSIDE)}, feedback)
    rows = list(table.getFeatures())
    assert [r["item_id"] for r in rows if r["feature_id"] == 1] == [e.item_id for e in expected]
    second = [r for r in rows if r["feature_id"] == 2]
    assert [r["status"] for r in second] == [FAILED] and "HTTP 401" in second[0]["error"]
    third = [r for r in rows if r["feature_id"] == 3]
    assert [r["status"] for r in third] == [INCOMPLETE]
    assert third[0]["error"].startswith("Not read: the run stopped on an earlier feature.")
    assert "Log in again" in third[0]["error"]
    assert result["INCOMPLETE"] == 1 and result["FAILED"] == 1 and result["ROWS"] == len(rows)


def test_a_cancelled_run_marks_its_table(logged_in) -> None:
    feedback = Recorder(cancel_at=50.0)  # in the middle of the second of three features
    result, table = run_table(
        {"INPUT": points(INSIDE, OTHER, INSIDE), "START": "2026-01-01", "END": "2026-12-31"}, feedback
    )
    rows = list(table.getFeatures())
    by_feature = {fid: [r for r in rows if r["feature_id"] == fid] for fid in (1, 2, 3)}
    whole = engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)), start="2026-01-01", end="2026-12-31")
    assert [r["item_id"] for r in by_feature[1]] == [e.item_id for e in whole], "the first series is whole"
    assert all(r["status"] != CANCELLED for r in by_feature[1])
    second = by_feature[2]
    assert second[-1]["status"] == CANCELLED and is_null(second[-1]["date"])
    assert "cancelled" in second[-1]["error"] and len(second) > 1
    assert [r["status"] for r in by_feature[3]] == [CANCELLED]
    assert "Not read: the run was cancelled" in by_feature[3][0]["error"]
    assert result["INCOMPLETE"] == 2 and result["ROWS"] == len(rows)


def test_bad_input_is_a_processing_error(logged_in) -> None:
    message = error_of(ALG, {"COLLECTION": S2, "INDEX": "NDVI", "INPUT": points(FAR), "OUTPUT": "memory:"})
    assert "outside the collection's coverage" in message
    message = error_of(
        ALG,
        {
            "COLLECTION": S2,
            "INDEX": "XYZ",
            "INPUT": points(INSIDE),
            "START": START,
            "END": END,
            "OUTPUT": "memory:",
        },
    )
    assert '"XYZ" is neither an index nor a band' in message


def test_server_faults_become_failed_rows(logged_in) -> None:
    sandbox = logged_in
    victim = engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)))[3].item_id
    item = next(i for i in sandbox.ctx.items_of(S2) if i["id"] == victim)
    folder = item["assets"]["B04"]["href"].split(sandbox.base_url, 1)[1].rsplit("/", 1)[0]
    sandbox.ctx.faults.add(path=folder + "/", kind="status", status=500)
    result, table = run_table({"INPUT": points(INSIDE)})
    failed = [r for r in table.getFeatures() if r["status"] == FAILED]
    assert [r["item_id"] for r in failed] == [victim]
    assert "HTTP 500" in failed[0]["error"] and result["FAILED"] == 1
    assert any(not is_null(r["value"]) for r in table.getFeatures())


# --- qgis_process ---------------------------------------------------------------------------------------

QGIS_PROCESS = shutil.which("qgis_process.bin") or (
    "/usr/bin/qgis_process.bin" if Path("/usr/bin/qgis_process.bin").exists() else None
)
MASTER_PASSWORD = "master-of-the-qgis-process-profile"  # noqa: S105 - a throw-away test profile

_STORE_LOGIN = """
import sys
from qgis.core import QgsApplication, QgsAuthMethodConfig
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword(open(sys.argv[1]).read().strip(), True)
config = QgsAuthMethodConfig("Basic")
config.setName("Terrascope")
config.setConfig("username", "demo")
config.setConfig("password", "demo")
ok, config = manager.storeAuthenticationConfig(config)
assert ok
print("AUTHCFG=" + config.id())
"""


@pytest.mark.slow
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process.bin is not installed")
def test_qgis_process_writes_the_table(logged_in, tmp_path: Path) -> None:
    """As a script or a scheduled job runs it: a profile whose login is stored in its QGIS authentication
    database, the master password given by ``QGIS_AUTH_PASSWORD_FILE``."""
    sandbox = logged_in
    auth_dir = tmp_path / "auth"
    auth_dir.mkdir()
    password_file = tmp_path / "master.txt"
    password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TERRASCOPE_SANDBOX": sandbox.base_url,
        "QGIS_AUTH_DB_DIR_PATH": str(auth_dir),
        "QGIS_AUTH_PASSWORD_FILE": str(password_file),
    }
    stored = subprocess.run(
        [sys.executable, "-c", _STORE_LOGIN, str(password_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert stored.returncode == 0, stored.stderr[-2000:]
    authcfg = next(line for line in stored.stdout.splitlines() if line.startswith("AUTHCFG="))[
        len("AUTHCFG=") :
    ]
    profiles = create_profile(tmp_path / "profiles", extra_settings={settings.AUTHCFG_ID.full_key: authcfg})
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)  # QGIS 3.22's qgis_process has no --profiles-path

    lon, lat = test_timeseries.utm31_to_wgs84(*INSIDE)
    places = tmp_path / "places.geojson"
    places.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    output = tmp_path / "series.csv"
    done = subprocess.run(
        [
            QGIS_PROCESS, "run", ALG, "--", f"COLLECTION={S2}", "INDEX=NDVI", f"INPUT={places}",
            f"START={START}", f"END={END}", f"OUTPUT={output}",
        ],
        env=env, capture_output=True, text=True, timeout=300, cwd=str(tmp_path),
    )  # fmt: skip
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    with output.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    expected = engine(QgsGeometry.fromPointXY(QgsPointXY(*INSIDE)))
    assert [line["item_id"] for line in lines] == [e.item_id for e in expected]
    for line, row in zip(lines, expected):
        assert (float(line["value"]) if line["value"] else None) == (
            pytest.approx(row.value) if row.value is not None else None
        )


def test_dates_come_from_the_date_parameters(logged_in) -> None:
    _, table = run_table({"INPUT": points(INSIDE), "START": QDate(2026, 5, 1), "END": QDate(2026, 5, 31)})
    dates = [r["date"].date() for r in table.getFeatures()]
    assert dates and all(QDate(2026, 5, 1) <= d <= QDate(2026, 5, 31) for d in dates)
