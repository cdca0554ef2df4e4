"""The 部门整体支出绩效自评表 uploaded in a real browser, read by a real worker: the
department's page hands the file to a job, the job page's bar follows it without a reload
and leads back to the department's page with the figures the form gave; a hostile file
ends on the job page with its one-line error and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.department.form import department_form_bytes
from jixiao.web.department.recording import department_profile, gathered
from jixiao.web.department.recording import open_department_evaluation as open_evaluation
from jixiao.web.jobs.models import Job
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile
from tests.web.browser.conftest import Session
from tests.web.hostile_files import zip_bomb_docx
from tests.web.worker import DATABASE_TASKS, running_worker


def test_a_department_form_upload_runs_as_a_job_with_a_live_bar(
    people: dict[str, User],
    approved: PlanRecord,
    open_session: Callable[[str], Session],
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.TASKS = DATABASE_TASKS
    record = open_evaluation(people["editor"], approved)
    filled = gathered(record)
    filled = filled.model_copy(
        update={"figures": filled.figures.model_copy(update={"spent": Decimal("1190")})}
    )
    form = tmp_path / "部门整体自评表.xlsx"
    form.write_bytes(
        department_form_bytes([filled], department_profile(), evaluation_profile(), "xlsx")
    )
    editor = open_session("department-upload-job")
    page = editor.page
    editor.login(people["editor"])
    page.goto(f"/plans/{approved.pk}/department/")
    page.get_by_label("部门整体支出绩效自评表").set_input_files(str(form))
    page.get_by_role("button", name="上传", exact=True).click()
    page.wait_for_url(re.compile(r"/jobs/\d+/$"))
    job_url = page.url
    expect(page.locator("#job-state")).to_have_text("排队中")  # no worker yet
    editor.shot("queued")
    with running_worker(tmp_path / "worker.log"):
        page.wait_for_url(re.compile(rf"/plans/{approved.pk}/department/$"), timeout=120_000)
        expect(page.locator(".messages")).to_contain_text(
            "已从“部门整体自评表.xlsx”更新部门整体自评"
        )
        record.refresh_from_db()
        assert gathered(record).figures.spent == Decimal("1190")
        editor.shot("done")

        bomb = zip_bomb_docx(tmp_path / "炸弹.docx", expanded=300 * 1024 * 1024)
        page.get_by_label("部门整体支出绩效自评表").set_input_files(str(bomb))
        page.get_by_role("button", name="上传", exact=True).click()
        page.wait_for_url(re.compile(r"/jobs/\d+/$"))
        assert page.url != job_url
        expect(page.locator("#job-error")).to_have_text(
            "炸弹.docx: 解压后大小超过限制（300 MB，上限 200 MB），未作任何修改", timeout=60_000
        )
        expect(page.locator("#job-state")).to_have_text("失败")
        editor.shot("failed")
    assert Job.objects.filter(kind=Job.Kind.EVALUATION_UPLOAD).count() == 2
    record.refresh_from_db()
    assert gathered(record).figures.spent == Decimal("1190")
