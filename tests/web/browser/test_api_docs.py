"""/api/docs on a network without internet (政务外网): Swagger UI comes from the server itself,
so with every request to another host refused the page still lists the API's operations."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Route, expect

from tests.web.browser.conftest import Session

LOCAL = {"localhost", "127.0.0.1"}


@pytest.mark.browser
def test_api_docs_work_without_internet(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    session = open_session("api-docs")
    refused: list[str] = []

    def only_local(route: Route) -> None:
        if urlparse(route.request.url).hostname in LOCAL:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort("internetdisconnected")

    session.context.route("**/*", only_local)
    session.login(people["editor"])
    page = session.page
    page.goto("/api/docs")
    operations = page.locator(".opblock")
    expect(operations.first).to_be_visible()
    assert operations.count() > 20
    expect(page.get_by_text("保存项目绩效目标表").first).to_be_visible()
    assert refused == []
    session.shot("docs", height=700)
