"""The 部门整体自评 service: open it on an approved plan (figures prefilled from the
disclosure tables, targets from the department goals), gather what it scores (the
projects' 自评 totals and the surveys' rates, live), save the unit's figures and actuals,
the reviewer's judged points, or a filled 自评表; each change locked and audited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jixiao.department import (
    DepartmentEvaluation,
    DepartmentFigures,
    DepartmentScore,
    ProjectResult,
    TargetResult,
    load_department_profile,
    score_department,
)
from jixiao.department.prefill import disclosed_budget
from jixiao.department.profile import DepartmentProfile
from jixiao.department.scoring import JudgedScore
from jixiao.web.audit.log import record as audit
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.documents.disclosures import plan_disclosure
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.surveys.collecting import results
from jixiao.web.surveys.models import SurveyRecord

ROLLED_UP = {"projects", "satisfaction"}


class DepartmentRefused(Exception):
    """A change that cannot be made now, with the Chinese reason."""


class DepartmentConflict(DepartmentRefused):
    """Someone else saved first: nothing written, the input is the person's to save again."""


def find_department_evaluation(evaluation_id: int) -> DepartmentSelfEvaluation | None:
    return (
        DepartmentSelfEvaluation.objects.select_related("plan__department")
        .filter(pk=evaluation_id)
        .first()
    )


def department_evaluation_of(plan: PlanRecord) -> DepartmentSelfEvaluation | None:
    return DepartmentSelfEvaluation.objects.filter(plan=plan).first()


def department_profile() -> DepartmentProfile:
    return load_department_profile()


def _targets(plan: PlanRecord) -> list[TargetResult]:
    return [
        TargetResult(subject=t.subject, target=t.value)
        for goal in plan_to_domain(plan).sub_goals
        for t in goal.targets
    ]


@transaction.atomic
def open_department_evaluation(user: Any, plan: PlanRecord) -> DepartmentSelfEvaluation:
    existing = DepartmentSelfEvaluation.objects.filter(plan=plan).first()
    if existing is not None:
        return existing
    budget = disclosed_budget(plan_disclosure(plan))
    evaluation = DepartmentEvaluation(
        department=plan.department.name,
        year=plan.year,
        figures=DepartmentFigures(budget_initial=budget, budget_final=budget),
        targets=_targets(plan),
    )
    record = DepartmentSelfEvaluation.objects.create(
        plan=plan,
        data=evaluation.model_dump(mode="json", exclude=ROLLED_UP),
        updated_by=user,
    )
    audit(
        user,
        "department_open",
        object_type="department_evaluation",
        object_id=record.pk,
        object_label=str(record),
        plan=plan,
        summary="开始部门整体自评" + (f"，年初预算{budget}万元取自预算公开表" if budget else ""),
    )
    return record


def project_results(plan: PlanRecord) -> list[ProjectResult]:
    """The projects' 自评 totals (scored entries only), with their budgets."""
    evaluation = SelfEvaluationRecord.objects.filter(plan=plan).first()
    if evaluation is None:
        return []
    return [
        ProjectResult(
            name=entry.project.name,
            budget=entry.project.budget_total or Decimal(0),
            total=Decimal(str(entry.total)),
        )
        for entry in evaluation.entries.select_related("project").exclude(total=None)
    ]


def satisfaction_rates(plan: PlanRecord) -> list[Decimal]:
    return [
        q.rate
        for survey in SurveyRecord.objects.filter(plan=plan)
        for q in results(survey).questions
        if q.rate is not None
    ]


def gathered(
    record: DepartmentSelfEvaluation, entered: DepartmentEvaluation | None = None
) -> DepartmentEvaluation:
    """What the unit and reviewer entered, with the projects and surveys rolled up now."""
    stored = entered or DepartmentEvaluation.model_validate(record.data)
    return stored.model_copy(
        update={
            "projects": project_results(record.plan),
            "satisfaction": satisfaction_rates(record.plan),
        }
    )


def scored(record: DepartmentSelfEvaluation) -> tuple[DepartmentEvaluation, DepartmentScore]:
    evaluation = gathered(record)
    return evaluation, score_department(evaluation, department_profile(), evaluation_profile())


def _save(
    user: Any,
    record: DepartmentSelfEvaluation,
    evaluation: DepartmentEvaluation,
    version: int,
    action: str,
    summary: str,
) -> DepartmentSelfEvaluation:
    before = record.data
    after = evaluation.model_dump(mode="json", exclude=ROLLED_UP)
    score = score_department(
        gathered(record, evaluation), department_profile(), evaluation_profile()
    )
    updated = DepartmentSelfEvaluation.objects.filter(pk=record.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1,
        updated_at=timezone.now(),
        updated_by=user,
        data=after,
        total=float(score.total),
        grade=score.grade or "",
    )
    if not updated:
        raise DepartmentRefused(
            "部门整体自评已被他人更新，您的输入未保存、仍保留在表中；核对后再保存即以您的输入为准。"
        )
    record.refresh_from_db()
    audit(
        user,
        action,
        object_type="department_evaluation",
        object_id=record.pk,
        object_label=str(record),
        plan=record.plan,
        summary=f"{summary}：总分{score.total}" + (f"，{score.grade}" if score.grade else ""),
        before=before,
        after=after,
    )
    return record


@transaction.atomic
def save_entries(
    user: Any,
    record: DepartmentSelfEvaluation,
    figures: DepartmentFigures,
    actuals: list[str],
    version: int,
) -> DepartmentSelfEvaluation:
    """The unit's figures and the targets' actuals (in the order of the targets)."""
    stored = DepartmentEvaluation.model_validate(record.data)
    targets = [
        t.model_copy(update={"actual": actual.strip()})
        for t, actual in zip(stored.targets, actuals + [""] * len(stored.targets), strict=False)
    ]
    evaluation = stored.model_copy(update={"figures": figures, "targets": targets})
    return _save(user, record, evaluation, version, "department_fill", "填报部门整体自评")


@transaction.atomic
def save_judged(
    user: Any, record: DepartmentSelfEvaluation, judged: dict[str, JudgedScore], version: int
) -> DepartmentSelfEvaluation:
    """The reviewer's points on the judged leaves (预算与资产管理, 履职效益…)."""
    leaves = {leaf.id: leaf for level in department_profile().levels for leaf in level.indicators}
    for leaf_id, score in judged.items():
        leaf = leaves.get(leaf_id)
        if leaf is None or leaf.measure != "judged":
            raise DepartmentRefused(f"“{leaf_id}”不是需要评价人打分的指标")
        if score.points > leaf.weight:
            raise DepartmentRefused(f"“{leaf.name}”得分{score.points}超过分值{leaf.weight}")
    stored = DepartmentEvaluation.model_validate(record.data)
    evaluation = stored.model_copy(update={"judged": judged})
    return _save(user, record, evaluation, version, "department_judge", "部门整体自评评分")


@transaction.atomic
def apply_form(
    user: Any, record: DepartmentSelfEvaluation, uploaded: DepartmentEvaluation, name: str
) -> DepartmentSelfEvaluation:
    """A filled 部门整体支出绩效自评表: its figures, actuals and judged points."""
    if uploaded.department != record.plan.department.name or uploaded.year != record.plan.year:
        raise DepartmentRefused(
            f"{name}：表中为{uploaded.department}{uploaded.year}年度，"
            f"不是{record.plan.department.name}{record.plan.year}年度"
        )
    stored = DepartmentEvaluation.model_validate(record.data)
    evaluation = stored.model_copy(
        update={
            "figures": uploaded.figures,
            "targets": uploaded.targets or stored.targets,
            "judged": uploaded.judged or stored.judged,
        }
    )
    return _save(user, record, evaluation, record.lock_version, "department_upload", f"上传{name}")
