"""``terrascope:download`` through the Processing framework and ``qgis_process``, against the sandbox."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from terrascope_explorer import api
from terrascope_explorer.core.footprints import add_products, new_footprint_layer
from terrascope_explorer.core.products import product_from_stac
from tests import test_auth, test_search_algorithm
from tests.processing_helpers import Recorder
from tests.qt_wait import no_task_left_running  # noqa: F401 - the fixture is used implicitly
from tests.test_auth import PASSWORD, USER

account = test_auth.account
provider = test_search_algorithm.provider
ALG = "terrascope:download"
S2 = "terrascope-s2-toc-v2"
QGIS_PROCESS = shutil.which("qgis_process.bin") or (
    "/usr/bin/qgis_process.bin" if Path("/usr/bin/qgis_process.bin").exists() else None
)


@pytest.fixture()
def logged_in(account):
    api.login(USER, PASSWORD, remember=False)
    account.ctx.stats.reset()
    return account


def products(sandbox, count: int = 2, collection: str = S2) -> list:
    return [product_from_stac(item) for item in sandbox.ctx.items_of(collection)[:count]]


def footprints(prods: list) -> QgsVectorLayer:
    """The layer ``terrascope:search`` writes, in the project (Processing finds it by id)."""
    layer = new_footprint_layer("footprints")
    add_products(layer, prods)
    QgsProject.instance().addMapLayer(layer)
    return layer


def run(parameters: dict, feedback: Recorder | None = None) -> tuple[dict, Recorder]:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or Recorder()
    return processing.run(ALG, parameters, context=context, feedback=feedback), feedback


def error_of(parameters: dict) -> str:
    feedback = Recorder()
    with pytest.raises(QgsProcessingException) as caught:
        run(parameters, feedback)
    return " ".join([*feedback.errors, str(caught.value)])


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def sandbox_file(sandbox, href: str) -> Path:
    return sandbox.ctx.files_dir / href.split("/download/", 1)[1]


@pytest.fixture(autouse=True)
def clean_project():
    yield
    QgsProject.instance().removeAllMapLayers()


def test_the_algorithm_is_registered(provider) -> None:
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None and algorithm.displayName() == "Download products"
    assert algorithm.group() == "Catalogue"
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:2] == ["INPUT", "ASSETS"] and {"FOLDER", "CLIP", "CLIP_MASK", "OUTPUT"} <= set(names)
    assert {o.name() for o in algorithm.outputDefinitions()} >= {
        "FILES",
        "COUNT",
        "FAILED",
        "FOLDER",
        "OUTPUT",
    }


def test_public_files_of_a_footprint_layer(account, provider, tmp_path: Path) -> None:
    prods = products(account)
    result, feedback = run(
        {"INPUT": footprints(prods), "ASSETS": "QUICKLOOK", "FOLDER": str(tmp_path), "OUTPUT": "memory:"}
    )

    expected = [tmp_path / S2 / p.id / Path(p.assets["QUICKLOOK"].href).name for p in prods]
    assert result["FILES"] == [str(p) for p in expected] and result["COUNT"] == 2 and result["FAILED"] == 0
    for path, prod in zip(expected, prods):
        assert path.read_bytes() == sandbox_file(account, prod.assets["QUICKLOOK"].href).read_bytes()
    table = result["OUTPUT"]
    table = table if isinstance(table, QgsVectorLayer) else QgsProject.instance().mapLayer(table)
    rows = [f.attributes() for f in table.getFeatures()]
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        (p.id, "QUICKLOOK", "downloaded", str(e)) for p, e in zip(prods, expected)
    ]
    assert feedback.errors == []


def test_selected_products_clipped_to_an_extent(logged_in, provider, tmp_path: Path) -> None:
    prods = products(logged_in, 3)
    layer = footprints(prods)
    layer.selectByIds([f.id() for f in layer.getFeatures()][:1])
    b04 = prods[0].assets["B04"]
    x0, _, _, y0 = b04.raw["proj:transform"][2], 0, 0, b04.raw["proj:transform"][5]
    extent = f"{x0 + 3000},{x0 + 12000},{y0 - 15000},{y0 - 6000} [EPSG:32631]"  # xmin,xmax,ymin,ymax

    result, _ = run(
        {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            "ASSETS": "B04, B08",
            "CLIP": extent,
            "FOLDER": str(tmp_path),
        }
    )

    folder = tmp_path / S2 / prods[0].id
    assert files_under(tmp_path) == sorted(
        str((folder / (Path(prods[0].assets[k].href).stem + "_clip.tif")).relative_to(tmp_path))
        for k in ("B04", "B08")
    ), "the selected product only, clipped"
    out = gdal.Open(result["FILES"][0])
    gt = out.GetGeoTransform()
    assert (gt[0], gt[3]) == (x0 + 3000, y0 - 6000) and (out.RasterXSize, out.RasterYSize) == (30, 30)
    href = b04.href
    sent = sum(e["bytes"] for e in logged_in.ctx.stats.snapshot() if href.endswith(e["path"]))
    assert 0 < sent < b04.raw["file:size"]


def test_bad_input_is_one_sentence(account, provider, tmp_path: Path) -> None:
    layer = footprints(products(account))
    assert 'No selected product has the asset "NOPE"' in error_of(
        {"INPUT": layer, "ASSETS": "NOPE", "FOLDER": str(tmp_path)}
    )
    message = error_of({"INPUT": layer, "ASSETS": "B04", "FOLDER": str(tmp_path)})
    assert "You are not logged in to Terrascope. Log in in the Terrascope panel" in message
    no_fields = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "other", "memory")
    assert 'needs the fields "id" and "collection"' in error_of({"INPUT": no_fields, "FOLDER": str(tmp_path)})
    assert files_under(tmp_path) == []


def test_cancel_through_the_feedback(logged_in, provider, tmp_path: Path) -> None:
    feedback = Recorder(cancel_at=10.0)  # 0-10 %: reading the catalogue entries; then the files
    result, _ = run(
        {"INPUT": footprints(products(logged_in)), "ASSETS": "B04", "FOLDER": str(tmp_path)}, feedback
    )
    assert feedback.isCanceled()
    assert not [p for p in files_under(tmp_path) if not p.endswith((".part", ".part.json"))]


@pytest.mark.slow
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process.bin is not installed")
def test_qgis_process_downloads(sandbox, provider, tmp_path: Path) -> None:
    """``qgis_process run`` with the plugin in a throw-away profile, on a footprint file from the search."""
    import processing

    from tests.real_qgis.profile import create_profile

    gpkg = tmp_path / "footprints.gpkg"
    processing.run("terrascope:search", {"COLLECTIONS": S2, "LIMIT": 2, "OUTPUT": str(gpkg)})
    profiles = create_profile(tmp_path / "profiles")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TERRASCOPE_SANDBOX": sandbox.base_url,
        "QGIS_CUSTOM_CONFIG_PATH": str(profiles),  # QGIS 3.22's qgis_process has no --profiles-path
    }

    def qgis_process(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [QGIS_PROCESS, "run", ALG, "--", *args], env=env, capture_output=True, text=True, timeout=180
        )

    out = tmp_path / "out"
    done = qgis_process(
        f"INPUT={gpkg}", "ASSETS=QUICKLOOK", f"FOLDER={out}", f"OUTPUT={tmp_path / 'files.csv'}"
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert len([p for p in files_under(out)]) == 2
    assert (tmp_path / "files.csv").read_text().count("downloaded") == 2

    done = qgis_process(f"INPUT={gpkg}", "ASSETS=B04", f"FOLDER={out}")
    assert done.returncode != 0
    assert "You are not logged in to Terrascope" in done.stdout + done.stderr
