"""Translations: the one ``tr()`` helper and the plugin's translator.

Every user-visible string in Python goes through :func:`tr`, with the context ``TerrascopeExplorer``; a
text kept in a table and translated later by ``tr(variable)`` is marked where it is written with
:func:`tr_noop`, so that ``make translations`` (``.ci/translations.py``) finds it. Forms made with Qt
Designer are translated by ``uic`` in the context named by their ``<class>``.

Compiled catalogues are ``i18n/terrascope_explorer_<locale>.qm``, built by ``make`` (lrelease) from the
committed ``.ts`` files. The locale is the one of the QGIS user interface: ``locale/userLocale`` when
"Override system locale" is on (``locale/overrideFlag``), else the system's; ``nl_BE`` falls back to
``nl``. When there is no catalogue for it the English source strings are shown.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from . import PLUGIN_ROOT

CONTEXT = "TerrascopeExplorer"
TRANSLATIONS_DIR = PLUGIN_ROOT / "i18n"
CATALOGUE_PREFIX = "terrascope_explorer_"


def tr(text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """Translate ``text`` in the plugin's context (``n`` selects a plural form, ``%n`` in ``text``).

    Untranslated (English), a plural text's ``(s)`` becomes ``s``, or nothing when ``n`` is 1: "Loading 1
    Terrascope product", "Loading 3 Terrascope products".
    """
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and "(s)" in text and translated == text.replace("%n", str(n)):
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def tr_noop(text: str) -> str:
    """Mark ``text`` for the translators without translating it now; ``tr(text)`` translates it later."""
    return text


def qgis_locale() -> str:
    """Locale of the QGIS user interface ("nl_BE", "fr", "pt_BR"), honouring the override in the options."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = settings.value("locale/userLocale", "", type=str)
        if chosen:
            return chosen
    return QgsApplication.locale() or QLocale().name()


def catalogue_candidates(locale: str) -> list:
    """Catalogue names to try for ``locale``, most specific first: ``nl_BE`` gives ``nl_BE`` then ``nl``."""
    name = (locale or "").strip().replace("-", "_").split(".")[0].split("@")[0]
    if not name or name.lower() == "c":
        return []
    candidates = [name]
    language = name.split("_")[0].lower()
    if language and language not in candidates:
        candidates.append(language)
    return candidates


def catalogue_path(locale: str, directory: Optional[Path] = None) -> Optional[Path]:
    """The ``.qm`` file used for ``locale``, or None when there is none."""
    folder = Path(directory if directory is not None else TRANSLATIONS_DIR)
    for candidate in catalogue_candidates(locale):
        path = folder / f"{CATALOGUE_PREFIX}{candidate}.qm"
        if path.is_file():
            return path
    return None


def install_translator(locale: str, directory: Optional[Path] = None) -> Optional[QTranslator]:
    """Install the catalogue of ``locale`` from ``directory`` (default: the plugin's ``i18n`` folder).

    ``nl_BE`` uses ``terrascope_explorer_nl_BE.qm`` if there is one, else ``terrascope_explorer_nl.qm``.
    Returns the installed translator, which the caller keeps and hands to :func:`remove_translator` when
    it unloads, or ``None`` when no catalogue matches (or it holds no translation yet).
    """
    path = catalogue_path(locale, directory)
    translator = QTranslator()
    if path is None or not translator.load(str(path)) or translator.isEmpty():
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo :func:`install_translator`; ``None`` (nothing was installed) is accepted."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
