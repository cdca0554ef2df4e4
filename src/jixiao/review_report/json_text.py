"""``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, several times faster.

With ``indent`` the standard library gives up its C encoder for a pure-Python one, which
made rendering a province's findings cost more than reviewing them. Here the structure
is walked once and only strings go through the C-accelerated escaping; values other than
dicts with string keys, lists, tuples, strings, numbers, booleans and None fall back to
:func:`json.dumps` (tests/review_report compare both on arbitrary values).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_INFINITY = float("inf")


class _Unusual(Exception):
    """A value this writer does not render itself."""


def dumps_indented(value: Any, depth: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, its lines shifted ``depth``
    spaces to the right after the first (as an item of an array indented ``depth``)."""
    out: list[str] = []
    try:
        _write(value, "\n" + " " * depth, out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)
    return "".join(out)


def _write(value: Any, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        _write_dict(value, newline, out)
    elif isinstance(value, list | tuple):
        _write_list(value, newline, out)
    else:
        raise _Unusual


def _write_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + " "
    opening = "{" + inner
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unusual  # json.dumps turns numbers and None into keys its own way
        out.append(opening + encode_basestring(key) + ": ")
        _write(item, inner, out)
        opening = "," + inner
    out.append(newline + "}")


def _write_list(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + " "
    opening = "[" + inner
    for item in value:
        out.append(opening)
        _write(item, inner, out)
        opening = "," + inner
    out.append(newline + "]")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)
