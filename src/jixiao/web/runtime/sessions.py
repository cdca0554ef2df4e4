"""Django's database sessions, read by a query compiled once per process.

Every signed-in request reads its session; the ORM building ``Session.objects.get(…)``
cost several times the database's answer. Same table, same rows, same expiry rule as
``django.contrib.sessions.backends.db`` (``SESSION_ENGINE = "jixiao.web.runtime.sessions"``).
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.db.models import QuerySet
from django.utils import timezone

from jixiao.web.runtime.compiled import CompiledQuery


def _session(key: str) -> QuerySet[Session]:
    return Session.objects.filter(session_key=key)


_SESSION: CompiledQuery[Session] = CompiledQuery(_session, str)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Any:
        found = _SESSION.first(self.session_key)
        # expired sessions are not served, as by Django's own query (expire_date > now)
        if found is None or found.expire_date <= timezone.now():
            self._session_key = None
            return None
        return found
