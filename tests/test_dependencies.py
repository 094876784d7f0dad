"""Without rasterio the plugin loads, searches and computes; a feature that needs it says how to get it.

The raster algorithms run on GDAL and numpy, which every QGIS has. rasterio is optional: no plugin module
imports it when it loads (checked on the source), and a QGIS whose ``import rasterio`` fails (simulated in
a fresh interpreter with ``sys.modules['rasterio'] = None``) loads the plugin, its dock and its Processing
provider, searches the sandbox and computes an NDVI. ``core.dependencies`` gives the sentence for the
features that will need rasterio, for Windows (OSGeo4W), macOS and Debian/Ubuntu.
"""

from __future__ import annotations

import ast
from pathlib import Path

import headless_qgis
import pytest

import terrascope_explorer
from terrascope_explorer.core import dependencies
from terrascope_explorer.core.errors import ConfigurationError

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent
PLUGIN_CODE = ("__init__.py", "plugin.py", "api.py", "core", "ui", "processing_provider")
OPTIONAL = ("rasterio",)
S2 = "terrascope-s2-toc-v2"


def module_level_imports(path: Path, names=OPTIONAL) -> list[str]:
    """Imports of ``names`` that run when the module is imported (outside any function)."""
    found = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Import):
                modules = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom) and child.level == 0:
                modules = [child.module or ""]
            else:
                modules = []
            found.extend(f"{path.name}:{child.lineno} {m}" for m in modules if m.split(".")[0] in names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_no_plugin_module_imports_rasterio_when_it_loads() -> None:
    files = []
    for entry in PLUGIN_CODE:
        path = PLUGIN_ROOT / entry
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    assert len(files) > 10
    assert [hit for path in files for hit in module_level_imports(path)] == [], (
        "import rasterio inside the function that needs it, after core.dependencies.require('rasterio')"
    )


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("win32", ("OSGeo4W", "python3-rasterio", "OSGeo4W Shell", "pip install rasterio", "restart QGIS")),
        ("darwin", ("macOS", "QGIS.app", "pip install --user rasterio", "restart QGIS")),
        ("linux", ("Debian or Ubuntu", "sudo apt install python3-rasterio", "restart QGIS")),
    ],
)
def test_guidance_names_the_way_to_install_on_each_platform(platform: str, words: tuple) -> None:
    message = dependencies.missing_message("rasterio", "Reading a time series", platform=platform)
    assert message.startswith("Reading a time series needs the Python package rasterio")
    for word in words:
        assert word in message


def test_require_gives_the_module_or_the_guidance(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasterio

    dependencies.forget()
    assert dependencies.is_available("rasterio") and dependencies.require("rasterio") is rasterio
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(ConfigurationError, match="python3-terrascope_no_such_module"):
        dependencies.require("terrascope_no_such_module", "This test")
    assert not dependencies.is_available("terrascope_no_such_module")
    dependencies.forget()


@pytest.mark.slow
def test_without_rasterio_the_plugin_loads_searches_and_computes(sandbox, tmp_path: Path) -> None:
    expected = {i["id"] for i in sandbox.ctx.items_of(S2)}
    result = headless_qgis.run(
        f"""
        import numpy as np
        import processing
        from raster_data import reflectances, write_raster
        import terrascope_explorer
        from terrascope_explorer.core import dependencies
        from terrascope_explorer.core.catalogue import Catalogue, SearchRequest
        from terrascope_explorer.core.errors import ConfigurationError
        from terrascope_explorer.ui.dock import TerrascopeDock

        plugin = terrascope_explorer.classFactory(None)
        plugin.initProcessing()
        result["provider"] = plugin.provider is not None and plugin.provider.id()
        result["dock_title"] = TerrascopeDock(None).windowTitle()

        search = Catalogue().search(SearchRequest(collections=({S2!r},), page_size=200))
        result["ids"] = sorted(p.id for p in search.all())

        name = "S2B_20200617T105031_31UFS_TOC-{{}}_10M_V210.tif"
        bands = [
            str(write_raster(Path(name.format(key)).resolve(), reflectances((64, 80), seed), nodata=32767))
            for key, seed in (("B08", 2), ("B04", 1))
        ]
        output = str(Path("ndvi.tif").resolve())
        out = processing.run(
            "terrascope:spectralindex",
            {{"INDEX": "NDVI", "SENSOR": "sentinel2", "BANDS": bands, "OUTPUT": output}},
        )["OUTPUT"]
        result["ndvi_written"] = Path(out).is_file()

        result["available"] = dependencies.is_available("rasterio")
        try:
            dependencies.require("rasterio", "Reading a time series")
        except ConfigurationError as exc:
            result["guidance"] = str(exc)
        result["rasterio_loaded"] = sys.modules.get("rasterio") is not None
        plugin.unload()
        """,
        tmp_path,
        before="sys.modules['rasterio'] = None  # `import rasterio` raises ImportError from here on\n"
        "from pathlib import Path",
        env={"TERRASCOPE_SANDBOX": sandbox.base_url},
    )
    assert result["provider"] == "terrascope"
    assert result["dock_title"] == "Terrascope Explorer"
    assert set(result["ids"]) == expected and expected
    assert result["ndvi_written"]
    assert result["available"] is False and not result["rasterio_loaded"]
    assert "needs the Python package rasterio" in result["guidance"]
    assert "python3-rasterio" in result["guidance"]
