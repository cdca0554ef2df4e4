"""/api/public: published plans (已批复公开), without login."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router
from ninja.errors import HttpError

from jixiao.exporters.public_copy import public_data
from jixiao.web.api.schemas import PublicPlanSummary, Reading
from jixiao.web.orgs.access import published_plans
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.presenting import read_value

router = Router(tags=["公开"])


@router.get(
    "/public/plans", response=list[PublicPlanSummary], auth=None, summary="已公开的绩效文本"
)
def list_published(request: HttpRequest, year: int | None = None) -> list[dict[str, Any]]:
    plans = published_plans().select_related("department")
    if year is not None:
        plans = plans.filter(year=year)
    return [
        {
            "id": p.pk,
            "department": p.department.name,
            "year": p.year,
            "title": p.title,
            "projects": p.projects.count(),
            "updated_at": p.updated_at,
        }
        for p in plans
    ]


@router.get("/public/plans/{plan_id}", auth=None, summary="已公开绩效文本（开放数据 JSON）")
def published(request: HttpRequest, plan_id: int) -> Any:
    plan = published_plans().filter(pk=plan_id).first()
    if plan is None:
        raise HttpError(404, "没有找到该公开文本")
    return public_data(plan_to_domain(plan))


@router.get("/grammar", response=Reading, auth=None, summary="指标值语法解析")
def grammar(request: HttpRequest, value: str = "") -> dict[str, Any]:
    """What the grammar understands of a 指标值 (方向、数值、单位)."""
    return read_value(value[:300])
