"""W123: a 数量指标 whose target is a bare number the project's goal gives as money
(held-out round 17, 南华县 野生菌加工车间: “配套烘干杀菌设备及包装设备购置及安装 550”, the
年度目标 “…购置及安装550万元”): the investment was copied in as the quantity, its unit
dropped, so the row cannot be checked as a quantity at all."""

from __future__ import annotations

import re

from jixiao.grammar.indicator_value import ValueKind
from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q, rows_and_goal_texts

TABLE = rule_table(__name__)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _amount_in(goal: str, figure: str) -> str | None:
    """The goal's words around ``figure`` when the goal gives it in 元 or 万元."""
    found = re.search(rf"(?<![\d.])(.{{0,12}}){re.escape(figure)}\s*万?元", goal)
    return None if found is None else found.group(0)


def _amounts_as_quantities(p: ProjectView) -> list[Hit]:
    goal = "；".join([*p.project.goals, p.project.annual_goal or ""])
    if "元" not in goal:
        return []  # (nearly every project: no money in its goal)
    hits = []
    for v in p.indicators:
        value = v.value
        if v.level2 != "数量" or value.kind is not ValueKind.QUANTITATIVE or value.unit:
            continue
        figure = _FIGURE.search(v.raw)
        said = None if figure is None else _amount_in(goal, figure.group(0))
        if said is not None:
            hits.append(
                hit(
                    f"数量指标{q(v.name, 24)}的指标值{q(v.raw)}只有数字，年度目标里这个数是金额"
                    f"（{q(said.strip('，,；;。 '), 30)}）：把投资额当成了数量目标，"
                    "年终无法按数量核验完成了多少。",
                    field="value",
                    indicator_index=v.index,
                )
            )
    return hits


W123 = TABLE.rule("W123", _amounts_as_quantities, shared_by=rows_and_goal_texts)

RULES = (W123,)
