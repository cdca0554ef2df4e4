"""The benchmark's second kind of document: 监控表 (round 9).

The monitoring corpus holds three documents, too few to inject into; so each real plan of
the import corpus is turned into the 监控表 its unit would file at the end of June — 1–6月
执行数 on its own 资金支出计划 (at least half the budget), 全年预计执行数 the budget, each
indicator's 全年预计完成值 its target and 完成目标可能性 “确定能” — the shape
``jixiao import`` gives an imported 监控表 (kind ``monitoring``, read by
:func:`jixiao.monitoring.imported.round_from_plan`). One defect a reviewer of a 监控表
finds is then injected into one project or indicator, and the monitoring engine's warnings
(P101–P111, ``src/jixiao/monitoring/checks.json``) must point at it. Classes marked
``"corpus": "monitoring"`` in catalogue.json.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Finding
from jixiao.grammar import Direction, UnitKind, ValueKind, parse_value
from jixiao.model import DepartmentPlan
from jixiao.monitoring.engine import monitor_round
from jixiao.monitoring.imported import round_date, round_from_plan
from jixiao.scoring.profile import load_evaluation_profile
from tests.review.defects.mutations import Target, mutation
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text

MONITORING = "monitoring"
_JUNE = 6
_HALF = Decimal("0.5")
_CERTAIN = "确定能"
_IMPOSSIBLE = ("不可能", "完全不可能")
_UP = (Direction.GE, Direction.GT, Direction.EQ, None)


def monitored(plan: DepartmentPlan) -> DepartmentPlan | None:
    """``plan`` as the 监控表 of its June round, on track; None when no project has a budget
    and indicators."""
    doc = plan.model_copy(deep=True)
    doc.kind = MONITORING
    doc.projects = [p for p in doc.projects if (p.budget_total or 0) > 0 and p.indicators]
    if not doc.projects or doc.year is None:
        return None
    for project in doc.projects:
        budget = project.budget_total
        assert budget is not None
        planned = project.spend_plan.get("6月底")
        share = max(_HALF, min(Decimal(1), (planned or 0) / 100))
        project.through_month = _JUNE
        project.budget_adjusted = budget
        project.spent = (budget * share).quantize(Decimal("0.01"))
        project.spend_forecast = budget
        for ind in project.indicators:
            ind.expected, ind.likelihood = ind.value, _CERTAIN
            ind.actual = ind.deviation = None
    return doc


def monitoring_findings(doc: DepartmentPlan) -> list[Finding]:
    """The monitoring engine's warnings on ``doc``, each with the index of its project."""
    date = round_date(doc)
    assert date is not None
    result = monitor_round(round_from_plan(doc, date), doc, load_evaluation_profile())
    return [
        f.model_copy(update={"project_index": p})
        for p, project in enumerate(result.projects, start=1)
        for f in project.findings
    ]


def _is_monitoring(plan: DepartmentPlan) -> bool:
    return plan.kind == MONITORING


def _set_money(plan: DepartmentPlan, field: str, share: str) -> Target | None:
    """The first project's ``field`` (spent / spend_forecast) at ``share`` of its budget."""
    if not _is_monitoring(plan):
        return None
    project = plan.projects[0]
    assert project.budget_adjusted is not None
    setattr(project, field, (project.budget_adjusted * Decimal(share)).quantize(Decimal("0.01")))
    return Target(1, frozenset())


@mutation
def monitor_spending_far_behind(plan: DepartmentPlan) -> Target | None:
    """1–6月执行数 a tenth of the budget at the end of June."""
    return _set_money(plan, "spent", "0.1")


@mutation
def monitor_expected_below_target(plan: DepartmentPlan) -> Target | None:
    """A count's 全年预计完成值 half its target, 完成可能性 still “确定能”."""
    if not _is_monitoring(plan):
        return None
    for p, project in enumerate(plan.projects, start=1):
        for i, ind in enumerate(project.indicators, start=1):
            v = parse_value(ind.value)
            if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
                continue
            if v.unit_kind is not UnitKind.COUNT or not v.unit or (v.number or 0) < 4:
                continue
            assert v.number is not None
            ind.expected = f"{_text((v.number / 2).quantize(Decimal('1')))}{v.unit}"
            return Target(p, frozenset({i}))
    return None


@mutation
def monitor_impossible_without_reason(plan: DepartmentPlan) -> Target | None:
    """完成目标可能性 “不可能” on a row, with no 偏差原因 or 措施."""
    if not _is_monitoring(plan):
        return None
    ind = plan.projects[0].indicators[0]
    ind.likelihood = _seeded(plan, _IMPOSSIBLE)
    return Target(1, frozenset({1}))


@mutation
def monitor_forecast_above_budget(plan: DepartmentPlan) -> Target | None:
    """全年预计执行数 three tenths above the budget."""
    return _set_money(plan, "spend_forecast", "1.3")


@mutation
def monitor_spent_above_budget(plan: DepartmentPlan) -> Target | None:
    """1–6月执行数 already a tenth above the year's budget."""
    return _set_money(plan, "spent", "1.1")
