"""Smoke test of a running deployment: sign in, upload a seed document, wait for the
background job, commit the preview, wait again, and see the plan's page.

    python deploy/smoke.py http://127.0.0.1:8000 USER PASSWORD ../shared/seeds/002_….txt

Standard library only, so it runs from any machine that reaches the server. Exits 0 and
prints what it saw, or exits 1 with the step that failed.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path


class _KeepRedirect(urllib.request.HTTPRedirectHandler):
    """Hand back the 302 itself: a fast worker may finish the job before we follow the
    redirect, and the finished job page forwards on, hiding which job it was."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


class Site:
    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        cookies = urllib.request.HTTPCookieProcessor(self.cookies)
        self.opener = urllib.request.build_opener(cookies)
        self.posting = urllib.request.build_opener(cookies, _KeepRedirect())

    def csrf(self) -> str:
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def open(self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None):
        url = path if path.startswith("http") else self.base + path
        request = urllib.request.Request(url, data=data, headers=headers or {})
        if data is None:
            return self.opener.open(request, timeout=60)
        request.add_header("X-CSRFToken", self.csrf())
        request.add_header("Referer", self.base + "/")
        return self.posted(request)

    def posted(self, request: urllib.request.Request) -> str:
        """Where a form post sends us (its Location), without following it."""
        try:
            response = self.posting.open(request, timeout=60)
        except urllib.error.HTTPError as redirect:
            if redirect.code in (301, 302, 303) and redirect.headers.get("Location"):
                return urllib.parse.urljoin(self.base + "/", redirect.headers["Location"])
            raise
        return str(response.url)

    def post_form(self, path: str, fields: dict[str, str]):
        body = urllib.parse.urlencode(fields | {"csrfmiddlewaretoken": self.csrf()}).encode()
        return self.open(path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def post_file(self, path: str, field: str, file: Path):
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            f"{self.csrf()}\r\n".encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + file.read_bytes()
            + b"\r\n",
            f"--{boundary}--\r\n".encode(),
        ]
        return self.open(
            path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )

    def wait_for_job(self, url: str, timeout: float = 300) -> dict[str, object]:
        job = re.search(r"/jobs/(\d+)/", url)
        if job is None:
            raise SystemExit(f"冒烟测试失败：没有转到任务页面（{url}）")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = json.load(self.open(f"/jobs/{job.group(1)}/status"))
            state = f"{status['state_label']} {status['percent']}% {status['step']}"
            print(f"  任务 {job.group(1)}：{state}")
            if status["finished"]:
                if status["state"] != "succeeded":
                    failed = f"{status['state_label']}：{status['error']}"
                    raise SystemExit(f"冒烟测试失败：任务 {failed}")
                return dict(status)
            time.sleep(1)
        raise SystemExit("冒烟测试失败：任务超时")


def main(base: str, user: str, password: str, document: str) -> None:
    site = Site(base)
    site.open("/accounts/login/")
    landed = site.post_form("/accounts/login/", {"username": user, "password": password})
    if "/accounts/login/" in landed:
        raise SystemExit("冒烟测试失败：无法登录")
    print(f"已登录：{user}")
    site.open("/import/")
    job_page = site.post_file("/import/", "documents", Path(document))
    staged = site.wait_for_job(job_page)
    preview = site.open(str(staged["next_url"])).read().decode()
    counts = re.search(r"\d+ 个项目 · \d+ 个指标", preview)
    if counts is None:
        raise SystemExit("冒烟测试失败：预览页面没有项目和指标数")
    print(f"预览：{counts.group(0)}")
    commit = site.post_form(str(staged["next_url"]) + "decide/", {"decision": "commit"})
    committed = site.wait_for_job(commit)
    plan = site.open(str(committed["next_url"])).read().decode()
    title = re.search(r"<h1>(.*?)<", plan, re.S)
    print(f"部门绩效文本：{title.group(1).strip() if title else '?'}")
    if not re.search(r'class="[^"]*\bprojects\b', plan):
        raise SystemExit("冒烟测试失败：计划页面没有项目表")
    print("冒烟测试通过")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
