"""Views the rules read (审核上下文): each indicator parsed once, levels normalised once.

The engine builds one :class:`PlanView` per document, a :class:`ProjectView` per project
and an :class:`IndicatorView` per indicator. Rules never parse or normalise themselves:
they read the prepared fields, which keeps a rule to a few attribute reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jixiao.grammar import IndicatorValue, parse_value
from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review.lexicon import Lexicon
from jixiao.review.profile import FrameworkSpec, Profile, level_key

_PUNCT = re.compile(r"[\s，。、；;：:,.!！?？“”\"'‘’()（）【】\[\]《》<>·…—\-_/]+")


@lru_cache(maxsize=1 << 16)
def squeeze(text: str) -> str:
    """Text for comparison: whitespace and punctuation removed (“提升，管理。” → “提升管理”)."""
    return _PUNCT.sub("", text)


@dataclass(frozen=True, slots=True)
class NameFacts:
    """What an indicator's name (三级指标) says it measures."""

    satisfaction: bool  # 满意度
    rate: bool  # a rate or share (…率, 比例, 满意度)
    bounded_rate: bool  # a rate that cannot exceed 100% (not a growth rate)
    count: bool  # a count (数量, 次数, 人数 …) and not a rate


@lru_cache(maxsize=1 << 16)
def name_facts(name: str, lexicon: Lexicon) -> NameFacts:
    satisfaction = lexicon.satisfaction.search(name) is not None
    rate = satisfaction or lexicon.rate_name.search(name) is not None
    bounded = rate and lexicon.not_bounded.search(name) is None
    count = not rate and lexicon.count_name.search(name) is not None
    return NameFacts(satisfaction, rate, bounded, count)


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


class IndicatorView:
    """One indicator as the rules see it."""

    __slots__ = (
        "facts", "index", "indicator", "is_cost", "is_money_cost", "level1", "level2", "name",
        "project", "value",
    )  # fmt: skip

    def __init__(
        self, indicator: Indicator, index: int, project: ProjectView, plan: PlanView
    ) -> None:
        fw = plan.framework
        self.indicator = indicator
        self.index = index
        self.project = project
        self.value: IndicatorValue = parse_value(indicator.value)
        self.level1 = l1 = fw.key1(indicator.level1)
        self.level2 = l2 = fw.key2(indicator.level2)
        self.name = indicator.level3.strip()
        self.facts = name_facts(self.name, plan.lexicon)
        cost_keys = fw.cost_keys
        self.is_cost = l2 in cost_keys or l1 in cost_keys
        self.is_money_cost = l2 in fw.money_cost_keys or (
            l1 in fw.money_cost_keys and l2 not in fw.second_keys
        )

    @property
    def plan(self) -> PlanView:
        return self.project.plan

    @property
    def text(self) -> str:
        """Name and description together, the words a lexicon rule reads."""
        return self.name + "｜" + self.indicator.description


@dataclass(slots=True)
class ProjectView:
    """One project as the rules see it."""

    project: Project
    index: int
    plan: PlanView
    indicators: list[IndicatorView] = field(default_factory=list)

    @property
    def context_text(self) -> str:
        """What the project is about: its name, purpose and goals."""
        p = self.project
        return "｜".join([p.name, p.purpose or "", *p.goals])


@dataclass(slots=True)
class PlanView:
    """The document as the rules see it."""

    plan: DepartmentPlan
    profile: Profile
    framework: FrameworkView
    lexicon: Lexicon
    projects: list[ProjectView] = field(default_factory=list)


_FRAMEWORKS: dict[tuple[str, str], FrameworkView] = {}


def framework_view(profile: Profile, plan: DepartmentPlan) -> FrameworkView:
    """The framework version of ``plan`` under ``profile`` (detected under 'auto'), cached."""
    level1 = {level_key(i.level1) for p in plan.projects for i in p.indicators}
    name, spec = profile.framework_for(level1)
    key = (profile.id, name)
    view = _FRAMEWORKS.get(key)
    if view is None or view.spec is not spec:
        view = _FRAMEWORKS[key] = FrameworkView(name, spec)
    return view


def build_view(plan: DepartmentPlan, profile: Profile, lexicon: Lexicon) -> PlanView:
    """Prepare ``plan`` for the rules: every indicator value parsed exactly once."""
    view = PlanView(plan, profile, framework_view(profile, plan), lexicon)
    for p_index, project in enumerate(plan.projects, start=1):
        pv = ProjectView(project, p_index, view)
        pv.indicators = [
            IndicatorView(ind, i, pv, view) for i, ind in enumerate(project.indicators, start=1)
        ]
        view.projects.append(pv)
    return view
