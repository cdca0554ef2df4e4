"""A reviewed document: the plan as imported and its review, kept together for reports."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.model import DepartmentPlan
from jixiao.review import Finding, ReviewResult

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Reviewed:
    plan: DepartmentPlan
    report: ReviewResult

    def document_findings(self) -> list[Finding]:
        """Findings about the document as a whole (department part, disclosure)."""
        return [f for f in self.report.findings if f.project_index is None]

    def project_findings(self, index: int) -> list[Finding]:
        """Findings about project ``index`` (1-based) not tied to one indicator."""
        return [
            f
            for f in self.report.findings
            if f.project_index == index and f.indicator_index is None
        ]

    def indicator_findings(self, project_index: int, indicator_index: int) -> list[Finding]:
        return [
            f
            for f in self.report.findings
            if f.project_index == project_index and f.indicator_index == indicator_index
        ]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (
            f.project_index or 0,
            f.indicator_index or 0,
            SEVERITY_ORDER.get(str(f.severity), 9),
            f.rule,
        ),
    )


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """The findings of one rule at one project (or the document): one defect, many places.

    Each finding keeps its own row so it can be resolved and counted; a report shows the
    group once, with its places, so a rule that fires on nine rows reads as one objection.
    """

    rule: str
    title: str
    severity: str
    project_index: int | None
    findings: tuple[Finding, ...]

    @property
    def places(self) -> str:
        """The rows concerned: “指标1“甲”、指标4“乙””."""
        return "、".join(
            f"指标{f.indicator_index}“{f.indicator or ''}”"
            for f in self.findings
            if f.indicator_index is not None
        )


def group_findings(findings: list[Finding]) -> list[FindingGroup]:
    """Findings grouped by (project, rule), worst severity first, then by first row."""
    groups: dict[tuple[int | None, str], list[Finding]] = {}
    for finding in sort_findings(findings):
        groups.setdefault((finding.project_index, finding.rule), []).append(finding)
    built = [
        FindingGroup(rule, members[0].title, str(members[0].severity), project, tuple(members))
        for (project, rule), members in groups.items()
    ]
    return sorted(
        built,
        key=lambda g: (
            g.project_index or 0,
            SEVERITY_ORDER.get(g.severity, 9),
            g.findings[0].indicator_index or 0,
            g.rule,
        ),
    )
