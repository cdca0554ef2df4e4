"""看板 (dashboards) of 监控 and 自评 over the departments a person may see: who is off
track, who waits for review, the charts the finance bureau looks at first.

Both read the stored results (:mod:`jixiao.web.reportstore`); the body of each is rendered
once per state of the reports it shows (which reports, their status, which computation of
their results) and then served from the shared cache.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from jixiao.department import attention
from jixiao.department.attention import CHART_ROWS, TABLE_ROWS, Attention, chosen, worst_first
from jixiao.textnorm.natural import natural_key
from jixiao.web.pages import charting
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.reportstore.dashboards import (
    LIGHTS,
    grade_counts,
    latest_rounds,
    off_track,
    strongest_advice,
    visible_evaluations,
)
from jixiao.web.reportstore.evaluations import advice_of
from jixiao.workflow import ReportStatus

if TYPE_CHECKING:
    from jixiao.web.evaluation.models import SelfEvaluationRecord
    from jixiao.web.monitoring.models import MonitoringRoundRecord

OFF_TRACK_SHOWN = 50
ADVICE_SHOWN = 100  # the strongest treatments; each plan's page has its whole list


def _counts(round_: MonitoringRoundRecord) -> dict[str, int]:
    """Projects per light, 未填报 included."""
    return {light: getattr(round_, light) for light in LIGHTS}


def _choice(request: HttpRequest, filters: tuple[Attention, ...]) -> dict[str, Any]:
    """The page's 只看 filter (?attention=) and 显示全部 (?all=1): also its cache key."""
    picked = chosen(filters, request.GET.get("attention", ""))
    return {
        "filters": filters,
        "attention": picked.key if picked else "",
        "all": request.GET.get("all") == "1",
        "picked": picked,
    }


def _table(rows: list[Any], choice: dict[str, Any]) -> dict[str, Any]:
    """A dashboard table: the filtered rows, the first TABLE_ROWS unless 显示全部."""
    shown = rows if choice["all"] else rows[:TABLE_ROWS]
    return {"rows": shown, "total": len(rows), "cut": len(shown) < len(rows)}


@member_required
def monitoring_overview(request: HttpRequest) -> HttpResponse:
    latest = latest_rounds(current_member(request))
    choice = _choice(request, attention.MONITORING)
    context: dict[str, Any] = {
        **choice,
        "state": latest.state,
        "results_recomputing": _recomputing(latest.recomputing, "轮监控的结果"),
        "shown": lambda: _monitoring_overview(latest.reports, choice),  # only when not cached
    }
    return render(request, "pages/monitoring_overview.html", context)


def _monitoring_overview(
    rounds: list[MonitoringRoundRecord], choice: dict[str, Any]
) -> dict[str, Any]:
    totals = Counter[str]()
    for round_ in rounds:
        totals.update(_counts(round_))
    picked: Attention | None = choice["picked"]
    kept = [r for r in rounds if picked is None or picked.keeps(_counts(r), r.status)]
    drawn, left_out = worst_first(
        kept,
        lambda r: (r.red, r.unfilled, r.yellow),
        lambda r: str(r.plan.department.name),
        CHART_ROWS,
    )
    return {
        "table": _table(kept, choice),
        "totals": totals,
        "waiting": [r for r in rounds if r.status == ReportStatus.SUBMITTED.value],
        "off_track": off_track(kept, OFF_TRACK_SHOWN),
        "chart": charting.lights_by_department(
            [
                (r.plan.department.name, _counts(r), reverse("monitoring_round", args=[r.pk]))
                for r in drawn
            ],
            note := attention.left_out_note(len(drawn), left_out),
        ),
        "chart_note": note,
    }


@member_required
def evaluation_overview(request: HttpRequest) -> HttpResponse:
    visible = visible_evaluations(current_member(request))
    choice = _choice(request, attention.EVALUATION)
    context: dict[str, Any] = {
        **choice,
        "state": visible.state,
        "results_recomputing": _recomputing(visible.recomputing, "个自评的得分"),
        "shown": lambda: _evaluation_overview(visible.reports, choice),  # only when not cached
    }
    return render(request, "pages/evaluation_overview.html", context)


def _evaluation_overview(
    everyone: list[SelfEvaluationRecord], choice: dict[str, Any]
) -> dict[str, Any]:
    grades = grade_counts(everyone)
    picked: Attention | None = choice["picked"]
    evaluations = [e for e in everyone if picked is None or picked.keeps(grades[e.pk], e.status)]
    # the newest year first, then the departments as a person reads their names
    evaluations.sort(key=lambda e: (-e.plan.year, natural_key(e.plan.department.name)))
    advice, advice_total = strongest_advice(evaluations, ADVICE_SHOWN)
    by_id = {e.pk: e for e in evaluations}
    all_grades = Counter[str]()
    for counts in grades.values():
        all_grades.update(counts)
    drawn, left_out = worst_first(
        evaluations,
        lambda e: tuple(grades[e.pk].get(g, 0) for g in reversed(charting.GRADES)),
        lambda e: str(e.plan.department.name),
        CHART_ROWS,
    )
    rows = [(e, [(g, grades[e.pk].get(g, 0)) for g in charting.GRADES]) for e in evaluations]
    return {
        "table": _table(rows, choice),
        "waiting": [e for e in evaluations if e.status == ReportStatus.SUBMITTED.value],
        "advice": [(by_id[row["evaluation_id"]], advice_of(row)) for row in advice],
        "advice_total": advice_total,
        "chart": charting.grades_by_department(
            [
                (
                    f"{e.plan.department.name}（{e.plan.year}）",
                    grades[e.pk],
                    reverse("plan_evaluation", args=[e.plan_id]),
                )
                for e in drawn
            ],
            note := attention.left_out_note(len(drawn), left_out),
        ),
        "chart_note": note,
        "distribution": charting.grade_distribution(sorted(all_grades.elements())),
    }


def _recomputing(count: int, what: str) -> str:
    return f"{count}{what}" if count else ""
