"""下载: a plan in every published format (the core's exporters) and the review report."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.encoding import escape_uri_path

from jixiao.exporters.formats import FORMAT_TITLES, FORMATS, MEDIA_TYPES, export_bytes
from jixiao.exporters.public_copy import public_bytes
from jixiao.model import DepartmentPlan
from jixiao.review_report.review_html import render_review_html
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.reviewing import review_record

SHORT_NAMES = {
    "docx": "Word",
    "pdf": "PDF",
    "xlsx": "Excel",
    "html": "网页",
    "json": "JSON",
    "csv": "CSV",
}
DOWNLOADS = [(fmt, SHORT_NAMES[fmt], FORMAT_TITLES[fmt]) for fmt in FORMATS]
"""(format, link text, description) for the download links, in display order."""


def file_name(plan: PlanRecord, fmt: str) -> str:
    suffix = ".zip" if fmt == "csv" else FORMATS[fmt]
    return f"{plan.department.name}{plan.year}年部门预算绩效文本{suffix}"


def download(
    plan: PlanRecord, plan_model: DepartmentPlan, fmt: str, *, public: bool = False
) -> HttpResponse:
    """The plan as a file; ``public``: without file names, warnings or sources."""
    body = public_bytes(plan_model, fmt) if public else export_bytes(plan_model, fmt)
    response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    disposition = "inline" if fmt in ("html", "pdf") else "attachment"
    response["Content-Disposition"] = (
        f"{disposition}; filename*=UTF-8''{escape_uri_path(file_name(plan, fmt))}"
    )
    return response


def review_report(plan: PlanRecord) -> HttpResponse:
    return HttpResponse(render_review_html([review_record(plan)], peers=StoredPeers()))
