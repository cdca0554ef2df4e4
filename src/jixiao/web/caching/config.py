"""Which cache the pages share, from the environment (docs/deploy.md, 页面缓存).

``JIXIAO_CACHE``:

* ``database`` (the default): a table of the application's own database
  (``createcachetable``, run by ``migrate``). Every gunicorn worker on every web machine
  shares it, on SQLite as on PostgreSQL, with no other server to run.
* ``file``: files under ``$JIXIAO_DATA_DIR/cache`` (or ``JIXIAO_CACHE_DIR``): one machine's
  workers share them without touching the database.
* ``memory``: each process its own (nothing shared; for trying things out).

Whatever the choice, each process keeps the pages it served last in its own memory too
(:mod:`jixiao.web.caching.tiered`): the entries are named by what they were made from, so a
copy is never older than the shared one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

TABLE = "jixiao_cache"
SHARED = "default"
LOCAL = "local"
PAGES = "pages"  # the tiered cache of rendered fragments ({% cache … using="pages" %})


def cache_settings(data_dir: Path) -> dict[str, dict[str, Any]]:
    """``CACHES`` for :mod:`jixiao.web.settings`."""
    kind = os.environ.get("JIXIAO_CACHE", "database")
    entries = int(os.environ.get("JIXIAO_CACHE_ENTRIES", "20000"))
    options = {"MAX_ENTRIES": entries, "CULL_FREQUENCY": 4}
    shared: dict[str, Any]
    if kind == "database":
        shared = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": TABLE}
    elif kind == "file":
        folder = os.environ.get("JIXIAO_CACHE_DIR") or str(data_dir / "cache")
        shared = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}
        shared["LOCATION"] = folder
    elif kind == "memory":
        shared = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        shared["LOCATION"] = "jixiao-shared"
    else:
        raise ValueError(f"JIXIAO_CACHE 应为 database、file 或 memory，而不是「{kind}」")
    local_entries = int(os.environ.get("JIXIAO_LOCAL_CACHE_ENTRIES", "300"))
    return {
        SHARED: shared | {"TIMEOUT": 24 * 3600, "OPTIONS": options},
        LOCAL: {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "jixiao-local",
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": local_entries, "CULL_FREQUENCY": 3},
        },
        PAGES: {
            "BACKEND": "jixiao.web.caching.tiered.TieredCache",
            "TIMEOUT": 24 * 3600,
            "OPTIONS": {"local": LOCAL, "shared": SHARED},
        },
    }


def forget_pages_outside_the_database() -> None:
    """After a restore: a shared cache kept in the database went back in time with it; one
    kept elsewhere (files) would hold pages of a history the restore undid."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    if not isinstance(caches[SHARED], DatabaseCache):
        caches[SHARED].clear()
