"""公开: published plans (已批复公开), readable and downloadable without login."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.exporters.formats import FORMATS
from jixiao.web.orgs.access import published_plans
from jixiao.web.pages.views.downloads import DOWNLOADS, download
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord


def index(request: HttpRequest) -> HttpResponse:
    everything = published_plans()
    years = sorted(set(everything.values_list("year", flat=True)), reverse=True)
    plans = everything.annotate(project_count=Count("projects"))
    query = request.GET.get("q", "").strip()
    if query:
        plans = plans.filter(Q(department__name__contains=query) | Q(title__contains=query))
    year = request.GET.get("year", "").strip()
    if year.isdigit():
        plans = plans.filter(year=int(year))
    context = {"plans": plans, "q": query, "year": year, "years": years, "any": everything.exists()}
    return render(request, "public/index.html", context)


def _published(plan_id: int) -> PlanRecord:
    plan = published_plans().filter(pk=plan_id).first()
    if plan is None:
        raise Http404("没有找到该公开文本")
    return plan


def plan_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = _published(plan_id)
    model = plan_to_domain(plan)
    return render(
        request, "public/plan.html", {"plan": plan, "model": model, "downloads": DOWNLOADS}
    )


def plan_download(request: HttpRequest, plan_id: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("不支持的格式")
    plan = _published(plan_id)
    return download(plan, plan_to_domain(plan), fmt, public=True)
