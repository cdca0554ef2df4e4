"""整改 through the web: the bureau marks seed 002's review findings, the unit reports with
an attachment, the bureau sends back then verifies; the board counts, the ledger lists."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from jixiao.web.audit.models import AuditEntry
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import candidates
from tests.web.conftest import World
from tests.web.download_names import saved_as


@pytest.fixture(autouse=True)
def media_in_tmp(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path


def _mark(world: World, deadline: str, count: int = 3) -> list[RectificationRecord]:
    plan = world.own_plan
    errors = [c for c in candidates(plan, dt.date(2030, 1, 1)) if c.item.severity.value == "error"]
    response = world.client("bureau").post(
        f"/plans/{plan.pk}/rectification/mark/",
        {"findings": [c.key for c in errors[:count]], "deadline": deadline},
    )
    assert response.status_code == 302
    return list(RectificationRecord.objects.filter(plan=plan).order_by("pk"))


@pytest.mark.django_db
def test_marked_findings_become_items_once(world: World) -> None:
    records = _mark(world, "2030-06-30")
    assert [r.core.check for r in records] == ["N106", "W101", "W101"]
    assert all(r.status == "pending" and r.department == world.own for r in records)
    # Marked findings are no longer offered.
    keys = {c.key for c in candidates(world.own_plan, dt.date(2030, 1, 1))}
    page = world.client("bureau").get(f"/plans/{world.own_plan.pk}/rectification/")
    assert page.status_code == 200 and len(keys) == page.context["candidates"].__len__()
    assert "纪委楼维修改造项目尾款" in page.content.decode()
    # A unit editor may not mark.
    denied = world.client("editor").post(
        f"/plans/{world.own_plan.pk}/rectification/mark/",
        {"findings": list(keys)[:1], "deadline": "2030-06-30"},
    )
    assert denied.status_code == 404


@pytest.mark.django_db
def test_from_finding_to_verified_with_an_attachment(world: World) -> None:
    record = _mark(world, "2030-06-30", count=1)[0]
    unit, bureau = world.client("editor"), world.client("bureau")
    url = f"/rectification/{record.pk}/"
    empty = unit.post(url, {"action": "report", "comment": " ", "lock_version": "1"}, follow=True)
    assert "整改情况" in empty.content.decode()
    proof = SimpleUploadedFile("整改说明.pdf", b"%PDF-1.4 proof", "application/pdf")
    unit.post(
        url,
        {
            "action": "report",
            "comment": "已将≥25万元改为≤25万元",
            "lock_version": "1",
            "files": [proof],
        },
    )
    record.refresh_from_db()
    assert record.status == "reported" and record.files.count() == 1
    stale = bureau.post(url, {"action": "verify", "lock_version": "1"}, follow=True)
    assert stale.status_code == 409
    assert "已被他人办理（现为“已整改，待核实”）" in stale.content.decode()
    bureau.post(url, {"action": "send_back", "comment": "请附修改后的目标表", "lock_version": "2"})
    unit.post(url, {"action": "report", "comment": "已附目标表", "lock_version": "3"})
    bureau.post(url, {"action": "verify", "lock_version": "4"})
    record.refresh_from_db()
    assert record.status == "verified"
    assert [e.action.value for e in record.core.events] == [
        "report",
        "send_back",
        "report",
        "verify",
    ]
    assert AuditEntry.objects.filter(action__startswith="rectification_").count() == 5
    attachment = record.files.get()
    download = bureau.get(f"/rectification/{record.pk}/files/{attachment.pk}")
    assert download.content == b"%PDF-1.4 proof"
    assert world.client("other_editor").get(url).status_code == 404


@pytest.mark.django_db
def test_a_program_is_refused_as_evidence_and_what_was_written_is_kept(world: World) -> None:
    """A walkthrough found a program accepted as 佐证材料, a refused report losing what the
    unit wrote, the history naming people by their login and the ledger saved as
    rectification.xlsx."""
    world.users["editor"].first_name = "王填报"
    world.users["editor"].save()
    record = _mark(world, "2030-06-30", count=1)[0]
    unit = world.client("editor")
    url = f"/rectification/{record.pk}/"
    program = SimpleUploadedFile("整改说明.exe", b"MZ\x90\x00", "application/octet-stream")
    said = "已将≥25万元改为≤25万元"
    form = {"action": "report", "comment": said, "lock_version": "1"}
    refused = unit.post(url, form | {"files": [program]})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "整改说明.exe：佐证材料请上传文档、扫描件或照片" in page
    assert f">{said}</textarea>" in page
    record.refresh_from_db()
    assert record.status == "pending" and not record.files.exists()
    scan = SimpleUploadedFile("整改说明.PDF", b"%PDF-1.4 proof", "application/pdf")
    assert unit.post(url, form | {"files": [scan]}).status_code == 302
    record.refresh_from_db()
    assert record.status == "reported" and record.files.count() == 1
    assert [e.actor for e in record.core.events] == ["王填报"]
    assert "王填报（" in unit.get(url).content.decode()
    ledger = world.client("bureau").get("/rectification/ledger.xlsx")
    assert saved_as(ledger) == ("整改台账.xlsx", "rectification.xlsx")


@pytest.mark.django_db
def test_board_marks_overdue_and_signals_the_budget(world: World) -> None:
    _mark(world, "2020-01-31")  # long past
    page = world.client("bureau").get("/rectification/?status=overdue").content.decode()
    assert "3项整改逾期未完成" in page and page.count("row-overdue") == 3
    ledger = world.client("bureau").get("/rectification/ledger.xlsx")
    sheet = load_workbook(io.BytesIO(ledger.content)).active
    assert sheet is not None
    statuses = [row[8] for row in sheet.iter_rows(values_only=True) if row[0] in (1, 2, 3)]
    assert statuses == ["待整改（逾期）"] * 3
    assert world.client("bureau").get("/rectification/?status=bogus").status_code == 200


@pytest.mark.django_db
def test_a_key_evaluation_item(world: World) -> None:
    world.client("bureau").post(
        f"/plans/{world.own_plan.pk}/rectification/mark/",
        {
            "kind": "key_evaluation",
            "title": "公车运维费超标准",
            "message": "单车运维费高于标准30%",
            "suggestion": "压减运维费",
            "deadline": "2030-03-31",
        },
    )
    record = RectificationRecord.objects.get()
    assert record.core.origin.value == "key_evaluation" and record.core.title == "公车运维费超标准"
    bad = world.client("bureau").post(
        f"/plans/{world.own_plan.pk}/rectification/mark/",
        {"kind": "key_evaluation", "title": "x", "message": "y", "deadline": "明天"},
        follow=True,
    )
    assert "整改期限" in bad.content.decode()
