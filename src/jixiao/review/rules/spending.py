"""时效与资金支出计划 (spending): deadlines written as percentages, deadlines against the
cumulative plan, recurring spending spread evenly, and a plan without gaps."""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction
from jixiao.model import SPEND_CHECKPOINTS
from jixiao.review.context import IndicatorView, ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, q

TABLE = rule_table(__name__)

_MONTH = {"3月底": 3, "6月底": 6, "10月底": 10, "12月底": 12}
_EVEN = {
    "3月底": Decimal(25),
    "6月底": Decimal(50),
    "10月底": Decimal("83.3"),
    "12月底": Decimal(100),
}
_UNEVEN = Decimal(30)  # points a recurring plan may stray from an even spread
_LATE = Decimal(50)  # cumulative percent below which spending lags a finished task


def _deadline_as_percent(v: IndicatorView) -> Hit | None:
    if v.value.unit != PERCENT:
        return None
    description = v.description
    lists = words()
    match = lists.deadline.search(description) or lists.deadline_date.search(description)
    if match is None or not any(c.isdigit() for c in description):
        return None
    return hit(
        f"绩效指标描述给出了期限{q(description, 30)}，指标值却是百分比{q(v.raw)}。",
        field="value",
    )


F108 = TABLE.rule("F108", _deadline_as_percent)


def _deadline_month(v: IndicatorView) -> int | None:
    value = v.value
    if v.level2 != "时效" or value.unit != "月" or value.number is None:
        return None
    if value.direction not in (None, Direction.LE, Direction.LT, Direction.EQ):
        return None
    month = int(value.number)
    return month if 1 <= month <= 12 and month == value.number else None


def _deadlines(p: ProjectView) -> tuple[tuple[int, int], ...]:
    """(position, month) of the rows with a deadline before December (read from the rows
    alone: found once per distinct list of rows)."""
    found = []
    for n, v in enumerate(p.indicators):
        month = _deadline_month(v)
        if month is not None and month < 12:
            found.append((n, month))
    return tuple(found)


def _lagging(p: ProjectView) -> list[Hit]:
    if not p.spend:
        return []
    deadlines = rows_fact(p, _deadlines)
    if not deadlines:
        return []
    plan = dict(p.spend)
    views = p.indicators
    for n, month in deadlines:
        v = views[n]
        checkpoint = next((c for c in SPEND_CHECKPOINTS if _MONTH[c] >= month), None)
        share = plan.get(checkpoint or "")
        if share is not None and share < _LATE:
            return [
                hit(
                    f"时效指标{q(v.name)}要求{month}月完成，资金支出计划到{checkpoint}"
                    f"累计只有{amount(share)}%。",
                    field="spend_plan",
                    indicator_index=v.index,
                )
            ]
    return []


F109 = TABLE.rule("F109", _lagging)


def _uneven(p: ProjectView) -> list[Hit]:
    if len(p.spend) < 4:
        return []
    lists = words()
    text = p.project.name + "｜" + (p.project.purpose or "")
    if not lists.recurring_spending.search(p.project.name):
        return []
    if lists.one_off_projects.search(text):
        return []
    worst = max(p.spend, key=lambda item: abs(item[1] - _EVEN[item[0]]))
    checkpoint, share = worst
    if abs(share - _EVEN[checkpoint]) <= _UNEVEN:
        return []
    shown = "/".join(amount(s) for _, s in p.spend)
    return [
        hit(
            f"{q(p.project.name)}是按月发生的经常性支出，资金支出计划却是{shown}："
            f"{checkpoint}累计{amount(share)}%，均衡支出约为{amount(_EVEN[checkpoint])}%。",
            field="spend_plan",
        )
    ]


F110 = TABLE.rule("F110", _uneven)


def _gaps(p: ProjectView) -> list[Hit]:
    filled = p.spend  # (the checkpoints filled in, in order: the view read them)
    if not filled:
        return []
    last = SPEND_CHECKPOINTS.index(filled[-1][0])
    if len(filled) == last + 1:
        return []  # none left empty before the last (the usual case)
    plan = p.project.spend_plan
    empty = [c for c in SPEND_CHECKPOINTS[:last] if plan.get(c) is None]
    return [
        hit(
            f"资金支出计划{'、'.join(empty)}未填写，而其后的节点已填写。",
            field="spend_plan",
        )
    ]


F111 = TABLE.rule("F111", _gaps)

RULES = (F108, F109, F110, F111)
