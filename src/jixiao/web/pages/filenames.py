"""The name a download is saved under: Chinese, from the document (department or project,
kind, year), sent as RFC 6266/5987 ``filename*`` with an ASCII ``filename`` for clients that
read only that one."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import quote

from django.http import HttpResponse

UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
"""Characters no file system (or header) takes in a name: replaced by one underscore."""

NOT_ASCII_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    """``name`` as a file name: no separators, control or reserved characters, no blanks at
    either end."""
    return UNSAFE.sub("_", name).strip(" .") or "download"


def ascii_fallback(fallback: str, suffix: str) -> str:
    stem = NOT_ASCII_NAME.sub("-", fallback).strip("-.") or "download"
    return f"{stem}{NOT_ASCII_NAME.sub('', suffix)}"


def content_disposition(name: str, fallback: str, *, inline: bool = False) -> str:
    """The ``Content-Disposition`` of a file saved as ``name``; ``fallback``: its ASCII stem
    (``exante-3``) for a client that does not read ``filename*``, given the name's suffix."""
    shown = safe_name(name)
    plain = ascii_fallback(fallback, PurePosixPath(shown).suffix)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{plain}\"; filename*=UTF-8''{quote(shown, safe='')}"


FILE_HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}
"""Every download carries these itself: a file is never sniffed into a page (a CSV or a
report read as HTML) nor framed, whichever way the response leaves (a cache, a proxy, a
view exempted from a middleware)."""


def as_download(
    response: HttpResponse, name: str, fallback: str, *, inline: bool = False
) -> HttpResponse:
    """``response`` as the file ``name`` (see :func:`content_disposition`), with the
    download headers (:data:`FILE_HEADERS`): every download of the site is made here."""
    response["Content-Disposition"] = content_disposition(name, fallback, inline=inline)
    for header, value in FILE_HEADERS.items():
        response[header] = value
    return response
