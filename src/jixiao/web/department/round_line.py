"""部门整体运行监控 on a 监控 round: the department's line from
:func:`jixiao.department.monitoring.monitor_department` — spending against 序时进度 (the
sum of its projects unless the unit entered the department's own figures), the goals'
targets with what the unit expects, the projects' lights — and saving the unit's entries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F

from jixiao.department.monitoring import DepartmentRound, TargetProgress, monitor_department
from jixiao.monitoring import MonitoringResult
from jixiao.monitoring.model import Likelihood
from jixiao.web.audit.log import record as audit
from jixiao.web.caching.fragments import cached
from jixiao.web.department.models import DepartmentRoundRecord
from jixiao.web.department.recording import (
    DepartmentConflict,
    DepartmentRefused,
    department_profile,
)
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.rounds import entries, round_report
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile

LIKELIHOODS = tuple(item.value for item in Likelihood)


def line_of(round_: MonitoringRoundRecord) -> DepartmentRoundRecord:
    """The round's department line; before the unit's first save, an unsaved one with the
    plan's targets (a page view writes nothing)."""
    record = DepartmentRoundRecord.objects.filter(round=round_).first()
    if record is not None:
        return record
    plan = round_.plan
    # read from the plan's goals once per plan revision, not on every view of the page
    targets = cached(f"jixiao:goal-targets:{plan.pk}:{plan.lock_version}", lambda: _targets(plan))
    return DepartmentRoundRecord(round=round_, targets=targets or [])


def _targets(plan: PlanRecord) -> list[dict[str, Any]]:
    """The plan's goals' targets as a new line holds them."""
    return [
        TargetProgress(subject=t.subject, target=t.value).model_dump(mode="json")
        # the plan's goals only: converting its projects too would cost a page dearly
        for goal in plan_to_domain(plan, plan.projects.none()).sub_goals
        for t in goal.targets
    ]


def targets_of(record: DepartmentRoundRecord) -> list[TargetProgress]:
    return [TargetProgress.model_validate(t) for t in record.targets]


def department_line(
    round_: MonitoringRoundRecord, report: MonitoringResult | None = None
) -> tuple[DepartmentRoundRecord, DepartmentRound]:
    """The department's line; ``report``: the projects' results already at hand (their
    lights, budgets and spending are all it reads)."""
    record = line_of(round_)
    if report is None:
        report = round_report(round_, entries(round_))
    return record, line_for(round_, record, report)


def line_for(
    round_: MonitoringRoundRecord, record: DepartmentRoundRecord, report: MonitoringResult
) -> DepartmentRound:
    """The core's verdict on the department's line, given its projects' results."""
    budget, spent = record.budget, record.spent_to_date
    if budget is None:
        budget = sum((p.budget_total or Decimal(0) for p in report.projects), Decimal(0)) or None
    if spent is None and any(p.spent_to_date is not None for p in report.projects):
        spent = sum((p.spent_to_date or Decimal(0) for p in report.projects), Decimal(0))
    return monitor_department(
        round_.plan.department.name,
        round_.monitor_date,
        budget,
        spent,
        targets_of(record),
        report,
        evaluation_profile(),
        department_profile(),
    )


@transaction.atomic
def save_line(
    user: Any,
    record: DepartmentRoundRecord,
    budget: Decimal | None,
    spent: Decimal | None,
    rows: list[dict[str, str]],
    version: int,
) -> None:
    """The unit's department figures and, per target, 截至完成/全年预计/可能性/原因."""
    targets = targets_of(record)
    for target, row in zip(targets, rows, strict=False):
        if row.get("likelihood") and row["likelihood"] not in LIKELIHOODS:
            raise DepartmentRefused(
                f"“{target.subject}”：完成可能性应为{'、'.join(LIKELIHOODS)}之一"
            )
    updated_targets = [
        t.model_copy(
            update={
                k: row.get(k, "").strip() for k in ("to_date", "expected", "likelihood", "cause")
            }
        )
        for t, row in zip(targets, rows + [{}] * len(targets), strict=False)
    ]
    after = [t.model_dump(mode="json") for t in updated_targets]
    if record.pk is None and version == record.lock_version:
        record.save()  # the first save of the line
    updated = DepartmentRoundRecord.objects.filter(pk=record.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1, budget=budget, spent_to_date=spent, targets=after
    )
    if not updated:
        raise DepartmentConflict("部门整体监控已被他人更新，您的输入未保存。")
    audit(
        user,
        "department_monitor",
        object_type="department_round",
        object_id=record.pk,
        object_label=str(record.round),
        plan=record.round.plan,
        summary="填报部门整体运行监控",
        before={"targets": record.targets},
        after={"targets": after, "budget": str(budget), "spent": str(spent)},
    )
