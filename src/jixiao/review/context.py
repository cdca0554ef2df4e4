"""Views the rules read (审核上下文): each indicator parsed once, levels normalised once.

The engine builds one :class:`PlanView` per document, a :class:`ProjectView` per project
and an :class:`IndicatorView` per indicator. Rules never parse or normalise themselves:
they read the prepared fields, which keeps a rule to a few attribute reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final, TypeVar

from jixiao.content_caches import content_cache
from jixiao.grammar import IndicatorValue, parse_value
from jixiao.model import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project
from jixiao.review.lexicon import Lexicon
from jixiao.review.profile import FrameworkSpec, Profile, level_key
from jixiao.review.scope import is_scoring_levels, may_be_scoring
from jixiao.review.verdict import Placed

if TYPE_CHECKING:  # the rules read these views; typing only, no import cycle at run time
    from jixiao.benchmarks.distribution import DistributionStore
    from jixiao.review.rule import IndicatorRule

_PUNCT: Final = re.compile(r"[\s，。、；;：:,.!！?？“”\"'‘’()（）【】\[\]《》<>·…—\-_/]+")


@content_cache(maxsize=1 << 16)
def squeeze(text: str) -> str:
    """Text for comparison: whitespace and punctuation removed (“提升，管理。” → “提升管理”)."""
    # letters and digits alone hold none of _PUNCT's characters (most names, many
    # descriptions): one C loop over the text instead of the regex's scan and copy
    return text if text.isalnum() else _PUNCT.sub("", text)


@dataclass(frozen=True, slots=True)
class NameFacts:
    """What an indicator's name (三级指标) says it measures."""

    satisfaction: bool  # 满意度
    rate: bool  # a rate or share (…率, 比例, 满意度)
    bounded_rate: bool  # a rate that cannot exceed 100% (not a growth rate)
    count: bool  # a count (数量, 次数, 人数 …) and not a rate


# every NameFacts there can be (16 combinations of its four answers), made once and shared
# by the names that give them: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (interpreted even in the compiled build), once per distinct name cold
_FACTS: Final[dict[tuple[bool, ...], NameFacts]] = {
    answers: NameFacts(*answers) for answers in product((False, True), repeat=4)
}

_NO_FACTS: Final = _FACTS[False, False, False, False]


def name_facts(name: str, lexicon: Lexicon) -> NameFacts:
    return _named(name, lexicon)[1]


@content_cache(maxsize=1 << 16)
def _named(name: str, lexicon: Lexicon) -> tuple[str, NameFacts, frozenset[str]]:
    """What a name (三级指标, stripped) says, read once per name: its squeezed key, its
    :class:`NameFacts` and its subject words (对象词) as spelt."""
    if lexicon.name_words.search(name) is None:  # (over half the names: one search, not three)
        facts = _NO_FACTS
    else:
        satisfaction = lexicon.satisfaction.search(name) is not None
        rate = satisfaction or lexicon.rate_name.search(name) is not None
        bounded = rate and lexicon.not_bounded.search(name) is None
        count = not rate and lexicon.count_name.search(name) is not None
        facts = _FACTS[satisfaction, rate, bounded, count]
    return squeeze(name), facts, frozenset(lexicon.subjects.findall(name))


class FrameworkView:
    """A framework version with its level names normalised to keys (“数量指标” → “数量”).

    Aliases of the profile apply to second levels only: “满意度指标” is a first level in
    its own right and, written as a second level, the alias of “服务对象满意度指标”.
    """

    def __init__(self, name: str, spec: FrameworkSpec) -> None:
        self.name = name
        self.spec = spec
        self._aliases = {level_key(k): level_key(v) for k, v in spec.aliases.items()}
        self.first_keys = frozenset(level_key(k) for k in spec.levels)
        self.parent: dict[str, str] = {
            level_key(second): level_key(first)
            for first, seconds in spec.levels.items()
            for second in seconds
        }
        self.second_keys = frozenset(self.parent)
        self.display = {level_key(k): k for k in spec.levels} | {
            level_key(v): v for vs in spec.levels.values() for v in vs
        }
        self.required_first = tuple(level_key(k) for k in spec.required_first)
        self.required_second = tuple(level_key(k) for k in spec.required_second)
        self.cost_keys = frozenset(level_key(k) for k in spec.cost_levels)
        self.money_cost_keys = frozenset(level_key(k) for k in spec.money_cost_levels)
        self.numeric_keys = frozenset(level_key(k) for k in spec.numeric_levels)
        self.satisfaction_first = frozenset(k for k in self.first_keys if "满意" in k)
        self._first: dict[str, str] = {}
        self._second: dict[str, str] = {}

    def key1(self, raw: str) -> str:
        """The normalised key of a first level as written (“产出指标” → “产出”)."""
        cached = self._first.get(raw)
        if cached is None:
            cached = self._first[raw] = level_key(raw)
        return cached

    def key2(self, raw: str) -> str:
        """The normalised key of a second level as written, aliases resolved."""
        cached = self._second.get(raw)
        if cached is None:
            cached = level_key(raw)
            cached = self._second[raw] = self._aliases.get(cached, cached)
        return cached


Content = tuple[str, str, str, str, str, str]
"""一级, 二级, 三级, 描述, 指标值, 依据 of an indicator: with its framework version, everything
a content rule reads."""

# an indicator's content fields read in one C call from the model's __dict__: each read of a
# pydantic model's attribute takes its slow path (~700 machine instructions), and a row's
# fields were read some fifteen times while its view was built
_CONTENT = itemgetter("level1", "level2", "level3", "description", "value", "basis")


class IndicatorInfo:
    """What follows from an indicator's content alone, shared by identical indicators.

    ``verdicts`` is filled by the engine with the findings of the rules that read the
    content only, ``contextual`` with the rules that apply but also read the project (see
    :attr:`jixiao.review.rule.IndicatorRule.uses_project`).
    """

    __slots__ = ("contextual", "fields", "verdicts")

    def __init__(self, content: Content, fw: FrameworkView, lexicon: Lexicon) -> None:
        level1, level2, level3, description, raw, _ = content
        value = parse_value(raw)
        l1 = fw._first.get(level1)  # (key1 and key2 without their calls, once written)
        if l1 is None:
            l1 = fw.key1(level1)
        l2 = fw._second.get(level2)
        if l2 is None:
            l2 = fw.key2(level2)
        name = level3.strip()
        cost_keys = fw.cost_keys
        is_cost = l2 in cost_keys or l1 in cost_keys
        is_money_cost = l2 in fw.money_cost_keys or (
            l1 in fw.money_cost_keys and l2 not in fw.second_keys
        )
        key, facts, subjects = _named(name, lexicon)
        echo = squeeze(description) in ("", key)
        text = f"{name}｜{description}"  # (one string built, not two)
        self.fields = (
            value, l1, l2, name, facts, is_cost, is_money_cost, echo, text, key, subjects,
            raw, description, content[5],
        )  # fmt: skip
        self.verdicts: tuple[Placed, ...] | None = None
        self.contextual: tuple[IndicatorRule, ...] = ()  # rules that also read the project


SharedInfos = dict[str, dict[Content, IndicatorInfo]]
"""The infos of distinct indicators per framework version and content (a table per version:
no key tuple of the version and the content to build per row)."""


class IndicatorView:
    """One indicator as the rules see it."""

    __slots__ = (
        "basis", "description", "echo", "facts", "index", "indicator", "info", "is_cost",
        "is_money_cost", "key", "level1", "level2", "name", "plan", "project", "raw",
        "subjects", "text", "value",
    )  # fmt: skip

    def __init__(
        self, indicator: Indicator, index: int, project: ProjectView, info: IndicatorInfo
    ) -> None:
        self.indicator = indicator
        self.index = index
        self.project = project
        self.plan: PlanView = project.plan  # (a slot, not a property: rules read it often)
        self.info = info
        self.value: IndicatorValue
        self.text: str  # name and description together, the words a lexicon rule reads
        self.key: str  # the name without spaces and punctuation, for comparisons
        self.subjects: frozenset[str]  # subject words (对象词) of the name, as spelt
        self.echo: bool  # the description is empty or repeats the name
        # the value, description and basis as written (indicator.value … without the slow
        # read of a pydantic model's attribute)
        self.raw: str
        self.description: str
        self.basis: str
        (
            self.value, self.level1, self.level2, self.name, self.facts, self.is_cost,
            self.is_money_cost, self.echo, self.text, self.key, self.subjects, self.raw,
            self.description, self.basis,
        ) = info.fields  # fmt: skip


@dataclass(slots=True)
class ProjectView:
    """One project as the rules see it."""

    project: Project
    index: int
    plan: PlanView
    indicators: list[IndicatorView] = field(default_factory=list)
    spend: list[tuple[str, Decimal]] = field(default_factory=list)  # filled checkpoints
    # what projects with the same indicator rows share (the engine's; see rows_fact)
    shared: dict[Hashable, Any] = field(default_factory=dict)

    def row(self, index: int) -> IndicatorView | None:
        """The indicator on row ``index`` (1-based, as the document numbers them)."""
        views = self.indicators
        if 0 < index <= len(views) and views[index - 1].index == index:
            return views[index - 1]
        return next((v for v in views if v.index == index), None)

    @property
    def context_text(self) -> str:
        """What the project is about: its name, purpose and goals."""
        p = self.project
        return "｜".join([p.name, p.purpose or "", *p.goals])


_T = TypeVar("_T")


def rows_fact(p: ProjectView, derive: Callable[[ProjectView], _T]) -> _T:
    """``derive(p)``, computed once for all projects with the same indicator rows.

    ``derive`` must read nothing but the rows (their content and row numbers, through the
    views) and return no view: positions in ``p.indicators`` or plain values.
    """
    store = p.shared  # (as _once, without a second call: rules read it per project)
    if derive in store:
        found: _T = store[derive]
        return found
    found = store[derive] = derive(p)
    return found


_S = TypeVar("_S")


def _once(store: dict[Hashable, Any], derive: Callable[[_S], _T], subject: _S) -> _T:
    """``derive(subject)``, remembered in ``store`` under ``derive``."""
    if derive in store:
        found: _T = store[derive]
        return found
    found = store[derive] = derive(subject)
    return found


@dataclass(slots=True)
class PlanView:
    """The document as the rules see it."""

    plan: DepartmentPlan
    profile: Profile
    framework: FrameworkView
    lexicon: Lexicon
    projects: list[ProjectView] = field(default_factory=list)
    peers: DistributionStore | None = None  # unit costs of the other plans of a database
    derived: dict[Hashable, Any] = field(default_factory=dict)  # see plan_fact
    # the profile's long_name_chars and floors, read once (the facts test every name against
    # the first and every percentage against the floors: a pydantic model's read is slow)
    long_name_chars: int = field(init=False)
    completion_floor: Decimal = field(init=False)
    satisfaction_floor: Decimal = field(init=False)

    def __post_init__(self) -> None:
        thresholds = self.profile.thresholds
        self.long_name_chars = thresholds.long_name_chars
        self.completion_floor = thresholds.completion_floor
        self.satisfaction_floor = thresholds.satisfaction_floor


def plan_fact(view: PlanView, derive: Callable[[PlanView], _T]) -> _T:
    """``derive(view)``, computed once per review for every rule that reads it (the
    disclosure tables' views, say): ``derive`` must read nothing but the document."""
    return _once(view.derived, derive, view)


_FRAMEWORKS: dict[str, tuple[Profile, dict[str, FrameworkView]]] = {}


def _framework_views(profile: Profile) -> dict[str, FrameworkView]:
    entry = _FRAMEWORKS.get(profile.id)
    if entry is None or entry[0] is not profile:
        views = {name: FrameworkView(name, spec) for name, spec in profile.frameworks.items()}
        entry = _FRAMEWORKS[profile.id] = (profile, views)
    return entry[1]


def framework_view(profile: Profile, plan: DepartmentPlan) -> FrameworkView:
    """The framework version of ``plan`` under ``profile``, detected under 'auto'.

    The 2021 layout is recognised by 成本 written as a first level; see
    :meth:`jixiao.review.profile.Profile.framework_for`, which this mirrors with the
    level keys prepared once per profile.
    """
    views = _framework_views(profile)
    if profile.framework != "auto":
        return views[profile.framework]
    level1 = {level_key(raw) for raw in {i.level1 for p in plan.projects for i in p.indicators}}
    for view in views.values():
        cost_first = view.cost_keys & view.first_keys
        if cost_first & level1:
            return view
    return views[profile.default_framework]


def build_view(
    plan: DepartmentPlan,
    profile: Profile,
    lexicon: Lexicon,
    infos: SharedInfos | None = None,
) -> PlanView:
    """Prepare ``plan`` for the rules: every indicator value parsed exactly once.

    ``infos`` shares what identical indicators have in common (their parsed value,
    normalised levels, name facts) across projects and documents; the engine passes its
    own, a caller may pass ``None`` for a private one.
    """
    view = PlanView(plan, profile, framework_view(profile, plan), lexicon)
    form_labels = lexicon.form_labels
    fw = view.framework
    shared = {} if infos is None else infos
    table = shared.get(fw.name)
    if table is None:
        table = shared[fw.name] = {}
    for p_index, project in enumerate(plan.projects, start=1):
        pv = ProjectView(project, p_index, view)
        spend = project.spend_plan
        for checkpoint in SPEND_CHECKPOINTS:
            amount = spend.get(checkpoint)
            if amount is not None:
                pv.spend.append((checkpoint, amount))
        views = pv.indicators
        for i, ind in enumerate(project.indicators, start=1):
            content: Content = _CONTENT(ind.__dict__)
            info = table.get(content)
            if info is None:  # (a row skipped below has no info: its key decides both tests)
                level1, level2, level3, _, raw, _ = content
                if level3 in form_labels or (raw in form_labels and not level3):
                    continue  # a label of the form read as a row (“其他需说明的问题”, “(盖章)”)
                if may_be_scoring(level1) and is_scoring_levels(level1, level2):
                    continue  # a 项目决策 / 项目管理 scoring criterion, no goal indicator
                info = table[content] = IndicatorInfo(content, fw, lexicon)
            views.append(IndicatorView(ind, i, pv, info))
        view.projects.append(pv)
    return view


def release(view: PlanView) -> None:
    """Break the cycles of ``view`` (a row's view points at its project's, which lists it)
    once no rule reads it any more, so its views are freed at once rather than left to the
    cyclic collector, which a review's allocations would otherwise start every few projects."""
    for project in view.projects:
        project.indicators.clear()
    view.projects.clear()
    view.derived.clear()
