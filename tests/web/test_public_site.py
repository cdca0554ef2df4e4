"""The public site (公开): the 审核单位 on the published cover, a year filter, a search that
says when nothing matched, and no internal detail — the source file's name, import warnings,
source locations, review counts — in any public output."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from jixiao.exporters.formats import formats
from tests.web.conftest import World
from tests.web.reports_world import approve

INTERNAL_KEYS = ("source_file", "warnings", "sources", "lock_version", "errors")


@pytest.fixture
def published(world: World) -> World:
    approve(world.own_plan, world.users["bureau"])  # seed 002, 2023
    approve(world.other_plan, world.users["admin"])  # seed 003, 2024
    return world


def _texts(fmt: str, body: bytes) -> list[str]:
    """Every text a download carries (the members of a zip: docx, xlsx, the CSV package)."""
    if fmt == "pdf":
        done = subprocess.run(["pdftotext", "-", "-"], input=body, capture_output=True)
        return [done.stdout.decode()]
    if body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return [body.decode()]


def _no_internals(text: str, file_names: list[str]) -> None:
    for key in INTERNAL_KEYS:
        assert f'"{key}"' not in text, key
    for name in file_names:
        assert name not in text and Path(name).stem not in text, name


@pytest.mark.django_db
def test_public_outputs_carry_no_file_names_warnings_or_internal_fields(
    published: World,
) -> None:
    plans = [published.own_plan, published.other_plan]
    for plan in plans:
        plan.refresh_from_db()
    file_names = [p.source_file for p in plans]
    assert all(file_names) and published.own_plan.warnings  # the seed had import warnings
    public = published.client(None)
    listing = public.get("/api/public/plans")
    assert listing.status_code == 200
    _no_internals(listing.content.decode(), file_names)
    for plan in plans:
        data = public.get(f"/api/public/plans/{plan.pk}")
        assert data.status_code == 200 and data.json()["projects"]
        _no_internals(data.content.decode(), file_names)
        page = public.get(f"/public/plans/{plan.pk}/").content.decode()
        for name in file_names:
            assert name not in page
        for fmt in formats():
            if fmt == "pdf" and shutil.which("pdftotext") is None:
                continue
            response = public.get(f"/public/plans/{plan.pk}/download/{fmt}")
            assert response.status_code == 200, fmt
            for text in _texts(fmt, response.content):
                _no_internals(text, file_names)


@pytest.mark.django_db
def test_the_published_cover_names_the_approving_bureau(published: World) -> None:
    public = published.client(None)
    plan = published.own_plan
    for fmt in ("html", "docx") + (("pdf",) if shutil.which("pdftotext") else ()):
        body = public.get(f"/public/plans/{plan.pk}/download/{fmt}").content
        text = re.sub(r"<[^>]+>", "", "".join(_texts(fmt, body)))
        assert re.search(r"审核单位：\s*测试区划财政局", text), fmt


@pytest.mark.django_db
def test_the_public_list_filters_by_year_and_says_when_nothing_matches(
    published: World,
) -> None:
    public = published.client(None)
    own, other = published.own_plan.department.name, published.other_plan.department.name
    everything = public.get("/public/").content.decode()
    assert own in everything and other in everything
    assert 'name="year"' in everything and ">2023<" in everything and ">2024<" in everything
    only_2023 = public.get("/public/?year=2023").content.decode()
    assert own in only_2023 and other not in only_2023
    nothing = public.get("/public/?q=不存在的部门").content.decode()
    assert "没有找到符合条件的" in nothing and "暂无公开" not in nothing
    api = public.get("/api/public/plans?year=2024").json()
    assert [p["department"] for p in api] == [other]


@pytest.mark.django_db
def test_an_empty_public_site_says_nothing_is_published_yet(world: World) -> None:
    page = world.client(None).get("/public/").content.decode()
    assert "暂无公开的绩效文本" in page
    assert json.loads(world.client(None).get("/api/public/plans").content) == []
