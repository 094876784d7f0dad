"""The one place plugin code gets pystac and pystac-client from: the plugin's private copies in ``ext_libs/``.

``.ci/vendor.py`` builds them with relative imports between themselves, so they live in ``sys.modules``
as ``<plugin package>.ext_libs.pystac…`` and never as ``pystac``: another plugin's copy (or the system's)
neither replaces ours nor is replaced by it, and nothing is added to ``sys.path``. Write
``from .stac_libs import pystac`` (or a name below), never ``import pystac``; ``tests/test_vendoring.py``
checks it.
"""

try:
    from ..ext_libs import pystac, pystac_client
except ImportError as exc:  # a development checkout before `make deps`
    raise ImportError(
        "The plugin's copies of pystac and pystac-client (ext_libs/) are missing or incomplete: run "
        "`make deps` (or `python .ci/vendor.py`) in the plugin folder, or install the plugin from its zip."
    ) from exc

from ..ext_libs.pystac.link import Link
from ..ext_libs.pystac_client.exceptions import APIError
from ..ext_libs.pystac_client.item_search import ItemSearch
from ..ext_libs.pystac_client.stac_api_io import StacApiIO

__all__ = ["APIError", "ItemSearch", "Link", "StacApiIO", "pystac", "pystac_client"]
