"""Opening a report (a 监控 round, a 自评): one entry per project of the plan, each
prefilled from the project's 绩效目标表, and the opening audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.models import ProjectRecord
from jixiao.web.reporting.models import EntryRecord, ReportRecord


def add_entries(
    user: Any,
    report: ReportRecord,
    entries: tuple[type[EntryRecord], str],
    prefilled: Callable[[ProjectRecord], BaseModel],
    *,
    action: str,
    summary: str,
) -> None:
    """Create the report's entry for every project of its plan, in the plan's order —
    ``entries``: the entry model and its link to the report (``round``, ``evaluation``) —
    and audit the opening as ``action``."""
    entry_model, link = entries
    plan = report.plan  # type: ignore[attr-defined]
    for project in plan.projects.prefetch_related("indicators").order_by("position"):
        entry_model.objects.create(  # type: ignore[attr-defined]
            **{link: report},
            project=project,
            data=prefilled(project).model_dump(mode="json"),
            updated_by=user,
        )
    audit(
        user,
        action,
        object_type=report._meta.model_name or "report",
        object_id=report.pk,
        object_label=str(report),
        plan=plan,
        summary=summary,
    )
