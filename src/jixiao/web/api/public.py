"""/api/public: published plans (已批复公开), without login."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router
from ninja.errors import HttpError

from jixiao.web.api.schemas import PlanSummary, Reading
from jixiao.web.api.shapes import plan_summary
from jixiao.web.orgs.access import published_plans
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.presenting import read_value

router = Router(tags=["公开"])


@router.get("/public/plans", response=list[PlanSummary], auth=None, summary="已公开的绩效文本")
def list_published(request: HttpRequest) -> list[dict[str, Any]]:
    return [plan_summary(p) for p in published_plans()]


@router.get("/public/plans/{plan_id}", auth=None, summary="已公开绩效文本（开放数据 JSON）")
def published(request: HttpRequest, plan_id: int) -> Any:
    plan = published_plans().filter(pk=plan_id).first()
    if plan is None:
        raise HttpError(404, "没有找到该公开文本")
    return plan_to_domain(plan).model_dump(mode="json")


@router.get("/grammar", response=Reading, auth=None, summary="指标值语法解析")
def grammar(request: HttpRequest, value: str = "") -> dict[str, Any]:
    """What the grammar understands of a 指标值 (方向、数值、单位)."""
    return read_value(value[:300])
