"""Uploads of filled forms — 实际支出 into a 监控 round, 自评表 into a 自评, the 部门整体
支出绩效自评表 into a 部门整体自评 — as background jobs. The request only keeps the file
with a job; the worker parses it within the limits (:mod:`jixiao.web.jobs.parsing`) and
writes everything it names or nothing, so a hostile or wrong file costs the server
nothing and changes nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from jixiao.web.jobs import running
from jixiao.web.jobs.models import Job
from jixiao.web.jobs.parsing import input_files, parse_input
from jixiao.web.jobs.running import JobFailed, Outcome, Progress, Runner
from jixiao.web.orgs.access import can_fill_all, membership_of
from jixiao.web.reporting.entries import UploadRejected
from jixiao.web.reporting.models import ReportRecord

Parsed = TypeVar("Parsed")
Report = TypeVar("Report", bound=ReportRecord)


@dataclass(frozen=True)
class ReportUpload(Generic[Report, Parsed]):
    """One kind of upload: how its file is read and written, and where the person goes."""

    kind: Job.Kind
    what: str  # what the file holds, as the messages name it (实际支出, 自评表)
    report_of: Callable[[int], Report | None]
    read: Callable[[Path], Parsed]  # the core reader; runs in the bounded child
    apply: Callable[[Any, Report, Parsed, str], int]  # all or nothing; the count written
    page_of: Callable[[Report], str]  # the report's page, where the job leads
    #: which of the kind's uploads this is, kept in the job (see :func:`by_form`)
    form: str = ""
    #: what the job's page says once it is written ({name}: the file, {count}: apply's)
    done: str = "已从“{name}”更新{count}个项目的{what}"

    def start(self, user: Any, report: Report, name: str, content: bytes) -> Job:
        """Keep the file with a new job on the queue."""
        plan = report.plan  # type: ignore[attr-defined]
        params: dict[str, Any] = {"report": report.pk}
        if self.form:
            params["form"] = self.form
        return running.start(
            self.kind, name, user, plan.department, params=params, files=[(name, content)]
        )

    def run(self, job: Job, progress: Progress) -> Outcome:
        report = self.report_of(int(job.params.get("report", 0)))
        if report is None:
            raise JobFailed("没有找到要写入的填报")
        if not can_fill_all(membership_of(job.created_by), report):
            # the report may have been submitted since the upload was queued
            raise JobFailed(f"当前不能上传{self.what}（填报已报送或无权限）")
        files = input_files(job)
        if len(files) != 1:
            raise JobFailed(f"请上传一个{self.what}文件")
        file_id, name = files[0]
        progress(0, 2, f"正在读取 {name}")
        with tempfile.TemporaryDirectory(prefix="jixiao-job-") as folder:
            parsed = parse_input(file_id, name, Path(folder), self.read, progress)
        progress(1, 2, "正在写入各项目")
        try:
            count = self.apply(job.created_by, report, parsed, name)
        except UploadRejected as rejected:
            raise JobFailed(str(rejected)) from None
        message = self.done.format(name=name, count=count, what=self.what)
        return Outcome({"projects": count, "message": message}, self.page_of(report))


def by_form(*uploads: ReportUpload[Any, Any]) -> Runner:
    """One job kind's runner for several uploads, told apart by the job's ``form``
    (a job without one is the first upload's: the kind's original)."""
    forms = {upload.form: upload for upload in uploads}

    def run(job: Job, progress: Progress) -> Outcome:
        upload = forms.get(str(job.params.get("form", uploads[0].form)))
        if upload is None:
            raise JobFailed(f"未知的上传类型：{job.params.get('form')}")
        return upload.run(job, progress)

    return run
