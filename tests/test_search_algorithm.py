"""``terrascope:search`` through the Processing framework, against the sandbox's STAC API."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from terrascope_explorer.core.products import parse_datetime
from terrascope_explorer.processing_provider.provider import TerrascopeProvider

S2 = "terrascope-s2-toc-v2"


@pytest.fixture()
def provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("terrascope")
    if existing is not None:
        yield existing
        return
    provider = TerrascopeProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


def run(parameters: dict) -> tuple[dict, QgsVectorLayer]:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(
        "terrascope:search",
        {"OUTPUT": "memory:footprints", **parameters},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    layer = context.getMapLayer(result["OUTPUT"]) if isinstance(result["OUTPUT"], str) else result["OUTPUT"]
    return result, layer


def test_the_algorithm_is_registered(provider) -> None:
    algorithm = QgsApplication.processingRegistry().algorithmById("terrascope:search")
    assert algorithm is not None and algorithm.displayName() == "Search the catalogue"
    assert algorithm.group() == "Catalogue"
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:3] == ["COLLECTIONS", "EXTENT", "AREA"] and "OUTPUT" in names


def test_footprints_with_attributes(sandbox, provider) -> None:
    result, layer = run({"COLLECTIONS": S2, "MAX_CLOUD": 30, "LIMIT": 0})
    expected = {i["id"]: i for i in sandbox.ctx.items_of(S2) if i["properties"]["eo:cloud_cover"] <= 30}
    assert result["COUNT"] == result["MATCHED"] == len(expected) == layer.featureCount()
    assert {f["id"] for f in layer.getFeatures()} == set(expected)
    feature: QgsFeature = next(layer.getFeatures())
    item = expected[feature["id"]]
    assert feature["collection"] == S2
    assert feature["cloud_cover"] == pytest.approx(item["properties"]["eo:cloud_cover"])
    assert feature["date"] == parse_datetime(item["properties"]["datetime"]).date().isoformat()
    assert feature["tile"] == item["properties"]["grid:code"].replace("MGRS-", "")
    assert layer.crs().authid() == "EPSG:4326"
    assert feature.geometry().boundingBox().width() > 0.5


def test_area_from_selected_features_in_another_crs_and_filters(sandbox, provider) -> None:
    area = QgsVectorLayer("Polygon?crs=EPSG:3857", "area", "memory")
    f1, f2 = QgsFeature(), QgsFeature()
    f1.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((480000 6600000, 500000 6600000, 500000 6620000, 480000 6620000, 480000 6600000))"
        )
    )
    f2.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1000 0, 1000 1000, 0 0))"))  # off Africa: not selected
    area.dataProvider().addFeatures([f1, f2])
    area.selectByIds([1])
    QgsProject.instance().addMapLayer(area)
    try:
        from qgis.core import QgsProcessingFeatureSourceDefinition

        source = QgsProcessingFeatureSourceDefinition(area.id(), selectedFeaturesOnly=True)
        tile = sandbox.ctx.items_of(S2)[0]["properties"]["grid:code"]
        result, layer = run(
            {"COLLECTIONS": S2, "AREA": source, "FILTERS": f"tile={tile.replace('MGRS-', '')}", "LIMIT": 0}
        )
    finally:
        QgsProject.instance().removeMapLayer(area.id())
    ids = {f["id"] for f in layer.getFeatures()}
    assert (
        ids
        and ids == {i["id"] for i in sandbox.ctx.items_of(S2) if i["properties"]["grid:code"] == tile} & ids
    )
    everything_on_tile = {i["id"] for i in sandbox.ctx.items_of(S2) if i["properties"]["grid:code"] == tile}
    assert ids <= everything_on_tile and result["COUNT"] == len(ids)


def test_dates_and_limit(sandbox, provider) -> None:
    days = sorted({parse_datetime(i["properties"]["datetime"]).date() for i in sandbox.ctx.items_of(S2)})
    result, layer = run(
        {"COLLECTIONS": S2, "START": days[1].isoformat(), "END": days[8].isoformat(), "LIMIT": 3}
    )
    expected = [
        i
        for i in sandbox.ctx.items_of(S2)
        if days[1] <= parse_datetime(i["properties"]["datetime"]).date() <= days[8]
    ]
    assert result["MATCHED"] == len(expected) > 3
    assert result["COUNT"] == layer.featureCount() == 3


@pytest.mark.parametrize(
    ("parameters", "words"),
    [
        ({"COLLECTIONS": " , "}, "Choose at least one collection"),
        ({"START": "2025-06-02", "END": "2025-06-01"}, "before the start date"),
        ({"FILTERS": "tile"}, "property=value"),
    ],
)
def test_bad_input_is_a_processing_error(sandbox, provider, parameters, words) -> None:
    with pytest.raises(QgsProcessingException, match=words):
        run({"COLLECTIONS": S2, **parameters})


def test_a_server_error_is_a_processing_error(sandbox, provider) -> None:
    sandbox.ctx.faults.add(path="/stac/search", kind="status", status=503, times=1)
    with pytest.raises(QgsProcessingException, match="HTTP 503"):
        run({"COLLECTIONS": S2})


QGIS_PROCESS = shutil.which("qgis_process.bin") or (
    "/usr/bin/qgis_process.bin" if Path("/usr/bin/qgis_process.bin").exists() else None
)


@pytest.mark.slow
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process.bin is not installed")
def test_qgis_process_runs_the_search(sandbox, tmp_path: Path) -> None:
    """Through ``qgis_process`` with the plugin in a throw-away profile (as in Model Builder or CI)."""
    import os

    from tests.real_qgis.profile import create_profile

    profiles = create_profile(tmp_path / "profiles")
    output = tmp_path / "footprints.gpkg"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TERRASCOPE_SANDBOX": sandbox.base_url,
        "QGIS_CUSTOM_CONFIG_PATH": str(profiles),  # QGIS 3.22's qgis_process has no --profiles-path
    }
    done = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "terrascope:search",
            "--",
            f"COLLECTIONS={S2}",
            "LIMIT=0",
            f"OUTPUT={output}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    layer = QgsVectorLayer(str(output), "out", "ogr")
    assert layer.featureCount() == len(sandbox.ctx.items_of(S2))


def test_an_invalid_area_feature_is_a_sentence_as_processing_is_set(sandbox, provider) -> None:
    """A self-intersecting polygon stops the search with a sentence (Processing's default), or is left out.
    (QGIS's own check throws inside the feature iterator, which left Python broken on QGIS 3.22.)"""
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition

    area = QgsVectorLayer("Polygon?crs=EPSG:4326", "bow tie", "memory")
    bow_tie, square = QgsFeature(), QgsFeature()
    bow_tie.setGeometry(QgsGeometry.fromWkt("POLYGON((3 50, 4 51, 4 50, 3 51, 3 50))"))
    square.setGeometry(QgsGeometry.fromWkt("POLYGON((3.5 50.8, 3.7 50.8, 3.7 51, 3.5 51, 3.5 50.8))"))
    area.dataProvider().addFeatures([bow_tie, square])
    QgsProject.instance().addMapLayer(area)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
        parameters = {"COLLECTIONS": S2, "AREA": area.id(), "LIMIT": 0, "OUTPUT": "memory:"}
        for _ in range(2):
            with pytest.raises(QgsProcessingException) as caught:
                processing.run(
                    "terrascope:search", parameters, context=context, feedback=QgsProcessingFeedback()
                )
            assert str(caught.value) == (
                'Feature 1 of "bow tie" has an invalid geometry. Repair it (Fix geometries), or set '
                "Processing to skip or keep invalid input features."
            )
        # The layer's own choice (its advanced options in the dialog) wins over the setting.
        source = QgsProcessingFeatureSourceDefinition(area.id())
        source.flags |= QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck
        source.geometryCheck = QgsFeatureRequest.GeometrySkipInvalid
        result = processing.run(
            "terrascope:search",
            {**parameters, "AREA": source},
            context=context,
            feedback=QgsProcessingFeedback(),
        )
    finally:
        QgsProject.instance().removeMapLayer(area.id())
    assert result["COUNT"] == result["MATCHED"] > 0  # the square alone
