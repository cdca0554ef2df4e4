"""Settings of the web latency benchmark: the application's own, plus a baseline view.

Used by ``bench/web_latency.py`` (``DJANGO_SETTINGS_MODULE=bench.web_settings``).
"""

from jixiao.web.settings import *  # noqa: F403

ROOT_URLCONF = "bench.web_urls"
