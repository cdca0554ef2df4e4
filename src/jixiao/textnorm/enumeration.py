"""Enumeration markers (（一） 一、 1、 1.) and numbered items written inline."""

from __future__ import annotations

import re
from collections.abc import Iterator

_CN_NUMERALS = "一二三四五六七八九十"
ENUMERATION = re.compile(
    r"^\s*(?:"
    rf"第[{_CN_NUMERALS}]+部分\s*"
    rf"|[（(]\s*[{_CN_NUMERALS}\d]+\s*[）)]\s*"
    rf"|[{_CN_NUMERALS}]+\s*[、.．]\s*"
    r"|\d{1,2}\s*[、．](?!\d)\s*"
    r"|\d{1,2}\s*\.(?!\d)\s*"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]\s*"
    r")"
)

# An item number: at the start, or after whitespace/punctuation, followed by a separator.
# A digit right after the separator is a decimal ("2.5万元") unless a year follows ("1.2022年").
_ITEM_NUMBER = re.compile(
    r"(?:^|(?<=[\s。；;，,：:!！?？]))(\d{1,2})\s*[.、．](?:(?!\d)|(?=(?:19|20)\d{2}\s*年))"
)
_DIGIT = re.compile(r"\d")


def _item_numbers(text: str) -> Iterator[re.Match[str]]:
    """``_ITEM_NUMBER.finditer(text)``, the pattern tried only where a digit is: tried at
    every character it looks behind each one first, and most of a text is no number."""
    at = 0
    while (digit := _DIGIT.search(text, at)) is not None:
        start = digit.start()
        match = _ITEM_NUMBER.match(text, start)
        if match is None:
            at = start + 1
        else:
            yield match
            at = match.end()


def strip_enumeration(text: str) -> str:
    """Remove a leading enumeration marker: "（一）标题" -> "标题"."""
    # (anchored at the start: one match tried there, not a search along the text)
    marker = ENUMERATION.match(text)
    return (text[marker.end() :] if marker else text).strip()


def has_enumeration(text: str) -> bool:
    return ENUMERATION.match(text) is not None


def split_numbered_items(text: str) -> list[str]:
    """Split "1.甲 2.乙 3.丙" into ["甲", "乙", "丙"], only at sequential numbers.

    Numbers that do not continue the sequence (a "2.5万元" inside item 1) stay in
    the text. Text that does not start with item 1 is one item. Whitespace is
    kept; callers squeeze it.
    """
    text = text.strip()
    if not text:
        return []
    cuts: list[tuple[int, int]] = []
    expected = 1
    for match in _item_numbers(text):
        if int(match.group(1)) != expected:
            continue
        if expected == 1 and text[: match.start()].strip():
            break
        cuts.append((match.start(), match.end()))
        expected += 1
    if not cuts:
        return [text]
    items = []
    for index, (_, body_start) in enumerate(cuts):
        body_end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        items.append(text[body_start:body_end].strip())
    return [item for item in items if item]
