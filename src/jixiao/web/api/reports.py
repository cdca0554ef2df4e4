"""/api: 监控 rounds and 自评 results of a plan, as the pages show them (read-only).

The figures are the core's: :class:`jixiao.monitoring.ProjectMonitoring` per project of a
round, :class:`jixiao.evaluation.ProjectScore` per project complete enough to score
(:func:`jixiao.evaluation.missing_to_score`); those filled in part are listed as 填报中
with what they still miss.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema

from jixiao.evaluation import ProjectScore, missing_to_score
from jixiao.monitoring import ProjectMonitoring
from jixiao.web.api.lookup import member, plan_for
from jixiao.web.evaluation.records import evaluation_of_plan, scored
from jixiao.web.monitoring.rounds import find_round, plan_rounds, round_report
from jixiao.web.orgs.access import can_view
from jixiao.web.reporting.profile import evaluation_profile

if TYPE_CHECKING:
    from jixiao.web.monitoring.models import MonitoringRoundRecord

router = Router(tags=["监控与自评"])


class RoundSummary(Schema):
    id: int
    plan_id: int
    monitor_date: dt.date
    status: str
    status_label: str
    red: int
    yellow: int
    green: int
    unfilled: int


class RoundDetail(RoundSummary):
    projects: list[ProjectMonitoring]


class FillingOut(Schema):
    """填报中: a project filled in part, not scored until what it misses is entered."""

    name: str
    missing: list[str]


class EvaluationOut(Schema):
    id: int
    plan_id: int
    status: str
    status_label: str
    profile: str
    average: float | None
    projects: list[ProjectScore]
    filling: list[FillingOut]
    not_reported: list[str]


def _summary(round_: MonitoringRoundRecord) -> dict[str, Any]:
    return {
        "id": round_.pk,
        "plan_id": round_.plan_id,
        "monitor_date": round_.monitor_date,
        "status": round_.status,
        "status_label": round_.status_enum.label,
        "red": round_.red,
        "yellow": round_.yellow,
        "green": round_.green,
        "unfilled": round_.unfilled,
    }


@router.get("/plans/{plan_id}/monitoring", response=list[RoundSummary], summary="监控轮次")
def list_rounds(request: HttpRequest, plan_id: int) -> list[dict[str, Any]]:
    plan = plan_for(request, plan_id)
    return [_summary(r) for r in plan_rounds(plan)]


@router.get("/monitoring/{round_id}", response=RoundDetail, summary="一轮监控的结果")
def get_round(request: HttpRequest, round_id: int) -> dict[str, Any]:
    round_ = find_round(round_id)
    if round_ is None or not can_view(member(request), round_.plan):
        raise Http404("没有找到该监控")
    return _summary(round_) | {"projects": round_report(round_).projects}


@router.get("/plans/{plan_id}/evaluation", response=EvaluationOut, summary="绩效自评结果")
def get_evaluation(request: HttpRequest, plan_id: int) -> dict[str, Any]:
    plan = plan_for(request, plan_id)
    evaluation = evaluation_of_plan(plan)
    if evaluation is None:
        raise Http404("该绩效文本尚未开始自评")
    rows = scored(evaluation)
    return {
        "id": evaluation.pk,
        "plan_id": plan.pk,
        "status": evaluation.status,
        "status_label": evaluation.status_enum.label,
        "profile": evaluation_profile().id,
        "average": evaluation.average,
        "projects": [score for _, domain, score in rows if not missing_to_score(domain)],
        "filling": [
            {"name": domain.name, "missing": missing_to_score(domain)}
            for _, domain, _ in rows
            if not domain.is_blank and missing_to_score(domain)
        ],
        "not_reported": [domain.name for _, domain, _ in rows if domain.is_blank],
    }
