"""下载: a plan in every published format (the core's exporters) and the review report."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.utils.encoding import escape_uri_path

from jixiao.exporters.formats import export_bytes, formats, get_format
from jixiao.exporters.public_copy import public_bytes
from jixiao.model import DepartmentPlan
from jixiao.review_report.review_html import render_review_html
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.findings.reading import stored
from jixiao.web.plans.convert import plan_to_domain

DOWNLOADS = [(f.name, f.short_name, f.title) for f in formats().values()]
"""(format, link text, description) for the download links, in display order."""

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord


def file_name(plan: PlanRecord, fmt: str) -> str:
    suffix = get_format(fmt).download_suffix
    return f"{plan.department.name}{plan.year}年部门预算绩效文本{suffix}"


def download(
    plan: PlanRecord, plan_model: DepartmentPlan, fmt: str, *, public: bool = False
) -> HttpResponse:
    """The plan as a file; ``public``: without file names, warnings or sources."""
    body = public_bytes(plan_model, fmt) if public else export_bytes(plan_model, fmt)
    response = HttpResponse(body, content_type=get_format(fmt).media_type)
    disposition = "inline" if fmt in ("html", "pdf") else "attachment"
    response["Content-Disposition"] = (
        f"{disposition}; filename*=UTF-8''{escape_uri_path(file_name(plan, fmt))}"
    )
    return response


RECOMPUTING_NOTE = (
    '<p style="background:#fdf6e3;padding:8px 12px" role="status">审核发现正在按最新的内容和'
    "审核规则重新计算：本报告是上次计算的结果，可能已过时；稍后刷新即可看到最新报告。</p>"
)


def review_report(plan: PlanRecord) -> HttpResponse:
    """The printable 审核报告 of the stored review (never reviewed inside the request)."""
    found = stored(plan)
    reviewed = found.reviewed(plan_to_domain(plan))
    if reviewed is None:
        return HttpResponse(f"<!doctype html><title>审核报告</title>{RECOMPUTING_NOTE}")
    html = render_review_html([reviewed], peers=StoredPeers())
    if found.recomputing:
        html = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + RECOMPUTING_NOTE, html, count=1)
    return HttpResponse(html)
