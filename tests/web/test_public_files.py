"""The public downloads are rendered once per plan revision and kept as files.

The public PDF took 5–9 seconds on every request: it was rendered anew each time. Now the
first download renders it and keeps the file in the data directory; the next downloads read
that file, and an edit of the plan gives a new file (rendered once, the old one removed)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from jixiao.model import DepartmentPlan
from jixiao.web.pages.views import public
from jixiao.web.plans import public_files
from jixiao.web.plans.editing import save_goals
from jixiao.web.plans.public_files import FOLDER
from tests.web.conftest import World
from tests.web.reports_world import approve


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each render of a public file (the real renderer still runs)."""
    rendered: list[str] = []
    real: Callable[[DepartmentPlan, str], bytes] = public.public_bytes

    def counted(plan: DepartmentPlan, fmt: str) -> bytes:
        rendered.append(fmt)
        return real(plan, fmt)

    monkeypatch.setattr(public, "public_bytes", counted)
    return rendered


def _kept(plan_id: int) -> list[Path]:
    return sorted((Path(settings.DATA_DIR) / FOLDER / f"plan-{plan_id}").glob("*"))


@pytest.mark.django_db
def test_the_public_pdf_renders_once_per_revision(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = approve(world.own_plan, world.users["bureau"])
    rendered = _counting(monkeypatch)
    url = f"/public/plans/{plan.pk}/download/pdf"
    first = _get(url)
    assert first.status_code == 200 and first.content[:5] == b"%PDF-"
    assert rendered == ["pdf"]
    kept = _kept(plan.pk)
    assert [p.suffix for p in kept] == [".pdf"] and kept[0].read_bytes() == first.content

    again = _get(url)
    assert again.content == first.content
    assert rendered == ["pdf"], "the second download rendered the PDF again"

    goal = "公开文件缓存测试：按修订重新生成的总体目标。"
    save_goals(world.users["bureau"], plan, goal, [], [], plan.lock_version)
    edited = _get(url)
    assert rendered == ["pdf", "pdf"], "an edit of the plan did not give a new file"
    assert edited.content != first.content
    assert [p.name for p in _kept(plan.pk)] != [p.name for p in kept] and len(_kept(plan.pk)) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=edited.content, capture_output=True
        ).stdout.decode()
        assert "公开文件缓存测试" in text.replace("\n", "")
    assert _get(url).content == edited.content and len(rendered) == 2
    # a new exporter (another version, changed templates or fonts) renders anew as well
    monkeypatch.setattr(public_files, "exporter_fingerprint", lambda: "another-exporter")
    assert _get(url).content[:5] == b"%PDF-" and len(rendered) == 3


def _get(url: str) -> Any:
    return Client().get(url)  # the public, not signed in
