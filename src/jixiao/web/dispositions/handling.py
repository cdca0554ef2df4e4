"""Read and set the dispositions of a plan's stored findings.

Only the dispositions of findings the stored review still has are shown or counted: one
whose finding disappeared (the plan was fixed) is no longer open, and it is not counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from jixiao.disposition import (
    DispositionRefused,
    DispositionStatus,
    check_disposition,
    finding_keys,
)
from jixiao.web.audit.log import record
from jixiao.web.dispositions.models import FindingDisposition
from jixiao.web.findings.reading import Stored
from jixiao.web.findings.review_pages import chart_link
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.models import PlanRecord
from jixiao.web.runtime.compiled import CompiledQuery

# Asked by every 审核报告 and findings-API request (compiled once per process: building
# them cost the ORM more CPU than the database needs to answer).
_LATEST_CHANGE: CompiledQuery[FindingDisposition] = CompiledQuery(
    lambda pk: (
        FindingDisposition.objects.filter(plan_id=pk)
        .order_by()
        .values("plan")
        .annotate(last=Max("updated_at"))
        .values_list("last")
    ),
    int,
)
_ANY: CompiledQuery[FindingDisposition] = CompiledQuery(
    lambda pk: FindingDisposition.objects.filter(plan_id=pk).order_by().values_list("pk")[:1],
    int,
)


def any_handled(plan_id: int) -> bool:
    """Whether any finding of the plan has a disposition."""
    return bool(_ANY.rows(plan_id))


@dataclass(frozen=True)
class Handled:
    """A finding as shown with its disposition."""

    key: str
    finding: dict[str, Any]
    status: DispositionStatus
    note: str = ""
    by: str = ""
    at: Any = None

    @property
    def chart(self) -> str:
        """The link (within the 审核报告) to the chart of a unit-cost finding, or ""."""
        return chart_link(self.finding)


@dataclass(frozen=True)
class Handling:
    """The stored findings of a plan with their dispositions, and the counts."""

    items: list[Handled]
    counts: Counter[DispositionStatus] = field(default_factory=Counter)
    total: int = 0

    def summary(self) -> str:
        """共 N 条 · 待处理 X · 已修改 Y · 不予采纳 Z · 已核实 W"""
        parts = [f"共 {self.total} 条"]
        parts += [f"{status.label} {self.counts[status]}" for status in DispositionStatus]
        return " · ".join(parts)


def ordered_keys(found: Stored) -> list[str]:
    """The stable key of each stored finding, in the review's order."""
    return finding_keys(found.rows().values_list("data", flat=True))


def handling(found: Stored) -> Handling:
    """Every stored finding of the plan with its disposition (待处理 when none)."""
    findings = found.dicts()
    keys = finding_keys(findings)
    # the plan's dispositions are few; its findings may be thousands (no huge IN list)
    of_plan = FindingDisposition.objects.filter(plan=found.plan).select_related("updated_by")
    kept = {d.key: d for d in of_plan}
    items = []
    for key, finding in zip(keys, findings, strict=True):
        done = kept.get(key)
        if done is None:
            items.append(Handled(key, finding, DispositionStatus.PENDING))
        else:
            by = (
                done.updated_by.get_full_name() or done.updated_by.username
                if done.updated_by
                else ""
            )
            items.append(
                Handled(
                    key, finding, DispositionStatus(done.status), done.note, by, done.updated_at
                )
            )
    return Handling(items, Counter(item.status for item in items), len(items))


def statuses_by_ordinal(found: Stored) -> dict[int, str]:
    """The 处理状态 of each handled finding by its ordinal now (none: 待处理)."""
    if not any_handled(found.plan.pk):
        return {}  # the usual case: no finding read
    keys = ordered_keys(found)
    kept = dict(FindingDisposition.objects.filter(plan=found.plan).values_list("key", "status"))
    return {n: kept[key] for n, key in enumerate(keys, start=1) if key in kept}


def latest_change(plan: PlanRecord) -> str:
    """When the plan's dispositions last changed ("" if never): part of cache keys."""
    rows = _LATEST_CHANGE.rows(plan.pk)
    return rows[0][0].isoformat() if rows and rows[0][0] is not None else ""


@transaction.atomic
def dispose(
    user: Any, member: Membership, found: Stored, key: str, status: str, note: str
) -> FindingDisposition:
    """Set the disposition of the finding ``key`` (raises DispositionRefused)."""
    wanted = check_disposition(member.role_enum, status, note)
    keys = ordered_keys(found)
    if key not in keys:
        raise DispositionRefused("该审核发现已不存在（文本修改后已重新审核），请刷新页面")
    finding = found.dicts(found.rows().filter(ordinal=keys.index(key) + 1))
    label = _label(finding[0]) if finding else key
    before = FindingDisposition.objects.filter(plan=found.plan, key=key).first()
    was = {"status": before.status, "note": before.note} if before else None
    disposition, _ = FindingDisposition.objects.update_or_create(
        plan=found.plan,
        key=key,
        defaults={
            "status": wanted.value,
            "note": note.strip(),
            "updated_by": user,
            "updated_at": timezone.now(),
        },
    )
    record(
        user,
        "dispose_finding",
        object_type="审核发现",
        object_id=key,
        object_label=label,
        plan=found.plan,
        summary=f"标记为{wanted.label}" + (f"：{note.strip()}" if note.strip() else ""),
        before=was,
        after={"status": wanted.value, "note": note.strip()},
    )
    return disposition


def _label(finding: dict[str, Any]) -> str:
    place = " / ".join(str(finding[k]) for k in ("project", "indicator") if finding.get(k))
    return f"{finding.get('rule', '')} {finding.get('title', '')} {place}".strip()


def disposition_line(found: Stored) -> str:
    """The 审核报告's line of counts by 处理状态, with a link to the page that sets them
    (HTML; read fresh on every view, never from the cached report)."""
    from django.urls import reverse
    from django.utils.html import escape

    address = reverse("plan_findings", args=[found.plan.pk])
    # none handled yet (the usual case): said without reading the findings, so a cached
    # report is served without touching them
    handled = any_handled(found.plan.pk)
    summary = handling(found).summary() if handled else "全部待处理"
    return (
        '<p class="disposition-counts" role="status">处理情况：'
        f'{escape(summary)}（<a href="{address}">逐条处理</a>）</p>'
    )
