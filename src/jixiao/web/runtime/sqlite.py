"""SQLite for several people at once (the demo, a small county): WAL and a busy timeout.

In WAL mode readers never block the writer nor it them; the busy timeout makes a second
writer wait for the first instead of failing with "database is locked". Transactions begin
IMMEDIATE (settings: ``transaction_mode``), so a save takes the write lock before it reads
the row it checks: two simultaneous saves queue, and the optimistic lock (lock_version)
answers the later one 409 instead of SQLite refusing it half-way.
"""

from __future__ import annotations

from typing import Any

BUSY_TIMEOUT_MS = 20_000


def tune_sqlite(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` handler: only the sqlite backend is touched."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not connection.is_in_memory_db():
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; commits stay fast
