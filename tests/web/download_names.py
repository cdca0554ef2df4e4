"""The name a browser saves a download under, read from its ``Content-Disposition`` as RFC 6266
says: ``filename*`` (RFC 5987, UTF-8 percent-encoded) first, ``filename`` for clients without it."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote


def saved_as(response: Any) -> tuple[str, str]:
    """(the name from ``filename*``, the ASCII ``filename``)."""
    header = response["Content-Disposition"]
    parts = dict(part.strip().split("=", 1) for part in header.split(";")[1:] if "=" in part)
    charset, _, encoded = parts["filename*"].partition("''")
    plain = parts["filename"].strip('"')
    assert charset.upper() == "UTF-8" and plain.isascii(), header
    return unquote(encoded, "utf-8"), plain
