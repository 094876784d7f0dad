"""Running the Terrascope algorithms through Processing in tests, and capturing what they report."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

import terrascope_explorer


class Recorder(QgsProcessingFeedback):
    """Keeps the errors, warnings, infos and progress the algorithm reports; cancels at ``cancel_at``
    percent."""

    def __init__(self, cancel_at: float | None = None) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.progress_values: list[float] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value: float) -> None:
        self.progress_values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.warnings.append(warning)


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The plugin's Processing provider, registered as ``qgis_process`` does it."""
    plugin = terrascope_explorer.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()


def run(
    algorithm: str,
    parameters: dict,
    feedback: Recorder | None = None,
    context: QgsProcessingContext | None = None,
) -> dict:
    import processing

    return processing.run(algorithm, parameters, context=context, feedback=feedback or Recorder())


def error_of(algorithm: str, parameters: dict, context: QgsProcessingContext | None = None) -> str:
    """The message the algorithm fails with (it must fail)."""
    feedback = Recorder()
    with pytest.raises(QgsProcessingException) as caught:
        run(algorithm, parameters, feedback, context)
    return " ".join([*feedback.errors, str(caught.value)])
