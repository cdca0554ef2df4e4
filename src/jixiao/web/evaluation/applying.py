"""结果应用: the budget office's list and next year's plan started from this year's."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from jixiao.carryover import BudgetAdvice, budget_office_list, next_year_plan
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.records import scored
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.reviewing import refresh_review
from jixiao.web.plans.storing import StoreRefused, store_plan
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.runtime.compiled import CompiledQuery


def budget_advice(evaluation: SelfEvaluationRecord) -> list[BudgetAdvice]:
    """预算安排建议: projects graded 中/差 or with low execution, with the treatment
    (projects not filled in yet are not judged)."""
    scores = [score for _, _, score in scored(evaluation, reported_only=True)]
    return budget_office_list(scores, evaluation_profile())


def next_years_plan(evaluation: SelfEvaluationRecord) -> PlanRecord | None:
    """The department's plan of the following year, if there is one already (then nothing is
    carried over: the page links to it instead of offering a button that can only refuse)."""
    plan = evaluation.plan
    return _FOLLOWING.first(plan.department_id, plan.year + 1)


# asked on every view of a 自评 page: compiled once per process; only what its link shows
_FOLLOWING: CompiledQuery[PlanRecord] = CompiledQuery(
    lambda department_id, year: (
        PlanRecord.objects.filter(department_id=department_id, year=year)
        .order_by("pk")
        .only("pk", "status")[:1]
    ),
    int,
    int,
)


@transaction.atomic
def carry_over(user: Any, evaluation: SelfEvaluationRecord) -> PlanRecord:
    """Next year's plan (编制中) from this year's, last year's actuals as 历史标准."""
    plan = evaluation.plan
    year = plan.year + 1
    if PlanRecord.objects.filter(department=plan.department, year=year).exists():
        raise StoreRefused(f"{plan.department.name}{year}年的绩效文本已经存在，未结转。")
    draft = next_year_plan(plan_to_domain(plan), [domain for _, domain, _ in scored(evaluation)])
    record = store_plan(draft, plan.department, user, year=year)
    refresh_review(record)
    return record
