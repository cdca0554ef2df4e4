"""看板 (dashboards) of 监控 and 自评 over the departments a person may see: who is off
track, who waits for review, the charts the finance bureau looks at first."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from jixiao.web.evaluation.advice import budget_advice
from jixiao.web.evaluation.records import grade_counts, visible_evaluations
from jixiao.web.monitoring.rounds import off_track, visible_rounds
from jixiao.web.pages import charting
from jixiao.web.pages.guards import current_member, member_required
from jixiao.workflow import ReportStatus

if TYPE_CHECKING:
    from jixiao.web.monitoring.models import MonitoringRoundRecord

OFF_TRACK_SHOWN = 50
ADVICE_SHOWN = 100  # the strongest treatments; each plan's page has its whole list


def _latest_rounds(request: HttpRequest) -> list[MonitoringRoundRecord]:
    """The latest round of every visible plan, most off-track departments first."""
    latest: dict[int, MonitoringRoundRecord] = {}
    rounds = visible_rounds(current_member(request))
    for round_ in rounds.order_by("plan_id", "-monitor_date"):
        latest.setdefault(round_.plan_id, round_)
    return sorted(latest.values(), key=lambda r: (-r.red, -r.yellow, r.plan.department.name))


def _counts(round_: MonitoringRoundRecord) -> dict[str, int]:
    """Projects per light, 未填报 included."""
    return {
        "red": round_.red,
        "yellow": round_.yellow,
        "green": round_.green,
        "unfilled": round_.unfilled,
    }


@member_required
def monitoring_overview(request: HttpRequest) -> HttpResponse:
    rounds = _latest_rounds(request)
    shown = off_track(rounds, OFF_TRACK_SHOWN)
    totals = Counter[str]()
    for round_ in rounds:
        totals.update(_counts(round_))
    context: dict[str, Any] = {
        "rounds": rounds,
        "totals": totals,
        "waiting": [r for r in rounds if r.status == ReportStatus.SUBMITTED.value],
        "off_track": shown,
        "chart": charting.lights_by_department(
            [
                (
                    r.plan.department.name,
                    _counts(r),
                    reverse("monitoring_round", args=[r.pk]),
                )
                for r in rounds
            ]
        ),
    }
    return render(request, "pages/monitoring_overview.html", context)


@member_required
def evaluation_overview(request: HttpRequest) -> HttpResponse:
    evaluations = list(visible_evaluations(current_member(request)))
    grades = grade_counts(evaluations)
    advice = budget_advice(evaluations)
    all_grades = [g for counts in grades.values() for g in counts.elements()]
    context: dict[str, Any] = {
        "rows": [(e, [(g, grades[e.pk][g]) for g in charting.GRADES]) for e in evaluations],
        "waiting": [e for e in evaluations if e.status == ReportStatus.SUBMITTED.value],
        "advice": advice[:ADVICE_SHOWN],
        "advice_total": len(advice),
        "chart": charting.grades_by_department(
            [
                (
                    f"{e.plan.department.name}（{e.plan.year}）",
                    dict(grades[e.pk]),
                    reverse("plan_evaluation", args=[e.plan_id]),
                )
                for e in evaluations
            ]
        ),
        "distribution": charting.grade_distribution(all_grades),
    }
    return render(request, "pages/evaluation_overview.html", context)
