"""后台任务 in a real browser, with a real worker: the bar follows the job without a reload,
a parse over the CPU limit is named in the preview, and the job page leads on to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from playwright.sync_api import expect

from tests.conftest import seed_path
from tests.web.browser.conftest import Session
from tests.web.hostile_files import many_pages_pdf
from tests.web.worker import DATABASE_TASKS, running_worker


def test_the_bar_follows_a_job_run_by_the_worker(
    people: dict[str, User],
    open_session: Callable[[str], Session],
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.TASKS = DATABASE_TASKS
    slow = many_pages_pdf(tmp_path / "慢.pdf", 450, lines=60)
    editor = open_session("job-progress")
    page = editor.page
    with running_worker(tmp_path / "worker.log", JIXIAO_JOB_CPU_SECONDS="3"):
        editor.login(people["editor"])
        page.get_by_role("navigation").get_by_role("link", name="导入文档").click()
        page.locator("#documents").set_input_files(
            [str(seed_path("002_9d52ecbd56ee9879")), str(slow)]
        )
        page.get_by_role("button", name="上传并预览").click()
        page.wait_for_url(re.compile(r"/jobs/\d+/$"))
        job_url = page.url
        # The step and the count change while the page stays (no navigation in between).
        expect(page.locator("#job-step")).to_contain_text("慢.pdf", timeout=60_000)
        expect(page.locator("#job-count")).to_have_text("1 / 2")
        assert page.url == job_url
        assert float(page.locator("#job-progress").get_attribute("value") or 0) == 50
        editor.shot("job-running")
        page.wait_for_url(re.compile(r"/import/\d+/$"), timeout=120_000)
    expect(page.locator(".returned")).to_contain_text("慢.pdf：超过单个任务的 CPU 时间限制（3 秒）")
    expect(page.locator(".preview-doc")).to_contain_text("8 个项目")
