"""The built-in pack's rule families and rules (registered in :mod:`jixiao.builtin_pack`),
in the order the review runs them; the ids and families are described in
:mod:`jixiao.review.catalogue`."""

from __future__ import annotations

from jixiao.review.rule_set import RuleSet
from jixiao.review.rules import (
    bare_respondents,
    basis,
    cost_echoes_budget,
    costs,
    count_ceiling,
    disclosure,
    fit,
    fund_process,
    goal_sentence_name,
    integrity,
    measurability,
    money,
    name_numbering,
    narrative,
    numbers,
    overspent,
    placeholder_row,
    project_type,
    rate_sign,
    satisfaction,
    selfeval,
    spending,
    statements,
    stock_actual,
    structure,
    survey_rate,
    unfinished,
    unit_costs,
    words,
)

FAMILIES: dict[str, str] = {
    "structure": "结构完整性",
    "measurability": "可衡量性",
    "numbers": "数值合理性",
    "money": "资金一致性",
    "words": "文字一致性",
    "fit": "归属与对应",
    "disclosure": "预算公开",
    "basis": "指标值确定依据",
    "cost": "成本与单价",
}

_RULES = (
    *structure.RULES,
    *measurability.RULES,
    *placeholder_row.RULES,
    *integrity.RULES,
    *numbers.RULES,
    *survey_rate.RULES,
    *count_ceiling.RULES,
    *rate_sign.RULES,
    *(r for r in satisfaction.RULES if r.family == "numbers"),
    *money.RULES,
    *spending.RULES,
    *words.RULES,
    *statements.RULES,
    *goal_sentence_name.RULES,
    *name_numbering.RULES,
    *fit.RULES,
    *(r for r in satisfaction.RULES if r.family == "fit"),
    *bare_respondents.RULES,
    *fund_process.RULES,
    *project_type.RULES,
    *sorted((*disclosure.RULES, *narrative.RULES), key=lambda r: r.id),
    *basis.RULES,
    *costs.RULES,
    *unit_costs.RULES,
    *cost_echoes_budget.RULES,
    *selfeval.RULES,
    *stock_actual.RULES,
    *overspent.RULES,
    *unfinished.RULES,
)

BUILT_IN_RULES = RuleSet(FAMILIES, _RULES)
