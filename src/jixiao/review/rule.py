"""审核规则 (Rule): a small named unit — metadata, a check, and examples that prove it.

Three kinds by scope. An :class:`IndicatorRule` looks at one indicator and returns a
:class:`Hit` or ``None`` (the hot path: it must stay a few attribute reads); a
:class:`ProjectRule` looks at one project and a :class:`PlanRule` at the whole document,
both yielding hits. The engine turns hits into :class:`~jixiao.checks.Finding`
objects, adding the rule's metadata, the place and the source location.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final, NamedTuple

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.model import DepartmentPlan
from jixiao.model.source import SourceRef
from jixiao.review.context import IndicatorView, PlanView, ProjectView

if TYPE_CHECKING:  # typing only: jixiao.benchmarks reads nothing of the review
    from jixiao.benchmarks.distribution import DistributionStore


class Scope(StrEnum):
    """What a rule looks at."""

    PLAN = "plan"
    PROJECT = "project"
    INDICATOR = "indicator"

    @property
    def label(self) -> str:
        return {"plan": "整个文本", "project": "项目", "indicator": "指标"}[self.value]


class Hit(NamedTuple):
    """What a check found; the engine completes it into a Finding.

    ``params`` fill the rule's suggestion template; ``project_index``/``indicator_index``
    (1-based) let a plan or project rule point at a narrower place; ``location`` overrides
    the source location the engine would take from the model's ``sources``.
    """

    message: str
    confidence: float | None = None
    field: str | None = None
    params: Mapping[str, object] | None = None
    project_index: int | None = None
    indicator_index: int | None = None
    location: SourceRef | None = None
    suggestion: str | None = None


_tuple_new: Final = tuple.__new__


def hit(
    message: str,
    confidence: float | None = None,
    field: str | None = None,
    params: Mapping[str, object] | None = None,
    project_index: int | None = None,
    indicator_index: int | None = None,
    location: SourceRef | None = None,
    suggestion: str | None = None,
) -> Hit:
    """A :class:`Hit`, the same tuple ``Hit(...)`` makes, without calling the class: a
    NamedTuple's ``__new__`` runs in Python behind the interpreter's generic slot (its
    arguments packed into a tuple and a dict, ~3k instructions); this is one plain call.
    Rules make their hits with it."""
    return _tuple_new(
        Hit,
        (message, confidence, field, params, project_index, indicator_index, location, suggestion),
    )


@dataclass(frozen=True, slots=True)
class Example:
    """A real (or minimal) case a rule must flag (``fails``) or must leave alone."""

    label: str
    fails: bool
    plan: DepartmentPlan
    origin: str = "构造"
    row: tuple[str, ...] | None = None  # 一级/二级/三级/描述/指标值 of an indicator example
    shows: str = ""  # what to print for a project or plan example
    peers: DistributionStore | None = None  # a database to compare unit costs with (C107)


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Metadata every rule carries."""

    id: str
    title: str
    family: str
    criterion: Criterion
    severity: Severity
    explanation: str
    suggestion: str
    confidence: float = 0.9
    examples: tuple[Example, ...] = ()
    # rules whose findings in the same project only restate the cause this rule names
    # (S112's points in the 指标值 column explain M105's missing units): not raised there
    # (read of project and plan rules only, see jixiao.review.folding)
    supersedes: frozenset[str] = frozenset()

    # The scope is a property of each kind of rule, not a ClassVar: mypyc would make a
    # dataclass's ClassVar an __init__ field (mypyc/mypyc#1122) in the compiled build.
    @property
    def scope(self) -> Scope:
        raise NotImplementedError(f"{type(self).__name__} 没有审核对象")

    def suggestion_for(self, hit: Hit) -> str:
        if hit.suggestion is not None:
            return hit.suggestion
        if hit.params:
            return self.suggestion.format_map(dict(hit.params))
        return self.suggestion


IndicatorCheck = Callable[[IndicatorView], "Hit | None"]
ProjectCheck = Callable[[ProjectView], Iterable[Hit]]
PlanCheck = Callable[[PlanView], Iterable[Hit]]
DocumentGate = Callable[[PlanView], bool]
"""A project or plan rule's precondition on the whole document (a self-evaluation, the
disclosure tables present), declared once: the engine skips the rule on a document where
it is False, and the rule's ``check`` finds nothing there; its ``run`` (the engine's call,
on documents already gated) does not ask again (tests/review/test_document_gates.py)."""


@dataclass(frozen=True, kw_only=True)
class IndicatorRule(Rule):
    """A rule on one indicator.

    The engine only calls ``check`` on indicators the rule can apply to: values of
    ``kinds`` (None = every kind), filed under the second levels ``levels`` (normalised
    keys such as “时效”; None = every level), and only cost items when ``cost_only``.

    A rule that reads nothing but the indicator itself (levels, name, description,
    value) and the profile is a *content* rule: its verdict is computed once per distinct
    indicator. A rule that also reads the project (its budget) says so with
    ``uses_project`` and runs on every occurrence. A content rule is called only on
    indicators that have every fact it ``needs`` (:mod:`jixiao.review.triggers`).
    """

    check: IndicatorCheck
    kinds: frozenset[ValueKind] | None = None
    levels: frozenset[str] | None = None
    cost_only: bool = False
    uses_project: bool = False
    gate: Callable[[IndicatorView], bool] | None = None
    needs: frozenset[str] = frozenset()  # facts without which it cannot fire (triggers.py)

    @property
    def scope(self) -> Scope:
        return Scope.INDICATOR

    def applies(self, kind: ValueKind, level2: str, is_cost: bool) -> bool:
        return (
            (self.kinds is None or kind in self.kinds)
            and (self.levels is None or level2 in self.levels)
            and (is_cost or not self.cost_only)
        )


@dataclass(frozen=True, kw_only=True)
class ProjectRule(Rule):
    """A rule on one project (its money, goals, its indicators together).

    ``shared_by``, when set, says the check reads nothing of the project but its indicator
    rows (their content and row numbers) and what ``shared_by`` returns (its goals, the
    template …): the engine then runs it once per distinct (rows, ``shared_by``) and gives
    every project with the same rows the same hits, as content verdicts are shared by
    identical indicators. Such a check must not set a hit's ``location`` or
    ``project_index``. ``applies_to`` (see :data:`DocumentGate`) skips it on documents
    it cannot apply to.
    """

    run: ProjectCheck  # the check without the document's gate: what the engine calls
    shared_by: Callable[[ProjectView], Hashable] | None = None
    applies_to: DocumentGate | None = None

    @property
    def scope(self) -> Scope:
        return Scope.PROJECT

    def check(self, project: ProjectView) -> Iterable[Hit]:
        """The hits on ``project``: none on a document ``applies_to`` leaves out."""
        gate = self.applies_to
        if gate is not None and not gate(project.plan):
            return ()
        return self.run(project)


@dataclass(frozen=True, kw_only=True)
class PlanRule(Rule):
    """A rule on the whole document (department part, disclosure tables); ``applies_to``
    as for :class:`ProjectRule`."""

    run: PlanCheck  # the check without the document's gate: what the engine calls
    applies_to: DocumentGate | None = None

    @property
    def scope(self) -> Scope:
        return Scope.PLAN

    def check(self, view: PlanView) -> Iterable[Hit]:
        """The hits on the document: none where ``applies_to`` leaves it out."""
        gate = self.applies_to
        if gate is not None and not gate(view):
            return ()
        return self.run(view)


AnyRule = IndicatorRule | ProjectRule | PlanRule


def engine_call(rule: AnyRule) -> str:
    """The attribute holding the function the engine calls on ``rule`` (benches wrap it):
    an indicator rule's ``check``, a project or plan rule's ``run`` (its ``check`` gated)."""
    return "check" if isinstance(rule, IndicatorRule) else "run"
