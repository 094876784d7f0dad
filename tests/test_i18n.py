"""Translations: the extractor finds what the run time translates, and the catalogues load from the locale.

``make translations`` (``.ci/translations.py``) extracts ``tr()``/``tr_noop()`` texts (context
``TerrascopeExplorer``) and the Designer forms' texts (context: the form's ``<class>``) into
``i18n/terrascope_explorer_{nl,fr,de}.ts``; lrelease compiles them. ``test_ts_files_complete`` fails until
the translators have filled every entry correctly (same placeholders, shortcuts and tags, real plural forms)
and the extractor sees every text: it reports the counts per language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QPushButton

import terrascope_explorer
from terrascope_explorer.core import i18n
from tests.ci_scripts import ci_script

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent


translations = ci_script("translations")


@pytest.fixture(scope="module")
def extracted():
    messages, warnings = translations.extract(PLUGIN_ROOT)
    return {m.key: m for m in messages}, warnings


# ------------------------------------------------------------------------------------------------ extraction


def test_extraction_finds_python_and_form_texts_in_their_run_time_contexts(extracted) -> None:
    messages, _ = extracted
    ctx = i18n.CONTEXT
    for key in [
        (ctx, "Show or hide the Terrascope Explorer panel", ""),  # plugin.py
        (ctx, "Spectral index", ""),  # an algorithm's displayName
        (ctx, "Terrascope (VITO Earth observation)", ""),  # the provider's longName
        ("TerrascopeExplorerDock", "Login", ""),  # dock.ui
        ("TerrascopeLoginPanel", "Log in", ""),  # login_panel.ui
    ]:
        assert key in messages, key
    assert {m.context for m in messages.values()} >= {ctx, "TerrascopeExplorerDock", "TerrascopeLoginPanel"}
    files = {file for m in messages.values() for file, _ in m.locations}
    assert not [f for f in files if f.startswith(("tests/", "sandbox/", "ext_libs/", ".ci/"))]
    assert len(messages) > 100


def test_extractor_reads_every_form_of_tr(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from .core import i18n\n"
        "from .core.i18n import tr, tr_noop\n"
        "LABELS = (tr_noop('Last week'), tr_noop('Last month'))\n"
        "a = tr('Plain ' 'concatenated')\n"
        "b = i18n.tr('Through the module')\n"
        "c = tr('Open', 'verb')\n"
        "d = tr('%n products', None, count)\n"
        "e = tr(f'no {a}')\n"
        "f = tr(LABELS[0])\n"
        "g = QCoreApplication.translate('OtherContext', 'Direct')\n"
        "h = self.tr('A method of QObject')  # not the plugin's tr(): its context would be the class\n"
        "i = tr(LABELS[1])  # texts marked tr_noop\n"
        "j = tr(\n    LABELS[1],\n)  # texts marked tr_noop\n"
        "k = tr_noop(LABELS[0])\n",
        encoding="utf-8",
    )
    found, warnings = translations.python_messages(source, tmp_path)
    got = {(m.context, m.source, m.comment, m.numerus) for m in found}
    ctx = i18n.CONTEXT
    assert got == {
        (ctx, "Last week", "", False),
        (ctx, "Last month", "", False),
        (ctx, "Plain concatenated", "", False),
        (ctx, "Through the module", "", False),
        (ctx, "Open", "verb", False),
        (ctx, "%n products", "", True),
        ("OtherContext", "Direct", "", False),
    }
    # f-string, unmarked variable, QObject.tr, tr_noop of a variable; the marked calls (12, 13) pass
    assert [w.split(": ")[0] for w in warnings] == [
        "sample.py:8",
        "sample.py:9",
        "sample.py:11",
        "sample.py:16",
    ]
    assert "self.tr() files its text under the class" in warnings[2]


def test_the_code_gives_the_extractor_no_warning(extracted) -> None:
    """Every tr() of the code is seen: a tr(variable) says its texts are marked with tr_noop where written."""
    _, warnings = extracted
    assert warnings == []


def test_merge_keeps_translations_and_marks_vanished_ones() -> None:
    Message = translations.Message
    old = [
        Message("C", "Kept", translation="Gardé", type=""),
        Message("C", "Gone", translation="Parti", type=""),
        Message("C", "Gone untranslated", translation="", type="unfinished"),
        Message("C", "Back", translation="Revenu", type="vanished"),
    ]
    new = [Message("C", "Kept"), Message("C", "Back"), Message("C", "New"), Message("C", "%n", numerus=True)]
    merged = {m.source: m for m in translations.merge(new, old, "fr")}
    assert (merged["Kept"].translation, merged["Kept"].type) == ("Gardé", "")
    assert (merged["Back"].translation, merged["Back"].type) == ("Revenu", "")
    assert (merged["Gone"].translation, merged["Gone"].type) == ("Parti", "vanished")
    assert "Gone untranslated" not in merged
    assert (merged["New"].translation, merged["New"].type) == ("", "unfinished")
    assert merged["%n"].translation == ["", ""]
    text = translations.render_ts(list(merged.values()), "fr", Path("i18n"), Path("."))
    assert '<translation type="vanished">Parti</translation>' in text


@pytest.mark.parametrize(
    ("source", "translation", "numerus", "problem"),
    [
        ("{product} has no image.", "{product} n'a pas d'image.", False, None),
        ("{product} has no image.", "{produit} n'a pas d'image.", False, "{placeholders} differ"),
        (
            " with at most {cloud:g} % cloud cover",
            " met hoogstens {cloud} % bewolking",
            False,
            "{placeholders}",
        ),
        (
            " with at most {cloud:g} % cloud cover",
            "met hoogstens {cloud:g} % bewolking",
            False,
            "spaces differ",
        ),
        ("&Terrascope", "&Terrascope", False, None),
        ("&Terrascope", "Terrascope", False, "& shortcuts differ"),
        ("Save && close", "Enregistrer && fermer", False, None),
        ("<p>Clips a <i>raster</i>.</p>", "<p>Découpe un <i>raster</i>.</p>", False, None),
        ("<p>Clips a <i>raster</i>.</p>", "<p>Découpe un <i>raster.</p>", False, "HTML tags differ"),
        ("Files go to <folder>/.", "Fichiers dans <dossier>/.", False, None),  # not a tag: text to translate
        ("Loading %n product(s)", ["Chargement d'un produit", "Chargement de %n produits"], True, None),
        ("Loading %n product(s)", ["%n product laden", "producten laden"], True, "%n/%1 arguments differ"),
        ("Loading %n product(s)", ["%n produit(s)", "%n produit(s)"], True, "plural forms are all the same"),
        ("Loading %n product(s)", ["", ""], True, None),  # not translated yet: the completeness test says so
    ],
)
def test_translation_problems(source: str, translation, numerus: bool, problem) -> None:
    message = translations.Message(i18n.CONTEXT, source, numerus=numerus, translation=translation, type="")
    found = translations.translation_problems(message, "fr")
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and problem in found[0], found


def test_import_json_takes_plural_forms_and_refuses_broken_translations(tmp_path: Path) -> None:
    Message = translations.Message
    entries = [
        Message(i18n.CONTEXT, "Loading %n product(s)", numerus=True, translation=["", ""]),
        Message(i18n.CONTEXT, "{n} products", translation=""),
        Message(i18n.CONTEXT, "Other", translation=""),
        Message(i18n.CONTEXT, "Water", translation=""),
    ]
    path = translations.ts_path("de", tmp_path)
    path.write_text(translations.render_ts(entries, "de", tmp_path, PLUGIN_ROOT), encoding="utf-8")
    mapping = tmp_path / "de.json"
    mapping.write_text(
        '{"Loading %n product(s)": ["%n Produkt wird geladen", "%n Produkte werden geladen"],'
        ' "{n} products": "{anzahl} Produkte", "Other": ["Sonstige", "Sonstige"], "Water": "Wasser"}',
        encoding="utf-8",
    )
    filled, problems = translations.import_json("de", mapping, tmp_path)
    assert filled == 2
    assert len(problems) == 2 and "placeholders" in problems[0] and "needs one text" in problems[1]
    got = {m.source: (m.translation, m.type) for m in translations.read_ts(path)[1]}
    assert got == {
        "Loading %n product(s)": (["%n Produkt wird geladen", "%n Produkte werden geladen"], ""),
        "{n} products": ("", "unfinished"),
        "Other": ("", "unfinished"),
        "Water": ("Wasser", ""),
    }
    assert '<message numerus="yes">' in path.read_text(encoding="utf-8")


def ts_problems(language: str, messages: dict) -> dict:
    path = translations.ts_path(language, PLUGIN_ROOT / "i18n")
    if not path.is_file():
        return {"missing file": 1}
    _, entries = translations.read_ts(path)
    live = {m.key: m for m in entries if m.type not in translations.GONE}
    gone = {m.key for m in entries if m.type in translations.GONE}
    wrong = [
        p for m in live.values() if m.key in messages for p in translations.translation_problems(m, language)
    ]
    for problem in wrong:
        print(problem)
    return {
        "unfinished": sum(1 for k, m in live.items() if k in messages and (m.type or not m.is_translated)),
        "missing": sum(1 for k in messages if k not in live and k not in gone),
        "obsolete but used": sum(1 for k in messages if k in gone),
        "wrong (placeholders, shortcuts, tags, plural forms)": len(wrong),
    }


def test_ts_files_complete(extracted) -> None:
    """Every text of the code is in each .ts file, translated and finished (run `make translations`), keeps
    its placeholders, shortcuts and tags, and has real plural forms; and the extractor saw every text."""
    messages, warnings = extracted
    problems = {lang: ts_problems(lang, messages) for lang in translations.LANGUAGES}
    summary = "; ".join(
        f"{lang}: " + ", ".join(f"{count} {what}" for what, count in counts.items())
        for lang, counts in problems.items()
    )
    print(f"\n{len(messages)} texts to translate. {summary}")
    assert not warnings, "texts the extractor cannot see:\n" + "\n".join(warnings)
    assert all(count == 0 for counts in problems.values() for count in counts.values()), (
        f"{len(messages)} texts; {summary}"
    )


def test_catalogues_are_compiled() -> None:
    for language in translations.LANGUAGES:
        source = translations.ts_path(language, PLUGIN_ROOT / "i18n")
        compiled = source.with_suffix(".qm")
        assert source.is_file() and compiled.is_file(), "run `make deps` (it runs lrelease)"
        assert compiled.stat().st_mtime >= source.stat().st_mtime


# ------------------------------------------------------------------------------------------------ loading


@pytest.fixture()
def french_locale():
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_BE")
    yield
    for key, value in saved.items():
        settings.remove(key) if value is None else settings.setValue(key, value)


def test_catalogue_follows_the_qgis_locale_with_a_two_letter_fallback(tmp_path: Path, french_locale) -> None:
    assert i18n.qgis_locale() == "fr_BE"
    assert i18n.catalogue_candidates("nl_BE") == ["nl_BE", "nl"]
    assert i18n.catalogue_candidates("de-DE.UTF-8") == ["de_DE", "de"]
    assert i18n.catalogue_candidates("") == []
    (tmp_path / "terrascope_explorer_fr.qm").write_bytes(b"")
    assert i18n.catalogue_path("fr_BE", tmp_path) == tmp_path / "terrascope_explorer_fr.qm"
    (tmp_path / "terrascope_explorer_fr_BE.qm").write_bytes(b"")
    assert i18n.catalogue_path("fr_BE", tmp_path) == tmp_path / "terrascope_explorer_fr_BE.qm"
    assert i18n.catalogue_path("en_US", tmp_path) is None


FRENCH = {
    ("TerrascopeExplorerDock", "Terrascope Explorer"): "Explorateur Terrascope",
    ("TerrascopeExplorerDock", "Login"): "Connexion",
    ("TerrascopeLoginPanel", "Log in"): "Se connecter",
    (i18n.CONTEXT, "Spectral index"): "Indice spectral",
    (i18n.CONTEXT, "Show or hide the Terrascope Explorer panel"): "Afficher ou masquer le panneau",
}


@pytest.fixture()
def french_catalogue(tmp_path: Path, extracted, monkeypatch: pytest.MonkeyPatch, french_locale) -> Path:
    """A French catalogue made by the extractor from the real code, with a few texts translated."""
    if translations.lrelease_binary() is None:
        pytest.skip("lrelease (Qt linguist tools) is not installed")
    messages, _ = extracted
    chosen = []
    for (context, source), french in FRENCH.items():
        message = messages[(context, source, "")]
        chosen.append(translations.Message(context, source, translation=french, type=""))
        assert message.locations
    path = translations.ts_path("fr", tmp_path)
    path.write_text(translations.render_ts(chosen, "fr", tmp_path, PLUGIN_ROOT), encoding="utf-8")
    assert translations.release(tmp_path, quiet=True) == [path.with_suffix(".qm")]
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    return tmp_path


def test_switching_to_french_translates_widgets_and_algorithm_names(french_catalogue: Path) -> None:
    from terrascope_explorer.processing_provider.index_algorithm import SpectralIndexAlgorithm
    from terrascope_explorer.ui.dock import TerrascopeDock

    def texts() -> dict:
        dock = TerrascopeDock(None)
        buttons = {b.objectName(): b.text() for b in dock.login_panel.findChildren(QPushButton)}
        found = {
            "dock title": dock.windowTitle(),
            "login section": dock.loginGroup.title(),
            "login button": buttons["loginButton"],
            "algorithm": SpectralIndexAlgorithm().displayName(),
            "tooltip": i18n.tr("Show or hide the Terrascope Explorer panel"),
        }
        dock.deleteLater()
        return found

    english = texts()
    translator = i18n.install_translator(i18n.qgis_locale())  # fr_BE: the fr catalogue
    assert translator is not None
    try:
        french = texts()
    finally:
        i18n.remove_translator(translator)
    assert english == {
        "dock title": "Terrascope Explorer",
        "login section": "Login",
        "login button": "Log in",
        "algorithm": "Spectral index",
        "tooltip": "Show or hide the Terrascope Explorer panel",
    }
    assert french == {
        "dock title": "Explorateur Terrascope",
        "login section": "Connexion",
        "login button": "Se connecter",
        "algorithm": "Indice spectral",
        "tooltip": "Afficher ou masquer le panneau",
    }
    assert texts() == english, "removing the translator brings English back"
