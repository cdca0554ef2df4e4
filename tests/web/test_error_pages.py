"""Errors as Chinese pages in the site's layout — never Django's English debug page with the
URL list — and DEBUG off unless JIXIAO_DEBUG=1 asks for it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.test import Client, RequestFactory
from django.views import defaults

from tests.web.conftest import World

LAYOUT = "jixiao 绩效"  # the brand in the header of every page
ENGLISH = ("Page not found", "URLconf", "Forbidden", "Server Error", "Bad Request", "CSRF")


def _page(response: object, status: int, *words: str) -> str:
    assert response.status_code == status  # type: ignore[attr-defined]
    text: str = response.content.decode()  # type: ignore[attr-defined]
    assert LAYOUT in text and 'lang="zh-CN"' in text, text[:300]
    for word in words:
        assert word in text, text
    for english in ENGLISH:
        assert english not in text, english
    return text


def _debug_with(env_value: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "JIXIAO_DEBUG"}
    if env_value is not None:
        env["JIXIAO_DEBUG"] = env_value
    code = "import jixiao.web.settings as s; print(s.DEBUG)"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_debug_is_off_unless_asked_for() -> None:
    assert _debug_with(None) == "False"
    assert _debug_with("0") == "False"
    assert _debug_with("1") == "True"


def test_404_and_403_are_chinese_pages_in_the_layout(world: World) -> None:
    editor = world.client("editor")
    _page(editor.get("/no-such-page/"), 404, "没有找到")
    other = world.other_plan
    _page(editor.get(f"/plans/{other.pk}/"), 404, "没有找到")
    forbidden = world.client("reviewer").post(
        f"/plans/{world.own_plan.pk}/goals/", {"overall_goal": "x"}
    )
    _page(forbidden, 403, "无权访问", "您不能修改该绩效文本的部门目标")


@pytest.mark.django_db
def test_a_csrf_failure_is_a_chinese_page() -> None:
    response = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", {"username": "x", "password": "y"}
    )
    _page(response, 403, "安全校验", "刷新")


@pytest.mark.django_db
def test_bad_request_and_server_error_pages() -> None:
    client = Client(raise_request_exception=False)
    wrong_host = client.get("/public/", HTTP_HOST="elsewhere.example")
    _page(wrong_host, 400, "请求有误")
    request = RequestFactory().get("/")
    _page(defaults.server_error(request), 500, "服务器内部错误")
