"""审核引擎 (engine): run the catalogue's rules over a plan and grade the result.

>>> from jixiao.review import review_plan            # doctest: +SKIP
>>> report = review_plan(plan)                       # doctest: +SKIP
>>> report.grades.document.grade, len(report.findings)  # doctest: +SKIP

Each indicator value is parsed once (:func:`jixiao.review.context.build_view`); rules on
one indicator are dispatched by value kind, so a rule about money never even sees a
是/否 value. Findings are the only pydantic objects built per indicator.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from jixiao.grammar import ValueKind
from jixiao.model import DepartmentPlan
from jixiao.model.source import SourceRef
from jixiao.review.catalogue import RULES
from jixiao.review.context import IndicatorView, PlanView, ProjectView, build_view
from jixiao.review.finding import Finding, Severity
from jixiao.review.grading import Grades, grade
from jixiao.review.lexicon import Lexicon, load_lexicon
from jixiao.review.profile import Profile, load_profile
from jixiao.review.rule import AnyRule, Hit, IndicatorRule, PlanRule, ProjectRule


class ReviewReport(BaseModel):
    """审核结果: the findings and the grades of one document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(description="输入文件名")
    department: str | None = None
    year: int | None = None
    profile: str = Field(description="审核方案 id")
    framework: str = Field(description="指标体系版本, e.g. 88号")
    projects: int
    indicators: int
    findings: list[Finding]
    grades: Grades

    def by_rule(self) -> dict[str, int]:
        """Finding counts per rule id."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.rule] = counts.get(finding.rule, 0) + 1
        return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class _Setup:
    """The active rules of a profile, prepared once."""

    by_kind: dict[ValueKind, tuple[IndicatorRule, ...]]
    project_rules: tuple[ProjectRule, ...]
    plan_rules: tuple[PlanRule, ...]
    severity: dict[str, Severity]
    lexicon: Lexicon


@cache
def _setup(profile: Profile) -> _Setup:
    disabled = set(profile.disabled_rules)
    active = [r for r in RULES if r.id not in disabled]
    indicator_rules = [r for r in active if isinstance(r, IndicatorRule)]
    by_kind = {
        kind: tuple(r for r in indicator_rules if r.kinds is None or kind in r.kinds)
        for kind in ValueKind
    }
    return _Setup(
        by_kind=by_kind,
        project_rules=tuple(r for r in active if isinstance(r, ProjectRule)),
        plan_rules=tuple(r for r in active if isinstance(r, PlanRule)),
        severity={r.id: profile.severity.get(r.id, r.severity) for r in RULES},
        lexicon=load_lexicon(profile.lexicon),
    )


_PROJECT_SOURCE_KEYS: dict[str, tuple[str, ...]] = {
    "spend_plan": ("spend_plan_values", "spend_plan"),
    "budget_fiscal": ("budget_fiscal", "budget_total"),
    "budget_other": ("budget_other", "budget_total"),
}


def _first(sources: dict[str, SourceRef], keys: Iterable[str | None]) -> SourceRef | None:
    for key in keys:
        if key is not None and key in sources:
            return sources[key]
    return None


class _Collector:
    """Turns hits into findings for one plan."""

    def __init__(self, view: PlanView, setup: _Setup) -> None:
        self.view = view
        self.setup = setup
        self.source = view.plan.source_file
        self.findings: list[Finding] = []

    def add(
        self,
        rule: AnyRule,
        hit: Hit,
        project: ProjectView | None = None,
        indicator: IndicatorView | None = None,
    ) -> None:
        if project is None and hit.project_index is not None:
            project = self.view.projects[hit.project_index - 1]
        if indicator is None and project is not None and hit.indicator_index is not None:
            indicator = project.indicators[hit.indicator_index - 1]
        location = hit.location or self._location(hit.field, project, indicator)
        self.findings.append(
            Finding.model_construct(
                rule=rule.id,
                title=rule.title,
                severity=self.setup.severity[rule.id],
                criterion=rule.criterion,
                source=self.source,
                project=project.project.name if project is not None else None,
                project_index=project.index if project is not None else None,
                indicator=indicator.name if indicator is not None else None,
                indicator_index=indicator.index if indicator is not None else None,
                field=hit.field,
                message=hit.message,
                suggestion=rule.suggestion_for(hit),
                confidence=rule.confidence if hit.confidence is None else hit.confidence,
                location=location,
            )
        )

    def _location(
        self, field: str | None, project: ProjectView | None, indicator: IndicatorView | None
    ) -> SourceRef | None:
        if indicator is not None:
            return _first(indicator.indicator.sources, (field, "level3", "value"))
        if project is not None:
            keys = _PROJECT_SOURCE_KEYS.get(field or "", (field,))
            return _first(project.project.sources, (*keys, "name"))
        return _first(self.view.plan.sources, (field, "overall_goal"))


def review_plan(plan: DepartmentPlan, profile: Profile | None = None) -> ReviewReport:
    """审核一个部门预算绩效文本: findings and grades under ``profile`` (default hebei-county)."""
    profile = profile or load_profile()
    setup = _setup(profile)
    view = build_view(plan, profile, setup.lexicon)
    out = _Collector(view, setup)
    by_kind = setup.by_kind
    add = out.add
    for project in view.projects:
        for indicator in project.indicators:
            for rule in by_kind[indicator.value.kind]:
                hit = rule.check(indicator)
                if hit is not None:
                    add(rule, hit, project, indicator)
        for project_rule in setup.project_rules:
            for hit in project_rule.check(project):
                add(project_rule, hit, project)
    for plan_rule in setup.plan_rules:
        for hit in plan_rule.check(view):
            add(plan_rule, hit)
    findings = sorted(
        out.findings,
        key=lambda f: (f.project_index or 0, f.indicator_index or 0, f.rule),
    )
    grades = grade(findings, [p.name for p in plan.projects], profile.grading)
    return ReviewReport(
        source=plan.source_file,
        department=plan.department,
        year=plan.year,
        profile=profile.id,
        framework=view.framework.name,
        projects=len(plan.projects),
        indicators=plan.indicator_count,
        findings=findings,
        grades=grades,
    )
