"""``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, several times faster.

With ``indent`` the standard library gives up its C encoder for a pure-Python one, which
made rendering a province's findings cost more than reviewing them. Plain values (dicts
with string keys, lists, tuples, strings, integers, booleans, None, and floats that
Python writes without an exponent below 1) go through pydantic-core's Rust serialiser,
which writes the same text ~10× faster; what it writes differently (``1e-05`` as
``0.00001``, lone surrogates) is walked here with only strings going through the
C-accelerated escaping; anything else falls back to :func:`json.dumps` (tests/review_report
compare all three on arbitrary values).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

import pydantic_core

_INFINITY = float("inf")
# Python writes floats below this (and above 0) with an exponent, Rust without one.
_SMALLEST_PLAIN_FLOAT = 1e-4


class _Unusual(Exception):
    """A value this writer does not render itself."""


def dumps_indented(value: Any, depth: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, its lines shifted ``depth``
    spaces to the right after the first (as an item of an array indented ``depth``)."""
    if _plain(value):
        try:
            text = pydantic_core.to_json(value, indent=1).decode()
        except pydantic_core.PydanticSerializationError:  # a lone surrogate in a string
            pass
        else:
            return text.replace("\n", "\n" + " " * depth) if depth else text
    out: list[str] = []
    try:
        _write(value, "\n" + " " * depth, out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)
    return "".join(out)


def dumps_indented_items(values: list[Any]) -> str:
    """The items of ``values`` as they stand inside ``json.dumps(values, indent=1)``:
    each indented one level, joined by ``",\\n "`` (empty for an empty list)."""
    return dumps_indented(values)[3:-2] if values else ""


def _plain(value: Any) -> bool:
    """Whether pydantic-core writes ``value`` exactly as :func:`json.dumps` does (a loop,
    not recursion: it runs over every value of a province's findings)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is float:
            if item != 0 and -_SMALLEST_PLAIN_FLOAT < item < _SMALLEST_PLAIN_FLOAT:
                return False
        elif kind is dict:
            if not all(type(key) is str for key in item):
                return False
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        else:  # subclasses too: json.dumps and pydantic-core may differ on them
            return False
    return True


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
