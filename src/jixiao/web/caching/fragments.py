"""Rendered pieces of pages, kept in the tiered cache under what they were made from."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches

from jixiao.web.caching.config import PAGES

T = TypeVar("T")


def cached(key: str, build: Callable[[], T | None]) -> T | None:
    """The value stored under ``key``, or ``build()``'s, stored (None is not). ``key`` must
    name all the value depends on: nothing ever removes an entry that became wrong."""
    cache = caches[PAGES]
    # hashed: the key may hold anything a request sent, and the database's column is short
    stored_as = "jixiao:" + hashlib.blake2b(key.encode(), digest_size=20).hexdigest()
    value: T | None = cache.get(stored_as)
    if value is None:
        value = build()
        if value is not None:
            cache.set(stored_as, value)
    return value
