"""Ninth walk, view tests: each failed before its fix."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from jixiao.web.audit.log import record
from jixiao.web.audit.models import AuditEntry
from jixiao.web.plans.models import PlanRecord
from tests.web.conftest import World


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


@pytest.mark.django_db
def test_the_lists_tell_the_time_in_beijing(world: World) -> None:
    """财政局 › 清单 and 审计日志: a plan saved at 15:40 in Beijing read 「07:40」 in 更新时间,
    the audit log's 时间 and their Excel exports (UTC, written without localtime), while the
    版本对比 of the same plan said 15:40."""
    at = dt.datetime(2024, 3, 5, 7, 40, tzinfo=dt.UTC)  # 15:40 in Beijing
    PlanRecord.objects.filter(pk=world.own_plan.pk).update(updated_at=at)
    entry = record(
        world.users["editor"], "edit_project", object_type="project", plan=world.own_plan
    )
    AuditEntry.objects.filter(pk=entry.pk).update(at=at)
    client = world.client("bureau")
    assert "2024-03-05 15:40" in _main(client.get("/lists/plans/"))
    assert "2024-03-05 07:40" not in _main(client.get("/lists/plans/"))
    audit = _main(client.get(f"/audit/?plan={world.own_plan.pk}"))
    assert "2024-03-05 15:40" in audit and "07:40" not in audit
    book = openpyxl.load_workbook(io.BytesIO(client.get("/lists/plans/?export=xlsx").content))
    cells = {str(c) for row in book.active.iter_rows(values_only=True) for c in row}  # type: ignore[union-attr]
    assert "2024-03-05 15:40" in cells
