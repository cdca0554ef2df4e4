"""Browser tests: Playwright's sync API driving Debian's Chromium against pytest-django's
live server. Screenshots of each step go to ``$JIXIAO_ARTIFACTS`` (default artifacts/browser/).

Without a Chromium the tests skip, unless ``JIXIAO_REQUIRE_BROWSER=1`` (CI), where they fail.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Dialog, Page, sync_playwright
from pytest_django.live_server_helper import LiveServer

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department, Region
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import store_plan
from jixiao.workflow import Action, Role
from tests.conftest import seed_path
from tests.web.conftest import PASSWORD, make_user

REPO = Path(__file__).resolve().parents[3]
CHROMIUM = os.environ.get("JIXIAO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
VIEWPORT = {"width": 1280, "height": 900}
DEPARTMENT = "承德县机关事务管理办公室"  # the department of seed 002
SEED = "002_9d52ecbd56ee9879"  # 承德县机关事务管理办公室 2023, 8 projects
NAMES = {"editor": "王填报", "second_editor": "李填报", "reviewer": "张初审", "bureau": "赵财政"}


def _browser_missing(reason: str) -> None:
    if os.environ.get("JIXIAO_REQUIRE_BROWSER") == "1":
        pytest.fail(f"JIXIAO_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One Chromium for the browser tests, gone before any other test runs."""
    if not Path(CHROMIUM).exists():
        _browser_missing(f"Chromium not found at {CHROMIUM} (set JIXIAO_CHROMIUM)")
    # Playwright's sync API runs an event loop in this thread; Django would otherwise refuse
    # the ORM calls the tests make (setting up their world, checking what was saved).
    before = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield launched
            launched.close()
    finally:
        if before is None:
            del os.environ[ASYNC_UNSAFE]
        else:
            os.environ[ASYNC_UNSAFE] = before


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("JIXIAO_ARTIFACTS", REPO / "artifacts" / "browser"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Session:
    """One person's browser context, signed in through the login page."""

    def __init__(self, browser: Browser, base_url: str, artifacts: Path, prefix: str) -> None:
        self.context = browser.new_context(
            base_url=base_url, viewport=VIEWPORT, locale="zh-CN", accept_downloads=True
        )
        self.context.set_default_timeout(10_000)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        # Console errors too (a Content-Security-Policy violation is one); a failed resource
        # load is left to the tests, which provoke some on purpose (409 on a stale save).
        self.page.on(
            "console",
            lambda message: (
                self.errors.append(message.text)
                if message.type == "error"
                and not message.text.startswith("Failed to load resource")
                else None
            ),
        )
        # 批复、退回 and 放弃导入 ask for confirmation (data-confirm): the person says yes,
        # and the question is kept for the tests that check it was asked.
        self.dialogs: list[str] = []
        self.page.on("dialog", self._confirm)
        self.artifacts = artifacts
        self.prefix = prefix

    def _confirm(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.accept()

    def login(self, user: User) -> None:
        page = self.page
        page.goto("/accounts/login/")
        page.get_by_label("用户名").fill(user.username)
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        page.wait_for_url(re.compile(r"/$"))

    def shot(self, name: str, *, top_of: str | None = None, height: int | None = None) -> Path:
        """Save a full-page screenshot; with ``height``, only that much of the page from the
        top of the element ``top_of`` (or of the page): the pictures for docs/web.md."""
        page = self.page
        page.evaluate("window.scrollTo(0, 0)")  # sticky headers where a reader expects them
        path = self.artifacts / f"{self.prefix}-{name}.png"
        if height is None:
            page.screenshot(path=str(path), full_page=True)
            return path
        box = page.locator(top_of).first.bounding_box() if top_of else None
        top = max(0.0, box["y"] - 12) if box else 0.0
        clip = {"x": 0.0, "y": top, "width": float(VIEWPORT["width"]), "height": float(height)}
        page.screenshot(path=str(path), full_page=True, clip=clip)  # type: ignore[arg-type]
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_session(
    browser: Browser, live_server: LiveServer, artifacts: Path
) -> Iterator[Callable[[str], Session]]:
    """Open signed-out browser contexts (one per person); closed, and checked for
    JavaScript errors, at the end of the test."""
    sessions: list[Session] = []

    def open_one(prefix: str) -> Session:
        session = Session(browser, live_server.url, artifacts, prefix)
        sessions.append(session)
        return session

    yield open_one
    for session in sessions:
        session.close()
    errors = [e for s in sessions for e in s.errors]
    assert not errors, f"JavaScript errors in the pages: {errors}"


@pytest.fixture
def people(transactional_db: None) -> dict[str, User]:
    """A county with seed 002's department (no plan yet) and one account per role in the flow."""
    region = Region.objects.create(name="承德县", bureau="承德县财政局")
    department = Department.objects.create(region=region, name=DEPARTMENT)
    users = {
        "editor": make_user("editor", Role.UNIT_EDITOR, region, department),
        "second_editor": make_user("second_editor", Role.UNIT_EDITOR, region, department),
        "reviewer": make_user("reviewer", Role.DEPARTMENT_REVIEWER, region, department),
        "bureau": make_user("bureau", Role.BUREAU_REVIEWER, region),
    }
    for key, name in NAMES.items():
        users[key].first_name = name
        users[key].save(update_fields=["first_name"])
    return users


@pytest.fixture
def approved(people: dict[str, User]) -> PlanRecord:
    """Seed 002 stored for its department and approved (监控 and 自评 can start)."""
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, force=True)
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(people["bureau"], Role.ADMIN, plan, action)
    plan.refresh_from_db()
    return plan
