"""Translations: the one ``tr()`` helper and the plugin's translator.

Every user-visible string in Python goes through :func:`tr`, with the context ``TerrascopeExplorer``.
Compiled catalogues are ``i18n/terrascope_explorer_<locale>.qm`` (``make`` builds them from the committed
``.ts`` files). When there is no catalogue for the QGIS locale the English source strings are shown.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from . import PLUGIN_ROOT

CONTEXT = "TerrascopeExplorer"
TRANSLATIONS_DIR = PLUGIN_ROOT / "i18n"
CATALOGUE_PREFIX = "terrascope_explorer_"


def tr(text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """Translate ``text`` in the plugin's context (``n`` selects a plural form)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def qgis_locale() -> str:
    """Locale of the QGIS user interface ("nl", "fr", "pt_BR"), honouring the override in the options."""
    return QgsApplication.locale()


def install_translator(locale: str, directory: Optional[Path] = None) -> Optional[QTranslator]:
    """Install the catalogue of ``locale`` from ``directory`` (default: the plugin's ``i18n`` folder).

    Qt falls back from ``pt_BR`` to ``pt``. Returns the installed translator, which the caller keeps and
    hands to :func:`remove_translator` when it unloads, or ``None`` when no catalogue matches.
    """
    translator = QTranslator()
    folder = str(directory if directory is not None else TRANSLATIONS_DIR)
    if not locale or not translator.load(CATALOGUE_PREFIX + locale, folder):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo :func:`install_translator`; ``None`` (nothing was installed) is accepted."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
