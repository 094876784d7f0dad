"""The search task: pages arrive on the main thread one by one, cancel works mid-request, faults become one
message. (How long the main thread spends on each page is measured in ``test_search_ui.py``; the event-loop
heartbeat during a whole search is in ``make bench``, where the sandbox runs in its own process.)"""

from __future__ import annotations

import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QThread

from terrascope_explorer.core.catalogue import Catalogue, SearchRequest
from terrascope_explorer.core.search_task import CatalogueTask, SearchTask
from tests import qt_wait
from tests.test_catalogue import listed_ids

S2 = "terrascope-s2-toc-v2"


def wait_until(condition, timeout: float = 30.0) -> None:
    qt_wait.wait_until(condition, timeout)


no_task_left_running = qt_wait.no_task_left_running


class Recorder:
    def __init__(self, task: SearchTask) -> None:
        self.pages, self.threads, self.finished, self.failed = [], [], [], []
        task.pageReady.connect(self.on_page)
        task.searchFinished.connect(self.finished.append)
        task.searchFailed.connect(self.failed.append)
        self.task = task
        self.done = False
        task.taskCompleted.connect(self.end)
        task.taskTerminated.connect(self.end)

    def on_page(self, page) -> None:
        self.pages.append(page)
        self.threads.append(QThread.currentThread())

    def end(self) -> None:
        self.done = True


def run(task: SearchTask) -> Recorder:
    recorder = Recorder(task)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: recorder.done)
    QCoreApplication.processEvents()
    return recorder


def test_pages_arrive_on_the_main_thread_one_by_one(sandbox, qgis_app) -> None:
    search = Catalogue().search(SearchRequest(collections=(S2,), page_size=25))
    recorder = run(SearchTask(search, want=None))
    expected = {i["id"] for i in sandbox.ctx.items_of(S2)}
    assert [len(p.products) for p in recorder.pages][:-1] == [25] * (len(recorder.pages) - 1)
    assert {p.id for page in recorder.pages for p in page.products} == expected
    assert all(t is QCoreApplication.instance().thread() for t in recorder.threads)
    assert recorder.finished == [search] and recorder.failed == []


def test_want_stops_after_enough_pages_and_more_can_follow(sandbox, qgis_app) -> None:
    search = Catalogue().search(SearchRequest(collections=(S2,), page_size=20))
    first = run(SearchTask(search, want=20))
    assert [len(p.products) for p in first.pages] == [20] and search.has_more
    second = run(SearchTask(search, want=20))
    assert len(second.pages) == 1 and search.fetched == 40
    requests = [r for r in sandbox.ctx.stats.snapshot() if "/stac/search" in r["path"]]
    assert len(requests) == 2, "lazy: one request per page asked for"


def test_cancel_aborts_the_request_in_flight(sandbox, qgis_app) -> None:
    sandbox.ctx.faults.add(path="/stac/search", kind="latency", delay=5, times=1)
    search = Catalogue().search(SearchRequest(collections=(S2,)))
    task = SearchTask(search)
    recorder = Recorder(task)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: task.status() == task.Running)
    time.sleep(0.2)
    started = time.monotonic()
    task.cancel()
    wait_until(lambda: recorder.done, timeout=10)
    assert time.monotonic() - started < 2.0, "the request was aborted, not waited for"
    assert recorder.pages == [] and recorder.failed == [] and recorder.finished == []


def test_a_server_error_is_one_message(sandbox, qgis_app) -> None:
    sandbox.ctx.faults.add(path="/stac/search", kind="status", status=500, times=1)
    recorder = run(SearchTask(Catalogue().search(SearchRequest(collections=(S2,)))))
    assert recorder.pages == [] and recorder.finished == []
    (message,) = recorder.failed
    assert "HTTP 500" in message and "Try again" in message


def test_catalogue_task_reports_a_result_or_a_message(sandbox, qgis_app) -> None:
    results, messages = [], []
    task = CatalogueTask("collections", lambda feedback: Catalogue().collections(feedback))
    task.done.connect(results.append)
    task.failed.connect(messages.append)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: results or messages)
    assert {c.id for c in results[0]} == set(listed_ids(sandbox)), "STAC's, and OpenSearch's own"

    sandbox.ctx.faults.add(path="/stac/collections", kind="malformed", times=1)
    task = CatalogueTask("collections", lambda feedback: Catalogue().collections(feedback))
    task.done.connect(results.append)
    task.failed.connect(messages.append)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: messages)
    assert "not valid JSON" in messages[0]
