"""Uploads of many projects' figures at once — 实际支出 into a 监控 round, filled 自评表
into a 自评 — as background jobs. The request only keeps the file with a job; the worker
parses it within the limits (:mod:`jixiao.web.jobs.parsing`) and writes every project it
names or none, so a hostile or wrong file costs the server nothing and changes nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from jixiao.web.jobs import running
from jixiao.web.jobs.models import Job
from jixiao.web.jobs.parsing import input_files, parse_input
from jixiao.web.jobs.running import JobFailed, Outcome, Progress
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

    def start(self, user: Any, report: Report, name: str, content: bytes) -> Job:
        """Keep the file with a new job on the queue."""
        plan = report.plan  # type: ignore[attr-defined]
        return running.start(
            self.kind,
            name,
            user,
            plan.department,
            params={"report": report.pk},
            files=[(name, content)],
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
        return Outcome(
            {"projects": count, "message": f"已从“{name}”更新{count}个项目的{self.what}"},
            self.page_of(report),
        )
