"""The settings the test suite (and mypy's Django plugin) run with: production's, DEBUG off,
plus a throwaway key.

The key goes into the environment, so the worker processes the tests start get it too.
"""

from __future__ import annotations

import os

os.environ.setdefault("JIXIAO_SECRET_KEY", "tests-only-key-" + "k3y#" * 12)

from jixiao.web.settings import *  # noqa: F403
