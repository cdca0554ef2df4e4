"""An upload for a round is either the actuals workbook or a filled 监控表, in any format."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jixiao.importers.errors import ImportFailed
from jixiao.model import DepartmentPlan
from jixiao.monitoring import MonitoringRound
from jixiao.monitoring.actuals import SHEET, write_actuals_template
from jixiao.monitoring.form import write_monitoring_form
from jixiao.monitoring.uploads import read_monitoring_upload


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".pdf"])
def test_a_filled_monitoring_form_is_read_as_the_round(
    example_round: MonitoringRound, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"监控表{suffix}"
    write_monitoring_form(example_round, path)
    assert read_monitoring_upload(path) == example_round


def test_the_actuals_workbook_is_read_as_spending_only(
    plan_003: DepartmentPlan, example_round: MonitoringRound, tmp_path: Path
) -> None:
    path = tmp_path / "实际支出.xlsx"
    write_actuals_template(plan_003, path, example_round.monitor_date)
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    header = next(r for r in sheet.iter_rows() if r[0].value == "项目编码")
    spent = next(c.column for c in header if c.value == "累计支出")
    for row in range(header[0].row + 1, header[0].row + 1 + len(plan_003.projects)):
        sheet.cell(row, spent).value = 1.5
    workbook.save(path)
    round_ = read_monitoring_upload(path)
    assert [p.name for p in round_.projects] == [p.name for p in plan_003.projects]
    assert all(p.spent_to_date == Decimal("1.5") and not p.indicators for p in round_.projects)


def test_a_file_that_is_neither_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "随便.docx"
    path.write_bytes(b"not a document")
    with pytest.raises(ImportFailed, match=r"随便\.docx"):
        read_monitoring_upload(path)
