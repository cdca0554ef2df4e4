"""Settings of the web latency benchmark: the application's own, plus a baseline view.

Used by ``bench/web_latency.py`` (``DJANGO_SETTINGS_MODULE=bench.web_settings``).
"""

import os
import tempfile
from pathlib import Path

# DEBUG is off, as in production: the benchmark's server needs a key (kept between runs).
os.environ.setdefault(
    "JIXIAO_SECRET_KEY_FILE", str(Path(tempfile.gettempdir()) / "jixiao-bench-secret-key")
)

from jixiao.web.settings import *  # noqa: F403

ROOT_URLCONF = "bench.web_urls"
