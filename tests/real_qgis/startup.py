"""Run by QGIS before it loads any plugin (``PYQGIS_STARTUP``), for unattended checks in a real QGIS.

Every Python error QGIS reports (through ``qgis.utils.showException``: plugin loading, ``initGui``,
``unload``, exceptions in slots) and every Python warning that names the plugin is recorded in the module
``terrascope_check_startup`` (``errors``, a list of texts) and printed to stderr. None opens a dialog:
an unattended QGIS would wait on it forever. ``check_plugin.py`` reads the list.
"""

import sys
import traceback
import types

import qgis.utils
from qgis.core import Qgis, QgsApplication

PLUGIN_ID = "terrascope_explorer"

_state = types.ModuleType("terrascope_check_startup")
_state.errors = []
sys.modules[_state.__name__] = _state


def _record(text: str) -> None:
    _state.errors.append(text)
    print(text, file=sys.stderr, flush=True)


def _show_exception(kind, value, tb, msg=None, messagebar=False, level=Qgis.MessageLevel.Warning) -> None:
    _record(f"Python error: {msg or ''}\n" + "".join(traceback.format_exception(kind, value, tb)))


def _on_message(message: str, tag: str, level) -> None:
    if tag == "Python warning" and PLUGIN_ID in message:
        _record(f"Python warning: {message}")


qgis.utils.showException = _show_exception
QgsApplication.messageLog().messageReceived.connect(_on_message)
