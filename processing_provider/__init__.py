"""The "Terrascope" Processing provider.

Named ``processing_provider`` rather than ``processing`` so that it never shadows QGIS's own
``processing`` package on ``sys.path``.
"""
