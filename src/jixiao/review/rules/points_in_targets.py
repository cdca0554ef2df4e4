"""S112: a 自评表 whose 指标值 and 实际完成值 cells hold each row's 分值 and 得分 (阆中's
车购税 table: 20, 20, 10 … summing to 100, every 实际 no more than its 指标值): the grid's
own arithmetic says they are points, so no row states a target or what was achieved and
the self-evaluation cannot be checked."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.score_sums import HUNDRED, MAX_EXECUTION_WEIGHT
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_BARE = re.compile(r"\d{1,3}(?:\.\d+)?")  # a figure with no sign and no unit, as points are
_MIN_ROWS = 3  # fewer rows summing to 100 may be real targets (one row of “100”)


def _points(cell: str) -> Decimal | None:
    text = cell.strip()
    return Decimal(text) if _BARE.fullmatch(text) else None


def _points_in_targets(p: ProjectView) -> list[Hit]:
    rows = p.project.indicators
    if len(rows) < _MIN_ROWS or any(i.weight is not None or i.score is not None for i in rows):
        return []  # the grid has its own 分值/得分 columns: its 指标值 are targets
    pairs = [(_points(i.value), _points(i.actual or "")) for i in rows]
    targets = [t for t, a in pairs if t is not None and a is not None and a <= t]
    if len(targets) < len(rows):
        return []
    total = sum(targets, Decimal(0))
    if not Decimal(0) <= HUNDRED - total <= MAX_EXECUTION_WEIGHT:
        return []  # not the 100 points of a table (the 执行率 may hold the rest)
    return [
        hit(
            f"{len(rows)}个指标的“指标值”都是不带单位的数字，合计{amount(total)}，"
            "每行的“实际完成值”都不超过它：两栏填的是各行的分值和得分，"
            "没有一行写明年度目标值和实际完成值，自评无从核对"
            "（各行因此没有计量单位、实际值与指标值相同，不再逐行提示）。",
            field="value",
        )
    ]


S112 = TABLE.rule("S112", _points_in_targets, applies_to=is_self_evaluation)

RULES = (S112,)
