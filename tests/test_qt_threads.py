"""Blocking requests ending in worker threads never freeze the main thread (core/qt_threads.py).

The freeze: a Qt object made in Python (the request's ``QgsBlockingNetworkRequest``, its ``QgsFeedback``)
asks Python, under the GIL, about its ``disconnectNotify`` the first time Qt calls it; Qt does so in the
request's thread while holding a signal-slot lock, and the main thread, holding the GIL, waits for that lock
to connect a signal. Both wait for ever.

The stress below makes the race as likely as it gets: a worker ``QThread`` sends requests to the sandbox, a
fresh feedback each, while the main thread does nothing but connect signals. Run with ``settle`` replaced by
a no-op (``UNSETTLED = True`` in the code below), it froze within the first 300 requests in each of six runs
on QGIS 3.22; with it, 20 runs of 4 000 requests each ended.
"""

from __future__ import annotations

from pathlib import Path

import headless_qgis

REQUESTS = 1500
FREEZE_S = 150  # far beyond the few seconds the stress takes: only a freeze gets there

STRESS = """
import faulthandler, threading
faulthandler.dump_traceback_later({freeze_s}, exit=True)  # a freeze prints every thread's stack, then ends
from qgis.core import QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QObject, QThread, pyqtSignal
from terrascope_explorer.core import network, qt_threads

UNSETTLED = False  # True: see the freeze this test guards against
if UNSETTLED:
    network.settle = lambda obj: obj
    network.settle_application = lambda: None

url, count = {url!r}, {count}
finished = threading.Event()
statuses = []

class Requests(QThread):
    def run(self):
        QgsNetworkAccessManager.instance()
        try:
            for _ in range(count):
                statuses.append(network.request(url, raise_for_status=False, feedback=QgsFeedback()).status)
        finally:
            finished.set()

class Sender(QObject):
    signal = pyqtSignal()

def slot():
    pass

worker = qt_threads.settle(Requests())
worker.start()
rounds = 0
while not finished.is_set():
    senders = [Sender() for _ in range(200)]
    for sender in senders:
        sender.signal.connect(slot)
        sender.destroyed.connect(slot)
    rounds += 1
worker.wait()
faulthandler.cancel_dump_traceback_later()
result.update(statuses=sorted(set(statuses)), count=len(statuses), rounds=rounds)
"""


def test_requests_ending_in_a_worker_thread_never_freeze_the_main_thread(sandbox, tmp_path: Path) -> None:
    url = sandbox.base_url + "/stac"  # the STAC landing page
    code = STRESS.format(freeze_s=FREEZE_S, url=url, count=REQUESTS)
    result = headless_qgis.run(code, tmp_path, timeout=FREEZE_S + 60)
    assert result["count"] == REQUESTS, result
    assert result["statuses"] == [200], result
    assert result["rounds"] > 1  # the main thread was connecting signals while the requests ended
