"""What each kind of job does. Every runner reads first (reporting progress, checking for
cancellation) and writes last, in one transaction."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.db import transaction
from django.urls import reverse

from jixiao.exporters.formats import export_bytes, formats
from jixiao.exporters.zipped import zip_bytes
from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.review.grading import Grades
from jixiao.web.department.uploading import DEPARTMENT_FORM_UPLOAD
from jixiao.web.evaluation.recording import FORMS_UPLOAD
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.jobs.parsing import input_files, parse_input
from jixiao.web.jobs.running import JobFailed, Outcome, Progress, Runner
from jixiao.web.monitoring.recording import ACTUALS_UPLOAD
from jixiao.web.plans import importing
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import ImportBatch, PlanRecord
from jixiao.web.plans.reviewing import review_record, store_grades
from jixiao.web.plans.storing import StoreRefused
from jixiao.web.reporting.uploads import by_form


def stage_uploads(job: Job, progress: Progress) -> Outcome:
    """Parse every uploaded file in a bounded child process; stage them for the preview."""
    if job.department is None:
        raise JobFailed("导入任务缺少部门")
    files = input_files(job)
    documents: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="jixiao-job-") as tmp:
        for index, (pk, name) in enumerate(files):
            progress(index, len(files), f"正在识别 {name}")
            folder = Path(tmp) / str(index)
            folder.mkdir()
            try:
                plan = parse_input(pk, name, folder, import_file, progress)
            except ImportFailed as failure:  # a limit, or the importer's own refusal
                errors.append({"file": failure.file, "message": failure.message})
                continue
            documents.append(importing.describe(plan, job.department))
    progress(len(files), len(files), "正在保存预览")
    batch = importing.stage(job.created_by, job.department, documents, errors)
    return Outcome(
        {"batch": batch.pk, "documents": len(documents), "errors": len(errors)},
        reverse("import_preview", args=[batch.pk]),
        _unread(errors, len(files)),
        failed=bool(errors) and not documents,
    )


def _unread(errors: list[dict[str, str]], count: int) -> str:
    """「2 个文件都未能读出：甲.xlsx：文件已损坏；…」 — said on the job, not only on the
    preview (the 后台任务 list read 已完成 100% for a batch whose every file failed)."""
    if not errors:
        return ""
    every = "都" if len(errors) == count > 1 else ""
    said = "；".join(f"{e['file']}：{e['message']}" for e in errors)
    return f"{len(errors)} 个文件{every}未能读出：{said}"


def commit_import(job: Job, progress: Progress) -> Outcome:
    batch = ImportBatch.objects.filter(pk=job.params.get("batch")).first()
    if batch is None:
        raise JobFailed("没有找到该导入批次")
    progress(0, 1, f"正在写入 {len(batch.documents)} 个文档")
    try:
        stored = importing.commit(job.created_by, batch, job.params.get("year"))
    except (StoreRefused, ValueError) as refused:
        raise JobFailed(f"导入未完成：{refused}") from None
    first = stored[0].attached_url if stored else reverse("dashboard")
    plans = [d.plan_id for d in stored if d.kind == "plan"]
    return Outcome(
        {
            "plans": plans,
            "documents": [d.pk for d in stored],
            "message": f"已导入 {len(stored)} 个文档",
        },
        first,
    )


def _plans(job: Job) -> list[PlanRecord]:
    wanted = job.params.get("plans", [])
    return list(PlanRecord.objects.filter(pk__in=wanted).select_related("department"))


def review_plans(job: Job, progress: Progress) -> Outcome:
    """Review every plan, then store all their grades at once."""
    plans = _plans(job)
    grades: list[tuple[PlanRecord, Grades]] = []
    for index, record in enumerate(plans):
        progress(index, len(plans), f"正在审核 {record}")
        grades.append((record, review_record(record).report.grades))
    progress(len(plans), len(plans), "正在保存审核结果")
    with transaction.atomic():
        for record, plan_grades in grades:
            store_grades(record, plan_grades)
    summary = {str(record.pk): plan_grades.document.grade for record, plan_grades in grades}
    return Outcome({"plans": len(grades), "grades": summary})


def export_plans(job: Job, progress: Progress) -> Outcome:
    """Every plan in one format, gathered in a zip kept with the job for download."""
    fmt = job.params.get("format", "")
    chosen = formats().get(fmt)
    if chosen is None:
        raise JobFailed(f"不支持的导出格式：{fmt}")
    plans = _plans(job)
    suffix = chosen.download_suffix

    def exported() -> Iterator[tuple[str, bytes]]:
        for index, record in enumerate(plans):
            progress(index, len(plans), f"正在导出 {record}")
            name = f"{record.department.name}{record.year}年部门预算绩效文本{suffix}"
            yield name, export_bytes(plan_to_domain(record), fmt)

    content = zip_bytes(exported())
    name = f"批量导出-{fmt}-{len(plans)}个文档.zip"
    JobFile.objects.create(
        job=job, role=JobFile.Role.OUTPUT, name=name, size=len(content), content=content
    )
    return Outcome({"plans": len(plans), "file": name}, "")


RUNNERS: dict[str, Runner] = {
    Job.Kind.IMPORT_STAGE: stage_uploads,
    Job.Kind.IMPORT_COMMIT: commit_import,
    Job.Kind.REVIEW_PLANS: review_plans,
    Job.Kind.EXPORT_PLANS: export_plans,
    Job.Kind.MONITORING_UPLOAD: ACTUALS_UPLOAD.run,
    # the projects' 自评表 and the 部门整体 one: both "上传自评表", told apart by the job
    Job.Kind.EVALUATION_UPLOAD: by_form(FORMS_UPLOAD, DEPARTMENT_FORM_UPLOAD),
}
