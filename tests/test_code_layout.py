"""Rules about the shape of the code that a linter does not check.

- ``core/`` never imports widgets: no ``QtWidgets``, ``qgis.gui``, ``qgis.utils``/``iface``, and nothing
  from the plugin's own GUI modules (``ui``, ``plugin``).
- ``__init__.py`` only defines ``classFactory``, which imports the plugin lazily; importing the package
  loads nothing else.
- ``.ui`` files carry no signal connections and name QGIS widgets by their Python module.
"""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import terrascope_explorer

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent
PACKAGE = "terrascope_explorer"

FORBIDDEN_IN_CORE = (
    "PyQt5.QtWidgets",
    "PyQt6.QtWidgets",
    "qgis.PyQt.QtWidgets",
    "qgis.gui",
    "qgis.utils",
    f"{PACKAGE}.ui",
    f"{PACKAGE}.plugin",
)


def _imported_names(tree: ast.AST, module: str) -> list[str]:
    """Every module or ``module.name`` imported anywhere in ``tree`` (functions included), as absolute names.

    ``module`` is the dotted name of the file, used to resolve relative imports.
    """
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: -node.level]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            names.append(source)
            names.extend(f"{source}.{alias.name}" for alias in node.names)
    return names


def forbidden_imports(source: str, module: str) -> list[str]:
    """The imports of ``source`` that core must not have, including ``iface`` from anywhere."""
    found = []
    for name in _imported_names(ast.parse(source), module):
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IN_CORE) or name.endswith(
            ".iface"
        ):
            found.append(name)
    return sorted(set(found))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PLUGIN_ROOT).with_suffix("").parts)
    return ".".join([PACKAGE] + parts)


def core_files() -> list[Path]:
    return sorted((PLUGIN_ROOT / "core").rglob("*.py"))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from qgis.PyQt.QtWidgets import QDialog", ["qgis.PyQt.QtWidgets", "qgis.PyQt.QtWidgets.QDialog"]),
        ("from qgis.PyQt import QtWidgets", ["qgis.PyQt.QtWidgets"]),
        ("import PyQt5.QtWidgets", ["PyQt5.QtWidgets"]),
        ("def f():\n    from PyQt6 import QtWidgets", ["PyQt6.QtWidgets"]),
        ("from qgis import gui", ["qgis.gui"]),
        ("from qgis.gui import QgsMapCanvas", ["qgis.gui", "qgis.gui.QgsMapCanvas"]),
        ("from qgis.utils import iface", ["qgis.utils", "qgis.utils.iface"]),
        ("from ..ui.dock import TerrascopeDock", [f"{PACKAGE}.ui.dock", f"{PACKAGE}.ui.dock.TerrascopeDock"]),
        ("from .. import plugin", [f"{PACKAGE}.plugin"]),
        ("from qgis.core import QgsSettings\nfrom qgis.PyQt.QtCore import QUrl\nfrom . import errors", []),
    ],
)
def test_checker_catches_forbidden_imports(source: str, expected: list[str]) -> None:
    """The checker itself: it must flag each of these (and accept the last one)."""
    assert forbidden_imports(source, f"{PACKAGE}.core.sample") == sorted(expected)


def test_core_exists() -> None:
    names = {p.name for p in core_files()}
    assert {"__init__.py", "errors.py", "settings.py", "endpoints.py", "i18n.py"} <= names


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PLUGIN_ROOT)))
def test_core_imports_no_widgets(path: Path) -> None:
    found = forbidden_imports(path.read_text(encoding="utf-8"), _module_name(path))
    assert found == [], f"{path.relative_to(PLUGIN_ROOT)} imports GUI code: {found}"


def _toplevel_imports(tree: ast.Module) -> list[str]:
    return [ast.dump(n) for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]


def test_init_only_has_lazy_class_factory() -> None:
    tree = ast.parse((PLUGIN_ROOT / "__init__.py").read_text(encoding="utf-8"))
    body = [n for n in tree.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    assert _toplevel_imports(tree) == [], "__init__.py must not import anything at module level"
    assert [type(n).__name__ for n in body] == ["FunctionDef"]
    factory = body[0]
    assert isinstance(factory, ast.FunctionDef) and factory.name == "classFactory"
    lazy = [n for n in ast.walk(factory) if isinstance(n, ast.ImportFrom)]
    assert [(n.level, n.module) for n in lazy] == [(1, "plugin")]


def test_importing_the_package_loads_nothing_else() -> None:
    """In a fresh interpreter, ``import terrascope_explorer`` adds only the package itself to sys.modules."""
    code = (
        f"import sys\nbefore = set(sys.modules)\nimport {PACKAGE}\nprint(sorted(set(sys.modules) - before))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=str(PLUGIN_ROOT.parent),
        env={"PYTHONPATH": str(Path(terrascope_explorer.__file__).parent.parent)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == f"['{PACKAGE}']"


def ui_files() -> list[Path]:
    return sorted((PLUGIN_ROOT / "resources" / "ui").glob("*.ui"))


def test_ui_files_exist() -> None:
    assert [p.name for p in ui_files()] != []


@pytest.mark.parametrize("path", ui_files(), ids=lambda p: p.name)
def test_ui_file_has_no_connections_and_portable_headers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "<connections>" not in text, "connect signals in Python, not in the .ui file"
    assert re.findall(r"<header>qgs[a-z0-9]*\.h</header>", text) == [], "use <header>qgis.gui</header>"
