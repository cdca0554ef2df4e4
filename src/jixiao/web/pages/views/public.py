"""公开: published plans (已批复公开), readable and downloadable without login."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import get_conditional_response, patch_cache_control

from jixiao.exporters.formats import formats
from jixiao.exporters.open_bundle import bundle_bytes
from jixiao.exporters.public_copy import public_bytes
from jixiao.web.listing.pages import list_page
from jixiao.web.listing.rows import public_plan_rows, regions_of
from jixiao.web.orgs.access import published_plans
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.listspecs import public_spec
from jixiao.web.pages.views.downloads import DOWNLOADS, file_download
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.public_files import file_key, open_data_file, open_data_key, public_file

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord


def index(request: HttpRequest) -> HttpResponse:
    plans = public_plan_rows()
    spec = public_spec(lambda: regions_of(plans), lambda: plans.values_list("year", flat=True))
    empty = (
        "没有找到符合条件的绩效文本，请换一个年度或名称再查。"
        if plans.exists()
        else "暂无公开的绩效文本"
    )
    return list_page(
        request, spec, plans, "public/index.html", "预算绩效信息公开", {"empty_message": empty}
    )


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
    if fmt not in formats():
        raise Http404("不支持的格式")
    plan = _published(plan_id)

    def download() -> HttpResponse:
        # rendered once per plan revision and exporter (the PDF takes seconds), then kept
        body = public_file(plan, fmt, lambda: public_bytes(plan_to_domain(plan), fmt))
        return file_download(plan, fmt, body)

    return _revalidated(request, f"{file_key(plan)}-{fmt}", download)


def open_data(request: HttpRequest) -> HttpResponse:
    """开放数据合集: every published plan's projects and indicators (CSV, JSON, README)."""

    def bundle() -> HttpResponse:
        body = open_data_file(lambda plans: bundle_bytes([plan_to_domain(p) for p in plans]))
        response = HttpResponse(body, content_type="application/zip")
        as_download(response, "预算绩效目标开放数据合集.zip", "jixiao-open-data")
        return response

    return _revalidated(request, open_data_key(), bundle)


def _revalidated(
    request: HttpRequest, key: str, produce: Callable[[], HttpResponse]
) -> HttpResponse:
    """A public file named by what it was made from (its key) carries it as its ETag: a
    harvester or a browser asking again with If-None-Match gets 304 and no body, instead of
    every file again (the open-data bundle of a province, the PDFs), while a changed plan
    has a new key. ``no-cache``: always asked again, never served stale."""
    etag = f'"{key}"'
    unchanged = get_conditional_response(request, etag=etag)
    if unchanged is not None:
        return unchanged
    response = produce()
    response["ETag"] = etag
    patch_cache_control(response, public=True, no_cache=True)
    return response
