"""Waiting on Qt in tests: process events until a condition holds; make sure no task is left running."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication


def wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        QCoreApplication.processEvents()
        time.sleep(0.002)


@pytest.fixture(autouse=True)
def no_task_left_running():
    """After each test every task has ended: a task stuck on the network would hang QGIS at exit."""
    yield
    manager = QgsApplication.taskManager()
    try:
        wait_until(lambda: manager.countActiveTasks() == 0, timeout=15)
    except AssertionError:
        left = [t.description() for t in manager.activeTasks()]
        raise AssertionError(f"tasks still running: {left}") from None
