"""Held-out defect classes, round 5: what reviewers and 自评复核 write back that rounds 1–4 did
not inject. Written and measured on cand BEFORE any rule was changed for them (the 首次 column
of docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第18节).

Where each class comes from:

- ``range_target`` — a ≥ target rewritten as a range (“≥90%” → “80%-90%”, “≥300人次” →
  “300-360人次”): 指标值设置不明确、无法据以评价 — domain.md §4 (a quantitative value is a
  direction, a number and a unit) and §7 (scoring compares the actual with ONE target:
  a range gives no rule to score 85% by); no real plan of the corpus writes a target so
  (the two ranges of the self-evaluations are an age bracket and a period “1-12月”);
- ``outputs_without_quantity`` — a project whose 产出 keeps only 质量 and 时效 rows, its
  数量 rows gone: 产出指标不完整、缺少数量指标 — domain.md §3 and §5 (“every required first
  and second level present: 数量 is one of the profile's required_second), the 101号 指引
  whose 产出 are 数量, 质量 and 时效 (zslaiyongdong.cn/index.php/content/622);
- ``period_before_year`` — the 项目期限 (实施期) of a plan ends two years before the
  budget year it asks money for (“2020年1月-2021年12月” in a 2023 table): 项目实施期已过、
  申报信息未更新 — the period the importer reads (``Project.period``) against the plan's
  年度; four real plans of the corpus state one (2023年4月-2024年2月, 2021.1-2021.12 …);
- ``selfeval_goal_claimed_met`` — a 自评表 whose 年度总体目标 实际完成情况 says every goal
  was met (“全面完成年度绩效目标”) while one of its indicators fell short (actual halved, a
  reason given): 自评结论与指标完成情况不符、自评结果不实 — domain.md §7 (年度总体目标:
  expected vs achieved) — the 完成情况 sums up the rows; published 自评报告 set the two side
  by side (hh.gov.cn/info/11481/1179592.htm 红河州数据发展中心2024年度项目支出绩效单位自评
  报告; hnnxzx.com/a/webbase/div-css/2022/0415/1230.html 南县政协 部门整体支出及项目支出
  绩效评价报告), and ten self-evaluations of the corpus state a 完成情况 the import reads;
- ``selfeval_exceeded_docked`` — a count target beaten (actual 120% of it) whose score is
  halved, no reason given: 超额完成却扣分、评分依据不充分 (the other side of round 3's
  selfeval_met_docked, which wrote the actual equal to the target);
- ``selfeval_missed_blank_deviation`` — a missed target (actual halved) whose 偏差原因 is
  left blank: 未完成指标未分析偏差原因 (财预〔2020〕10号; round 1 wrote a placeholder
  “无”, this one leaves the cell empty).

The ``pages`` corpus was searched for 绩效目标审核意见, 事前绩效评估 报告 问题, 绩效自评 存在问题,
自评结果复核 偏差, 审计 绩效 问题, 财政评价 指标设置不合理, 指标值设定偏低, 目标与资金不匹配: as in
rounds 2–4 it returned unrelated KPI pages, a 预算绩效管理办法 (cwc.jcut.edu.cn/info/1015/1324.htm),
the 101号 指引 (lsrwf.cn, zslaiyongdong.cn) and published evaluation reports (hh.gov.cn,
longhui.gov.cn 隆回县乡村振兴项目资金绩效评价报告, hnnxzx.com 南县政协, dyrmt.com
article-132779 “存在问题 暂无”), no list of opinions; the classes rest on those and on
domain.md as cited.

Checked and not injected, being covered already: a 自评 total unlike the sum of its rows
(selfeval_total_unlike_scores, N201 N222), a 预算执行率 score unlike 执行数/全年预算
(execution_points_unlike_rate, execution_rate_unlike_amounts: N221 N212), 效益 indicators
that restate outputs (output_count_as_benefit, R119), a 满意度 actual with no survey (N207
flags every such row of the corpus already); not injected for want of documents: 监控
progress against spending (the corpus holds one monitoring report, and the benchmark reviews
plans and self-evaluations).
"""

from __future__ import annotations

import math
from decimal import Decimal

from jixiao.grammar import Direction, ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import Target, _count, _first, _keys, mutation
from tests.review.defects.opinions import _scored, _seeded, missed_with_deviation

_RANGE_FORMS = ("{a}{u}-{b}{u}", "{a}-{b}{u}", "{a}~{b}{u}", "{a}{u}至{b}{u}")
_PERIOD_FORMS = ("{o}年1月-{e}年12月", "{o}.1-{e}.12", "{o}年1月至{e}年12月", "{o}-{e}年")
_GOAL_CLAIMS = (
    "全面完成年度绩效目标",
    "各项绩效目标均已完成",
    "已全部完成年度目标任务",
    "圆满完成了年度目标，达到预期效果",
)
_REASONS = ("受疫情影响部分活动延期", "项目实施进度滞后", "资金到位较晚", "受天气影响工期顺延")


def _text(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _bounds(v: IndicatorValue) -> tuple[Decimal, Decimal] | None:
    """A range around a ≥ target that a reviewer cannot score by: 10 points below a
    percentage, a fifth above a count."""
    n = v.number
    if n is None or n <= 0:
        return None
    if v.unit == "%":
        return (n - 10, n) if 20 <= n <= 100 else None
    if _count(v) and n >= 5:
        return n, Decimal(math.ceil(n * Decimal("1.2")))
    return None


@mutation
def range_target(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _RANGE_FORMS)

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT)
        return up and v.kind is ValueKind.QUANTITATIVE and not v.is_range and bool(_bounds(v))

    def widen(ind: Indicator, v: IndicatorValue) -> None:
        bounds = _bounds(v)
        assert bounds is not None
        ind.value = form.format(a=_text(bounds[0]), b=_text(bounds[1]), u=v.unit or "")

    return _first(plan, fits, widen)


_OUTPUTS = ("数量", "质量", "时效")


@mutation
def outputs_without_quantity(plan: DepartmentPlan) -> Target | None:
    """The 数量 rows of the first project that also has 质量 or 时效 rows are dropped."""
    for p, project in enumerate(plan.projects, start=1):
        levels = [_keys(r)[1] for r in project.indicators]
        if "数量" in levels and any(level in ("质量", "时效") for level in levels):
            project.indicators = [r for r in project.indicators if _keys(r)[1] != "数量"]
            return Target(p, frozenset())
    return None


@mutation
def period_before_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    form = _seeded(plan, _PERIOD_FORMS)
    for p, project in enumerate(plan.projects, start=1):
        if (project.period or "").strip():
            project.period = form.format(o=plan.year - 3, e=plan.year - 2)
            return Target(p, frozenset())
    return None


@mutation
def selfeval_goal_claimed_met(plan: DepartmentPlan) -> Target | None:
    """A row of a project that states its goal's 实际完成情况 missed (with a reason); the
    完成情况 rewritten as a claim that every goal was met."""
    claim = _seeded(plan, _GOAL_CLAIMS)
    for p, project in enumerate(plan.projects, start=1):
        if not (project.annual_goal_actual or "").strip():
            continue
        only = DepartmentPlan(source_file=plan.source_file, year=plan.year, projects=[project])
        target = missed_with_deviation(only, _seeded(plan, _REASONS))
        if target is not None:
            project.annual_goal_actual = claim
            return Target(p, frozenset())
    return None


@mutation
def selfeval_exceeded_docked(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT, None)
        counted = _count(v) and (v.number or 0) >= 5 and not v.is_range
        return _scored(ind, v) and up and counted and bool(ind.weight)

    def dock(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None and ind.weight is not None
        ind.actual = f"{_text(Decimal(math.ceil(v.number * Decimal('1.2'))))}{v.unit or ''}"
        ind.score = (ind.weight / 2).quantize(Decimal("0.01"))
        ind.deviation = ""

    return _first(plan, fits, dock)


@mutation
def selfeval_missed_blank_deviation(plan: DepartmentPlan) -> Target | None:
    return missed_with_deviation(plan, "")


ROUND5_CLASSES = (
    "range_target",
    "outputs_without_quantity",
    "period_before_year",
    "selfeval_goal_claimed_met",
    "selfeval_exceeded_docked",
    "selfeval_missed_blank_deviation",
)
