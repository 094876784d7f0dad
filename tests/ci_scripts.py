"""The scripts of ``.ci/`` (a folder, no package) loaded as modules, for the tests that check them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

CI = Path(__file__).resolve().parents[1] / ".ci"


def ci_script(name: str):
    """``.ci/{name}.py`` as a module, loaded once (as ``terrascope_ci_{name}``)."""
    module_name = f"terrascope_ci_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, CI / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]
