"""A reviewed document: the plan as imported and its review, kept together for reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from jixiao.model import DepartmentPlan, Project
from jixiao.review import Finding, ReviewResult

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
Place = tuple[int | None, int | None]  # (project number, indicator row); None: not tied to one


@dataclass(frozen=True, slots=True)
class FindingTotals:
    """Counts over the whole document, for a page that holds only some of its findings."""

    by_severity: Mapping[str, int]
    by_project: Mapping[int, int]


@dataclass(frozen=True, slots=True)
class Reviewed:
    """A plan and its review. A page of a long plan holds only some projects: ``plan``
    then has projects ``first``, ``first + 1``, … of the document, ``report`` their findings
    and the document's own, and ``totals`` the counts over the whole document."""

    plan: DepartmentPlan
    report: ReviewResult
    first: int = 1
    totals: FindingTotals | None = None
    # findings by place, built on first use: a report asks once per indicator row
    _by_place: dict[Place, list[Finding]] = field(default_factory=dict, repr=False, compare=False)

    def numbered_projects(self) -> Iterator[tuple[int, Project]]:
        """The projects held, with their numbers in the whole document."""
        return enumerate(self.plan.projects, start=self.first)

    def _at(self, place: Place) -> list[Finding]:
        if not self._by_place:
            for finding in self.report.findings:
                key = (finding.project_index, finding.indicator_index)
                self._by_place.setdefault(key, []).append(finding)
                self._by_place.setdefault((finding.project_index, -1), []).append(finding)
            self._by_place[(-1, -1)] = []  # built, even when there are no findings
        return self._by_place.get(place, [])

    def document_findings(self) -> list[Finding]:
        """Findings about the document as a whole (department part, disclosure)."""
        return self._at((None, None))

    def project_findings(self, index: int) -> list[Finding]:
        """Findings about project ``index`` (1-based) not tied to one indicator."""
        return self._at((index, None))

    def indicator_findings(self, project_index: int, indicator_index: int) -> list[Finding]:
        return self._at((project_index, indicator_index))

    def all_project_findings(self, index: int) -> list[Finding]:
        """Every finding of project ``index``, its indicators' included."""
        return self._at((index, -1))

    def severity_counts(self) -> Mapping[str, int]:
        if self.totals is not None:
            return self.totals.by_severity
        return Counter(str(f.severity) for f in self.report.findings)

    def project_count(self, index: int) -> int:
        """How many findings project ``index`` has (its indicators' included)."""
        if self.totals is not None:
            return self.totals.by_project.get(index, 0)
        return len(self.all_project_findings(index))


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
