"""N209: a self-evaluation whose 全年执行数 exceeds its 全年预算数 (执行率 above 100%)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_ROUNDING = Decimal("1.005")  # 100.4% is rounding, 100.5% is spending beyond the budget


def _overspent(p: ProjectView) -> list[Hit]:
    rate = p.project.execution_rate
    if rate is None or rate <= _ROUNDING:
        return []
    spent = p.project.spent
    told = f"（全年执行数{amount(spent)}万元）" if spent is not None else ""
    return [
        hit(
            f"预算执行率{amount(rate * 100)}%{told}超过100%：执行数大于预算数，"
            "是超预算支出，或预算数、执行数填写有误。",
            field="execution_rate",
        )
    ]


N209 = TABLE.rule("N209", _overspent, applies_to=is_self_evaluation)

RULES = (N209,)
