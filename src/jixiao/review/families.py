"""模板族 (template families): which rules a document's template calls for.

A Hebei 部门预算绩效文本, a single project table of another province, a 自评表 … are
reviewed by the rules that apply to them. The family is chosen from what the import saw —
``plan.template``, ``plan.kind`` and the number of project tables — by the first matching
entry of ``profiles/review-families.json``; its ``disable`` list is added to the profile's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import cast

from jixiao.model import DepartmentPlan
from jixiao.review.catalogue import RULES_BY_ID
from jixiao.review.profile import Profile, load_data_file


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    title: str
    templates: tuple[str | None, ...] | None
    kinds: tuple[str | None, ...] | None
    max_projects: int | None
    empty: bool | None
    disable: frozenset[str]
    targets: bool | None = None
    rates: bool | None = None  # some project's 预算执行率 was read
    keep: frozenset[str] = frozenset()  # left on when ``disable`` is '*'
    department: bool | None = None  # the department part (总体目标, 分项目标, 措施) was read

    def fits(self, plan: DepartmentPlan) -> bool:
        if self.empty is not None and _empty(plan) != self.empty:
            return False
        if self.targets is not None and _targets(plan) != self.targets:
            return False
        if self.rates is not None and _rates(plan) != self.rates:
            return False
        if self.department is not None and _department(plan) != self.department:
            return False
        if self.templates is not None and plan.template not in self.templates:
            return False
        if self.kinds is not None and plan.kind not in self.kinds:
            return False
        return self.max_projects is None or len(plan.projects) <= self.max_projects


def _empty(plan: DepartmentPlan) -> bool:
    """Nothing was read that the review could look at: no indicator, no department goal,
    no disclosure table (project names alone are what a failed reading leaves behind)."""
    return not (
        plan.indicator_count
        or plan.overall_goal
        or plan.sub_goals
        or plan.measures
        or plan.disclosure
    )


def _department(plan: DepartmentPlan) -> bool:
    return bool(plan.overall_goal or plan.sub_goals or plan.measures)


def _rates(plan: DepartmentPlan) -> bool:
    """Some project's budget and 预算执行率 were read (a 自评表 cut before its indicators
    still states how much of its money was spent)."""
    return any(p.budget_total and p.execution_rate is not None for p in plan.projects)


def _targets(plan: DepartmentPlan) -> bool:
    """Some indicator states a target or an actual value (or none was read): not a
    scoring table alone (评价指标体系 / 得分表, whose rows carry only 分值 and 得分)."""
    indicators = [i for p in plan.projects for i in p.indicators]
    return not indicators or any(i.value or i.actual for i in indicators)


def _options(when: dict[str, object], key: str) -> tuple[str | None, ...] | None:
    raw = when.get(key)
    if raw is None:
        return None
    return tuple(None if v is None else str(v) for v in cast(list[object], raw))


@cache
def families() -> tuple[Family, ...]:
    data = load_data_file("review-families.json")
    found = []
    for raw in cast(list[dict[str, object]], data["families"]):
        when = cast(dict[str, object], raw.get("when", {}))
        most = when.get("max_projects")
        found.append(
            Family(
                id=str(raw["id"]),
                title=str(raw["title"]),
                templates=_options(when, "template"),
                kinds=_options(when, "kinds"),
                max_projects=int(cast(int, most)) if most is not None else None,
                empty=bool(when["empty"]) if "empty" in when else None,
                disable=frozenset(str(r) for r in cast(list[object], raw.get("disable", []))),
                targets=bool(when["targets"]) if "targets" in when else None,
                rates=bool(when["rates"]) if "rates" in when else None,
                keep=frozenset(str(r) for r in cast(list[object], raw.get("keep", []))),
                department=bool(when["department"]) if "department" in when else None,
            )
        )
    return tuple(found)


def family_for(plan: DepartmentPlan) -> Family | None:
    """The template family of ``plan`` (None when no entry fits)."""
    return next((f for f in families() if f.fits(plan)), None)


_PROFILES: dict[tuple[str, str], Profile] = {}


def profile_for(plan: DepartmentPlan, profile: Profile) -> tuple[Profile, Family | None]:
    """``profile`` with the rules of ``plan``'s template family switched off."""
    family = family_for(plan)
    if family is None or not family.disable - set(profile.disabled_rules):
        return profile, family
    disable = family.disable
    if "*" in disable:
        disable = frozenset(RULES_BY_ID) - family.keep
    key = (profile.id, family.id)
    derived = _PROFILES.get(key)
    if derived is None or derived.title != profile.title:
        disabled = sorted(set(profile.disabled_rules) | disable)
        derived = _PROFILES[key] = profile.model_copy(
            update={"id": f"{profile.id}+{family.id}", "disabled_rules": disabled}
        )
    return derived, family
