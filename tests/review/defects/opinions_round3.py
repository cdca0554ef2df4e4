"""Held-out defect classes, round 3: what reviewers and 自评复核 write back that neither earlier
round injected. Written and measured on cand BEFORE any rule was changed for them (the 首次
column of docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第16节).

Where each class comes from:

- ``selfeval_score_above_weight`` — an indicator's 得分 above its 分值: 自评复核's
  “评分不规范、得分超过指标分值” (domain.md §7: a met target takes the full weight, no more);
- ``selfeval_weights_off_hundred`` — one 分值 raised by 5 so the table's weights no longer
  make 100: 指标分值设置不规范 (domain.md §7: 产出 50, 效益 30, 满意度 10, 预算执行率 10);
- ``selfeval_total_unlike_scores`` — the 总分 five points off the sum of the scores:
  自评得分计算错误, the first arithmetic check of a 自评复核 (domain.md §7 总分).

  Both were narrowed after their first run (9/28 and 1/6, docs/rules/recall.md 首次), as
  domain_classes.py's level classes were: to tables whose grid as imported makes the 100
  points (19 of the 28 and 3 of the 6 were read in part, their 分值 never made 100, so
  there was no sum to put off), and the total to five points off what the table's own
  figures admit — where neither the 执行率得分 nor the amounts are read, a total within
  Σ 得分 plus the 执行率's 分值 may be right, so there it is put below Σ 得分;
- ``selfeval_missed_full_score`` — a target missed (actual halved, a real reason given)
  that keeps its full 分值: 自评打分偏高、与指标完成情况不符 (第三方复核);
- ``selfeval_met_docked`` — a target met (the actual equals the target) whose score is
  halved with no reason given: 扣分依据不充分 (the same 复核 checklist, the other way);
- ``sustainable_one_year`` — a 可持续影响 indicator whose value is a term of one year or
  less (“1年”, “≥1年”, a date inside the budget year): 可持续影响指标设置不合理 — the lasting
  effect after the year (domain.md §3 “可持续影响 lasting effect”); one real table of the
  corpus writes it so (城市管理 并网发电 保障期限 “2020年1月--2020年11月”);
- ``goal_figure_unlike_indicator`` (plan) and ``selfeval_goal_figure_unlike_indicator``
  (自评 年度目标) — the goal states a count for the same thing that differs from the
  indicator's value (goal “培训人次600人次”, indicator “≥300人次”): 绩效目标与绩效指标不一致
  (domain.md §5 “narrative vs tables: a figure stated in prose that contradicts the tables”;
  101号: 指标应与目标相对应).

The ``pages`` corpus was searched again for reviewers' problem lists (绩效目标审核意见 可持续
影响, 自评复核 发现问题 得分计算错误 分值合计); it returned unrelated KPI pages and a few published
evaluation reports (longhui.gov.cn 隆回县乡村振兴项目资金绩效评价报告, hh.gov.cn 红河州数据发展
中心2024年度项目支出绩效单位自评报告), no list of opinions; the classes rest on domain.md §3, §5,
§7 as cited.

Not injected, again: 监控 deviations and 部门整体 goals (the corpus still holds no monitoring
report or department-wide goal of another province to inject into); 财政拨款 + 其他资金 ≠ 合计
and a grade outside its score band (injected already: fiscal_and_other_unlike_budget,
grade_unlike_total).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review.rules.score_sums import stated_sums
from tests.review.defects.mutations import Target, _count, _first, _keys, _rows, mutation
from tests.review.defects.opinions import _scored, _seeded, missed_with_deviation

_OVER = ("2", "1", "5", "3")
_REASONS = ("受疫情影响部分活动延期", "项目实施进度滞后", "资金到位较晚", "受天气影响工期顺延")
_JOINS = ("", "达到", "共", "不少于")


def _as_text(number: Decimal) -> str:
    return format(number.normalize(), "f")


@mutation
def selfeval_score_above_weight(plan: DepartmentPlan) -> Target | None:
    over = Decimal(_seeded(plan, _OVER))

    def exceed(ind: Indicator, _v: IndicatorValue) -> None:
        assert ind.weight is not None
        ind.score = ind.weight + over

    return _first(plan, lambda ind, v: _scored(ind, v) and ind.score is not None, exceed)


def _whole(project: Project) -> bool:
    """The grid as imported makes the table's 100 points (with the 执行率's): only there
    is a sum to put off; most misses of the first run were tables read in part."""
    return stated_sums(project).whole_table


@mutation
def selfeval_weights_off_hundred(plan: DepartmentPlan) -> Target | None:
    for p, _i, project, ind, v in _rows(plan):
        if _scored(ind, v) and _whole(project):
            assert ind.weight is not None
            ind.weight += 5
            return Target(p, frozenset())
    return None


@mutation
def selfeval_total_unlike_scores(plan: DepartmentPlan) -> Target | None:
    """Five points off the total the table's own figures give: the stated total moved where
    the 执行率's points are stated (or its amounts give them), else below Σ 得分."""
    for p, project in enumerate(plan.projects, start=1):
        total = project.total_score
        if total is None or not _whole(project):
            continue
        amounts = project.spent is not None and bool(
            project.budget_adjusted or project.budget_total
        )
        if project.execution_score is not None or amounts:
            project.total_score = total - 5 if total >= 5 else total + 5
        else:
            project.total_score = stated_sums(project).scores - 5
        return Target(p, frozenset())
    return None


@mutation
def selfeval_missed_full_score(plan: DepartmentPlan) -> Target | None:
    target = missed_with_deviation(plan, _seeded(plan, _REASONS))
    if target is not None:
        project = plan.projects[target.project - 1]
        for i in target.indicators:
            row = project.indicators[i - 1]
            row.score = row.weight
    return target


@mutation
def selfeval_met_docked(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
        return _scored(ind, v) and up and (v.number or 0) > 0 and bool(ind.weight)

    def dock(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None and ind.weight is not None
        ind.actual = f"{_as_text(v.number)}{v.unit or ''}"
        ind.score = (ind.weight / 2).quantize(Decimal("0.01"))
        ind.deviation = ""

    return _first(plan, fits, dock)


@mutation
def sustainable_one_year(plan: DepartmentPlan) -> Target | None:
    year = plan.year
    terms = ("1年", "≥1年", "12个月", f"{year}年12月底前" if year else "当年")
    term = _seeded(plan, terms)
    return _first(
        plan,
        lambda ind, _v: "可持续" in _keys(ind)[1],
        lambda ind, _v: setattr(ind, "value", term),
    )


def _countable(ind: Indicator, v: IndicatorValue) -> bool:
    name = ind.level3.strip()
    up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
    plain = len(name) >= 3 and not any(c.isdigit() for c in name)
    return plain and _count(v) and up and v.kind is ValueKind.QUANTITATIVE and (v.number or 0) > 0


def _state_in_goal(project: Project, sentence: str) -> None:
    if project.goals:
        project.goals[0] = f"{project.goals[0].rstrip('。；; ')}，{sentence}。"
    else:
        project.annual_goal = f"{(project.annual_goal or '').rstrip('。；; ')}，{sentence}。"


def _goal_figure(plan: DepartmentPlan) -> Target | None:
    join = _seeded(plan, _JOINS)
    for p, _i, project, ind, v in _rows(plan):
        if not (project.goals or (project.annual_goal or "").strip()):
            continue
        if _countable(ind, v):
            assert v.number is not None
            _state_in_goal(project, f"{ind.level3.strip()}{join}{_as_text(v.number * 2)}{v.unit}")
            return Target(p, frozenset())  # the goal changed: a defect of the project
    return None


@mutation
def goal_figure_unlike_indicator(plan: DepartmentPlan) -> Target | None:
    return _goal_figure(plan)


@mutation
def selfeval_goal_figure_unlike_indicator(plan: DepartmentPlan) -> Target | None:
    return _goal_figure(plan)


ROUND3_CLASSES = (
    "selfeval_score_above_weight",
    "selfeval_weights_off_hundred",
    "selfeval_total_unlike_scores",
    "selfeval_missed_full_score",
    "selfeval_met_docked",
    "sustainable_one_year",
    "goal_figure_unlike_indicator",
    "selfeval_goal_figure_unlike_indicator",
)
