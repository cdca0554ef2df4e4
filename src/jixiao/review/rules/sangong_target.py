"""R133: an indicator asks the “三公” expenses (公务接待费, 公务用车, 因公出国) to rise
(“三公经费2017年比2016年增加公务接待费990元”, held-out round 16, 炎陵县交通运输局): the
三公 expenses are to be held down, so the row sets the wrong direction.

The words are data (``jixiao/profiles/review-sangong-target.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q, rows_alone

TABLE = rule_table(__name__)
_DATA = "review-sangong-target.json"


@cache
def _words(key: str) -> tuple[str, ...]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return tuple(squeeze(str(w)) for w in raw)


@cache
def _expense() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _words("sangong_words"))))


def _first(text: str, key: str) -> str | None:
    return next((w for w in _words(key) if w in text), None)


def _raising(v: IndicatorView) -> tuple[str, str] | None:
    """The 三公 expense and the rise a row asks for, if it does."""
    if _expense().search(v.key) is None and _expense().search(v.raw) is None:
        return None  # (nearly every row: one search of the squeezed name, one of the value)
    said = squeeze(f"{v.indicator.level3}{v.raw}")
    expense = _first(said, "sangong_words")
    if expense is None or _first(said, "held_words") is not None:
        return None
    rise = _first(said, "rise_words")
    return None if rise is None else (expense, rise)


def _raises_sangong(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:  # (one call per project, shared by projects with the same rows)
        found = _raising(v)
        if found is not None:
            expense, rise = found
            hits.append(
                hit(
                    f"指标{q(v.name)}（{q(v.raw)}）要求{expense}{rise}：“三公”经费应当压减、"
                    "只减不增，把增加三公经费设为绩效目标，方向与厉行节约的要求相反。",
                    field="level3",
                    indicator_index=v.index,
                )
            )
    return hits


R133 = TABLE.rule("R133", _raises_sangong, shared_by=rows_alone)

RULES = (R133,)
