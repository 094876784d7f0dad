"""The shipped pystac and pystac-client are private: they cannot clash with another plugin's copy.

``.ci/vendor.py`` builds ``ext_libs/`` with the libraries' imports made relative; the plugin reaches them
through ``core/stac_libs.py`` only. Loading the plugin adds neither ``pystac`` to ``sys.modules`` nor
anything to ``sys.path``, and another plugin's (here: a fake) ``pystac`` changes nothing for ours.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import headless_qgis
import pytest

import terrascope_explorer
from tests.ci_scripts import ci_script

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent
EXT_LIBS = PLUGIN_ROOT / "ext_libs"
SHIPPED = ("pystac", "pystac_client")
S2 = "terrascope-s2-toc-v2"
PLUGIN_CODE = ("__init__.py", "plugin.py", "api.py", "core", "ui", "processing_provider")


def python_files(*entries: str) -> list[Path]:
    files = []
    for entry in entries:
        path = PLUGIN_ROOT / entry
        files += (
            [path]
            if path.is_file()
            else sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        )
    return files


def absolute_imports(path: Path, names=SHIPPED) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module or ""]
        else:
            continue
        found += [
            f"{path.relative_to(PLUGIN_ROOT)}:{node.lineno} {m}" for m in modules if m.split(".")[0] in names
        ]
    return found


# ------------------------------------------------------------------------------------------------ the build


def test_ext_libs_is_built_and_up_to_date() -> None:
    vendor = ci_script("vendor")
    assert vendor.is_up_to_date(), "run `make deps` (python .ci/vendor.py)"
    before = {p: p.stat().st_mtime_ns for p in EXT_LIBS.rglob("*.py")}
    assert vendor.ensure(quiet=True) is False, "a second run does nothing"
    assert {p: p.stat().st_mtime_ns for p in EXT_LIBS.rglob("*.py")} == before


def test_versions_are_the_required_ones() -> None:
    manifest = json.loads((EXT_LIBS / "VENDORED.json").read_text(encoding="utf-8"))
    pins = dict(
        re.match(r"([\w.-]+)==(\S+)", line).groups()
        for line in (PLUGIN_ROOT / "requirements-plugin.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert {k.replace("-", "_"): v for k, v in pins.items()} == manifest["versions"]
    from terrascope_explorer.core.stac_libs import pystac, pystac_client

    assert (pystac.__version__, pystac_client.__version__) == (pins["pystac"], pins["pystac-client"])
    for name in manifest["versions"]:
        licences = list((EXT_LIBS / "LICENSES").glob(f"{name}-*/LICENSE*"))
        assert licences, f"the licence of {name} ships with it"


def test_shipped_copies_have_no_absolute_imports_and_run_on_python_39() -> None:
    files = sorted(p for name in SHIPPED for p in (EXT_LIBS / name).rglob("*.py"))
    assert len(files) > 50
    leftovers = [hit for path in files for hit in absolute_imports(path)]
    assert leftovers == []
    for path in files:
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 9))
    assert not list(EXT_LIBS.rglob("*.dist-info")), "no metadata that importlib.metadata could pick up"


def test_module_names_in_strings_were_made_private() -> None:
    """A new library version naming its modules in new places must be looked at, not shipped blindly."""
    manifest = json.loads((EXT_LIBS / "VENDORED.json").read_text(encoding="utf-8"))
    assert {(s["file"], s["string"]) for s in manifest["rewritten_strings"]} == {
        ("pystac/html/jinja_env.py", "pystac"),
        ("pystac/summaries.py", "pystac.static"),
        ("pystac/validation/local_validator.py", "pystac.validation.jsonschemas"),
    }
    from terrascope_explorer.core.stac_libs import pystac

    fields = pystac.summaries._get_fields_json(None)  # package data found through the private name
    assert "metadata" in fields
    environment = pystac.html.jinja_env.get_jinja_env()
    if environment is not None:  # jinja2 is optional
        assert environment.get_template("JSON.jinja2") is not None
    pytest.importorskip("jsonschema")
    from terrascope_explorer.ext_libs.pystac.validation import local_validator

    assert local_validator._read_schema("geojson/Feature.json")["title"] == "GeoJSON Feature"


def test_plugin_code_reaches_the_libraries_only_through_stac_libs() -> None:
    files = python_files(*PLUGIN_CODE)
    assert [hit for path in files for hit in absolute_imports(path)] == []
    tampering = [
        f"{path.relative_to(PLUGIN_ROOT)}:{n}"
        for path in files
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"sys\.path\.(append|insert|extend)|site\.addsitedir", line)
    ]
    assert tampering == [], "plugin code leaves sys.path alone"


# ------------------------------------------------------------------------------------------------ at run time


def test_loading_the_plugin_leaves_pystac_and_sys_path_alone(tmp_path: Path) -> None:
    result = headless_qgis.run(
        """
        path_before = list(sys.path)
        import terrascope_explorer
        from terrascope_explorer import api, plugin
        from terrascope_explorer.core import catalogue, stac_libs
        p = terrascope_explorer.classFactory(None)
        p.initProcessing()
        result["shipped"] = sorted(m for m in sys.modules if m.split(".")[0] in ("pystac", "pystac_client"))
        result["new_path"] = [e for e in sys.path if e not in path_before]
        result["private_name"] = stac_libs.pystac.__name__
        result["client_uses_private_pystac"] = stac_libs.pystac_client.client.pystac is stac_libs.pystac
        import pystac  # the one of the Python environment, as another plugin would import it
        result["other_pystac"] = pystac.__file__
        result["other_is_ours"] = pystac is stac_libs.pystac
        p.unload()
        """,
        tmp_path,
    )
    assert result["shipped"] == [], "nothing named pystac or pystac_client in sys.modules"
    assert result["new_path"] == []
    assert result["private_name"] == "terrascope_explorer.ext_libs.pystac"
    assert result["client_uses_private_pystac"]
    assert "ext_libs" not in result["other_pystac"] and not result["other_is_ours"]


@pytest.mark.slow
def test_search_works_with_another_plugins_pystac_loaded_first(sandbox, tmp_path: Path) -> None:
    expected = {i["id"] for i in sandbox.ctx.items_of(S2)}
    fake = """
        import types
        for name in ("pystac", "pystac_client", "pystac.link", "pystac_client.item_search"):
            fake = types.ModuleType(name)
            fake.__version__ = "0.0.0-another-plugin"
            def refuse(attr, name=name):
                raise RuntimeError(f"{name}.{attr} of the other plugin's copy was used")
            fake.__getattr__ = refuse
            sys.modules[name] = fake
        """
    result = headless_qgis.run(
        f"""
        from terrascope_explorer.core.catalogue import Catalogue, SearchRequest
        search = Catalogue().search(SearchRequest(collections=({S2!r},), page_size=200))
        result["ids"] = sorted(p.id for p in search.all())
        result["fake_kept"] = sys.modules["pystac"].__version__ == "0.0.0-another-plugin"
        """,
        tmp_path,
        before=fake,
        env={"TERRASCOPE_SANDBOX": sandbox.base_url},
    )
    assert set(result["ids"]) == expected and expected
    assert result["fake_kept"], "the other plugin's pystac is still the one in sys.modules['pystac']"
