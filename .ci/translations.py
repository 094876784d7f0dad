"""The plugin's translation catalogues: ``i18n/terrascope_explorer_<lang>.ts`` (committed), ``.qm`` (built).

    python .ci/translations.py update     # extract the strings and merge them into the .ts files
    python .ci/translations.py release    # compile the .ts files into .qm (lrelease), when out of date
    python .ci/translations.py            # both (``make translations``)
    python .ci/translations.py check      # report translations that would show wrong (placeholders…)

Why not ``pylupdate5``: the plugin's ``tr()`` (core/i18n.py) is a module function with one fixed context,
``TerrascopeExplorer``. pylupdate5 files a ``tr("…")`` call under the class it appears in (``TerrascopeDock``,
``SpectralIndexAlgorithm``…), so its catalogues would never match at run time, and Qt's own ``lupdate``
does not read Python. This extractor reads the code as the run time sees it:

- Python (``ast``): ``tr("text")``, ``tr("text", "disambiguation")``, ``tr("%n files", None, n)`` (plural),
  ``i18n.tr(…)``, and ``tr_noop("text")`` (marks a string translated later by ``tr(variable)``), in the
  context ``TerrascopeExplorer``; ``QCoreApplication.translate("Context", "text")`` with literal arguments.
  A ``tr()`` whose text is not a literal is reported unless the call says ``# texts marked tr_noop`` (its
  texts are marked where they are written); so is ``self.tr()``, which files its text under the class.
- ``.ui`` forms: every ``<string>`` not marked ``notr="true"``, outside ``<stringlist>`` (PyQt's ``uic``
  leaves those untranslated), in the context named by the form's ``<class>`` (what ``uic`` uses), with
  the ``comment`` attribute as disambiguation.

Merging keeps every translation: a message whose text disappeared from the code stays in the file as
``vanished`` (or ``obsolete`` when it was unfinished) for translators to reuse, and comes back when the
text does; messages nobody translated are dropped when they disappear. New messages are ``unfinished``.
``check`` (and the tests) refuse a translation whose ``{placeholders}``, ``%n``, ``&`` shortcut, HTML tags or
leading/trailing spaces differ from the source's, and a plural whose forms are all the same.

The XML read here is the plugin's own (``.ui``, ``.ts``), so the standard library parser is fine for it.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess  # nosec B404
import sys
import xml.etree.ElementTree as ET  # noqa: S405  # nosec B405
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape  # nosec B406

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "i18n"
LANGUAGES = ("nl", "fr", "de")
PREFIX = "terrascope_explorer_"
CONTEXT = "TerrascopeExplorer"  # core/i18n.py CONTEXT
PYTHON_SOURCES = ("__init__.py", "plugin.py", "api.py", "core", "ui", "processing_provider")
UI_SOURCES = ("resources",)
SKIP_DIRS = {"__pycache__", "ext_libs", "tests", "sandbox", ".ci", ".build", ".cache"}
NUMERUS_FORMS = {"nl": 2, "fr": 2, "de": 2}
GONE = ("vanished", "obsolete")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
QT_ARGUMENT = re.compile(r"%(?:n|L?\d)")  # %n (plural count), %1, %L1
# "&Terrascope": Alt+T; not an entity ("&amp;"); "&&" (a literal &) is taken out before counting
SHORTCUT = re.compile(r"&(?!#?\w+;)(?=\S)")
_TAGS = r"p|i|b|br|a|em|strong|code|tt|ul|ol|li|h\d|span|div|table|tr|td"  # Qt rich text; not "<folder>"
HTML_TAG = re.compile(rf"<(/?(?:{_TAGS}))\b[^>]*>", re.I)
MARKED = "tr_noop"  # on a tr(variable) line: "# texts marked tr_noop"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list = field(default_factory=list)  # (path relative to the repo, line)
    translation: object = ""  # str, or list of str for numerus messages
    type: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"
    translator_comment: str = ""

    @property
    def key(self) -> tuple:
        return (self.context, self.source, self.comment)

    @property
    def is_translated(self) -> bool:
        forms = self.translation if isinstance(self.translation, list) else [self.translation]
        return bool(forms) and all(f.strip() for f in forms)


# ------------------------------------------------------------------------------------------------ extraction


def _files(root: Path, entries, suffix: str):
    for entry in entries:
        path = root / entry
        if path.is_file() and path.suffix == suffix:
            yield path
        elif path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                yield from (Path(dirpath) / f for f in sorted(filenames) if f.endswith(suffix))


def _string(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _argument(call: ast.Call, position: int, name: str):
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _name(func) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def python_messages(path: Path, root: Path = REPO) -> tuple[list[Message], list[str]]:
    """The messages of one Python file, and warnings about ``tr()`` calls whose text is not a literal."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    relative = path.relative_to(root).as_posix()
    found, warnings = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = _name(func)
        if name == "translate" and isinstance(func, ast.Attribute):
            context, text = _string(_argument(node, 0, "context")), _string(_argument(node, 1, "sourceText"))
            if context and text:
                comment = _string(_argument(node, 2, "disambiguation")) or ""
                numerus = _argument(node, 3, "n") is not None
                found.append(Message(context, text, comment, numerus, [(relative, node.lineno)]))
            continue
        is_tr = name == "tr" and (
            isinstance(func, ast.Name) or (isinstance(func.value, ast.Name) and func.value.id == "i18n")
        )
        if name == "tr" and not is_tr:
            warnings.append(
                f"{relative}:{node.lineno}: {ast.unparse(func)}() files its text under the class, where the "
                "plugin's catalogue never looks: use core.i18n.tr()"
            )
            continue
        if not (is_tr or name == "tr_noop"):
            continue
        first = _argument(node, 0, "text")
        text = _string(first)
        if text is None:
            if first is None:
                continue
            call_lines = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
            if name == "tr_noop":
                warnings.append(f"{relative}:{node.lineno}: tr_noop() of a non-literal marks nothing")
            elif not any(MARKED in line for line in call_lines):  # "# texts marked tr_noop" on the call
                warnings.append(
                    f"{relative}:{node.lineno}: {name}() of a non-literal: mark its texts tr_noop() and say "
                    "so on the call's line (# texts marked tr_noop)"
                )
            continue
        if not text:
            continue
        comment = _string(_argument(node, 1, "disambiguation")) or ""
        n = _argument(node, 2, "n")
        numerus = n is not None and not (isinstance(n, ast.Constant) and n.value == -1)
        found.append(Message(CONTEXT, text, comment, numerus, [(relative, node.lineno)]))
    found.sort(key=lambda m: m.locations[0][1])
    return found, warnings


def ui_messages(path: Path, root: Path = REPO) -> list[Message]:
    """The messages of one Designer form, in the context PyQt's ``uic`` translates them with."""
    relative = path.relative_to(root).as_posix()
    text = path.read_text(encoding="utf-8")
    tree = ET.fromstring(text)  # noqa: S314  # nosec B314
    context = (tree.findtext("class") or "").strip()
    in_stringlist = {id(s) for sl in tree.iter("stringlist") for s in sl.iter("string")}
    lines = text.splitlines()
    found, cursor = [], 0
    for element in tree.iter("string"):
        if id(element) in in_stringlist or element.get("notr") == "true" or not element.text:
            continue
        line = _line_of(lines, f">{escape(element.text)}</string>", cursor)
        cursor = max(cursor, line - 1)
        found.append(Message(context, element.text, element.get("comment", ""), False, [(relative, line)]))
    return found


def _line_of(lines: list[str], needle: str, start: int) -> int:
    for index in range(start, len(lines)):
        if needle in lines[index]:
            return index + 1
    return 0


def extract(root: Path = REPO) -> tuple[list[Message], list[str]]:
    """Every translatable message of the plugin, merged by (context, source, comment), and the warnings."""
    messages: dict[tuple, Message] = {}
    warnings: list[str] = []
    collected = []
    for path in _files(root, PYTHON_SOURCES, ".py"):
        found, warned = python_messages(path, root)
        collected += found
        warnings += warned
    for path in _files(root, UI_SOURCES, ".ui"):
        collected += ui_messages(path, root)
    for message in collected:
        known = messages.get(message.key)
        if known is None:
            messages[message.key] = message
        else:
            known.locations += message.locations
            known.numerus = known.numerus or message.numerus
    return list(messages.values()), warnings


# ------------------------------------------------------------------------------------------------ .ts files


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the messages of a .ts file."""
    tree = ET.parse(path).getroot()  # noqa: S314  # nosec B314
    messages = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                value, kind = ([] if numerus else ""), "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    value = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    value = translation.text or ""
            locations = [
                (loc.get("filename", ""), int(loc.get("line", "0"))) for loc in element.iter("location")
            ]
            messages.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    element.findtext("comment") or "",
                    numerus,
                    locations,
                    value,
                    kind,
                    element.findtext("translatorcomment") or "",
                )
            )
    return tree.get("language", ""), messages


def merge(extracted: list[Message], existing: list[Message], language: str) -> list[Message]:
    old = {m.key: m for m in existing}
    forms = NUMERUS_FORMS.get(language.split("_")[0], 2)
    merged = []
    for message in extracted:
        new = Message(
            message.context, message.source, message.comment, message.numerus, list(message.locations)
        )
        previous = old.pop(message.key, None)
        if previous is not None:
            new.translation, new.translator_comment = previous.translation, previous.translator_comment
            new.type = {"vanished": "", "obsolete": "unfinished"}.get(previous.type, previous.type)
            if new.numerus and not isinstance(new.translation, list):
                new.translation, new.type = [new.translation] + [""] * (forms - 1), "unfinished"
            elif not new.numerus and isinstance(new.translation, list):
                new.translation, new.type = (new.translation or [""])[0], "unfinished"
        else:
            new.translation = [""] * forms if new.numerus else ""
            new.type = "unfinished"
        if not new.is_translated:
            new.type = "unfinished"
        merged.append(new)
    for gone in old.values():  # keep what translators wrote, for when the text comes back
        if gone.is_translated or (isinstance(gone.translation, str) and gone.translation.strip()):
            if gone.type not in GONE:
                gone.type = "vanished" if gone.type == "" else "obsolete"
            gone.locations = []
            merged.append(gone)
    return merged


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _text(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def render_ts(messages: list[Message], language: str, ts_dir: Path = I18N, root: Path = REPO) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_attr(language)}" sourcelanguage="en">',
    ]
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{_text(name)}</name>"]
        for m in contexts[name]:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for file, line in m.locations:
                relative = os.path.relpath(root / file, ts_dir).replace(os.sep, "/")
                out.append(f'        <location filename="{_attr(relative)}" line="{line}"/>')
            out.append(f"        <source>{_text(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_text(m.comment)}</comment>")
            if m.translator_comment:
                out.append(f"        <translatorcomment>{_text(m.translator_comment)}</translatorcomment>")
            kind = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                forms = m.translation if isinstance(m.translation, list) else [m.translation]
                out.append(f"        <translation{kind}>")
                out += [f"            <numerusform>{_text(f)}</numerusform>" for f in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{_text(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{PREFIX}{language}.ts"


def update(languages=LANGUAGES, folder: Path = I18N, root: Path = REPO, quiet: bool = False) -> dict:
    """Extract and merge into each language's .ts; returns {language: (messages, unfinished)}."""
    extracted, warnings = extract(root)
    folder.mkdir(parents=True, exist_ok=True)
    summary = {}
    for language in languages:
        path = ts_path(language, folder)
        existing = read_ts(path)[1] if path.is_file() else []
        merged = merge(extracted, existing, language)
        text = render_ts(merged, language, folder, root)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        live = [m for m in merged if m.type not in GONE]
        summary[language] = (len(live), sum(m.type == "unfinished" for m in live))
    if not quiet:
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for language, (count, unfinished) in summary.items():
            print(
                f"== {ts_path(language, folder).relative_to(root)}: {count} messages, {unfinished} unfinished"
            )
    return summary


# ------------------------------------------------------------------------------------------------ .qm files


def lrelease_binary() -> str | None:
    return shutil.which("lrelease") or shutil.which("lrelease-qt5")


def release(folder: Path = I18N, force: bool = False, quiet: bool = False) -> list[Path]:
    """Compile every .ts of ``folder`` whose .qm is missing or older; returns the .qm files."""
    sources = sorted(folder.glob(f"{PREFIX}*.ts"))
    if not sources:
        return []
    lrelease = lrelease_binary()
    outputs = []
    for source in sources:
        target = source.with_suffix(".qm")
        outputs.append(target)
        if not force and target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if lrelease is None:
            raise SystemExit("lrelease is missing: apt-get install qttools5-dev-tools (Debian/Ubuntu)")
        command = [lrelease, "-silent", "-removeidentical", str(source), "-qm", str(target)]
        subprocess.run(command, check=True)  # noqa: S603  # nosec B603
        if not quiet:
            print(f"== {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    return outputs


# ------------------------------------------------------------------------------------------------ checks


def _markers(text: str) -> dict:
    """What a translation must keep of its source: placeholders, Qt arguments, shortcuts, tags, edges."""
    return {
        "{placeholders}": sorted(PLACEHOLDER.findall(text)),
        "%n/%1 arguments": sorted(QT_ARGUMENT.findall(text)),
        "& shortcuts": len(SHORTCUT.findall(text.replace("&&", ""))),
        "HTML tags": sorted(t.lower() for t in HTML_TAG.findall(text)),
        "leading/trailing spaces": (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]),
    }


def translation_problems(message: Message, language: str = "") -> list[str]:
    """Why ``message``'s translation would show wrong at run time (empty when it is fine or untranslated).

    Each form must keep the source's ``{placeholders}`` (``str.format`` raises on an unknown one), ``%n``
    and ``%1``, its number of ``&`` shortcuts, its HTML tags and its leading/trailing spaces. A plural's
    singular may leave out ``%n`` ("un produit"); its forms must not all be the same text.
    """
    forms = message.translation if isinstance(message.translation, list) else [message.translation]
    if not any(f.strip() for f in forms):
        return []
    where = f"{language + ': ' if language else ''}{message.context}: {message.source[:60]!r}"
    expected = _markers(message.source)
    problems = []
    for index, form in enumerate(forms):
        got = _markers(form)
        for what, wanted in expected.items():
            have = got[what]
            if message.numerus and index == 0 and what == "%n/%1 arguments":
                have, wanted = [a for a in have if a != "%n"], [a for a in wanted if a != "%n"]
            if have != wanted:
                label = f" (form {index + 1})" if message.numerus else ""
                problems.append(f"{where}{label}: {what} differ: {wanted!r} in the source, {have!r} here")
    if message.numerus and len(forms) > 1 and len(set(forms)) == 1:
        problems.append(f"{where}: the plural forms are all the same text; write the singular and the plural")
    return problems


def check(languages=LANGUAGES, folder: Path = I18N) -> list[str]:
    """Every problem of the live translations of the .ts files (see :func:`translation_problems`)."""
    problems = []
    for language in languages:
        path = ts_path(language, folder)
        if not path.is_file():
            problems.append(f"{language}: {path.name} is missing")
            continue
        for message in read_ts(path)[1]:
            if message.type not in GONE:
                problems += translation_problems(message, language)
    return problems


def import_json(language: str, mapping_path: Path, folder: Path = I18N) -> tuple[int, list[str]]:
    """Fill ``language``'s .ts from a JSON object {English source: translation}; returns (filled, problems).

    A plural message takes a list of its forms (``["%n produit", "%n produits"]``). A translation that
    :func:`translation_problems` finds wrong (changed placeholders, one text for every plural form…) is
    refused and reported.
    """
    mapping = json.loads(Path(mapping_path).read_text(encoding="utf-8"))
    path = ts_path(language, folder)
    lang, messages = read_ts(path)
    forms = NUMERUS_FORMS.get(language.split("_")[0], 2)
    filled, problems = 0, []
    for message in messages:
        value = mapping.get(message.source)
        if message.type in GONE or value is None:
            continue
        if message.numerus:
            texts = value if isinstance(value, list) else []
            if len(texts) != forms or not all(isinstance(v, str) for v in texts):
                problems.append(f"{language}: {message.source[:60]!r} needs a list of {forms} plural forms")
                continue
        elif not isinstance(value, str):
            problems.append(f"{language}: {message.source[:60]!r} needs one text")
            continue
        texts = value if isinstance(value, list) else [value]
        if not all(t.strip() for t in texts):
            continue
        candidate = Message(message.context, message.source, message.comment, message.numerus, [], value, "")
        wrong = translation_problems(candidate, language)
        if wrong:
            problems += wrong
            continue
        message.translation, message.type = value, ""
        filled += 1
    path.write_text(render_ts(messages, lang or language, folder), encoding="utf-8")
    return filled, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python .ci/translations.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "step", nargs="?", choices=("update", "release", "all", "import", "check"), default="all"
    )
    parser.add_argument("--force", action="store_true", help="compile every .qm again")
    parser.add_argument(
        "--json",
        nargs=2,
        metavar=("LANG", "FILE"),
        action="append",
        default=[],
        help="with import: fill LANG's .ts from a JSON {source: translation} file",
    )
    args = parser.parse_args(argv)
    if args.step == "check":
        problems = check()
        print("\n".join(problems) or "translations: no problem found")
        return 1 if problems else 0
    if args.step == "import":
        for language, mapping in args.json:
            filled, problems = import_json(language, Path(mapping))
            print(f"{language}: {filled} translations imported" + "".join("\n  " + p for p in problems))
        return 0
    if args.step in ("update", "all"):
        update()
    if args.step in ("release", "all"):
        release(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
