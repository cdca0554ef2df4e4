"""下载: a plan as open data (JSON), Word, Excel and the review report."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from django.http import HttpResponse
from django.utils.encoding import escape_uri_path

from jixiao.exporters.docx_writer import write_plan_docx
from jixiao.model import DepartmentPlan
from jixiao.reports.review_html import render_review_html
from jixiao.templates.xlsx_template import write_plan_xlsx
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.reviewing import review_record

Writer = Callable[[DepartmentPlan, Path], None]
FORMATS: dict[str, tuple[str, Writer | None]] = {
    "json": ("application/json; charset=utf-8", None),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        write_plan_docx,
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_plan_xlsx),
}


def file_name(plan: PlanRecord, suffix: str) -> str:
    return f"{plan.department.name}{plan.year}年部门预算绩效文本.{suffix}"


def download(plan: PlanRecord, plan_model: DepartmentPlan, fmt: str) -> HttpResponse:
    content_type, writer = FORMATS[fmt]
    name = file_name(plan, fmt)
    disposition = f"attachment; filename*=UTF-8''{escape_uri_path(name)}"
    if writer is None:
        response = HttpResponse(plan_model.model_dump_json(indent=1), content_type=content_type)
        response["Content-Disposition"] = disposition
        return response
    with tempfile.TemporaryDirectory(prefix="jixiao-export-") as folder:
        path = Path(folder) / f"plan.{fmt}"
        writer(plan_model, path)
        response = HttpResponse(path.read_bytes(), content_type=content_type)
    response["Content-Disposition"] = disposition
    return response


def review_report(plan: PlanRecord) -> HttpResponse:
    return HttpResponse(render_review_html([review_record(plan)]))
