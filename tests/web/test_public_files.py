"""The public downloads are rendered once per plan revision and kept as files; the open-data
bundle of every published plan is one download.

The public PDF took 5–9 seconds on every request: it was rendered anew each time. Now the
first download renders it and keeps the file in the data directory; the next downloads read
that file, and an edit of the plan gives a new file (rendered once, the old one removed)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from frictionless import Package, validate

from jixiao.exporters.open_bundle import FILES
from jixiao.model import DepartmentPlan
from jixiao.web.pages.views import public
from jixiao.web.plans import public_files
from jixiao.web.plans.editing import save_goals
from jixiao.web.plans.models import IndicatorRecord
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


@pytest.mark.django_db
def test_the_open_data_bundle_holds_every_published_plan(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One download, without login: each published plan's projects and indicators."""
    index = _get("/public/").content.decode()
    assert 'href="/public/open-data.zip"' in index
    own = approve(world.own_plan, world.users["bureau"])  # seed 002; seed 003 stays unpublished
    built: list[int] = []
    real = public.bundle_bytes

    def counted(plans: Any) -> bytes:
        built.append(len(plans))
        return real(plans)

    monkeypatch.setattr(public, "bundle_bytes", counted)
    response = _get("/public/open-data.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert sorted(archive.namelist()) == sorted(FILES)
        # the CSV files start with a byte-order mark (Excel on a Chinese Windows needs it)
        projects = list(
            csv.DictReader(io.StringIO(archive.read("projects.csv").decode("utf-8-sig")))
        )
        indicators = list(
            csv.DictReader(io.StringIO(archive.read("indicators.csv").decode("utf-8-sig")))
        )
        plans = json.loads(archive.read("plans.json"))
        readme = archive.read("README.md").decode()
    stored = own.projects.count()
    assert len(projects) == stored and {p["department"] for p in projects} == {own.department.name}
    assert len(indicators) == IndicatorRecord.objects.filter(project__plan=own).count()
    assert [p["year"] for p in plans] == [own.year]
    assert not any(key in json.dumps(plans) for key in ('"source_file"', '"warnings"'))
    for column in ("project_name", "budget_total", "level3", "value_kind"):
        assert f"`{column}`" in readme
    assert _get("/public/open-data.zip").content == response.content and built == [1]

    approve(world.other_plan, world.users["admin"])  # a second plan published: a new bundle
    with zipfile.ZipFile(io.BytesIO(_get("/public/open-data.zip").content)) as archive:
        years = sorted(p["year"] for p in json.loads(archive.read("plans.json")))
    assert years == sorted([own.year, world.other_plan.year]) and built == [1, 2]


@pytest.mark.django_db
def test_a_deleted_plan_takes_its_kept_files_with_it(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """Deleting a published plan (the admin does; so does deleting its department) left its
    ``public-files/plan-<id>/`` behind for good; the folder goes with the plan."""
    plan = approve(world.own_plan, world.users["bureau"])
    assert _get(f"/public/plans/{plan.pk}/download/html").status_code == 200
    place = public_files.folder(plan)
    assert [p.suffix for p in _kept(plan.pk)] == [".html"]
    other = approve(world.other_plan, world.users["bureau"])
    assert _get(f"/public/plans/{other.pk}/download/html").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        plan.delete()
    assert not place.exists(), "the deleted plan's public files were kept"
    assert [p.suffix for p in _kept(other.pk)] == [".html"], "another plan's files went too"


@pytest.mark.django_db
def test_every_download_carries_its_headers_itself_and_zipped_files_are_0644(
    world: World,
) -> None:
    """The walk found ``open-data.zip`` without ``nosniff`` and ``X-Frame-Options`` and its
    files stored 0600 (unpacked, readable by the unpacker alone). The headers are the
    download's own, not left to a middleware (the views answer them called bare); every
    file in every zip is rw-r--r--."""
    from django.test import RequestFactory

    plan = approve(world.own_plan, world.users["bureau"])
    bare = RequestFactory()
    answers = {
        "open-data.zip": public.open_data(bare.get("/public/open-data.zip")),
        "公开 CSV": public.plan_download(bare.get("/"), plan.pk, "csv"),
        "CSV": world.client("editor").get(f"/plans/{plan.pk}/download/csv"),
    }
    for what, response in answers.items():
        assert response.status_code == 200, what
        assert response["X-Content-Type-Options"] == "nosniff", what
        assert response["X-Frame-Options"] == "DENY", what
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            modes = {i.filename: oct(i.external_attr >> 16 & 0o777) for i in archive.infolist()}
        assert set(modes.values()) == {"0o644"}, (what, modes)


@pytest.mark.django_db
def test_the_open_data_bundle_is_a_valid_data_package(world: World, tmp_path: Path) -> None:
    """Like a single plan's CSV zip, the bundle carries datapackage.json: frictionless
    validates every table against its schema and reads each plan's rows typed."""
    own = approve(world.own_plan, world.users["bureau"])
    other = approve(world.other_plan, world.users["admin"])
    with zipfile.ZipFile(io.BytesIO(_get("/public/open-data.zip").content)) as archive:
        archive.extractall(tmp_path)
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    package = Package(str(tmp_path / "datapackage.json"))
    assert {r.path for r in package.resources} == set(FILES) - {"README.md", "datapackage.json"}
    projects = package.get_resource("projects").read_rows()
    assert len(projects) == own.projects.count() + other.projects.count()
    assert {(r["department"], r["year"]) for r in projects} == {
        (own.department.name, own.year),
        (other.department.name, other.year),
    }
    indicators = package.get_resource("indicators").read_rows()
    assert len(indicators) == IndicatorRecord.objects.count()
    assert all(isinstance(r["indicator_no"], int) for r in indicators)
