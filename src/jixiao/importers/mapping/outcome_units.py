"""The unit and points of an outcome sentence told outside its figures.

``主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。`` (莆田 市场监管's 自评报告):
the unit is the bracket closing the name and belongs to both bare figures (``2项``), as a
reader writes the cell; the row's weight and score follow the actual after their words
(``分值`` / ``得分``: data, ``prose_outcomes`` in profiles/import-headers.json). A bracket that
is no unit (``(含税)``) stays in the name, and a figure that already carries a unit keeps it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.grammar.units import lookup_unit
from jixiao.textnorm.alternation import alternation

_BRACKET = re.compile(r"\(([^()]{1,6})\)$")  # the name's closing bracket (text already NFKC)
_BARE_FIGURE = re.compile(r"^(?:[≥≤<>=]|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?$")
_PERCENT = ("%", "‰")


def _named_unit(name: str) -> re.Match[str] | None:
    bracket = _BRACKET.search(name)
    if bracket is None or len(name) - len(bracket.group()) < 2:
        return None
    unit = bracket.group(1)
    return bracket if unit in _PERCENT or lookup_unit(unit) is not None else None


def with_named_unit(name: str, value: str, actual: str) -> tuple[str, str, str]:
    """The name without a closing unit bracket and that unit joined to the bare figures
    of ``value`` and ``actual``; all three unchanged when the bracket is no unit or the
    target is no bare figure."""
    bracket = _named_unit(name)
    if bracket is None or not _BARE_FIGURE.match(value):
        return name, value, actual
    unit = bracket.group(1)
    joined = actual + unit if _BARE_FIGURE.match(actual) else actual
    return name[: bracket.start()], value + unit, joined


@cache
def _points() -> re.Pattern[str]:
    words = packs.merged_data("import-headers.json")["prose_outcomes"]
    weight, score = alternation(words["weight_words"]), alternation(words["score_words"])
    figure = r"(\d+(?:\.\d+)?)分?"
    return re.compile(rf",?(?:{weight})[为:]?{figure},?(?:{score})[为:]?{figure}")


def trailing_points(text: str, end: int) -> tuple[Decimal | None, Decimal | None]:
    """The weight and score written right after an outcome sentence ending at ``end``
    (',分值6,得分6'), or (None, None)."""
    found = _points().match(text, end)
    if found is None:
        return None, None
    return Decimal(found.group(1)), Decimal(found.group(2))
