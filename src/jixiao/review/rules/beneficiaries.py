"""N216: a project's count of beneficiaries (受益…人口数) smaller than another count of the
same group of people in that project (抚远: “解决贫困人口饮水安全问题人数 ≥27人” but
“受益建档立卡贫困人口数 ≥24人”): the people counted there benefit from the project too, so
the two figures contradict each other. The groups are data (``beneficiary_groups`` in
``profiles/lexicon-review.json``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, q, rows_alone
from jixiao.textnorm.wordsearch import alternation

TABLE = rule_table(__name__)

_BENEFIT = "受益"
_PEOPLE = {"人": Decimal(1), "万人": Decimal(10000)}  # people, not visits (人次 repeat)


@cache
def _groups() -> re.Pattern[str]:
    words = load_data_file("lexicon-review.json")["beneficiary_groups"]
    assert isinstance(words, list)
    return alternation([str(w) for w in words])


def _people(v: IndicatorView) -> Decimal | None:
    """The number of people a row's target counts (a floor or an exact count), if it does."""
    value = v.value
    scale = _PEOPLE.get(value.unit or "")
    if value.kind is not ValueKind.QUANTITATIVE or scale is None or value.number is None:
        return None
    if value.direction in DOWNWARD or value.upper is not None:
        return None
    return value.number * scale


def _contradiction(v: IndicatorView, other: IndicatorView, group: str) -> Hit:
    return hit(
        f"{q(v.name, 24)}是{q(v.raw, 12)}，少于同一项目{q(other.name, 24)}的"
        f"{q(other.indicator.value, 12)}：两处数的是本项目惠及的同一类人（{group}），受益的人"
        "不会比其中一部分人还少，两个数口径不一，至少有一个不对。",
        field="value",
        indicator_index=v.index,
    )


def _fewer_beneficiaries(p: ProjectView) -> list[Hit]:
    named = [v for v in p.indicators if _BENEFIT in v.name]
    if not named:
        return []  # most projects: one substring test per row
    groups = _groups()
    hits: list[Hit] = []
    for v in named:
        mine = set(groups.findall(v.name))
        size = _people(v) if mine else None
        if size is None:
            continue  # no group named (受益群众) or no count of people
        for other in p.indicators:
            if other is v:
                continue
            shared = mine.intersection(groups.findall(other.name))
            more = _people(other) if shared else None
            if more is not None and more > size:
                hits.append(_contradiction(v, other, max(sorted(shared), key=len)))
                break
    return hits


N216 = TABLE.rule("N216", _fewer_beneficiaries, shared_by=rows_alone)

RULES = (N216,)
