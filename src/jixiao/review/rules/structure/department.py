"""S106–S109: the department part — overall goal, sub-goals, measures, budget."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.model import SubGoal
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _no_overall_goal(view: PlanView) -> Iterator[Hit]:
    if not (view.plan.overall_goal or "").strip():
        yield hit("部门整体绩效目标中没有总体绩效目标。", field="overall_goal")


S106 = TABLE.rule("S106", _no_overall_goal)


def _incomplete(sub: SubGoal) -> bool:
    return not (sub.goal or "").strip() or not (sub.indicator or "").strip()


def _sub_goals(view: PlanView) -> Iterator[Hit]:
    subs = view.plan.sub_goals
    if not subs:
        yield hit("部门整体绩效目标中没有分项绩效目标。", field="sub_goals")
        return
    bare = [s for s in subs if _incomplete(s)]
    if bare:
        titles = "、".join(q(s.title or s.goal or "", 20) for s in bare[:4])
        more = "等" if len(bare) > 4 else ""
        location = next(iter(bare[0].sources.values()), None)
        yield hit(
            f"{len(bare)}个分项绩效目标（共{len(subs)}个）没有写明绩效目标或绩效指标，"
            f"只有标题：{titles}{more}。",
            field="sub_goals",
            location=location,
        )


S107 = TABLE.rule("S107", _sub_goals)


def _no_measures(view: PlanView) -> Iterator[Hit]:
    if not any(m.strip() for m in view.plan.measures):
        yield hit("部门整体绩效目标中没有工作保障措施。", field="measures")


S108 = TABLE.rule("S108", _no_measures)


def _no_budget(view: PlanView) -> Iterator[Hit]:
    missing = [p for p in view.projects if p.project.budget_total is None]
    if not missing:
        return
    shown = "、".join(f"{p.index}.{p.project.name}" for p in missing[:5])
    more = f"等{len(missing)}个项目" if len(missing) > 5 else ""
    which = "全部" if len(missing) == len(view.projects) else ""
    yield hit(
        f"{which}{len(missing)}个项目的绩效目标表没有预算数：{shown}{more}；"
        "成本指标与资金规模是否匹配无法核对。",
        field="budget_total",
        project_index=missing[0].index if len(missing) == 1 else None,
    )


S109 = TABLE.rule("S109", _no_budget)
