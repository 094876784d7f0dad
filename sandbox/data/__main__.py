"""``python -m sandbox.data OUT_DIR [--full-size]``: same as ``python -m sandbox.data.generate``."""

from __future__ import annotations

import sys

from .generate import main

sys.exit(main())
