"""Shape core results for pages and the API: findings placed on records, grammar readings."""

from __future__ import annotations

from typing import Any

from jixiao.grammar import IndicatorValue, parse_value
from jixiao.grammar.kind_labels import KIND_LABELS
from jixiao.model import DepartmentPlan, Project
from jixiao.review import Finding, review_plan
from jixiao.web.findings.reading import stored
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.reviewing import profile


def reading(value: IndicatorValue) -> dict[str, Any]:
    """What the grammar understood of a 指标值, for the editor's live feedback."""
    return {
        "raw": value.raw,
        "kind": value.kind.value,
        "kind_label": KIND_LABELS[value.kind],
        "direction": value.direction.value if value.direction else None,
        "number": str(value.number) if value.number is not None else None,
        "upper": str(value.upper) if value.upper is not None else None,
        "unit": value.unit,
        "canonical": value.canonical,
        "measurable": value.is_measurable,
        "problems": list(value.problems),
    }


def read_value(text: str) -> dict[str, Any]:
    return reading(parse_value(text))


def finding_dict(finding: Finding, indicator_ids: dict[tuple[int, int], int]) -> dict[str, Any]:
    data = finding.model_dump(mode="json", exclude={"location"})
    data["severity_label"] = finding.severity.label
    data["location"] = finding.location.describe() if finding.location else None
    key = (finding.project_index or 0, finding.indicator_index or 0)
    data["indicator_id"] = indicator_ids.get(key)
    return data


def plan_findings(record: PlanRecord) -> list[dict[str, Any]]:
    """The plan's stored findings (a recomputation is queued if they are out of date)."""
    return stored(record).dicts()


def draft_findings(
    plan: DepartmentPlan, position: int, draft: Project, ids: list[int | None]
) -> list[dict[str, Any]]:
    """Findings of a project as it would be if saved (检查, no save): the editor's live check."""
    projects = list(plan.projects)
    projects[position - 1] = draft
    report = review_plan(plan.model_copy(update={"projects": projects}), profile())
    by_row = {(position, n): pk for n, pk in enumerate(ids, start=1) if pk is not None}
    return [
        finding_dict(f, by_row) | {"row": f.indicator_index}
        for f in report.findings
        if f.project_index == position
    ]
