"""The Terrascope algorithms in a Model Builder model and in batch runs, as a user chains and repeats them.

- A model built in code, saved to a ``.model3`` file and read back (what Model Builder does):
  ``terrascope:search`` → ``terrascope:download`` (its FILES output) → ``terrascope:spectralindex``, run
  against the sandbox; the NDVI is compared with plain numpy on the sandbox's own files.
- A batch: several parameter sets, each run by a ``QgsProcessingAlgRunnerTask`` on the task manager.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)
from raster_data import read, reflectances, write_raster

from terrascope_explorer.core import indices
from tests import test_auth, test_download_algorithm, test_search_algorithm
from tests.processing_helpers import Recorder
from tests.qt_wait import no_task_left_running, wait_until  # noqa: F401 - the fixture is used implicitly

account = test_auth.account
provider = test_search_algorithm.provider
logged_in = test_download_algorithm.logged_in  # the fixtures and helper of the download algorithm's tests
clean_project = test_download_algorithm.clean_project
sandbox_file = test_download_algorithm.sandbox_file
S2 = "terrascope-s2-toc-v2"
NODATA_OUT = -9999.0


def static(value) -> list:
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child(algorithm: str, child_id: str, sources: dict) -> QgsProcessingModelChildAlgorithm:
    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    step.setDescription(child_id)
    for name, source in sources.items():
        step.addParameterSources(name, source)
    return step


def ndvi_model() -> QgsProcessingModelAlgorithm:
    """Search one tile → download B04, B08 and SCL of the products found → cloud-masked NDVI of the FILES."""
    model = QgsProcessingModelAlgorithm("ndvi_of_a_search", "tests")
    for parameter in (
        QgsProcessingParameterString("TILE", "Tile"),
        QgsProcessingParameterNumber("PRODUCTS", "Products", defaultValue=1),
    ):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.addChildAlgorithm(
        child(
            "terrascope:search",
            "search",
            {
                "COLLECTIONS": static(S2),
                "FILTERS": [QgsProcessingModelChildParameterSource.fromExpression("'tile=' || @TILE")],
                "LIMIT": [QgsProcessingModelChildParameterSource.fromModelParameter("PRODUCTS")],
            },
        )
    )
    model.addChildAlgorithm(
        child(
            "terrascope:download",
            "download",
            {
                "INPUT": [QgsProcessingModelChildParameterSource.fromChildOutput("search", "OUTPUT")],
                "ASSETS": static("B04,B08,SCL"),
            },
        )
    )
    index = child(
        "terrascope:spectralindex",
        "index",
        {
            "INDEX": static("NDVI"),  # by key: the model keeps meaning NDVI when indices are added
            "SENSOR": static("sentinel2"),
            "BANDS": [QgsProcessingModelChildParameterSource.fromChildOutput("download", "FILES")],
        },
    )
    output = QgsProcessingModelOutput("ndvi", "NDVI")
    output.setChildId("index")
    output.setChildOutputName("OUTPUT")
    index.setModelOutputs({"ndvi": output})
    model.addChildAlgorithm(index)
    model.updateDestinationParameters()
    return model


def output_name(model: QgsProcessingModelAlgorithm) -> str:
    """The name of the model's NDVI output parameter, which QGIS forms itself: ``index:ndvi`` (child id and
    output name) on QGIS 3.22, ``ndvi`` on 3.40."""
    names = [p.name() for p in model.destinationParameterDefinitions()]
    assert len(names) == 1 and names[0] in ("index:ndvi", "ndvi"), names
    return names[0]


def reflectance(path: Path) -> np.ndarray:
    """A band as reflectance (float64), NaN where it has no data."""
    ds = gdal.Open(str(path))  # kept while its band is used
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    scaled = values * (band.GetScale() or 1.0) + (band.GetOffset() or 0.0)
    if nodata is not None:
        scaled[values == nodata] = np.nan
    return scaled


def run_model(
    model: QgsProcessingModelAlgorithm, parameters: dict, feedback: Recorder | None = None
) -> tuple[dict, Recorder]:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or Recorder()
    return processing.run(model, parameters, context=context, feedback=feedback), feedback


def test_search_download_index_model_from_a_model3_file(logged_in, provider, tmp_path: Path) -> None:
    saved = tmp_path / "ndvi.model3"
    assert ndvi_model().toFile(str(saved))
    assert "NDVI" in saved.read_text(encoding="utf-8")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(saved))
    assert model.childAlgorithm("index").parameterSources()["INDEX"][0].staticValue() == "NDVI"
    assert [output_name(model)] == [p.name() for p in model.destinationParameterDefinitions()]

    item = logged_in.ctx.items_of(S2)[0]
    tile = item["properties"]["grid:code"].replace("MGRS-", "")
    out = tmp_path / "ndvi.tif"
    result, feedback = run_model(model, {"TILE": tile, "PRODUCTS": 1, output_name(model): str(out)})

    assert result[output_name(model)] == str(out)
    found = [line for line in feedback.infos if line.startswith(("red: band 1 of", "nir: band 1 of"))]
    assert len(found) == 2
    product_id = Path(found[0].split(" of ", 1)[1]).parent.name
    assets = next(i for i in logged_in.ctx.items_of(S2) if i["id"] == product_id)["assets"]
    assert assets["B04"]["href"].rsplit("/", 1)[1] in " ".join(found)
    red = reflectance(sandbox_file(logged_in, assets["B04"]["href"]))
    nir = reflectance(sandbox_file(logged_in, assets["B08"]["href"]))
    # the downloaded …_SCENECLASSIFICATION_20M_… file masks clouds: its 20 m pixels on the 10 m grid
    scl = read(sandbox_file(logged_in, assets["SCL"]["href"]))
    assert (scl.shape[0] * 2, scl.shape[1] * 2) == red.shape
    cloudy = np.isin(np.repeat(np.repeat(scl, 2, axis=0), 2, axis=1), indices.DEFAULT_SCL_MASK)
    assert cloudy.any() and not cloudy.all()
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = (nir - red) / (nir + red)
    expected[~np.isfinite(expected) | cloudy] = NODATA_OUT
    got = read(out)
    assert got.shape == expected.shape
    clear = np.isfinite(red) & np.isfinite(nir) & (nir + red != 0)
    assert (got != NODATA_OUT).sum() > 500  # the tile is partly covered, partly cloudy
    assert (got[clear & cloudy] == NODATA_OUT).all() and (clear & cloudy).sum() > 500  # clouds were masked
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-6)


def test_a_model_fed_two_products_stops_with_a_sentence(logged_in, provider, tmp_path: Path) -> None:
    tile = logged_in.ctx.items_of(S2)[0]["properties"]["grid:code"].replace("MGRS-", "")
    out = tmp_path / "ndvi.tif"
    feedback = Recorder()
    with pytest.raises(QgsProcessingException, match="index") as raised:  # the model names the failed step
        model = ndvi_model()
        run_model(model, {"TILE": tile, "PRODUCTS": 2, output_name(model): str(out)}, feedback)
    # the step's sentence: reported to the feedback (QGIS 3.22) or carried by the model's exception (3.40)
    message = " ".join([*feedback.errors, str(raised.value)])
    assert "Two inputs provide band B0" in message and "give the bands of one product only" in message
    assert not out.exists()


# --- Batch ------------------------------------------------------------------------------------------------


def test_a_batch_of_indices_run_as_tasks(provider, tmp_path: Path) -> None:
    """Rows of the batch dialog: one algorithm, several parameter sets, each in its own task."""
    order = ("blue", "green", "red", "nir", "swir16")
    stack = np.stack([reflectances((70, 90), 40 + i, 1, 6000) for i in range(len(order))])
    path = str(write_raster(tmp_path / "stack.tif", stack, scale=0.0001))
    mapping = ", ".join(f"{name}={i + 1}" for i, name in enumerate(order))
    b = {name: stack[i] * 0.0001 for i, name in enumerate(order)}
    rows = {
        "NDVI": (b["nir"] - b["red"]) / (b["nir"] + b["red"]),
        "NDWI": (b["green"] - b["nir"]) / (b["green"] + b["nir"]),
        "NDMI": (b["nir"] - b["swir16"]) / (b["nir"] + b["swir16"]),
        "EVI": 2.5 * (b["nir"] - b["red"]) / (b["nir"] + 6 * b["red"] - 7.5 * b["blue"] + 1),
    }
    algorithm = QgsApplication.processingRegistry().algorithmById("terrascope:spectralindex")
    # Each row has its own context and feedback, which must outlive its task (the task keeps pointers).
    kept, results = [], {}
    for key in rows:
        parameters = {
            "INDEX": key,
            "SENSOR": "custom",
            "INPUT": path,
            "BAND_MAPPING": mapping,
            "OUTPUT": str(tmp_path / f"{key}.tif"),
        }
        context, feedback = QgsProcessingContext(), Recorder()
        context.setProject(QgsProject.instance())
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, outputs, key=key: results.__setitem__(key, (ok, outputs)))
        kept.append((task, context, feedback))
        QgsApplication.taskManager().addTask(task)
    wait_until(lambda: len(results) == len(rows), timeout=60)

    for key, expected in rows.items():
        ok, outputs = results[key]
        assert ok and outputs["OUTPUT"] == str(tmp_path / f"{key}.tif")
        expected = np.where(np.isfinite(expected), expected, NODATA_OUT)
        np.testing.assert_allclose(read(outputs["OUTPUT"]), expected, rtol=1e-5, atol=1e-5)
