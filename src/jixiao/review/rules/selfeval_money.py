"""A 自评表's money read against its rows, round 12 of the held-out classes
(tests/review/defects/opinions_round12.py):

- F118: the 全年执行数 is nothing (0, or at most the data's ``idle_share`` of the 全年预算数)
  while the rows report their targets reached: the money was not spent, yet the work it pays
  for is reported done — the self-evaluation is not credible, or the execution is misstated;
- F119: the table spent its whole budget (``full_share``), and a row's 偏差原因 blames money
  that came late or not at all (“资金未及时到位”): the reason contradicts the 全年执行数.

The words and shares are data (``jixiao/profiles/review-selfeval-money.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.model.plan import Project
from jixiao.review.context import ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import alternation, amount, data_words, q
from jixiao.review.rules.selfeval import attainment_of, is_self_evaluation

TABLE = rule_table(__name__)
_DATA = "review-selfeval-money.json"


@cache
def _data() -> dict[str, object]:
    return load_data_file(_DATA)


def _share(key: str) -> Decimal:
    return Decimal(str(_data()[key]))


@cache
def _late_funds() -> re.Pattern[str]:
    """A subject (资金, 经费) then, close by, a fault (未及时到位, 下达较晚)."""
    subjects = alternation(data_words(_DATA, "fund_subjects"))
    faults = alternation(data_words(_DATA, "fund_faults"))
    reach = int(str(_data()["fund_reach"]))
    return re.compile(f"(?:{subjects})[^，。；;,]{{0,{reach}}}?(?:{faults})")


def _budget(project: Project) -> Decimal | None:
    return project.budget_adjusted or project.budget_total


def _met(p: ProjectView) -> list[str]:
    """The rows reaching their target, or saying so in stock words (“达成预期指标”, N208's),
    when they are more than half the comparable rows."""
    met, compared, stock = [], 0, phrases().stock_actuals
    for i in p.project.indicators:
        share = attainment_of(i)
        if share is None and squeeze(i.actual or "") in stock:
            share = Decimal(1)
        if share is None:
            continue
        compared += 1
        if share >= 1:
            met.append(i.level3)
    return met if len(met) * 2 > compared else []


def _nothing_spent(p: ProjectView) -> list[Hit]:
    budget, spent = _budget(p.project), p.project.spent
    if budget is None or budget <= 0 or spent is None or spent > budget * _share("idle_share"):
        return []
    met = _met(p)
    if len(met) < int(str(_data()["met_rows"])):
        return []
    shown = "、".join(q(name, 16) for name in met[:3]) + ("等" if len(met) > 3 else "")
    return [
        hit(
            f"全年预算{amount(budget)}万元，全年执行数只有{amount(spent)}万元，"
            f"{shown}{len(met)}项指标却报告达到目标：资金没有支出而产出、效益已经完成，"
            "自评结果不可信，或执行数填写有误。",
            field="spent",
        )
    ]


F118 = TABLE.rule("F118", _nothing_spent, applies_to=is_self_evaluation)


def _blames_funds(p: ProjectView) -> list[Hit]:
    budget, spent = _budget(p.project), p.project.spent
    if budget is None or budget <= 0 or spent is None or spent < budget * _share("full_share"):
        return []
    hits = []
    for v in p.indicators:
        deviation = (v.indicator.deviation or "").strip()
        said = _late_funds().search(deviation) if deviation else None
        if said is None:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的偏差原因写{q(deviation, 24)}（{said.group(0)}），"
                f"全年执行数却是{amount(spent)}万元，已达全年预算{amount(budget)}万元："
                "资金已经全部支出，偏差原因与执行情况矛盾。",
                field="deviation",
                indicator_index=v.index,
            )
        )
    return hits


F119 = TABLE.rule("F119", _blames_funds, applies_to=is_self_evaluation)

RULES = (F118, F119)
