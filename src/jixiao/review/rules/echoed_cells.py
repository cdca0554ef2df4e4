"""A cell that repeats the indicator's own name where a value belongs: W119, the 指标值
(“巩固拓展脱贫攻坚成果” for the row of that name), read once per row content and only on
values in words; M119, a self-evaluation's 实际完成值 / 评价指标值 (“财务管理规范度”), a
project rule since the 实际完成值 is not part of an indicator rule's content."""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_DIGIT = re.compile(r"\d")  # a name with a figure (“2022年底之前”) may well be its value


def _repeats(cell: str | None, key: str) -> bool:
    # cheap first: the cell ends as the name does (a value rarely does)
    if not cell or len(cell) < len(key) or cell.rstrip()[-1:] != key[-1:]:
        return False
    return len(key) > 1 and squeeze(cell) == key and not _DIGIT.search(key)


def _value_is_name(v: IndicatorView) -> Hit | None:
    if not _repeats(v.raw, v.key):
        return None
    return hit(f"指标值{q(v.raw)}只是重复指标名称，没有写出目标值。", field="value")


W119 = TABLE.rule("W119", _value_is_name)


def _actuals_are_names(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        actual = v.indicator.actual
        if actual and _repeats(actual, v.key) and not _repeats(v.raw, v.key):
            hits.append(
                hit(
                    f"实际完成值（评价指标值）{q(actual)}只是重复指标名称，没有写出完成了多少。",
                    field="actual",
                    indicator_index=v.index,
                )
            )
    return hits


M119 = TABLE.rule("M119", _actuals_are_names, applies_to=is_self_evaluation)

RULES = (W119, M119)
