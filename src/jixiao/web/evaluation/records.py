"""Opening a plan's 绩效自评 and reading it back as the core sees it.

Each project's entry starts from its 绩效目标表: the budget as 年初预算数 and 全年预算数,
the fiscal and other funds, the goals as 预期目标 and the indicator grid with its targets.
When a 监控 round exists, its latest 全年预计执行数 is offered as the 全年执行数 to check.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from jixiao.evaluation import IndicatorResult, ProjectEvaluation, ProjectScore, score_project
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.convert import project_to_domain
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.reporting.opening import add_entries
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.runtime.compiled import CompiledQuery


class EvaluationRefused(Exception):
    """The self-evaluation cannot be opened (a clear reason for the page)."""


def prefilled(project: ProjectRecord) -> ProjectEvaluation:
    domain = project_to_domain(project)
    plan = project.plan
    return ProjectEvaluation(
        name=domain.name,
        code=domain.code,
        department=plan.department.name,
        unit=domain.unit_name,
        year=plan.year,
        budget_initial=domain.budget_total,
        budget_total=domain.budget_total,
        fiscal_current=domain.budget_fiscal,
        other_funds=domain.budget_other,
        goal_expected="\n".join(domain.goals),
        indicators=[
            IndicatorResult(level1=i.level1, level2=i.level2, level3=i.level3, target=i.value)
            for i in domain.indicators
        ],
    )


@transaction.atomic
def open_evaluation(user: Any, plan: PlanRecord) -> SelfEvaluationRecord:
    """The plan's self-evaluation, every project prefilled; raises EvaluationRefused."""
    if SelfEvaluationRecord.objects.filter(plan=plan).exists():
        raise EvaluationRefused(f"{plan}的绩效自评已经开始。")
    evaluation = SelfEvaluationRecord.objects.create(plan=plan, updated_by=user)
    add_entries(
        user,
        evaluation,
        (EvaluationEntryRecord, "evaluation"),
        prefilled,
        action="open_evaluation",
        summary=f"开始{plan.year}年度绩效自评（{plan.projects.count()}个项目）",
    )
    refresh_evaluation(evaluation)
    return evaluation


def visible_evaluations(member: Membership | None) -> QuerySet[SelfEvaluationRecord]:
    """Every self-evaluation of the plans the person may read."""
    plans = visible_plans(member)
    return SelfEvaluationRecord.objects.filter(plan__in=plans).select_related("plan__department")


def grade_counts(evaluations: list[SelfEvaluationRecord]) -> dict[int, Counter[str]]:
    """Projects per grade (from the cached grades), per self-evaluation."""
    grades: dict[int, Counter[str]] = {e.pk: Counter() for e in evaluations}
    for evaluation_id, grade in EvaluationEntryRecord.objects.filter(
        evaluation__in=evaluations
    ).values_list("evaluation_id", "grade"):
        grades[evaluation_id][grade] += 1
    return grades


def reports_waiting(plans: list[PlanRecord], states: list[str]) -> QuerySet[SelfEvaluationRecord]:
    return SelfEvaluationRecord.objects.filter(plan__in=plans, status__in=states).select_related(
        "plan__department"
    )


def find_evaluation(evaluation_id: int) -> SelfEvaluationRecord | None:
    """The self-evaluation with its plan and department (what the access checks read)."""
    return (
        SelfEvaluationRecord.objects.select_related("plan__department")
        .filter(pk=evaluation_id)
        .first()
    )


# the 自评 page asks it on every view: compiled once per process (jixiao.web.runtime.compiled)
_OF_PLAN: CompiledQuery[SelfEvaluationRecord] = CompiledQuery(
    lambda plan_id: SelfEvaluationRecord.objects.filter(plan_id=plan_id).order_by("pk")[:1], int
)


def evaluation_of_plan(plan: PlanRecord) -> SelfEvaluationRecord | None:
    """The plan's self-evaluation, holding this very plan record (the page's, already
    read with its department) rather than reading it again."""
    found = _OF_PLAN.first(plan.pk)
    if found is not None:
        found.plan = plan
    return found


def find_entry(entry_id: int) -> EvaluationEntryRecord | None:
    return (
        EvaluationEntryRecord.objects.select_related(
            "evaluation__plan__department", "project", "updated_by"
        )
        .filter(pk=entry_id)
        .first()
    )


def evaluation_of(entry: EvaluationEntryRecord) -> ProjectEvaluation:
    return ProjectEvaluation.model_validate(entry.data)


def entry_score(entry: EvaluationEntryRecord) -> ProjectScore:
    return score_project(evaluation_of(entry), evaluation_profile())


def entry_cache(score: ProjectScore, unscored: bool = False) -> dict[str, Any]:
    """The columns the dashboards read; an entry not complete enough to score (未填报 or
    填报中, :func:`jixiao.evaluation.ready_to_score`) has no score or grade yet."""
    rate = score.execution_rate
    if unscored:
        return {"total": None, "grade": "", "execution_rate": None, "findings_count": 0}
    return {
        "total": float(score.total),
        "grade": score.grade,
        "execution_rate": None if rate is None else float(rate),
        "findings_count": len(score.findings),
    }


def entries(evaluation: SelfEvaluationRecord) -> list[EvaluationEntryRecord]:
    return list(
        evaluation.entries.select_related("project", "updated_by").order_by("project__position")
    )


def scored(
    evaluation: SelfEvaluationRecord, *, reported_only: bool = False
) -> list[tuple[EvaluationEntryRecord, ProjectEvaluation, ProjectScore]]:
    """Every entry with the core's reading and score, in the plan's order (only those
    filled in, with ``reported_only``: a blank entry's 0 points mean nothing yet)."""
    profile = evaluation_profile()
    out = []
    for entry in entries(evaluation):
        if reported_only and evaluation_of(entry).is_blank:
            continue
        domain = evaluation_of(entry)
        out.append((entry, domain, score_project(domain, profile)))
    return out


def refresh_evaluation(evaluation: SelfEvaluationRecord) -> None:
    """Recompute every entry's score and store the results for every page."""
    from jixiao.web.reportstore.evaluations import store_evaluation  # builds on this module

    store_evaluation(evaluation)


def refresh_average(evaluation: SelfEvaluationRecord) -> None:
    totals = [t for t in evaluation.entries.values_list("total", flat=True) if t is not None]
    SelfEvaluationRecord.objects.filter(pk=evaluation.pk).update(
        average=round(sum(totals) / len(totals), 2) if totals else None
    )
