"""A reviewed document: the plan as imported and its review, kept together for reports."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.model import DepartmentPlan
from jixiao.review import Finding, ReviewReport

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Reviewed:
    plan: DepartmentPlan
    report: ReviewReport

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
