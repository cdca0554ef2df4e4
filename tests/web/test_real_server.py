"""A real server on a real SQLite file, DEBUG off as by default. Two saves of one project at
the same moment: the optimistic lock answers one of them 409 — never a 500 "database is
locked" — and every answer, success or error, is JSON. Static files are still served.

The server is ``jixiao-web runserver`` in its own process (a thread per request, as in
``make demo``), on a fresh database file: the in-memory test database would not show how
SQLite locks a file.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import seed_path
from tests.web.conftest import OWN_SEED

SETUP = """
import sys
from jixiao.web.setup import configure
configure()
from django.contrib.auth.models import User
from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Membership, Region
from jixiao.web.orgs.tokens import ApiToken
from jixiao.web.plans.storing import department_for, store_plan
from jixiao.workflow import Role

region = Region.objects.create(name="测试区划", bureau="测试区划财政局")
doc = import_file(sys.argv[1])
department = department_for(doc, region)
plan = store_plan(doc, department, force=True)
tokens = []
for name in ("first", "second"):
    user = User.objects.create_user(name, first_name=name)
    Membership.objects.create(
        user=user, role=Role.UNIT_EDITOR.value, region=region, department=department
    )
    tokens.append(ApiToken.issue(user).key)
print(" ".join([str(plan.projects.order_by("position").first().pk), *tokens]))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, list[str]]]:
    """A fresh SQLite file with seed 002 and two editors with API tokens, served by
    ``jixiao-web runserver`` with DEBUG off (the default)."""
    tmp_path = tmp_path_factory.mktemp("server")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "JIXIAO_DEBUG")}
    env |= {"JIXIAO_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "jixiao.web.settings"}
    made = subprocess.run(
        [sys.executable, "-c", SETUP, str(seed_path(OWN_SEED))],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    project_id, *tokens = made.stdout.split()[-3:]
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "jixiao.web.manage", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/public/", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        yield base, int(project_id), tokens
    finally:
        process.terminate()
        process.wait(timeout=20)
    with sqlite3.connect(tmp_path / "jixiao.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _call(method: str, url: str, token: str, body: Any = None) -> tuple[int, str, str]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            kind = response.headers.get("Content-Type", "")
            return response.status, kind, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


def test_simultaneous_saves_get_one_success_and_a_409(
    server: tuple[str, int, list[str]],
) -> None:
    base, project_id, tokens = server
    url = f"{base}/api/projects/{project_id}"
    outcomes: list[tuple[int, str, str]] = []
    for attempt in range(8):
        status, _, text = _call("GET", url, tokens[0])
        assert status == 200, text
        project = json.loads(text)
        bodies = []
        for who in range(2):
            body = {
                k: project[k]
                for k in (
                    "name",
                    "code",
                    "unit_code",
                    "unit_name",
                    "budget_total",
                    "budget_fiscal",
                    "budget_other",
                    "purpose",
                    "spend_plan",
                    "goals",
                    "lock_version",
                )
            }
            body["indicators"] = [dict(i) for i in project["indicators"]]
            body["indicators"][0]["value"] = f"≥{attempt * 2 + who + 1}次"
            bodies.append(body)
        start = threading.Barrier(2)
        results: list[tuple[int, str, str]] = [(0, "", "")] * 2

        def save(
            who: int,
            start: threading.Barrier,
            results: list[tuple[int, str, str]],
            bodies: list[dict[str, Any]],
        ) -> None:
            start.wait()
            results[who] = _call("PUT", url, tokens[who], bodies[who])

        threads = [
            threading.Thread(target=save, args=(who, start, results, bodies)) for who in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        outcomes += results
        assert sorted(status for status, _, _ in results) == [200, 409], results
    for status, content_type, text in outcomes:
        assert content_type.startswith("application/json"), (status, text[:200])
        if status == 409:
            assert "已被" in json.loads(text)["detail"]


def test_without_debug_static_files_are_served_and_errors_are_chinese_pages(
    server: tuple[str, int, list[str]],
) -> None:
    base, _, _ = server
    with urllib.request.urlopen(base + "/static/jixiao/app.css", timeout=10) as response:
        assert response.status == 200 and b"{" in response.read()
    with urllib.request.urlopen(base + "/static/ninja/swagger-ui-bundle.js", timeout=10) as js:
        assert js.status == 200
    status, content_type, text = _call("GET", base + "/no-such-page/", "none")
    assert status == 404 and content_type.startswith("text/html")
    assert "没有找到" in text and "URLconf" not in text and "Page not found" not in text
