"""上传部门整体支出绩效自评表 as a background job, like the projects' 自评表: the request
keeps the file, the worker reads it within the limits and writes the 部门整体自评 whole
or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.urls import reverse

from jixiao.department import DepartmentEvaluation
from jixiao.department.form import read_department_form
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.department.recording import (
    DepartmentRefused,
    apply_form,
    department_profile,
    find_department_evaluation,
)
from jixiao.web.jobs.models import Job
from jixiao.web.reporting.entries import UploadRejected
from jixiao.web.reporting.uploads import ReportUpload


def read_department_forms(path: Path) -> list[DepartmentEvaluation]:
    """Every 部门整体支出绩效自评表 of an uploaded file (runs in the bounded child)."""
    return read_department_form(path, department_profile())


def apply_department_form(
    user: Any, record: DepartmentSelfEvaluation, forms: list[DepartmentEvaluation], name: str
) -> int:
    if len(forms) != 1:
        raise UploadRejected([f"{name}：应只有一张部门整体支出绩效自评表（读到 {len(forms)} 张）"])
    try:
        apply_form(user, record, forms[0], name)
    except DepartmentRefused as refused:
        raise UploadRejected([str(refused)]) from None
    return 1


#: 上传部门整体支出绩效自评表: a job of the 自评表 uploads' kind, its own form.
DEPARTMENT_FORM_UPLOAD = ReportUpload(
    kind=Job.Kind.EVALUATION_UPLOAD,
    what="部门整体支出绩效自评表",
    report_of=find_department_evaluation,
    read=read_department_forms,
    apply=apply_department_form,
    page_of=lambda record: reverse("plan_department", args=[record.plan_id]),
    form="department",
    done="已从“{name}”更新部门整体自评",
)
