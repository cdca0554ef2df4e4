"""An Excel goal table with mistakes in it: the import preview names each wrong cell.

A 资金支出计划 with one month mistyped ("五成" under 6月底) was a
「无法识别的表格行：20%｜五成｜75%」 at the row's first cell (A7), and the project lost its
whole spending plan; the preview now names C7 and keeps the months that were right."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from jixiao.exporters.formats import export_bytes
from jixiao.importers.api import import_file
from jixiao.web.plans.models import ImportBatch
from tests.conftest import seed_path
from tests.web.conftest import World

NAME = "承德县绩效目标表（有误）.xlsx"


def _mistyped() -> tuple[bytes, str, str]:
    """Seed 002 as the bureau's Excel, its first project's 6月底 typed "五成" and its
    预算数 "两万"; returns the file and the two cells."""
    book = load_workbook(
        io.BytesIO(export_bytes(import_file(seed_path("002_9d52ecbd56ee9879")), "xlsx"))
    )
    sheet = book.worksheets[1]  # the first project's 绩效目标表
    months = next(row for row in sheet.iter_rows() if any(c.value == "6月底" for c in row))
    june = next(c for c in months if c.value == "6月底")
    spend = sheet.cell(row=june.row + 1, column=june.column)
    spend.value = "五成"
    budget = next(c for row in sheet.iter_rows() for c in row if c.value == "预算数")
    amount = sheet.cell(row=budget.row, column=budget.column + 1)
    amount.value = "两万"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), f"{sheet.title}!{spend.coordinate}", f"{sheet.title}!{amount.coordinate}"


@pytest.mark.django_db
def test_the_preview_names_each_mistyped_cell_and_keeps_the_rest(world: World) -> None:
    body, spend_cell, budget_cell = _mistyped()
    client = world.client("editor")
    sent = client.post(
        "/import/", {"documents": [SimpleUploadedFile(NAME, body, "application/octet-stream")]}
    )
    preview = client.get(sent["Location"], follow=True).content.decode()
    assert "资金支出计划“五成”不是百分数" in preview and f"原文：{NAME}!{spend_cell}" in preview
    assert "预算数“两万”不是数字" in preview and f"原文：{NAME}!{budget_cell}" in preview
    assert "无法识别的表格行" not in preview, "the mistyped month lost its whole row"

    batch = ImportBatch.objects.get(state="staged", department=world.own)
    client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"})
    project = world.own_plan.projects.get(position=1)
    assert (project.spend_plan or {}).get("3月底") == 20, project.spend_plan
