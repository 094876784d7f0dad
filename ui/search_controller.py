"""Puts the Search and Results panels into the dock and wires them together.

The collections are fetched the first time the dock is shown, not when QGIS starts.
"""

from typing import Optional

from qgis.gui import QgsMapCanvas

from ..core.errors import InvalidInputError
from .results_panel import ResultsPanel
from .search_panel import SearchPanel


def connect_search(dock, canvas: Optional[QgsMapCanvas], iface=None) -> tuple:  # noqa: QGS105
    """Create both panels in ``dock.searchGroup`` / ``dock.resultsGroup``; returns (search, results).

    ``iface`` gives the results their message bar (layer loads, downloads); None logs the messages instead.
    """
    search = SearchPanel(canvas, dock.searchGroup)
    dock.searchLayout.addWidget(search)
    results = ResultsPanel(canvas, parent=dock.resultsGroup, iface=iface)
    dock.resultsLayout.addWidget(results)

    def start(request) -> None:
        from dataclasses import replace

        try:
            results.start_search(replace(request, sortby=results.sortby()))
        except InvalidInputError as exc:
            search.show_message(str(exc))

    search.searchRequested.connect(start)
    search.cancelRequested.connect(results.cancel)
    results.searchStarted.connect(lambda: search.set_busy(True))
    results.searchEnded.connect(lambda: search.set_busy(False))

    def first_show(visible: bool) -> None:
        if visible and not search.collections and not search._tasks:
            search.load_collections()

    dock.visibilityChanged.connect(first_show)
    if dock.isVisible():
        first_show(True)
    return search, results
