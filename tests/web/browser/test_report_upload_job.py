"""An upload of 实际支出 in a real browser, run by a real worker: the round page hands the
file to a job, the job page's bar follows it without a reload and leads on to the round
with every project's new light; a hostile file ends on the job page with its one-line error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.monitoring.form import write_monitoring_form
from jixiao.web.jobs.models import Job
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.rounds import open_round, round_domain
from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session
from tests.web.hostile_files import zip_bomb_docx
from tests.web.worker import DATABASE_TASKS, running_worker


@pytest.fixture
def round_(people: dict[str, User], approved: PlanRecord) -> MonitoringRoundRecord:
    """Seed 002 approved, with a round at 31 July nobody has filled yet."""
    return open_round(people["editor"], approved, dt.date(2023, 7, 31))


def _late_form(round_: MonitoringRoundRecord, path: Path) -> Path:
    """The round's 监控表 with every project 5% spent by 31 July: all late."""
    domain = round_domain(round_)
    late = [
        p.model_copy(update={"spent_to_date": (p.budget_total or Decimal(0)) * Decimal("0.05")})
        for p in domain.projects
    ]
    write_monitoring_form(domain.model_copy(update={"projects": late}), path)
    return path


def test_an_upload_of_actuals_runs_as_a_job_with_a_live_bar(
    people: dict[str, User],
    round_: MonitoringRoundRecord,
    open_session: Callable[[str], Session],
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.TASKS = DATABASE_TASKS
    editor = open_session("report-upload-job")
    page = editor.page
    editor.login(people["editor"])
    page.goto(f"/monitoring/{round_.pk}/")
    page.get_by_label(re.compile("批量上传")).set_input_files(
        str(_late_form(round_, tmp_path / "监控表.docx"))
    )
    page.get_by_role("button", name="上传", exact=True).click()
    page.wait_for_url(re.compile(r"/jobs/\d+/$"))
    job_url = page.url
    # No worker yet: the job waits, and its page says so.
    expect(page.locator("#job-state")).to_have_text("排队中")
    assert float(page.locator("#job-progress").get_attribute("value") or 0) == 0
    editor.shot("queued")
    with running_worker(tmp_path / "worker.log"):
        # The page follows the job by itself (no reload by the test) and leads to the round.
        page.wait_for_url(re.compile(rf"/monitoring/{round_.pk}/$"), timeout=120_000)
        expect(page.locator(".messages")).to_contain_text("更新8个项目的实际支出")
        lights = set(ProgressRecord.objects.filter(round=round_).values_list("light", flat=True))
        assert lights == {"red"}
        editor.shot("done")

        bomb = zip_bomb_docx(tmp_path / "炸弹.docx", expanded=300 * 1024 * 1024)
        page.get_by_label(re.compile("批量上传")).set_input_files(str(bomb))
        page.get_by_role("button", name="上传", exact=True).click()
        page.wait_for_url(re.compile(r"/jobs/\d+/$"))
        assert page.url != job_url
        expect(page.locator("#job-error")).to_have_text(
            "炸弹.docx: 解压后大小超过限制（300 MB，上限 200 MB），未作任何修改", timeout=60_000
        )
        expect(page.locator("#job-state")).to_have_text("失败")
    assert Job.objects.filter(kind=Job.Kind.MONITORING_UPLOAD).count() == 2
    assert set(ProgressRecord.objects.filter(round=round_).values_list("light", flat=True)) == {
        "red"
    }
