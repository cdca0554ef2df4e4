"""What a walk through 导入文档 on a phone found: a refused file's message (its list of the
accepted extensions, one unbroken run of text) made the preview page 863 px wide at 390."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from django.contrib.auth.models import User
from playwright.sync_api import expect

from tests.web.browser.conftest import Session


def test_a_refused_files_message_wraps_on_a_phone(
    people: dict[str, User], open_session: Callable[[str], Session], tmp_path: Path
) -> None:
    program = tmp_path / "目标表.exe"
    program.write_bytes(b"MZ\x90\x00" * 64)
    unit = open_session("walkthrough-import-phone")
    unit.login(people["editor"])
    page = unit.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/import/")
    page.locator("#documents").set_input_files(str(program))
    page.get_by_role("button", name="上传并预览").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))
    expect(page.locator(".card.returned")).to_contain_text("不支持的文件类型“.exe”")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the preview is {width} px wide on a 390 px phone"
