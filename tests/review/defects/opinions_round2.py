"""Held-out defect classes, round 2: more defects real reviewers send back (审核意见, 评审意见,
第三方复核意见, 自评质量抽查), none of which an earlier catalogue injected. Written and measured
on main BEFORE any rule was changed for them (docs/rules/recall.md 首次; the figures per class
are in docs/rules/coverage.md 第15节).

Where each class comes from:

- ``goal_placeholder`` — 绩效目标 written as “无” or “/”: 绩效目标未填报 is the first 完整性
  opinion (财预〔2021〕101号 指引: 项目须有年度绩效目标; domain.md §5 “goals present”);
- ``goal_is_project_name`` — the annual goal only repeats the project's name (“完成××项目”):
  绩效目标表述笼统、未反映预期产出和效果 (101号: 目标应清晰、可衡量, 反映产出与效果);
- ``benefit_vague_improvement`` — a 效益 target written “比上年有所提高”: domain.md §4 lists
  it among the values reviewers send back (效益指标未量化、无法衡量);
- ``output_count_as_benefit`` — a 数量 row (培训人次, 购置台数) filed under 社会效益:
  效益指标与产出指标混淆、以产出代替效益, the commonest 相关性 opinion on 效益;
- ``cost_in_words`` — a 成本 ceiling rewritten “控制在预算范围内”: 成本指标未量化 (成本指标
  须写明金额上限, 101号 成本指标);
- ``satisfaction_sample_size`` — a satisfaction target written as the number of
  questionnaires (“≥200份”): 满意度调查设计不规范 — the target is the share of satisfied
  respondents (domain.md §3), the sample size is how it is measured;
- ``selfeval_missed_claimed_met`` — a self-evaluation row whose actual is half the target,
  its 偏差原因 says “已按计划完成”: 偏差原因分析与实际完成情况不符 (第三方复核);
- ``selfeval_bounded_rate_over_hundred`` — a satisfaction or 合格率-type actual above 100%
  (“108%”): 实际完成值口径有误 — such a share cannot exceed the whole (自评内部一致性).

How the sources were looked for: the ``pages`` corpus was searched for reviewers' problem
lists (绩效目标审核意见, 评审意见, 绩效目标编制常见问题, 自评质量问题, 第三方复核意见, 财政评价
发现问题, 满意度调查问卷设计, 部门整体绩效目标常见问题, 绩效运行监控偏差); it returned no such
list, only unrelated KPI pages and a few published self-evaluation reports (e.g. dyrmt.com
article-132779: “存在问题 暂无 改进措施 暂无”). So each class rests on domain.md and the
guidance the first round cites, named above with the opinion's usual wording.

Not injected: 监控 deviations (the corpus holds one monitoring report, not enough to measure
a class on) and 部门整体 goals (no plan of other provinces in the corpus carries a
department-wide goal the importer reads; the Hebei seeds that do are excluded).

Each mutation picks the first fitting place in document order, as mutations.py does, and
takes any word or number from a crc32 of the first project's name (reproducible).
"""

from __future__ import annotations

import re

from jixiao.grammar import Direction, ValueKind, parse_value
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import (
    Target,
    _count,
    _first,
    _is_cost,
    _is_satisfaction,
    _keys,
    _money,
    _rows,
    mutation,
)
from tests.review.defects.opinions import _scored, _seeded, missed_with_deviation

_GOAL_PLACEHOLDERS = ("无", "/", "—", "无。")
_VAGUE_BENEFIT = ("比上年有所提高", "较上年有所提升", "逐步提高", "明显改善")
_COST_WORDS = ("控制在预算范围内", "不超预算", "严格控制在预算内", "控制在批复预算以内")
_SAMPLES = ("200", "100", "300", "150")
_CLAIMS = ("已按计划完成", "无偏差", "目标已全部完成", "达到预期目标")
_OVER = ("108", "105", "120", "112")
_BOUNDED = re.compile(r"(合格率|达标率|知晓率|覆盖率|及格率|通过率|满意度|满意率)$")


@mutation
def goal_placeholder(plan: DepartmentPlan) -> Target | None:
    word = _seeded(plan, _GOAL_PLACEHOLDERS)
    for p, project in enumerate(plan.projects, start=1):
        if project.goals or project.annual_goal:
            if project.goals:
                project.goals = [word]
            if project.annual_goal:
                project.annual_goal = word
            return Target(p, frozenset())
    return None


@mutation
def goal_is_project_name(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        name = project.name.strip()
        if len(name) >= 4 and (project.goals or project.annual_goal):
            goal = name if name.startswith("完成") else f"完成{name}"
            if project.goals:
                project.goals = [goal]
            if project.annual_goal:
                project.annual_goal = goal
            return Target(p, frozenset())
    return None


def _benefit(ind: Indicator) -> bool:
    return _keys(ind)[0] == "效益"


@mutation
def benefit_vague_improvement(plan: DepartmentPlan) -> Target | None:
    words = _seeded(plan, _VAGUE_BENEFIT)
    return _first(
        plan,
        lambda ind, v: _benefit(ind) and v.kind is ValueKind.QUANTITATIVE,
        lambda ind, _v: setattr(ind, "value", words),
    )


@mutation
def output_count_as_benefit(plan: DepartmentPlan) -> Target | None:
    """The first counted 数量 row of a project that has 社会效益 rows moves under them."""
    for p, i, project, ind, v in _rows(plan):
        if _keys(ind)[1] != "数量" or not _count(v) or v.direction is Direction.LE:
            continue
        social = next((o for o in project.indicators if _keys(o)[1] == "社会效益"), None)
        if social is None:
            continue
        ind.level1, ind.level2 = social.level1, social.level2
        return Target(p, frozenset({i}))
    return None


@mutation
def cost_in_words(plan: DepartmentPlan) -> Target | None:
    words = _seeded(plan, _COST_WORDS)
    return _first(
        plan,
        lambda ind, v: _is_cost(ind) and _money(v),
        lambda ind, _v: setattr(ind, "value", words),
    )


@mutation
def satisfaction_sample_size(plan: DepartmentPlan) -> Target | None:
    size = _seeded(plan, _SAMPLES)
    return _first(
        plan,
        lambda ind, v: _is_satisfaction(ind) and v.unit == "%",
        lambda ind, _v: setattr(ind, "value", f"≥{size}份"),
    )


@mutation
def selfeval_missed_claimed_met(plan: DepartmentPlan) -> Target | None:
    return missed_with_deviation(plan, _seeded(plan, _CLAIMS))


@mutation
def selfeval_bounded_rate_over_hundred(plan: DepartmentPlan) -> Target | None:
    over = _seeded(plan, _OVER)

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        named = _BOUNDED.search(ind.level3.strip().rstrip("%％)） ")) is not None
        actual = parse_value(ind.actual or "")
        return _scored(ind, v) and named and v.unit == "%" and actual.unit == "%"

    def exceed(ind: Indicator, _v: IndicatorValue) -> None:
        ind.actual = f"{over}%"
        ind.score = ind.weight

    return _first(plan, fits, exceed)


ROUND2_CLASSES = (
    "goal_placeholder",
    "goal_is_project_name",
    "benefit_vague_improvement",
    "output_count_as_benefit",
    "cost_in_words",
    "satisfaction_sample_size",
    "selfeval_missed_claimed_met",
    "selfeval_bounded_rate_over_hundred",
)
