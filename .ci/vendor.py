"""Build ``ext_libs/``: private copies of the pure-Python libraries the plugin ships (requirements-plugin.txt)

    python .ci/vendor.py            # rebuild when requirements-plugin.txt or this script changed
    python .ci/vendor.py --force    # rebuild anyway

QGIS plugins share one Python interpreter. A plugin that puts its own ``pystac`` on ``sys.path`` (or into
``sys.modules['pystac']``) hands it to every other plugin, and takes theirs when they were first. So the
copies here are made private: ``pip install --no-deps --target`` into a scratch folder, then every absolute
import of a shipped library inside the shipped code is rewritten into a *relative* import through the
package ``ext_libs`` (``import pystac`` in ``pystac_client/client.py`` becomes ``from .. import pystac``).
Relative rather than ``terrascope_explorer.ext_libs.pystac``: the copies then work whatever name the plugin
folder has (QGIS imports a plugin under its folder name), and no absolute name can leak. The plugin imports
them only through ``core/stac_libs.py``; nothing is appended to ``sys.path``; the libraries land in
``sys.modules`` as ``terrascope_explorer.ext_libs.pystac…``.

Besides import statements, a library may name its own modules in strings (``importlib.resources.files(
"pystac.static")``, ``jinja2.PackageLoader("pystac", ...)``): a string literal that is exactly the dotted name
of a shipped module becomes an expression computing the private name from ``__package__``. Every rewrite is
listed in ``ext_libs/VENDORED.json``; the build fails if an absolute import of a shipped library is left, or
if a file does not parse as Python 3.9 (QGIS 3.22 on Windows). The libraries' licences are kept in
``ext_libs/LICENSES/``; their ``dist-info`` folders, console scripts and byte code are not shipped.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import shutil
import subprocess  # nosec B404
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REQUIREMENTS = REPO / "requirements-plugin.txt"
TARGET = REPO / "ext_libs"
STAMP_NAME = ".vendored.sha"
MANIFEST_NAME = "VENDORED.json"
OLDEST_PYTHON = (3, 9)
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

INIT_TEXT = '''"""Private copies of {names}, built by ``.ci/vendor.py`` from requirements-plugin.txt.

Do not edit: the files are generated. Their imports of one another are relative, so they never touch
``sys.modules['pystac']`` or ``sys.path``; the plugin reaches them through ``core/stac_libs.py``.
"""
'''


def wanted_stamp() -> str:
    digest = hashlib.sha256()
    for path in (REQUIREMENTS, Path(__file__).resolve()):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_up_to_date(target: Path = TARGET) -> bool:
    stamp = target / STAMP_NAME
    return (
        stamp.is_file()
        and stamp.read_text(encoding="utf-8").strip() == wanted_stamp()
        and (target / "__init__.py").is_file()
    )


# ------------------------------------------------------------------------------------------------ rewriting


class Rewriter:
    """Rewrites one file of a shipped library; ``top_names`` are the shipped top-level packages."""

    def __init__(self, top_names: set[str], root: Path) -> None:
        self.top_names = top_names
        self.root = root  # the folder that becomes the package ``ext_libs``
        self.strings: list[dict] = []

    def _shipped(self, dotted: str | None) -> bool:
        return bool(dotted) and dotted.split(".")[0] in self.top_names

    def _is_module(self, dotted: str) -> bool:
        path = self.root.joinpath(*dotted.split("."))
        return (path / "__init__.py").is_file() or path.with_suffix(".py").is_file()

    def rewrite(self, path: Path) -> tuple[str, int]:
        """The new source of ``path`` and the number of import statements changed."""
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        package_parts = path.parent.relative_to(self.root).parts  # ("pystac", "extensions")
        dots = "." * (len(package_parts) + 1)  # from the module's package up to ``ext_libs``
        depth = len(package_parts)
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line.encode("utf-8")))
        data = source.encode("utf-8")
        edits: list[tuple[int, int, str]] = []  # byte offsets (ast columns are UTF-8 byte offsets)

        def span(node: ast.AST) -> tuple[int, int]:
            return (
                offsets[node.lineno - 1] + node.col_offset,
                offsets[node.end_lineno - 1] + node.end_col_offset,
            )

        imports = 0
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and self._shipped(node.module):
                start, end = span(node)
                text = data[start:end].decode("utf-8")
                new, count = re.subn(
                    r"^from\s+" + re.escape(node.module).replace(r"\.", r"\s*\.\s*") + r"(?=\s+import\b)",
                    f"from {dots}{node.module}",
                    text,
                )
                if count != 1:
                    raise SystemExit(f"{path}:{node.lineno}: cannot rewrite {text!r}")
                edits.append((start, end, new))
                imports += 1
            elif isinstance(node, ast.Import) and any(self._shipped(a.name) for a in node.names):
                start, end = span(node)
                edits.append((start, end, "; ".join(self._import_statements(node, dots))))
                imports += 1
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and self._shipped(node.value)
                and re.fullmatch(r"[A-Za-z_][\w.]*", node.value)
                and self._is_module(node.value)
            ):
                start, end = span(node)
                base = "__package__" if depth == 0 else f'__package__.rsplit(".", {depth})[0]'
                edits.append((start, end, f'({base} + ".{node.value}")'))
                self.strings.append({"file": str(path.relative_to(self.root)), "line": node.lineno})
                self.strings[-1]["string"] = node.value

        for start, end, new in sorted(edits, reverse=True):
            data = data[:start] + new.encode("utf-8") + data[end:]
        return data.decode("utf-8"), imports

    def _import_statements(self, node: ast.Import, dots: str) -> list[str]:
        """``import a.b.c [as x]`` of a shipped library, as relative statements binding the same name."""
        out, others = [], []
        for alias in node.names:
            if not self._shipped(alias.name):
                others.append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
                continue
            parent, _, leaf = alias.name.rpartition(".")
            if alias.asname:  # ``import a.b as x`` binds the module a.b itself
                out.append(f"from {dots}{parent} import {leaf} as {alias.asname}")
                continue
            top = alias.name.split(".")[0]
            if parent:  # ``import a.b.c`` loads a.b.c and binds ``a``
                out.append(f"from {dots}{parent} import {leaf} as _vendored_submodule")
                out.append("del _vendored_submodule")
            out.append(f"from {dots} import {top}")
        if others:
            out.insert(0, "import " + ", ".join(others))
        return out


def leftover_absolute_imports(path: Path, top_names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=OLDEST_PYTHON)
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        found += [f"{path}:{node.lineno}: {n}" for n in names if n.split(".")[0] in top_names]
    return found


# ------------------------------------------------------------------------------------------------ building


def pip_install(into: Path) -> None:
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--no-compile", "--only-binary=:all:", "--target", str(into), "-r", str(REQUIREMENTS),
    ]  # fmt: skip
    subprocess.run(command, check=True)  # noqa: S603  # nosec B603


def tidy(folder: Path) -> tuple[set[str], dict[str, str]]:
    """Drop what is not shipped; keep the licences. Returns the top-level packages and their versions."""
    versions: dict[str, str] = {}
    licences = folder / "LICENSES"
    for info in sorted(folder.glob("*.dist-info")):
        name, _, version = info.name[: -len(".dist-info")].partition("-")
        versions[name] = version
        dest = licences / f"{name}-{version}"
        for file in info.rglob("*"):
            if file.is_file() and (LICENCE_FILE.match(file.name) or file.name == "METADATA"):
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, dest / file.name)
        shutil.rmtree(info)
    for junk in ("bin", "share"):
        shutil.rmtree(folder / junk, ignore_errors=True)
    for cache in list(folder.rglob("__pycache__")):
        shutil.rmtree(cache)
    for compiled in folder.rglob("*.py[co]"):
        compiled.unlink()
    tops = {p.name for p in folder.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    tops |= {p.stem for p in folder.glob("*.py")}
    return tops, versions


def build(target: Path = TARGET) -> dict:
    scratch = REPO / ".build" / "vendor"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    pip_install(scratch)
    top_names, versions = tidy(scratch)
    if not top_names:
        raise SystemExit(f"nothing was installed from {REQUIREMENTS}")

    rewriter = Rewriter(top_names, scratch)
    files: dict[str, int] = {}
    for path in sorted(scratch.rglob("*.py")):
        if path.parent == scratch and path.stem not in top_names:
            continue
        new, count = rewriter.rewrite(path)
        if new != path.read_text(encoding="utf-8"):
            path.write_text(new, encoding="utf-8")
            files[str(path.relative_to(scratch))] = count
    (scratch / "__init__.py").write_text(
        INIT_TEXT.format(names=", ".join(sorted(top_names))), encoding="utf-8"
    )

    leftovers = [
        hit for path in sorted(scratch.rglob("*.py")) for hit in leftover_absolute_imports(path, top_names)
    ]
    if leftovers:
        raise SystemExit("absolute imports of shipped libraries are left:\n" + "\n".join(leftovers))

    manifest = {
        "generated_by": ".ci/vendor.py",
        "requirements": [
            line.strip()
            for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ],
        "versions": versions,
        "packages": sorted(top_names),
        "rewritten_imports": sum(files.values()),
        "rewritten_files": len(files),
        "rewritten_strings": rewriter.strings,
    }
    (scratch / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (scratch / STAMP_NAME).write_text(wanted_stamp() + "\n", encoding="utf-8")

    old = scratch.with_name("ext_libs.old")  # under .build/, out of the plugin folder
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(scratch, target)
    shutil.rmtree(old, ignore_errors=True)
    return manifest


def ensure(force: bool = False, quiet: bool = False) -> bool:
    """Build ``ext_libs/`` unless it is up to date; True when it was (re)built."""
    if not force and is_up_to_date():
        return False
    manifest = build()
    if not quiet:
        libs = ", ".join(f"{n} {v}" for n, v in sorted(manifest["versions"].items()))
        print(
            f"== ext_libs: {libs}; {manifest['rewritten_imports']} imports in "
            f"{manifest['rewritten_files']} files and {len(manifest['rewritten_strings'])} module names "
            "in strings made private"
        )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python .ci/vendor.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = parser.parse_args(argv)
    ensure(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
