"""看板 (dashboards) of 监控 and 自评 over the departments a person may see: who is off
track, who waits for review, the charts the finance bureau looks at first."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from jixiao.carryover import advise
from jixiao.carryover.budget_list import STRENGTH
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.orgs.access import visible_plans
from jixiao.web.pages import charting
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.workflow import ReportStatus

OFF_TRACK_SHOWN = 50
ADVICE_SHOWN = 100  # the strongest treatments; each plan's page has its whole list


def _latest_rounds(request: HttpRequest) -> list[MonitoringRoundRecord]:
    """The latest round of every visible plan, most off-track departments first."""
    plans = visible_plans(current_member(request))
    latest: dict[int, MonitoringRoundRecord] = {}
    rounds = MonitoringRoundRecord.objects.filter(plan__in=plans).select_related("plan__department")
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
    off_track = (
        ProgressRecord.objects.filter(round__in=rounds, light__in=("red", "yellow"))
        .select_related("project", "round__plan__department")
        .order_by("-light", "execution_rate")[:OFF_TRACK_SHOWN]
    )
    # "red" sorts after "yellow": order explicitly, red first
    shown = sorted(off_track, key=lambda e: (e.light != "red", e.execution_rate or 0))
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
    plans = visible_plans(current_member(request))
    evaluations = list(
        SelfEvaluationRecord.objects.filter(plan__in=plans).select_related("plan__department")
    )
    grades: dict[int, Counter[str]] = {e.pk: Counter() for e in evaluations}
    for evaluation_id, grade in EvaluationEntryRecord.objects.filter(
        evaluation__in=evaluations
    ).values_list("evaluation_id", "grade"):
        grades[evaluation_id][grade] += 1
    # from the cached grades and rates: scoring every project again is for the pages of
    # one plan, not for a region's dashboard
    profile = evaluation_profile()
    by_id = {e.pk: e for e in evaluations}
    advice = []
    cached = EvaluationEntryRecord.objects.filter(
        evaluation__in=evaluations, total__isnull=False
    ).values_list(
        "evaluation_id", "project__name", "project__code", "grade", "total", "execution_rate"
    )
    for evaluation_id, name, code, grade, total, rate in cached:
        line = advise(
            name,
            code or None,
            grade,
            Decimal(str(total)),
            None if rate is None else Decimal(str(rate)),
            profile,
        )
        if line is not None:
            advice.append((by_id[evaluation_id], line))
    advice.sort(key=lambda pair: (-STRENGTH[pair[1].treatment], pair[1].total))
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
