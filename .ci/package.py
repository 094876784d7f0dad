"""``make package``: ``dist/terrascope_explorer-<version>.zip``, the zip QGIS's "Install from ZIP" and the
plugin repository (plugins.qgis.org) accept.

    python .ci/package.py                 # build (private ext_libs and .qm first), then validate
    python .ci/package.py --check ZIP     # validate an existing zip only

The zip holds one folder, ``terrascope_explorer/``, with the plugin's code, forms, icons, ``metadata.txt``,
README and LICENSE, the compiled translations (``i18n/*.qm``) and the private copies of pystac and
pystac-client (``ext_libs/``, see ``.ci/vendor.py``). Tests, the sandbox, development files, caches and byte
code stay out. The validation repeats what the plugin repository checks on upload (one top folder that is
a Python identifier, ``__init__.py``, ``metadata.txt`` parsed by ``configparser`` with its required fields,
no ``.pyc``/``__pycache__``/``.git``, no path tricks, the icon inside, at most 25 MB, a LICENSE) and the
plugin's own rules (catalogues for every language, nothing of tests/ or sandbox/). Problems that only
block an upload to plugins.qgis.org (no LICENSE yet, placeholder addresses) are warnings.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import os
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
PLUGIN_ID = "terrascope_explorer"
MAX_SIZE = 25_000_000  # the plugin repository's limit
INCLUDE = (
    "__init__.py", "plugin.py", "api.py", "metadata.txt", "README.md", "LICENSE",
    "core", "ui", "processing_provider", "resources", "i18n", "ext_libs",
)  # fmt: skip
EXCLUDED_DIRS = {"__pycache__", "tests", "test", "sandbox", ".ci", ".git", ".build", ".cache", "__MACOSX"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".ts", ".orig", ".rej", ".swp", "~")
# what plugins.qgis.org requires, and what this project wants filled in too
REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
    "repository", "tracker", "homepage", "tags", "category", "icon", "experimental", "changelog",
)  # fmt: skip
LANGUAGES = ("nl", "fr", "de")
PLACEHOLDER = re.compile(r"example\.(org|com|net)|terrascope-explorer/terrascope-explorer", re.IGNORECASE)


def _load(name: str):
    """A sibling script of .ci/ as a module (.ci is no package)."""
    module_name = f"terrascope_ci_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, Path(__file__).with_name(f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]


def read_metadata(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    parser.read_string(text)
    return parser


def plugin_version(root: Path = REPO) -> str:
    return read_metadata((root / "metadata.txt").read_text(encoding="utf-8"))["general"]["version"].strip()


def shipped_files(root: Path = REPO) -> list[Path]:
    """The files that go into the zip, relative to ``root``, sorted."""
    files = []
    for entry in INCLUDE:
        path = root / entry
        if path.is_file():
            files.append(Path(entry))
        elif path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = [d for d in dirnames if d not in EXCLUDED_DIRS and not d.startswith(".")]
                for name in filenames:
                    if name.startswith(".") or name.endswith(EXCLUDED_SUFFIXES):
                        continue
                    files.append((Path(dirpath) / name).relative_to(root))
    return sorted(files, key=lambda p: p.as_posix())


def build(root: Path = REPO, dist: Path = DIST, quiet: bool = False) -> Path:
    """Build the private libraries and the catalogues when out of date, then the zip; returns its path."""
    _load("vendor").ensure(quiet=quiet)
    _load("translations").release(quiet=quiet)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PLUGIN_ID}-{plugin_version(root)}.zip"
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for relative in shipped_files(root):
            source = root / relative
            info = zipfile.ZipInfo.from_file(source, f"{PLUGIN_ID}/{relative.as_posix()}")
            info.external_attr = 0o644 << 16  # -rw-r--r--, whatever the checkout has
            info.compress_type = zipfile.ZIP_DEFLATED
            with source.open("rb") as data:
                archive.writestr(info, data.read(), compresslevel=9)
    os.replace(partial, target)
    return target


@dataclass
class Report:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    size: int = 0
    files: int = 0
    metadata: dict = field(default_factory=dict)


def validate(path: Path) -> Report:
    """Check ``path`` as the plugin repository and QGIS's "Install from ZIP" would, and a bit more."""
    report = Report(size=path.stat().st_size)
    error, warn = report.errors.append, report.warnings.append
    if report.size > MAX_SIZE:
        error(f"{report.size} bytes: the plugin repository accepts at most {MAX_SIZE}")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        error(f"not a zip file: {exc}")
        return report
    with archive:
        names = archive.namelist()
        report.files = sum(not n.endswith("/") for n in names)
        bad = archive.testzip()
        if bad:
            error(f"corrupt member {bad}")
        tops = {n.split("/")[0] for n in names}
        if tops != {PLUGIN_ID}:
            error(f"top-level entries {sorted(tops)}: want only {PLUGIN_ID}/")
        for name in names:
            parts = name.split("/")
            if ".." in parts or name.startswith("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
                error(f"path information in {name}")
            if name.endswith((".pyc", ".pyo")):
                error(f"byte code {name}")
            if set(parts) & EXCLUDED_DIRS:
                error(f"development or cache folder in {name}")
            if any(p.startswith(".") for p in parts if p):
                error(f"hidden file {name}")
            if name.endswith(".ts") and "/i18n/" in name:
                error(f"translation source {name} (only .qm ship)")
            if parts[1:2] and parts[1].startswith(".venv"):
                error(f"virtual environment in {name}")
        if not PLUGIN_ID.isidentifier():
            error(f"{PLUGIN_ID} is not a Python identifier")
        for needed in ("__init__.py", "metadata.txt", "ext_libs/__init__.py", "ext_libs/pystac/__init__.py"):
            if f"{PLUGIN_ID}/{needed}" not in names:
                error(f"{needed} is missing")
        for language in LANGUAGES:
            if f"{PLUGIN_ID}/i18n/{PLUGIN_ID}_{language}.qm" not in names:
                error(f"the {language} catalogue (i18n/{PLUGIN_ID}_{language}.qm) is missing")
        if f"{PLUGIN_ID}/LICENSE" not in names:
            warn("no LICENSE file: plugins.qgis.org refuses uploads without one (QEP 279)")
        if f"{PLUGIN_ID}/metadata.txt" in names:
            _validate_metadata(archive, names, path, report)
    return report


def _validate_metadata(archive: zipfile.ZipFile, names: list, path: Path, report: Report) -> None:
    error, warn = report.errors.append, report.warnings.append
    try:
        parser = read_metadata(archive.read(f"{PLUGIN_ID}/metadata.txt").decode("utf-8"))
    except (configparser.Error, UnicodeDecodeError) as exc:
        error(f"metadata.txt does not parse: {exc}")
        return
    if not parser.has_section("general"):
        error("metadata.txt has no [general] section")
        return
    general = {k: v.strip() for k, v in parser.items("general")}
    report.metadata = general
    for key in REQUIRED_METADATA:
        if not general.get(key):
            error(f"metadata.txt: {key} is missing or empty")
    version = general.get("version", "")
    if version and not path.name.endswith(f"-{version}.zip"):
        error(f"the zip name {path.name} does not carry the version {version}")
    if not re.fullmatch(r"\d+\.\d+(\.\d+)?", general.get("qgisMinimumVersion", "")):
        error(f"qgisMinimumVersion {general.get('qgisMinimumVersion')!r} is not a version")
    for flag in ("experimental", "deprecated", "hasProcessingProvider"):
        if flag in general and general[flag].lower() not in ("true", "false", "yes", "no", "1", "0"):
            error(f"metadata.txt: {flag}={general[flag]} is not a boolean")
    if "/" in general.get("author", ""):
        error("metadata.txt: the author may not contain a slash")
    icon = general.get("icon", "").removeprefix("./")
    if icon and f"{PLUGIN_ID}/{icon}" not in names:
        error(f"the icon {icon} is not in the zip")
    for key in ("repository", "tracker", "homepage"):
        if not re.match(r"^https?://[^/\s]+", general.get(key, "")):
            error(f"metadata.txt: {key} is not a web address")
    for key in ("email", "repository", "tracker", "homepage"):
        if PLACEHOLDER.search(general.get(key, "")):
            warn(
                f"metadata.txt: {key}={general[key]} is a placeholder: write the project's real address "
                "before uploading to plugins.qgis.org (it checks them); the zip still installs from a file"
            )


def describe(path: Path, report: Report) -> str:
    lines = [f"{path}: {report.size / 1e6:.2f} MB, {report.files} files"]
    lines += [f"  error: {e}" for e in report.errors]
    lines += [f"  warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python .ci/package.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", metavar="ZIP", type=Path, help="validate this zip instead of building")
    args = parser.parse_args(argv)
    path = args.check or build()
    report = validate(path)
    print(describe(path, report))
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
