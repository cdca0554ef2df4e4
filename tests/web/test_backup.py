"""`jixiao-web backup` / `restore`: after changes and a restore, the database dumps as it did
when the backup was taken, and the stored files are back (on SQLite and on PostgreSQL,
whichever the tests run on)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from jixiao.web.jobs.models import Job
from jixiao.web.plans.models import PlanRecord
from tests.web.conftest import build_world


def _dump() -> str:
    out = io.StringIO()
    call_command("dumpdata", "--natural-foreign", "--indent", "0", stdout=out)
    return out.getvalue()


def test_restore_brings_back_the_identical_state(
    transactional_db: Any, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path / "files"
    (tmp_path / "files" / "附件").mkdir(parents=True)
    (tmp_path / "files" / "附件" / "说明.txt").write_text("原件", encoding="utf-8")
    world = build_world()
    Job.objects.create(kind="review_plans", title="审核", created_by=world.users["bureau"])
    before = _dump()
    archive = tmp_path / "备份.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())

    PlanRecord.objects.filter(pk=world.own_plan.pk).delete()
    world.other_plan.projects.first().indicators.all().delete()  # type: ignore[union-attr]
    build_world_again = PlanRecord.objects.count()
    (tmp_path / "files" / "附件" / "说明.txt").write_text("改过", encoding="utf-8")
    (tmp_path / "files" / "新文件.txt").write_text("多出来的", encoding="utf-8")
    assert _dump() != before and build_world_again == 1

    call_command("restore", str(archive), stdout=io.StringIO())
    assert _dump() == before
    assert (tmp_path / "files" / "附件" / "说明.txt").read_text(encoding="utf-8") == "原件"
    assert not (tmp_path / "files" / "新文件.txt").exists()
    assert PlanRecord.objects.count() == 2


def test_a_broken_archive_is_refused_and_changes_nothing(
    transactional_db: Any, tmp_path: Path
) -> None:
    build_world()
    before = _dump()
    broken = tmp_path / "坏.tar.gz"
    broken.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match=r"坏\.tar\.gz 不是有效的备份文件"):
        call_command("restore", str(broken))
    assert _dump() == before
