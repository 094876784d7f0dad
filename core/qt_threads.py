"""Qt objects made in Python that meet other threads: :func:`settle` keeps them from freezing QGIS.

sip gives every ``QObject`` made in Python (a ``QgsFeedback()``, a ``QgsBlockingNetworkRequest()``, a
``QgsTask`` subclass…) a C++ subclass whose ``connectNotify`` and ``disconnectNotify`` first ask Python,
under the GIL, whether Python overrides them. The answer is remembered by the object after that first call.

Qt calls a sender's ``disconnectNotify`` from a *receiver's* destructor while it holds that receiver's
signal-slot lock (one of a small shared pool of locks). When that first call happens in a thread that let go
of the GIL (the local event loop of a blocking request ending inside a task), it waits for the GIL while
holding the lock; if the main thread, holding the GIL, is connecting a signal whose lock is the same one,
both wait for ever and QGIS freezes. Showing a dock while catalogue tasks ran hung about once in eight;
``tests/test_qt_threads.py`` makes it happen every time without :func:`settle`.

:func:`settle` makes that first call here, in the thread that made the object, with no lock held: sip then
knows there is nothing to ask Python and never needs the GIL for those two calls again.
"""

from typing import Optional, TypeVar

from qgis.PyQt.QtCore import QCoreApplication, QObject

Q = TypeVar("Q", bound=QObject)


def _nothing(*_args: object) -> None:
    """The slot :func:`settle` connects for an instant."""


def settle(obj: Optional[Q]) -> Optional[Q]:
    """Have sip learn now that ``obj`` has no Python ``connectNotify``/``disconnectNotify``; returns ``obj``
    (None passes through).

    Call it on every ``QObject`` made in Python whose signals may be disconnected in another thread: task
    objects, feedbacks, blocking requests, objects living in a worker thread. Cheap (one connect and one
    disconnect) and harmless to repeat.
    """
    if obj is not None:
        obj.destroyed.connect(_nothing)
        obj.destroyed.disconnect(_nothing)
    return obj


_application_settled = False


def settle_application() -> None:
    """:func:`settle` the application once: every blocking request connects its ``aboutToQuit`` signal and
    disconnects it in the request's thread. (The QGIS desktop's application is made in C++ and needs none;
    a script's or a test's ``QgsApplication`` is made in Python.)"""
    global _application_settled
    if not _application_settled:
        app = QCoreApplication.instance()
        if app is not None:
            settle(app)
            _application_settled = True
