"""A cache in two tiers: this process's memory in front of the shared cache.

Only for entries whose key names everything they were computed from (a plan's revision,
its rule fingerprint, when its findings were stored…): such an entry never changes once
written, so a copy kept in the process is as good as the shared one, and a page served
again costs no round trip to the shared cache (a query, with the database backend).
"""

from __future__ import annotations

from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

_MISSING = object()


class TieredCache(BaseCache):
    """``OPTIONS``: ``local`` and ``shared``, the aliases of the two caches."""

    def __init__(self, location: str, params: dict[str, Any]) -> None:
        options = dict(params.get("OPTIONS", {}))
        self._local_alias = str(options.pop("local"))
        self._shared_alias = str(options.pop("shared"))
        super().__init__({**params, "OPTIONS": options})

    @property
    def local(self) -> BaseCache:
        return caches[self._local_alias]

    @property
    def shared(self) -> BaseCache:
        return caches[self._shared_alias]

    def _timeout(self, timeout: float | None) -> float | None:
        """The shared tier's timeout: this cache's default unless one is given."""
        if timeout is DEFAULT_TIMEOUT:
            return self.default_timeout
        return timeout

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        value = self.local.get(key, _MISSING, version=version)
        if value is _MISSING:
            value = self.shared.get(key, _MISSING, version=version)
            if value is _MISSING:
                return default
            self.local.set(key, value, version=version)
        return value

    def set(
        self,
        key: Any,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> None:
        self.shared.set(key, value, self._timeout(timeout), version=version)
        self.local.set(key, value, version=version)

    def add(
        self,
        key: Any,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> bool:
        added = self.shared.add(key, value, self._timeout(timeout), version=version)
        if added:
            self.local.set(key, value, version=version)
        return added

    def touch(
        self, key: Any, timeout: float | None = DEFAULT_TIMEOUT, version: int | None = None
    ) -> bool:
        return self.shared.touch(key, self._timeout(timeout), version=version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        self.local.delete(key, version=version)
        return self.shared.delete(key, version=version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self.local.has_key(key, version=version) or self.shared.has_key(key, version=version)

    def clear(self) -> None:
        """Both tiers (the memory of this process only: others keep theirs, which is safe
        for entries named by what they were made from)."""
        self.local.clear()
        self.shared.clear()
