"""Charts on the 监控 and 自评 pages: the core's figures drawn by :mod:`jixiao.charts`.

Only the choice of figures per page is here; the series are computed by
:mod:`jixiao.monitoring.series` and the SVG by the chart functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.urls import reverse

from jixiao.charts import (
    GRADE_TONES,
    Bar,
    Reference,
    Segment,
    StackedRow,
    Tone,
    bar_chart,
    distribution_chart,
    spending_chart,
    stacked_bar_chart,
)
from jixiao.evaluation import ProjectScore
from jixiao.model import Project
from jixiao.model.percent import shown_percent
from jixiao.monitoring import MonitoringResult, ProjectMonitoring, ProjectProgress
from jixiao.monitoring.chart_series import department_series, spending_series
from jixiao.monitoring.spend_curve import spend_curve
from jixiao.surveys import QuestionResult
from jixiao.web.reporting.profile import evaluation_profile

GRADES = ("优", "良", "中", "差")
LIGHT_SEGMENTS = [
    Segment("red", "红灯", "red"),
    Segment("yellow", "黄灯", "yellow"),
    Segment("green", "绿灯", "green"),
    Segment("unfilled", "未填报", "unfilled"),
]
GRADE_SEGMENTS = [Segment(GRADE_TONES[g], g, GRADE_TONES[g]) for g in GRADES]  # keys: ASCII


def _percent(share: Decimal | None) -> float | None:
    # as the tables print it ({{ share|percent }}: two decimals, half up) — one decimal
    # here made the bar say 39.5% beside the table's 39.49%
    return None if share is None else float(shown_percent(share))


def project_spending(
    progress: ProjectProgress, result: ProjectMonitoring, project: Project | None
) -> str:
    budget = result.budget_total
    checkpoints = evaluation_profile().monitoring.checkpoints
    curve = spend_curve(project.spend_plan, budget, checkpoints) if project else None
    return spending_chart(spending_series(curve, result, progress.monthly, budget))


def department_spending(
    items: Sequence[tuple[ProjectProgress, ProjectMonitoring, Project | None]],
) -> str:
    reported = sum(1 for progress, _, _ in items if progress.spent_to_date is not None)
    title = f"部门预算执行进度（已填报{reported}/{len(items)}个项目，按预算加权）"
    return spending_chart(department_series(items, evaluation_profile(), title))


def execution_rates(report: MonitoringResult, links: Sequence[str] = ()) -> str:
    """Each project's 预算执行率, coloured by its light, against 序时进度."""
    bars = [
        Bar(
            label=result.name,
            value=_percent(result.execution_rate),
            tone=result.light.value,
            href=links[i] if i < len(links) else None,
        )
        for i, result in enumerate(report.projects)
    ]
    references = []
    if report.projects:
        references.append(Reference(float(report.projects[0].time_progress * 100), "序时进度"))
    return bar_chart(bars, maximum=100, unit="%", title="各项目预算执行率", references=references)


def _titled(title: str, note: str) -> str:
    """A chart's title and what it leaves out (the worst rows drawn only)."""
    return f"{title}（{note}）" if note else title


def lights_by_department(rows: Sequence[tuple[str, dict[str, int], str]], note: str = "") -> str:
    """(department, counts per light, link) → projects per light, a bar per department."""
    return stacked_bar_chart(
        [StackedRow(label, counts, href) for label, counts, href in rows],
        segments=LIGHT_SEGMENTS,
        title=_titled("各部门项目监控结果", note),
    )


def grades_by_department(rows: Sequence[tuple[str, dict[str, int], str]], note: str = "") -> str:
    """(department, counts per grade 优/良/中/差, link) → projects per grade."""
    return stacked_bar_chart(
        [
            StackedRow(
                label, {GRADE_TONES[g]: n for g, n in counts.items() if g in GRADE_TONES}, href
            )
            for label, counts, href in rows
        ],
        segments=GRADE_SEGMENTS,
        title=_titled("各部门项目自评等级", note),
    )


def scores(items: Sequence[tuple[ProjectScore, int]]) -> str:
    """Each project's 自评总分, coloured by grade, with the grade boundaries."""
    bars = [
        Bar(
            label=score.name,
            value=float(score.total),
            tone=GRADE_TONES.get(score.grade, "neutral"),
            text=f"{score.total} {score.grade}",
            href=reverse("evaluation_entry", args=[entry_id]),
        )
        for score, entry_id in items
    ]
    boundaries = evaluation_profile().scoring.grades
    return bar_chart(
        bars,
        maximum=100,
        unit="分",
        title="各项目自评得分",
        references=[Reference(float(b.min_score), b.grade) for b in boundaries if b.min_score > 0],
    )


def grade_distribution(grades: Sequence[str]) -> str:
    return distribution_chart(
        [Bar(g, grades.count(g), GRADE_TONES[g]) for g in GRADES],
        unit="个",
        title="自评等级分布",
    )


_MET_TONES: dict[bool | None, Tone] = {True: "green", False: "red", None: "neutral"}


def satisfaction(questions: Sequence[QuestionResult]) -> str:
    """满意率 per question, green where the target is met, the target as a line."""
    bars = [
        Bar(
            f"{q.project}：{q.indicator}",
            float(q.rate) if q.rate is not None else None,
            _MET_TONES[q.met],
            # the rate alone: with 「（36份）」 it no longer fitted and was cut to 「88.89%（…」;
            # the sample size is in the results table under the chart
            text=f"{q.rate}%" if q.rate is not None else "尚无问卷",
        )
        for q in questions
    ]
    targets = {q.target_percent for q in questions if q.target_percent is not None}
    references = [Reference(float(t), f"目标{t}%") for t in sorted(targets)]
    return bar_chart(
        bars,
        maximum=100,
        unit="%",
        title="各指标满意率",
        references=references,
        legend_labels={"green": "达到目标", "red": "未达目标", "neutral": "无目标或无问卷"},
    )
