"""N208: a self-evaluation's 实际完成值 that only says the target was met (“达成预期指标”)."""

from __future__ import annotations

from jixiao.review.context import ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)


def _stock(p: ProjectView) -> list[Hit]:
    stock = phrases().stock_actuals
    hits = []
    for v in p.indicators:
        actual = v.indicator.actual
        if actual and squeeze(actual).replace("％", "%") in stock:
            hits.append(
                hit(
                    f"{q(v.name, 24)}的实际完成值{q(actual)}只说达到了目标，"
                    f"没有写实际情况（目标{q(v.raw, 20)}）。",
                    field="actual",
                    indicator_index=v.index,
                )
            )
    return hits


N208 = TABLE.rule("N208", _stock, applies_to=is_self_evaluation)

RULES = (N208,)
