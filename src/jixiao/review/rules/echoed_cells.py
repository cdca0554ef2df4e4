"""W119: a 指标值 or 实际完成值 / 评价指标值 cell that repeats the indicator's own name
(“财务管理规范度” under 评价指标值): a label where a value belongs. A project rule: the
实际完成值 is not part of the content an indicator rule's verdict is kept by; the 指标值s
are read once for all projects with the same rows, the 实际完成值s in self-evaluations only."""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView, ProjectView, rows_fact, squeeze
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_DIGIT = re.compile(r"\d")  # a name with a figure (“2022年底之前”) may well be its value


def _repeats(cell: str | None, v: IndicatorView) -> bool:
    key = v.key
    # cheap first: the cell ends as the name does (a value rarely does)
    if not cell or len(cell) < len(key) or cell.rstrip()[-1:] != key[-1:]:
        return False
    return len(key) > 1 and squeeze(cell) == key and not _DIGIT.search(key)


def _value_echoes(p: ProjectView) -> tuple[int, ...]:
    """Positions of the rows whose 指标值 is their name (of the rows' content alone)."""
    return tuple(
        n
        for n, v in enumerate(p.indicators)
        if v.raw[-1:] == v.key[-1:] and _repeats(v.raw, v)  # (the first test inlined: cheap)
    )


def _names_as_values(p: ProjectView) -> list[Hit]:
    rows = p.indicators
    hits = [
        Hit(
            f"指标值{q(rows[n].raw)}只是重复指标名称，没有写出目标值。",
            field="value",
            indicator_index=rows[n].index,
        )
        for n in rows_fact(p, _value_echoes)
    ]
    if is_self_evaluation(p.plan):
        echoed = {hit.indicator_index for hit in hits}
        for v in rows:
            actual = v.indicator.actual
            if actual and v.index not in echoed and _repeats(actual, v):
                hits.append(
                    Hit(
                        f"实际完成值（评价指标值）{q(actual)}只是重复指标名称，没有写出完成了多少。",
                        field="actual",
                        indicator_index=v.index,
                    )
                )
    return hits


W119 = TABLE.rule("W119", _names_as_values)

RULES = (W119,)
