"""审核引擎 (engine): run the catalogue's rules over a plan and grade the result.

>>> from jixiao.review import review_plan            # doctest: +SKIP
>>> report = review_plan(plan)                       # doctest: +SKIP
>>> report.grades.document.grade, len(report.findings)  # doctest: +SKIP

How it is kept fast (``bench/review_speed.py`` measures it against the floor of 100,000
indicators per second on one core, which it does not reach yet):

* each indicator value is parsed once (:func:`jixiao.review.context.build_view`), and what
  follows from an indicator's content alone — parsed value, normalised levels, name
  facts and the verdicts of the content rules — is computed once per *distinct*
  indicator and shared by every occurrence (templates repeat “服务对象满意度 ≥90%”
  across projects and departments);
* indicator rules are dispatched by value kind, second level and cost-ness, so a rule
  about money never even sees a 是/否 value, and a content rule only on indicators that
  have the facts it needs (:mod:`jixiao.review.triggers`: one pass computes them all);
* what follows from a project's *list of rows* alone is computed once per distinct list
  (identical infos on the same row numbers) and shared by every project with those rows:
  its content verdicts by position, their points for the grades, the hits of the project
  rules that say they read only the rows (``ProjectRule.shared_by``) and the facts other
  rules derive from the rows (:func:`jixiao.review.context.rows_fact`);
* findings are the only objects built per occurrence, without re-validation: each content
  verdict carries its finding's values, and an occurrence copies them and adds its place.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jixiao.checks import Finding, Severity, trusted
from jixiao.content_caches import forget_contents
from jixiao.grammar import ValueKind
from jixiao.model import DepartmentPlan
from jixiao.packs import produced_by
from jixiao.review.catalogue import RULE_PACKS, RULES
from jixiao.review.context import (
    IndicatorView,
    PlanView,
    ProjectView,
    SharedInfos,
    build_view,
    release,
)
from jixiao.review.families import profile_for
from jixiao.review.folding import folded
from jixiao.review.grading import Tally, grade, grade_tallies
from jixiao.review.lanes import Lanes
from jixiao.review.lexicon import Lexicon, load_lexicon
from jixiao.review.placing import Collector, template
from jixiao.review.profile import Profile, load_profile
from jixiao.review.result import ReviewResult
from jixiao.review.rule import (
    DocumentGate,
    Hit,
    IndicatorRule,
    PlanRule,
    ProjectRule,
)
from jixiao.review.scope import rules_not_applicable
from jixiao.review.triggers import facts_of, needs_mask
from jixiao.review.verdict import Placed

_MAX_SHARED = 1 << 18  # distinct indicators remembered before the shared table is reset
_MAX_SHARED_ROWS = 1 << 13  # distinct lists of rows remembered (a few KiB each), likewise

if TYPE_CHECKING:  # typing only: jixiao.benchmarks reads nothing of the review
    from jixiao.benchmarks.distribution import DistributionStore


_Dispatch = tuple[tuple[IndicatorRule, ...], tuple[IndicatorRule, ...]]
_Sharing = Callable[[ProjectView], Hashable]
_Gated = tuple[
    tuple[ProjectRule, ...],
    tuple[tuple[_Sharing, tuple[ProjectRule, ...]], ...],
    tuple[PlanRule, ...],
]
"""A document's project rules that read the project, those that read only its rows grouped
by what else they read (``ProjectRule.shared_by``), and its plan rules."""


@dataclass(slots=True)
class _Setup:
    """The active rules of a profile, prepared once, and what it shares between reviews."""

    profile: Profile
    indicator_rules: tuple[IndicatorRule, ...]
    project_rules: tuple[ProjectRule, ...]
    plan_rules: tuple[PlanRule, ...]
    severity: dict[str, Severity]
    lexicon: Lexicon
    lanes: Lanes  # the indicator rules by value kind, level and cost-ness, and facts
    weights: dict[Severity, float]  # the profile's grading weights (a pydantic read each)
    shared: SharedInfos = field(default_factory=dict)  # per framework version and content
    verdicts: dict[tuple[str, Hit], Placed] = field(default_factory=dict)  # content_verdict
    gates: tuple[DocumentGate, ...] = ()  # the distinct ``applies_to`` of the rules
    supersedes: dict[str, frozenset[str]] = field(default_factory=dict)  # (folding.py)
    gated: dict[tuple[bool, ...], _Gated] = field(default_factory=dict)
    # per distinct list of indicator rows: the hits of the project rules that say they
    # read only those rows (and their ``shared_by`` inputs), see ProjectRule.shared_by
    rows_shared: dict[Hashable, dict[Hashable, Any]] = field(default_factory=dict)

    def rules_for(self, kind: ValueKind, level2: str, is_cost: bool) -> _Dispatch:
        """(content rules, project rules) that apply to a value kind, level and cost-ness."""
        lane = self.lanes.lane((kind, level2, is_cost))
        return lane.content, lane.contextual

    def content_rules(
        self, kind: ValueKind, level2: str, is_cost: bool, facts: int
    ) -> tuple[IndicatorRule, ...]:
        """The content rules that apply and whose needs are all among ``facts``."""
        return self.lanes.triggered(self.lanes.lane((kind, level2, is_cost)), facts)

    def for_document(self, view: PlanView) -> _Gated:
        """The rules whose precondition ``applies_to`` the document meets (see _Gated)."""
        key = tuple([gate(view) for gate in self.gates])
        rules = self.gated.get(key)
        if rules is None:
            met = {gate for gate, holds in zip(self.gates, key, strict=True) if holds}
            project = [r for r in self.project_rules if r.applies_to is None or r.applies_to in met]
            groups: dict[_Sharing, list[ProjectRule]] = {}
            for r in project:
                if r.shared_by is not None:
                    groups.setdefault(r.shared_by, []).append(r)
            rules = self.gated[key] = (
                tuple(r for r in project if r.shared_by is None),
                tuple((by, tuple(grouped)) for by, grouped in groups.items()),
                tuple(r for r in self.plan_rules if r.applies_to is None or r.applies_to in met),
            )
        return rules

    def content_verdict(self, rule: IndicatorRule, hit: Hit) -> Placed:
        """:meth:`verdict` with its findings' values, remembered per rule and hit (templates
        repeat the same hit: “指标值确定依据为空”) until the shared table is forgotten."""
        if hit.params is not None:  # a mapping: not hashable
            return self._placed(rule, hit)
        key = (rule.id, hit)
        found = self.verdicts.get(key)
        if found is None:
            found = self.verdicts[key] = self._placed(rule, hit)
        return found

    def _placed(self, rule: IndicatorRule, hit: Hit) -> Placed:
        """The verdict of ``rule``'s ``hit``: its findings' values and the points each costs
        (see :data:`Placed`)."""
        rid = rule.id
        severity = self.severity[rid]
        message, confidence, field, params, _, _, _, suggestion = hit  # (not read by name)
        if confidence is None:
            confidence = rule.confidence
        if suggestion is None:  # (Rule.suggestion_for without its call; params are dicts)
            suggestion = rule.suggestion.format_map(params) if params else rule.suggestion
        values = template(rid, rule.title, severity, rule.criterion, field, message,
                          suggestion, confidence, RULE_PACKS.get(rid))  # fmt: skip
        return rid, field, severity, values, self.weights.get(severity, 0.0) * confidence


_SETUPS: dict[str, tuple[Profile, _Setup]] = {}


def _setup(profile: Profile) -> _Setup:
    """The prepared rules of ``profile``, built on first use (per profile id and content)."""
    entry = _SETUPS.get(profile.id)
    if entry is not None and (entry[0] is profile or entry[0] == profile):
        return entry[1]
    disabled = set(profile.disabled_rules)
    active = [r for r in RULES if r.id not in disabled]
    indicator_rules = tuple(r for r in active if isinstance(r, IndicatorRule))
    setup = _Setup(
        profile=profile,
        indicator_rules=indicator_rules,
        project_rules=tuple(r for r in active if isinstance(r, ProjectRule)),
        plan_rules=tuple(r for r in active if isinstance(r, PlanRule)),
        severity={r.id: profile.severity.get(r.id, r.severity) for r in RULES},
        weights=profile.grading.weights,
        lexicon=load_lexicon(profile.lexicon),
        lanes=Lanes(indicator_rules, {r.id: needs_mask(r.needs) for r in indicator_rules}),
    )
    # (the project and plan rules': the engine looks for them among their findings only)
    setup.supersedes = {
        r.id: r.supersedes for r in setup.project_rules + setup.plan_rules if r.supersedes
    }
    ruled = setup.project_rules + setup.plan_rules
    setup.gates = tuple(dict.fromkeys(r.applies_to for r in ruled if r.applies_to is not None))
    _SETUPS[profile.id] = (profile, setup)
    return setup


def forget_shared() -> None:
    """Drop what reviews share between identical indicators and every cache of the review
    that remembers a content's reading (for measurements and tests; the grammar's:
    :func:`jixiao.grammar.clear_cache`)."""
    for _, setup in _SETUPS.values():
        setup.shared.clear()
        setup.rows_shared.clear()
        setup.verdicts.clear()
    forget_contents("jixiao.review")


def _content_verdicts(
    setup: _Setup, rules: tuple[IndicatorRule, ...], view: IndicatorView
) -> tuple[Placed, ...]:
    verdicts: tuple[Placed, ...] = ()  # (most distinct indicators: no hit, nothing built)
    for rule in rules:
        hit = rule.check(view)
        if hit is not None:
            verdicts += (setup.content_verdict(rule, hit),)
    return verdicts


def _rows_shared(setup: _Setup, project: ProjectView) -> dict[Hashable, Any]:
    """What projects with the same indicator rows as ``project`` share: identical contents
    (the shared infos, by identity) on the same row numbers."""
    views = project.indicators
    infos = tuple([v.info for v in views])
    if not views or views[-1].index == len(views):  # rows 1…n, none skipped
        key: Hashable = infos
    else:
        key = (infos, tuple(v.index for v in views))
    found = setup.rows_shared.get(key)
    if found is None:
        found = setup.rows_shared[key] = {}
    return found


_PLACEMENT = "placement"  # the key of a list of rows' _Placement in what the rows share
_Placement = tuple[
    tuple[tuple[int, tuple[Placed, ...]], ...], tuple[tuple[int, IndicatorRule], ...], Tally
]
"""The content verdicts of a list of rows, by position, the rules that also read the
project to run at each position, and the points and counts of those verdicts: the same
for every project with these rows."""


def _placement(setup: _Setup, views: list[IndicatorView]) -> _Placement:
    placed: list[tuple[int, tuple[Placed, ...]]] = []
    contextual: list[tuple[int, IndicatorRule]] = []
    tally = Tally()
    points, counts = tally.points, tally.counts
    lanes = setup.lanes
    table = lanes.table
    for n, indicator in enumerate(views):
        info = indicator.info
        verdicts = info.verdicts
        if verdicts is None:
            key = (indicator.value.kind, indicator.level2, indicator.is_cost)
            lane = table.get(key) or lanes.lane(key)
            facts = facts_of(indicator)
            if lane.contextual:  # (those whose needs hold; a gate called only where one is)
                found = lane.gated.get(facts & lane.needed)
                rules, gated = found if found is not None else lanes.contextual(lane, facts)
                if gated:
                    rules = tuple([r for r in rules if r.gate is None or r.gate(indicator)])
                info.contextual = rules
            facts &= lane.relevant
            content = lane.triggered.get(facts)
            if content is None:
                content = lanes.triggered(lane, facts)
            verdicts = info.verdicts = _content_verdicts(setup, content, indicator)
        if verdicts:
            placed.append((n, verdicts))
            for rid, _, severity, _, cost in verdicts:  # (Tally.add, points worked out once)
                points[rid] = points.get(rid, 0.0) + cost
                counts[severity] += 1
        for rule in info.contextual:  # (mostly one or none: a loop, no comprehension)
            contextual.append((n, rule))
    return tuple(placed), tuple(contextual), tally


def _order(finding: Finding) -> tuple[int, int, str]:
    return (finding.project_index or 0, finding.indicator_index or 0, finding.rule)


def review_plan(
    plan: DepartmentPlan,
    profile: Profile | None = None,
    peers: DistributionStore | None = None,
) -> ReviewResult:
    """审核一个部门预算绩效文本: findings and grades under ``profile`` (default hebei-county).

    ``peers`` — the unit costs of the other plans of a database — lets rule C107 compare
    this plan's unit costs with theirs; without it that comparison is skipped.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _review(plan, profile, peers)
    finally:
        if collecting:
            gc.enable()


def _review(
    plan: DepartmentPlan, profile: Profile | None, peers: DistributionStore | None
) -> ReviewResult:
    base = profile or load_profile()
    profile, family = profile_for(plan, base)
    setup = _setup(profile)
    if (
        sum(map(len, setup.shared.values())) > _MAX_SHARED
        or len(setup.rows_shared) > _MAX_SHARED_ROWS
        or len(setup.verdicts) > _MAX_SHARED
    ):
        setup.shared.clear()  # together: the keys of rows_shared hold the infos of shared
        setup.rows_shared.clear()
        setup.verdicts.clear()
    view = build_view(plan, profile, setup.lexicon, setup.shared)
    view.peers = peers
    out = Collector(view, setup.severity, RULE_PACKS)
    tallies: dict[int | None, Tally] = {}
    project_rules, shared_rules, plan_rules = setup.for_document(view)
    for project in view.projects:
        views = project.indicators
        rows = project.shared = _rows_shared(setup, project)
        placement = rows.get(_PLACEMENT)
        if placement is None:
            placement = rows[_PLACEMENT] = _placement(setup, views)
        tallies[project.index] = placement[2]  # shared: copied before an extra is added
        out.place_rows(placement[0], views)
        for n, rule in placement[1]:
            indicator = views[n]
            hit = rule.check(indicator)
            if hit is not None:
                out.add(rule, hit, project, indicator)
        for shared_by, group in shared_rules:  # once per distinct (rows, shared_by value)
            key = (shared_by, shared_by(project))
            found: tuple[tuple[ProjectRule, Hit], ...] | None = rows.get(key)
            if found is None:
                found = rows[key] = tuple([(r, hit) for r in group for hit in r.run(project)])
            for rule, hit in found:  # each rule's hits in order (sorting orders the rules)
                out.add(rule, hit, project)
        for project_rule in project_rules:
            for hit in project_rule.run(project):
                out.add(project_rule, hit, project)
    for plan_rule in plan_rules:
        for hit in plan_rule.run(view):
            out.add(plan_rule, hit)
    release(view)  # the rules are done: freed now, not by the cyclic collector
    skipped = rules_not_applicable(plan) | (
        frozenset(profile.disabled_rules) - frozenset(base.disabled_rules)
    )
    names = [p.name for p in plan.projects]
    explained = folded(out.extra, setup.supersedes) if setup.supersedes else frozenset()
    if skipped or explained:
        kept = (
            f
            for f in out.findings + out.extra
            if f.rule not in skipped and (f.project_index, f.rule) not in explained
        )
        findings = sorted(kept, key=_order)
        grades = grade(findings, names, profile.grading)
    else:
        # sorted by the keys the collector kept as it made them (stable: as reported), as
        # sorted(findings, key=_order) would order them
        everything = out.findings + out.extra
        keys = out.keys + out.extra_keys
        findings = list(map(everything.__getitem__, sorted(range(len(keys)), key=keys.__getitem__)))
        # a rule's findings are all content verdicts or all extra: each rule's points are
        # summed in the order of the findings, as grade() would
        marks, grading = out.extra_marks, profile.grading
        extra_keys = out.extra_keys
        own_tallies: set[int | None] = set()  # those copied from their rows' placement
        for n in sorted(range(len(extra_keys)), key=extra_keys.__getitem__):
            where, rule_id, severity, confidence = marks[n]
            own = tallies.get(where)
            if own is None or where not in own_tallies:
                own = tallies[where] = Tally() if own is None else own.copy()
                own_tallies.add(where)
            own.add(rule_id, severity, confidence, grading)
        grades = grade_tallies(tallies, names, grading)
    return trusted(
        ReviewResult,
        {
            "source": plan.source_file,
            "department": plan.department,
            "year": plan.year,
            "profile": base.id,
            "framework": view.framework.name,
            "projects": len(plan.projects),
            "indicators": plan.indicator_count,
            "findings": findings,
            "grades": grades,
            "kind": plan.kind,
            "family": family.id if family is not None else None,
            "skipped_rules": sorted(skipped),
            "produced_by": produced_by(),
        },
    )
