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
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QLocale
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
def locale_settings():
    """QGIS's locale options and the default QLocale (the system's language for QGIS), restored afterwards."""
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    default = QLocale()
    yield settings
    for key, value in saved.items():
        settings.remove(key) if value is None else settings.setValue(key, value)
    QLocale.setDefault(default)


def use_locale(settings: QgsSettings, locale: str) -> None:
    """What "Override system locale" with ``locale`` in QGIS's options writes."""
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)


@pytest.fixture()
def french_locale(locale_settings):
    use_locale(locale_settings, "fr_BE")


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
    (i18n.CONTEXT, "Tree cover"): "Couvert arboré",
    (i18n.CONTEXT, "Other"): "Autre",
    (i18n.CONTEXT, "Maize"): "Maïs",
    (i18n.CONTEXT, "maize"): "maïs",
    (i18n.CONTEXT, "WorldCereal 2021 maize"): "WorldCereal 2021 maïs",
    (i18n.CONTEXT, "Cloud or shadow"): "Nuage ou ombre",
    (i18n.CONTEXT, "The environment variable {name}"): "La variable d'environnement {name}",
    (
        i18n.CONTEXT,
        "{source} must be the base URL of a Terrascope sandbox, such as http://127.0.0.1:8765, "
        "but it is {value}.",
    ): "{source} doit être l'URL de base d'un bac à sable Terrascope, comme http://127.0.0.1:8765, "
    "mais vaut {value}.",
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


def test_legends_layer_names_and_setting_errors_follow_the_language(
    french_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The class tables of core/styles.py are built in English at import; they are translated when used."""
    from terrascope_explorer.core import settings, styles
    from terrascope_explorer.core.errors import ConfigurationError

    def texts() -> dict:
        cereal = styles.band_style("esa-worldcereal-2021-maize-v1", "CLASSIFICATION")
        land = styles.band_style("esa-worldcover-map-10m-2021-v2", "MAP")
        clouds = styles.band_style("terrascope-s2-cloudmask", "CLOUDMASK")
        monkeypatch.setenv(settings.SANDBOX_ENV_VAR, "ftp://127.0.0.1")
        with pytest.raises(ConfigurationError) as error:
            settings.sandbox_url()
        return {
            "maize label": cereal.label,
            "maize classes": cereal.classes,
            "land cover": land.classes[0],
            "cloud mask": clouds.classes[1],
            "collection": styles.collection_name("esa-worldcereal-2021-maize-v1"),
            "setting error": str(error.value),
        }

    english = texts()
    translator = i18n.install_translator(i18n.qgis_locale())
    assert translator is not None
    try:
        french = texts()
    finally:
        i18n.remove_translator(translator)
    assert english["maize classes"] == ((0, "#bababa", "Other"), (100, "#e0cd00", "Maize"))
    assert french == {
        "maize label": "maïs",
        "maize classes": ((0, "#bababa", "Autre"), (100, "#e0cd00", "Maïs")),
        "land cover": (10, "#006400", "Couvert arboré"),
        "cloud mask": (1, "#ff00ff", "Nuage ou ombre"),
        "collection": "WorldCereal 2021 maïs",
        "setting error": "La variable d'environnement TERRASCOPE_SANDBOX doit être l'URL de base d'un bac à "
        "sable Terrascope, comme http://127.0.0.1:8765, mais vaut 'ftp://127.0.0.1'.",
    }
    assert texts() == english
    assert styles.WORLDCOVER_CLASSES[0] == (10, "#006400", "Tree cover"), "the table itself stays English"


def test_a_plural_text_has_a_singular_in_english_and_in_every_shipped_language() -> None:
    """English has no catalogue: ``tr`` itself turns "product(s)" into "product" or "products"."""
    text = "Loading %n Terrascope product(s)"
    assert [i18n.tr(text, "", n) for n in (1, 3)] == [
        "Loading 1 Terrascope product",
        "Loading 3 Terrascope products",
    ]
    assert i18n.tr(text) == text  # no count: the text as it is
    for language, expected in {
        "fr": ["Chargement de 1 produit Terrascope", "Chargement de 3 produits Terrascope"],
        "nl": None,
        "de": None,
    }.items():
        translator = i18n.install_translator(language, PLUGIN_ROOT / "i18n")
        assert translator is not None, language
        try:
            forms = [i18n.tr(text, "", n) for n in (1, 3)]
        finally:
            i18n.remove_translator(translator)
        assert forms[0] != forms[1] and "(s)" not in "".join(forms) and "1" in forms[0], (language, forms)
        assert expected is None or forms == expected


# ------------------------------------------------------------------------------------------------ shipped


SHIPPED_LOCALES = {"nl": "nl_BE", "fr": "fr_FR", "de": "de_DE"}


@pytest.fixture(scope="module")
def shipped_catalogues() -> Path:
    """The real ``i18n/*.qm``, compiled from the committed .ts files as ``make deps`` does."""
    folder = PLUGIN_ROOT / "i18n"
    if translations.lrelease_binary() is not None:
        translations.release(folder, quiet=True)  # only the .qm older than their .ts
    for language in SHIPPED_LOCALES:
        assert translations.ts_path(language, folder).with_suffix(".qm").is_file(), "run `make deps`"
    return folder


def shown_texts() -> dict:
    """Texts a user sees: the dock's sections and login button, the date presets, two legends, an error."""
    from terrascope_explorer.core import styles
    from terrascope_explorer.ui.dock import TerrascopeDock
    from terrascope_explorer.ui.search_panel import SearchPanel

    dock = TerrascopeDock(None)
    search = SearchPanel(None)
    buttons = {b.objectName(): b.text() for b in dock.login_panel.findChildren(QPushButton)}
    scene = styles.band_style("terrascope-s2-toc-v2", "SCL")
    land = styles.band_style("worldcover-map-10m-2021", "MAP")
    found = {
        "login section": dock.loginGroup.title(),
        "search section": dock.searchGroup.title(),
        "results section": dock.resultsGroup.title(),
        "login button": buttons["loginButton"],
        "date presets": tuple(search.date_preset.itemText(i) for i in range(search.date_preset.count())),
        "scene classification": scene.label,
        "cloud shadows": {value: name for value, _, name in scene.classes}[3],
        "cropland": {value: name for value, _, name in land.classes}[40],
        "plural": i18n.tr("Loading %n Terrascope product(s)", "", 3),
        "singular": i18n.tr("Loading %n Terrascope product(s)", "", 1),
    }
    search.deleteLater()
    dock.deleteLater()
    return found


def processing_texts() -> dict:
    """The provider's long name and every algorithm's name, with the provider made as plugin.py
    makes it: ``initProcessing`` installs the translator of QGIS's locale, then registers the provider."""
    plugin = terrascope_explorer.classFactory(None)
    plugin.initProcessing()
    try:
        provider = plugin.provider
        assert provider is not None
        found = {"provider": provider.longName()}
        for algorithm in provider.algorithms():
            found[algorithm.id()] = algorithm.displayName()
        found["translator installed"] = plugin.translator is not None
        return found
    finally:
        plugin.unload()


@pytest.mark.parametrize("language", sorted(SHIPPED_LOCALES))
def test_shipped_catalogue_translates_widgets_legends_and_every_algorithm(
    language: str, shipped_catalogues: Path, locale_settings: QgsSettings, qgis_processing
) -> None:
    use_locale(locale_settings, "en_US")
    english_ui, english_processing = shown_texts(), processing_texts()
    assert english_ui["login button"] == "Log in" and english_ui["cloud shadows"] == "Cloud shadows"
    assert english_processing.pop("translator installed") is False
    assert len(english_processing) >= 1 + 5, "the provider and at least five algorithms"

    use_locale(locale_settings, SHIPPED_LOCALES[language])
    translated_processing = processing_texts()
    assert translated_processing.pop("translator installed") is True
    translator = i18n.install_translator(i18n.qgis_locale())  # what the plugin does for its widgets
    assert translator is not None
    try:
        translated_ui = shown_texts()
    finally:
        i18n.remove_translator(translator)

    assert translated_processing.keys() == english_processing.keys()
    same = {k: v for k, v in translated_processing.items() if v and v == english_processing[k]}
    assert not same, f"{language}: not translated: {same}"
    same = {k: v for k, v in translated_ui.items() if k != "date presets" and v == english_ui[k]}
    assert not same, f"{language}: not translated: {same}"
    one, three = translated_ui["singular"], translated_ui["plural"]
    assert one != three.replace("3", "1"), f"{language}: one text for one and three products: {one!r}"
    presets = list(zip(english_ui["date presets"], translated_ui["date presets"]))
    assert presets and all(a != b for a, b in presets), presets
    assert shown_texts() == english_ui, "removing the translator brings English back"


def test_without_the_override_the_locale_qgis_runs_in_chooses_the_catalogue(
    shipped_catalogues: Path, locale_settings: QgsSettings, qgis_processing
) -> None:
    """ "Override system locale" off: QGIS runs in the system's language (the default QLocale, which
    ``QgsApplication.locale()`` reads); the plugin follows it, not a user locale left in the settings."""
    english = "Terrascope (VITO Earth observation)"
    use_locale(locale_settings, "de_DE")
    overridden = processing_texts()
    use_locale(locale_settings, "fr_FR")
    french = processing_texts()

    locale_settings.setValue("locale/overrideFlag", False)  # userLocale keeps fr_FR, as QGIS leaves it
    QLocale.setDefault(QLocale("de_DE"))  # the system's language, as QGIS starts in it
    assert QgsApplication.locale() == "de" and i18n.qgis_locale() == "de"
    from_system = processing_texts()
    assert from_system == overridden
    assert from_system["translator installed"] is True
    assert from_system["provider"] not in (english, french["provider"])

    QLocale.setDefault(QLocale.c())  # a system without a language: the English source texts
    assert i18n.qgis_locale() == "C"
    plain = processing_texts()
    assert (plain["provider"], plain["translator installed"]) == (english, False)


@pytest.mark.parametrize("language", ["en", *sorted(SHIPPED_LOCALES)])
def test_the_dock_never_scrolls_sideways_in_any_language(
    language: str, shipped_catalogues: Path, locale_settings: QgsSettings, sandbox, qgis_canvas
) -> None:
    """Docked beside the map in a window too short for its sections (a vertical scroll bar), squeezed as
    narrow as the window allows: every section fits across, the longest translated buttons included.

    The collections are listed before the dock is shown (from the sandbox, through the catalogue), so no
    background task changes the dock while it is measured. (Before core/qt_threads.py, a request ending in
    such a task while the window was laid out could also freeze the test.)"""
    from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
    from qgis.PyQt.QtWidgets import QMainWindow, QWidget

    from terrascope_explorer.core.catalogue import Catalogue
    from terrascope_explorer.ui.dock import TerrascopeDock
    from terrascope_explorer.ui.search_controller import connect_search
    from tests.qt_wait import wait_until

    use_locale(locale_settings, SHIPPED_LOCALES.get(language, "en_US"))
    translator = i18n.install_translator(i18n.qgis_locale())  # what the plugin does for its widgets
    assert (translator is None) == (language == "en")
    window = QMainWindow()
    window.setCentralWidget(QWidget(window))
    window.resize(1000, 600)
    dock = TerrascopeDock(window)
    try:
        search, _results = connect_search(dock, qgis_canvas)
        search.set_collections(Catalogue().collections())  # listed now: the first show starts no task
        dock.set_up_web_services(qgis_canvas)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.show()
        window.resizeDocks([dock], [150], Qt.Orientation.Horizontal)  # narrower than any language needs
        wait_until(lambda: dock.isVisible(), timeout=5)
        for _ in range(5):
            QCoreApplication.processEvents()
        assert QgsApplication.taskManager().countActiveTasks() == 0
        area = dock.scrollArea
        wait_until(lambda: area.verticalScrollBar().isVisible(), timeout=5)  # 600 px: the sections scroll
        assert area.horizontalScrollBar().maximum() == 0, f"{language}: the dock scrolls sideways"
        browser = dock.login_panel.findChild(QPushButton, "browserLoginButton")
        right_edge = browser.mapTo(area.viewport(), QPoint(browser.width(), 0)).x()
        assert browser.text() and right_edge <= area.viewport().width(), (language, browser.text())
    finally:
        dock.tear_down_search()
        window.removeDockWidget(dock)
        dock.deleteLater()
        window.deleteLater()
        if translator is not None:
            i18n.remove_translator(translator)
