"""Digits grouped by commas: '1,500' and '12,345.6' are thousands; '1,5', '1,50' and
'12,3456' are not — a decimal comma or a typo — and are never read as a number.

Every importer that turns a money or number cell into a figure reads its commas here
(and the disclosure tables' amounts); ``importers.ambiguous_cells`` names each cell
written so.
"""

from __future__ import annotations

import re

# digits joined by commas (a number's integer part, or a run that looks like one)
_COMMA_RUN = re.compile(r"\d[\d,]*,[\d,]*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# a cell that is a figure and nothing else: a sign, the digits, an optional unit
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元|万)?")


def ungrouped(text: str) -> str | None:
    """``text`` without its thousands separators, None when a comma in it groups no three
    digits ('1,5', '1,50', '12,3456', '1,500,00')."""
    if "," not in text:
        return text
    for run in _COMMA_RUN.finditer(text):
        if not _THOUSANDS.fullmatch(run.group()):
            return None
    return text.replace(",", "")


# numbers listed with commas, as with 、: three or more of one or two digits ('1,2,3项':
# a decimal comma stands once, a thousands group has three digits), or ordinals ('第1,2季度')
_LISTED = re.compile(r"\d{1,2}(?:,\d{1,2}){2,}")
_ORDINALS = re.compile(r"\d{1,2}(?:,\d{1,2})+")


def is_listed(run: str, text: str) -> bool:
    """Whether the digits ``run`` (joined by ',') of ``text`` are a list of numbers, an
    ordinary Chinese enumeration written with commas, not one ambiguous number."""
    if _LISTED.fullmatch(run):
        return True
    return _ORDINALS.fullmatch(run) is not None and "第" + run in text


def readings(run: str) -> tuple[str, str]:
    """The two numbers an ambiguous ``run`` may mean: its last comma a decimal point, or
    every comma a slip ('1,5' -> ('1.5', '15'); '1,500,5' -> ('1500.5', '15005'))."""
    head, _, last = run.rpartition(",")
    return f"{head.replace(',', '')}.{last}", run.replace(",", "")


def is_ambiguous(text: str) -> bool:
    """A cell that is only a figure whose commas group no three digits ('1,5万元')."""
    bare = text.strip()
    return "," in bare and _FIGURE_CELL.fullmatch(bare) is not None and ungrouped(bare) is None


def ambiguous_message(written: str) -> str:
    """The number-ambiguous warning's words for the text ``written``."""
    return f"“{written}”的逗号不是千分位（应每三位一组），可能是小数点误写为逗号，未读为数字"


class AmbiguousDigits(ValueError):
    """A typed figure whose commas group no thousands; its text is :func:`ambiguous_message`."""


def typed_digits(text: str) -> str:
    """A figure typed in a form without its thousands separators (',' or '，'); raises
    :class:`AmbiguousDigits` when a comma groups no three digits ('1,5' is never 15)."""
    bare = ungrouped(text.replace("，", ","))
    if bare is None:
        raise AmbiguousDigits(ambiguous_message(text.strip()))
    return bare
