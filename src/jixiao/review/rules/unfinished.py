"""Unfinished work a self-evaluation reports without saying why: a 实际完成值 that states
work under way (N210, “建设中”) and a 预算执行率 below 90% (N211), which the 自评表 templates
require to be explained (“预算执行率未达到90%的需说明原因”)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import attainment_of, is_self_evaluation
from jixiao.review.rules.stated_rate import amounts_unlike_rate

TABLE = rule_table(__name__)

_EXPLAIN_BELOW = Decimal("0.9")  # the templates' threshold: below 90% the 原因 must be given
_MET_ROWS = 3  # a project this many rows met, all of them: outputs claimed in full


def _in_progress(p: ProjectView) -> list[Hit]:
    found = phrases().in_progress
    hits = []
    for v in p.indicators:
        actual = squeeze(v.indicator.actual or "")
        if not actual or any(c.isdigit() for c in actual) or not found.search(actual):
            continue  # a figure with a remark (“完成80%，正在验收”) is a value
        why = "" if (v.indicator.deviation or "").strip() else "，也未填写偏差原因分析及改进措施"
        hits.append(
            hit(
                f"{q(v.name, 24)}的实际完成值{q(actual)}写的是进度，不是完成值："
                f"目标{q(v.raw, 20)}到年底没有完成，无法计分{why}。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


N210 = TABLE.rule("N210", _in_progress, applies_to=is_self_evaluation)


def _low_execution(p: ProjectView) -> list[Hit]:
    project = p.project
    rate = project.execution_rate
    told = ""
    unlike = amounts_unlike_rate(project)
    if rate is not None and rate >= _EXPLAIN_BELOW and unlike and unlike[1] < _EXPLAIN_BELOW:
        # 零陵: '执行率 100%' above 3824.26 of 4753.66万元 — the stated rate hides the 80.45%
        # the amounts give (N212 says the two disagree; this says what the amounts mean)
        told = (
            f"（全年执行数{amount(project.spent)}万元÷全年预算数{amount(unlike[0])}万元，"
            f"表中却写作{amount(rate * 100)}%）"
        )
        rate = unlike[1].quantize(Decimal("0.0001"))
    if rate is None or rate >= _EXPLAIN_BELOW or not project.budget_total:
        return []  # no budget: E104/E105 of the self-evaluation checks
    spent = project.spent
    if not told and spent is not None:
        told = f"（全年执行数{amount(spent)}万元）"
    shares = [attainment_of(i) for i in project.indicators]
    met = [s for s in shares if s is not None]
    claim = (
        f"；列出的{len(met)}项指标却全部达到目标，资金用了不到九成、产出全部完成，须核实"
        if len(met) >= _MET_ROWS and all(s >= 1 for s in met)
        else ""
    )
    return [
        hit(
            f"预算执行率{amount(rate * 100)}%{told}低于90%，"
            f"自评表须说明资金未执行的原因和处理措施{claim}。",
            field="execution_rate",
        )
    ]


N211 = TABLE.rule("N211", _low_execution, applies_to=is_self_evaluation)

RULES = (N210, N211)
