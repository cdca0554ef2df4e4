"""F103–F105: the 资金支出计划 — increasing, reaching 100%, never above."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount

TABLE = rule_table(__name__)

_CHECKPOINTS = ("3月底", "6月底", "10月底", "12月底")


def _spend_text(filled: list[tuple[str, Decimal]]) -> str:
    return "、".join(f"{k}{amount(v)}%" for k, v in filled)


def _spend_decreasing(p: ProjectView) -> list[Hit]:
    filled = p.spend
    for (k1, v1), (k2, v2) in pairwise(filled):
        if v2 < v1:
            return [
                hit(
                    f"资金支出计划是累计比例，{k2}（{amount(v2)}%）低于{k1}（{amount(v1)}%）："
                    f"{_spend_text(filled)}。",
                    field="spend_plan",
                )
            ]
    return []


F103 = TABLE.rule("F103", _spend_decreasing)


def _spend_short(p: ProjectView) -> list[Hit]:
    filled = p.spend
    if not filled:
        return []
    final = p.plan.profile.thresholds.spend_plan_final
    top = max(v for _, v in filled)
    if top >= final:
        return []
    return [
        hit(
            f"资金支出计划最高只到{amount(top)}%（{_spend_text(filled)}），"
            f"到年底没有安排支出完毕，预算执行率无法达到{amount(final)}%。",
            field="spend_plan",
        )
    ]
    return []


F104 = TABLE.rule("F104", _spend_short)


def _spend_over(p: ProjectView) -> list[Hit]:
    filled = p.spend
    over = [(k, v) for k, v in filled if v > 100]
    if over:
        k, v = over[0]
        return [
            hit(
                f"资金支出计划{k}为{amount(v)}%，超过100%，累计支出不能超过预算数。",
                field="spend_plan",
            )
        ]
    return []


F105 = TABLE.rule("F105", _spend_over)
