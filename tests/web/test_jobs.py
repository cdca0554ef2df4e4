"""Bulk review and export as jobs, their download, the CLI's ``jixiao-web jobs``, and the
cancel of a job still waiting in the queue."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from jixiao.web.jobs.models import Job
from jixiao.web.jobs.running import start
from jixiao.web.jobs.tasks import run_job
from jixiao.web.plans.models import PlanRecord
from tests.web.conftest import World
from tests.web.worker import DATABASE_TASKS


@pytest.mark.django_db
def test_a_bulk_export_is_a_zip_of_every_visible_plan(world: World) -> None:
    client = world.client("bureau")
    response = client.post("/jobs/", {"action": "export", "format": "json"}, follow=True)
    job = Job.objects.get()
    assert job.state == "succeeded" and job.result["plans"] == 2
    assert "下载结果" in response.content.decode()
    # finished is all done: the page said "已完成 · 1 / 2" (the count of the last start)
    assert (job.done, job.total) == (2, 2) and '已完成</b> · <span id="job-count">2 / 2' in (
        response.content.decode()
    )
    assert client.get(f"/jobs/{job.pk}/status").json()["done"] == 2
    download = client.get(f"/jobs/{job.pk}/download/")
    names = zipfile.ZipFile(io.BytesIO(download.content)).namelist()
    assert sorted(names) == sorted(
        f"{p.department.name}{p.year}年部门预算绩效文本.json" for p in PlanRecord.objects.all()
    )
    assert world.client("other_editor").get(f"/jobs/{job.pk}/download/").status_code == 404


@pytest.mark.django_db
def test_a_bulk_review_stores_every_grade(world: World) -> None:
    PlanRecord.objects.update(grade="", score=None)
    world.client("bureau").post("/jobs/", {"action": "review"})
    job = Job.objects.get()
    assert job.state == "succeeded", job.error
    for plan in PlanRecord.objects.all():
        assert plan.grade and plan.grade == job.result["grades"][str(plan.pk)]


@pytest.mark.django_db
def test_the_cli_starts_follows_and_writes_an_export(world: World, tmp_path: Path) -> None:
    out = tmp_path / "全部.zip"
    text = io.StringIO()
    call_command("jobs", "export", user="editor", format="json", output=out, stdout=text)
    assert zipfile.ZipFile(out).namelist() == [
        f"{world.own.name}{world.own_plan.year}年部门预算绩效文本.json"
    ]
    listing = io.StringIO()
    call_command("jobs", stdout=listing)
    assert "批量导出" in listing.getvalue()


@pytest.mark.django_db
def test_a_queued_job_cancelled_never_runs(world: World, settings: Any) -> None:
    settings.TASKS = DATABASE_TASKS  # no worker: the job waits in the queue
    job = start(Job.Kind.REVIEW_PLANS, "审核", world.users["bureau"], params={"plans": []})
    assert job.state == "queued" and job.task_id
    call_command("jobs", "cancel", job.pk, stdout=io.StringIO())
    job.refresh_from_db()
    assert job.state == "cancelled"
    assert run_job.call(job.pk) == "cancelled"  # what the worker does when it gets to it
    job.refresh_from_db()
    assert job.started_at is None
