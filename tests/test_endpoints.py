"""Service URLs and the choice of environment (production or a local sandbox)."""

import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from qgis.core import QgsSettings

import terrascope_explorer
from terrascope_explorer.core import settings
from terrascope_explorer.core.endpoints import PRODUCTION, Endpoints, current_endpoints
from terrascope_explorer.core.errors import ConfigurationError, TerrascopeError

PLUGIN_ROOT = Path(terrascope_explorer.__file__).resolve().parent
BASE = "http://127.0.0.1:8765"


def _sandbox_context() -> ModuleType:
    """``sandbox/context.py``, loaded from its file: ``sandbox`` is not on sys.path in every test layout."""
    name = "_terrascope_sandbox_context"
    spec = importlib.util.spec_from_file_location(name, PLUGIN_ROOT / "sandbox" / "context.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def clean_environment(monkeypatch: pytest.MonkeyPatch):
    """No sandbox selected, whatever the environment of the test run or the profile says."""
    monkeypatch.delenv(settings.SANDBOX_ENV_VAR, raising=False)
    settings.SANDBOX_URL.remove()
    yield monkeypatch
    settings.SANDBOX_URL.remove()


def test_production_hosts_are_the_documented_ones() -> None:
    assert dataclasses.asdict(PRODUCTION) == {
        "sso": "https://sso.terrascope.be/auth/realms/terrascope",
        "stac": "https://stac.terrascope.be",
        "catalogue": "https://services.terrascope.be/catalogue",
        "wmts": "https://services.terrascope.be/wmts/v2",
        "wms": "https://services.terrascope.be/wms/v2",
        "download": "https://services.terrascope.be/download",
        "titiler": "https://titiler.terrascope.be",
    }


def test_sandbox_layout_matches_the_sandbox_itself() -> None:
    """Each sandbox URL is the base plus the path the sandbox maps the matching production URL to."""
    real_to_sandbox = _sandbox_context().REAL_TO_SANDBOX
    sandbox = Endpoints.sandbox(BASE)
    for field in dataclasses.fields(Endpoints):
        production_url = getattr(PRODUCTION, field.name)
        assert production_url in real_to_sandbox, f"the sandbox does not know {production_url}"
        assert getattr(sandbox, field.name) == BASE + real_to_sandbox[production_url]
    assert len(real_to_sandbox) == len(dataclasses.fields(Endpoints))


def test_sandbox_base_url_may_end_with_a_slash() -> None:
    assert Endpoints.sandbox(BASE + "/") == Endpoints.sandbox(BASE)
    assert Endpoints.sandbox(BASE).stac == "http://127.0.0.1:8765/stac"


def test_endpoints_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        PRODUCTION.stac = "https://elsewhere.example"  # type: ignore[misc]


def test_production_when_nothing_selects_a_sandbox(clean_environment) -> None:
    assert settings.sandbox_url() is None
    assert current_endpoints() == PRODUCTION


def test_environment_variable_selects_the_sandbox(clean_environment) -> None:
    clean_environment.setenv(settings.SANDBOX_ENV_VAR, BASE + "/")
    assert current_endpoints() == Endpoints.sandbox(BASE)
    assert current_endpoints().sso == BASE + "/auth/realms/terrascope"


def test_blank_environment_variable_is_ignored(clean_environment) -> None:
    clean_environment.setenv(settings.SANDBOX_ENV_VAR, "  ")
    assert current_endpoints() == PRODUCTION


def test_setting_selects_the_sandbox(clean_environment) -> None:
    QgsSettings().setValue("terrascope_explorer/environment/sandbox_url", "http://localhost:9000")
    assert current_endpoints().stac == "http://localhost:9000/stac"


def test_environment_variable_wins_over_the_setting(clean_environment) -> None:
    settings.SANDBOX_URL.set_value("http://localhost:9000")
    clean_environment.setenv(settings.SANDBOX_ENV_VAR, BASE)
    assert current_endpoints().stac == BASE + "/stac"


def test_choice_is_read_at_each_call(clean_environment) -> None:
    assert current_endpoints() == PRODUCTION
    clean_environment.setenv(settings.SANDBOX_ENV_VAR, BASE)
    assert current_endpoints() == Endpoints.sandbox(BASE)
    clean_environment.delenv(settings.SANDBOX_ENV_VAR)
    assert current_endpoints() == PRODUCTION


@pytest.mark.parametrize(
    "value",
    [
        "127.0.0.1:8765",
        "ftp://127.0.0.1",
        "http://",
        "http://127.0.0.1:notaport",
        "http://h/?q=1",
        "http://h/#x",
    ],
)
def test_unusable_sandbox_url_is_a_configuration_error(clean_environment, value: str) -> None:
    clean_environment.setenv(settings.SANDBOX_ENV_VAR, value)
    with pytest.raises(
        ConfigurationError, match=f"{settings.SANDBOX_ENV_VAR} must be the base URL"
    ) as caught:
        current_endpoints()
    assert isinstance(caught.value, TerrascopeError)
    assert repr(value) in str(caught.value)


def test_credentials_in_the_sandbox_url_are_refused_without_echoing_them(clean_environment) -> None:
    settings.SANDBOX_URL.set_value("http://demo:s3cret@127.0.0.1:8765")
    with pytest.raises(ConfigurationError) as caught:
        current_endpoints()
    assert "terrascope_explorer/environment/sandbox_url" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_settings_keys_are_prefixed_and_typed() -> None:
    flag = settings.Setting("tests/flag", False)
    count = settings.Setting("tests/count", 3)
    try:
        assert (flag.full_key, flag.value(), count.value()) == ("terrascope_explorer/tests/flag", False, 3)
        QgsSettings().setValue("terrascope_explorer/tests/flag", "true")  # as an ini file stores it
        QgsSettings().setValue("terrascope_explorer/tests/count", "12")
        assert (flag.value(), count.value()) == (True, 12)
        QgsSettings().setValue("terrascope_explorer/tests/count", "twelve")
        assert count.value() == 3, "an unreadable value falls back to the default"
        with pytest.raises(TypeError, match="expects a value of type int, not str"):
            count.set_value("12")  # type: ignore[arg-type]
        count.set_value(7)
        assert count.value() == 7
    finally:
        QgsSettings().remove("terrascope_explorer/tests")
    assert flag.value() is False
