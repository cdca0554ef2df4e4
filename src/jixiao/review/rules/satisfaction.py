"""满意度 (satisfaction): a threshold with its sign, asked of the service recipients, set
alike across the document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.context import IndicatorView, PlanView, ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, is_satisfaction, q

TABLE = rule_table(__name__)

_GAP = Decimal(10)  # percentage points between a threshold and the document's usual one


def _satisfied(v: IndicatorView) -> bool:
    return is_satisfaction(v) or v.facts.satisfaction


def _no_sign(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.direction is not None or value.number is None:
        return None
    if value.number >= 100 or not _satisfied(v):
        return None  # 100% is N109's
    return hit(
        f"满意度目标{q(v.raw)}没有比较符号，达到{amount(value.number)}%以上是否算完成不明确。",
        field="value",
    )


N111 = TABLE.rule("N111", _no_sign)


def _respondents(v: IndicatorView) -> Hit | None:
    if not _satisfied(v):
        return None
    lists = words()
    match = (
        lists.wrong_respondents.search(v.name)
        or lists.respondent_roles.search(v.name)
        or lists.wrong_respondents.search(v.description)
    )
    if match is None:
        return None
    return hit(
        f"满意度{q(v.name)}调查的是{q(match.group(0))}，不是项目的服务对象。",
        field="level3",
    )


R107 = TABLE.rule("R107", _respondents)


def _satisfaction_targets(p: ProjectView) -> tuple[tuple[int, Decimal], ...]:
    """(position, percentage) of a project's satisfaction targets (≤100%, no range)."""
    found = []
    for n, v in enumerate(p.indicators):
        value = v.value
        number = value.number
        if value.unit != PERCENT or number is None or value.upper is not None:
            continue
        if number <= 100 and _satisfied(v):
            found.append((n, number))
    return tuple(found)


def _thresholds(view: PlanView) -> Iterator[Hit]:
    found: list[tuple[IndicatorView, Decimal]] = []
    for p in view.projects:
        views = p.indicators
        found += [(views[n], number) for n, number in rows_fact(p, _satisfaction_targets)]
    if len(found) < 3:
        return
    usual, count = Counter(n for _, n in found).most_common(1)[0]
    if count * 2 <= len(found):
        return  # no usual threshold to compare with
    for v, number in found:
        if abs(number - usual) >= _GAP:
            yield hit(
                f"满意度{q(v.name)}的目标{q(v.raw)}与本文本多数满意度目标"
                f"（{amount(usual)}%，{count}项）相差{amount(abs(number - usual))}个百分点。",
                field="value",
                project_index=v.project.index,
                indicator_index=v.index,
                params={"usual": amount(usual)},
            )


N112 = TABLE.rule("N112", _thresholds)

RULES = (N111, N112, R107)
