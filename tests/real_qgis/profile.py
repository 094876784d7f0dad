"""A QGIS profiles folder with Terrascope Explorer linked in and enabled.

Used by ``tests/test_real_qgis.py`` and by ``make run``::

    python -m tests.real_qgis.profile --create DIR    # prints DIR; then: qgis --profiles-path DIR

The profile's plugin folder is a symlink to the checkout, so an edit shows at the next start. The
settings switch off whatever could stop an unattended start or reach the internet: the QGIS 2 migration
dialog, the plugin repository check, the version check, the news feed and font downloads. The interface
is in English. Running it again on the same folder keeps the other settings of the profile.
"""

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Optional, Union

from qgis.PyQt.QtCore import QSettings

PLUGIN_ID = "terrascope_explorer"
REPO_ROOT = Path(__file__).resolve().parents[2]
PROFILE_NAME = "default"

Value = Union[bool, int, str]

QUIET_START: dict[str, Value] = {
    f"PythonPlugins/{PLUGIN_ID}": True,
    "PythonPlugins/processing": True,
    "migration/fileVersion": 2,
    "migration/settings": True,
    "migration/firstRunVersionFlag": 99999,  # never show the "first run" (QGIS 2 migration) dialog
    "app/plugin_installer/checkOnStart": False,
    "qgis/checkVersion": False,
    "core/NewsFeed/httpsfeedqgisorg/disabled": True,
    "fonts/downloadMissingFonts": False,  # QGIS >= 3.28 fetches missing fonts from the internet
    "locale/overrideFlag": True,
    "locale/userLocale": "en_US",
}


def profile_dir(profiles_path: Path, profile: str = PROFILE_NAME) -> Path:
    return profiles_path / "profiles" / profile


def create_profile(
    profiles_path: Path,
    plugin_source: Path = REPO_ROOT,
    profile: str = PROFILE_NAME,
    extra_settings: Optional[Mapping[str, Value]] = None,
) -> Path:
    """Make (or update) ``profiles_path`` for ``qgis --profiles-path``; return it, absolute.

    ``plugin_source`` is the plugin folder to link (the checkout by default); ``extra_settings`` are
    written after :data:`QUIET_START` and may override it.
    """
    profiles_path = profiles_path.resolve()
    root = profile_dir(profiles_path, profile)
    plugins = root / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)

    link = plugins / PLUGIN_ID
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.exists():
        raise FileExistsError(f"{link} is a real folder; remove it or use another profiles folder")
    link.symlink_to(plugin_source.resolve(), target_is_directory=True)

    _write_ini(profiles_path / "profiles" / "profiles.ini", {"core/defaultProfile": profile})
    _write_ini(root / "QGIS" / "QGIS3.ini", {**QUIET_START, **(extra_settings or {})})
    return profiles_path


def _write_ini(path: Path, values: Mapping[str, Value]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ini = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        ini.setValue(key, value)
    ini.sync()
    if ini.status() != QSettings.Status.NoError:
        raise OSError(f"could not write {path}")


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.real_qgis.profile",
        description="Make a QGIS profiles folder with Terrascope Explorer linked in and enabled.",
    )
    parser.add_argument("--create", metavar="DIR", type=Path, required=True, help="profiles folder to create")
    parser.add_argument(
        "--plugin-source", metavar="DIR", type=Path, default=REPO_ROOT, help="plugin folder to link"
    )
    parser.add_argument("--profile", default=PROFILE_NAME, help="profile name (default: %(default)s)")
    args = parser.parse_args(argv)
    print(create_profile(args.create, args.plugin_source, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
