"""PostgreSQL connection options: server-side prepared statements unless switched off.

Every page sends the same few statements (session, person, plan, revision…) with other
values. Prepared once per connection, PostgreSQL skips parsing and planning them again:
measured on the province dataset, its CPU per page fell from 1.9–2.8 ms to 1.2–1.5 ms
(README, web latency). psycopg 3 prepares only with server-side binding (its client-side
cursor merges the values into the text), so both are switched on together.

A connection pooler in *transaction* mode (pgbouncer before 1.21, or without
``max_prepared_statements``) hands one server connection to many clients and loses
prepared statements between transactions: there set ``JIXIAO_DB_PREPARE=0``
(docs/deploy.md). Django's own default keeps them off for that reason.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

PREPARE_THRESHOLD = 2  # a statement's second run prepares it (one-off statements are not)


def postgres_options(environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """``DATABASES["default"]["OPTIONS"]`` additions for the postgresql backend."""
    if environ.get("JIXIAO_DB_PREPARE", "1").strip().lower() in {"0", "false", "no", "off"}:
        return {}
    return {"server_side_binding": True, "prepare_threshold": PREPARE_THRESHOLD}
