"""F103–F105: the 资金支出计划 — increasing, reaching 100%, never above."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from jixiao.checks import Criterion, Severity
from jixiao.review.context import ProjectView
from jixiao.review.examples import (
    S000,
    S002,
    project,
    project_example,
)
from jixiao.review.rule import Example, Hit, ProjectRule
from jixiao.review.rules.common import amount
from jixiao.review.rules.money.common import FAMILY

_CHECKPOINTS = ("3月底", "6月底", "10月底", "12月底")


def _spend_example(
    label: str,
    *,
    fails: bool,
    spend: tuple[str | None, str | None, str | None, str | None],
    name: str = "示例项目",
    origin: str = "构造",
) -> Example:
    """An example project with the spending plan ``spend``, shown as the table reads."""
    shown = "，".join(
        f"{point}{share}%" if share is not None else f"{point}（空）"
        for point, share in zip(_CHECKPOINTS, spend, strict=True)
    )
    return project_example(
        label,
        fails=fails,
        project=project(name=name, spend=spend),
        shows=f"资金支出计划：{shown}",
        origin=origin,
    )


def _spend_text(filled: list[tuple[str, Decimal]]) -> str:
    return "、".join(f"{k}{amount(v)}%" for k, v in filled)


def _spend_decreasing(p: ProjectView) -> list[Hit]:
    filled = p.spend
    for (k1, v1), (k2, v2) in pairwise(filled):
        if v2 < v1:
            return [
                Hit(
                    f"资金支出计划是累计比例，{k2}（{amount(v2)}%）低于{k1}（{amount(v1)}%）："
                    f"{_spend_text(filled)}。",
                    field="spend_plan",
                )
            ]
    return []


F103 = ProjectRule(
    id="F103",
    title="资金支出计划累计比例下降",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_spend_decreasing,
    explanation=(
        "资金支出计划填的是截至3月底、6月底、10月底、12月底的累计支出占预算的比例，"
        "只能持平或上升；下降说明填成了当期比例或填错了。"
    ),
    suggestion="按累计口径填写，后一时点不低于前一时点，12月底为100%。",
    examples=(
        _spend_example(
            "6月底50%、10月底40%",
            fails=True,
            spend=("25", "50", "40", "100"),
        ),
        _spend_example(
            "25%、50%、75%、100%",
            fails=False,
            spend=("25", "50", "75", "100"),
            origin=f"{S000} 项目3",
        ),
    ),
)


def _spend_short(p: ProjectView) -> list[Hit]:
    filled = p.spend
    if not filled:
        return []
    final = p.plan.profile.thresholds.spend_plan_final
    top = max(v for _, v in filled)
    if top >= final:
        return []
    return [
        Hit(
            f"资金支出计划最高只到{amount(top)}%（{_spend_text(filled)}），"
            f"到年底没有安排支出完毕，预算执行率无法达到{amount(final)}%。",
            field="spend_plan",
        )
    ]
    return []


F104 = ProjectRule(
    id="F104",
    title="资金支出计划未达到100%",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_spend_short,
    explanation=(
        "资金支出计划是累计比例，最迟到12月底应达到100%；未达到的，或是计划不完整，"
        "或是预算本身多编了，年底会形成结转结余。"
    ),
    suggestion="补全资金支出计划，12月底累计达到100%；确实用不完的，相应调减预算数。",
    examples=(
        _spend_example(
            "3月底50%、6月底50%，之后空白",
            fails=True,
            spend=("50", "50", None, None),
            name="全县节约型机关创建行动专项经费",
            origin=f"{S002} 项目3",
        ),
        _spend_example(
            "6月底已到100%",
            fails=False,
            spend=(None, "100", "100", "100"),
            name="政府大楼保险",
            origin=f"{S000} 项目2",
        ),
    ),
)


def _spend_over(p: ProjectView) -> list[Hit]:
    filled = p.spend
    over = [(k, v) for k, v in filled if v > 100]
    if over:
        k, v = over[0]
        return [
            Hit(
                f"资金支出计划{k}为{amount(v)}%，超过100%，累计支出不能超过预算数。",
                field="spend_plan",
            )
        ]
    return []


F105 = ProjectRule(
    id="F105",
    title="资金支出计划超过100%",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_spend_over,
    explanation="累计支出比例的上限是100%，超过说明填错了比例或预算数。",
    suggestion="按累计口径重填，最高为100%。",
    examples=(
        _spend_example(
            "12月底120%",
            fails=True,
            spend=("25", "50", "75", "120"),
        ),
        _spend_example(
            "12月底100%", fails=False, spend=("20", "50", "75", "100"), origin=f"{S002} 项目4"
        ),
    ),
)
