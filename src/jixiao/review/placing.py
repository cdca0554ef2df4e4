"""Findings placed where they occur (发现的位置): the engine's hits and verdicts made into
:class:`~jixiao.checks.Finding` objects with their project, row and source location.

A content verdict already carries its finding's values (:func:`template`); an occurrence
copies them and adds its place, without validating again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from jixiao.checks import Criterion, Finding, Severity
from jixiao.model.source import SourceRef
from jixiao.model.trusted import set_dict, set_extra, set_given, set_private, trusted_builder
from jixiao.review.context import IndicatorView, PlanView, ProjectView
from jixiao.review.rule import AnyRule, Hit
from jixiao.review.verdict import Placed

_PROJECT_SOURCE_KEYS: dict[str, tuple[str, ...]] = {
    "spend_plan": ("spend_plan_values", "spend_plan"),
    "budget_fiscal": ("budget_fiscal", "budget_total"),
    "budget_other": ("budget_other", "budget_total"),
}


def _first(sources: Mapping[str, SourceRef], keys: Iterable[str | None]) -> SourceRef | None:
    for key in keys:
        if key is not None and key in sources:
            return sources[key]
    return None


Order = tuple[int, int, str]
"""Where a finding goes in the report: project index, row index (0 for none) and rule."""


class Collector:
    """Turns hits and verdicts into findings for one plan."""

    def __init__(
        self, view: PlanView, severity: Mapping[str, Severity], packs: Mapping[str, str]
    ) -> None:
        self.view = view
        self.severity = severity  # per rule id, under the profile
        self.packs = packs  # the pack that registered each rule (name@version)
        self.source = view.plan.source_file
        self.findings: list[Finding] = []  # content verdicts placed
        self.extra: list[Finding] = []  # hits of the rules that read the project or plan
        # each finding's place in the report, (project index or 0, row index or 0, rule),
        # kept as it is made (the engine sorts by these, not by reading the findings back)
        self.keys: list[Order] = []
        self.extra_keys: list[Order] = []
        # (project index, rule, severity, confidence) of each extra finding, for the grades
        self.extra_marks: list[tuple[int | None, str, Severity, float]] = []
        self.finding = trusted_builder(Finding)

    def place_rows(
        self, rows: Iterable[tuple[int, tuple[Placed, ...]]], views: list[IndicatorView]
    ) -> None:
        """Record the content verdicts of a project's rows (by position in ``views``) where
        they occur: each copies its verdict's values and adds its place."""
        if not views:
            return
        project = views[0].project
        name, index, source = project.project.name, project.index, self.source
        findings, keys = self.findings, self.keys
        # (trusted_builder(Finding)'s body written out; compiled, a module global is a look-up
        # in the module's dict at each use and a bound method a generic call: all in locals,
        # the lists' appends on the lists themselves)
        model, new, given = Finding, _new_finding, _FINDING_FIELDS
        put_dict, put_given, put_extra, put_private = set_dict, set_given, set_extra, set_private
        unplaced = _UNPLACED
        for n, verdicts in rows:
            indicator = views[n]
            sources = indicator.indicator.sources
            row = indicator.index
            label = indicator.name
            for verdict in verdicts:  # (read by index: unpacking checks every item's type)
                rid, field, template = verdict[0], verdict[1], verdict[3]
                keys.append((index, row, rid))
                # a verdict's first finding takes its template as it is (most are placed
                # once), the others a copy: every place field is written either way
                values = template if template["source"] is unplaced else template.copy()
                values["source"] = source
                values["project"] = name
                values["project_index"] = index
                values["indicator"] = label
                values["indicator_index"] = row
                values["location"] = sources.get(field or "") or sources.get("level3")
                finding = new(model)
                put_dict(finding, values)
                put_given(finding, given)
                put_extra(finding, None)
                put_private(finding, None)
                findings.append(finding)

    def add(
        self,
        rule: AnyRule,
        hit: Hit,
        project: ProjectView | None = None,
        indicator: IndicatorView | None = None,
    ) -> None:
        """Record a hit of a project or plan rule (or a rule that reads the project)."""
        if project is None and hit.project_index is not None:
            project = self.view.projects[hit.project_index - 1]
        if indicator is None and project is not None and hit.indicator_index is not None:
            indicator = project.row(hit.indicator_index)
        # (the values of engine._Setup.verdict, written straight into the finding)
        rid = rule.id
        severity = self.severity[rid]
        confidence = rule.confidence if hit.confidence is None else hit.confidence
        suggestion = rule.suggestion_for(hit)
        location = hit.location or self._location(hit.field, project, indicator)
        at = project.index if project is not None else None
        self.extra_keys.append((at or 0, indicator.index if indicator is not None else 0, rid))
        self.extra_marks.append((at, rid, severity, confidence))
        self.extra.append(
            self.finding(
                {
                    "rule": rid,
                    "title": rule.title,
                    "severity": severity,
                    "criterion": rule.criterion,
                    "source": self.source,
                    "project": project.project.name if project is not None else None,
                    "project_index": at,
                    "indicator": indicator.name if indicator is not None else None,
                    "indicator_index": indicator.index if indicator is not None else None,
                    "field": hit.field,
                    "message": hit.message,
                    "suggestion": suggestion,
                    "confidence": confidence,
                    "location": location,
                    "pack": self.packs.get(rid),
                }
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


_new_finding = Finding.__new__
_FINDING_FIELDS = set(Finding.model_fields)  # shared, as trusted_builder shares its own


def template(
    rule: str, title: str, severity: Severity, criterion: Criterion, field: str | None,
    message: str, suggestion: str, confidence: float, pack: str | None,
) -> dict[str, object]:  # fmt: skip
    """A finding's values for a content verdict (:data:`jixiao.review.verdict.Placed`) with
    its place left empty (``source`` :data:`_UNPLACED` until its first finding takes it),
    filled by ``place_rows``."""
    values = _BLANK.copy()  # (a copy and nine writes: cheaper than a 15-key dict literal)
    values["rule"] = rule
    values["title"] = title
    values["severity"] = severity
    values["criterion"] = criterion
    values["field"] = field
    values["message"] = message
    values["suggestion"] = suggestion
    values["confidence"] = confidence
    values["pack"] = pack
    return values


_BLANK: dict[str, object] = dict.fromkeys((
    "rule", "title", "severity", "criterion", "source", "project", "project_index", "indicator",
    "indicator_index", "field", "message", "suggestion", "confidence", "location", "pack",
))  # fmt: skip
_UNPLACED: Final = object()  # a template's source until a finding is made of it
_BLANK["source"] = _UNPLACED
