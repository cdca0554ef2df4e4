"""Upload of actuals (实际支出) for many projects at once: a simple workbook, one row each.

Columns (header row, in any order, found by name): 项目编码, 项目名称, 监控日期, 累计支出,
预计全年支出, then 1月 … 12月 (当月支出). Amounts in 万元. :func:`write_actuals_template`
writes the blank template prefilled with a plan's projects; :func:`read_actuals_xlsx`
reads a filled one into a :class:`MonitoringRound`, with errors naming the sheet and the
cell (:class:`~jixiao.forms.FormError`).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from jixiao.forms import Form, FormError, SheetGrid, cell, label, open_workbook, write_form_sheet
from jixiao.forms.read import sheet_place
from jixiao.model.plan import DepartmentPlan
from jixiao.monitoring.model import MonitoringRound, ProjectProgress

SHEET = "实际支出"
INSTRUCTIONS = "填表说明"
FIXED = ("项目编码", "项目名称", "监控日期", "累计支出", "预计全年支出")
MONTHS = tuple(f"{m}月" for m in range(1, 13))
HEADER = (*FIXED, *MONTHS)
WIDTHS = (24.0, 32.0, 13.0, 11.0, 13.0, *(8.0 for _ in MONTHS))
NOTES = (
    ("项目编码、项目名称", "已按绩效目标预填，请勿修改；按编码对应项目，无编码时按名称。"),
    ("监控日期", "数据截至日期，如 2026-06-30；同一轮监控一般相同。"),
    ("累计支出", "截至监控日期的累计支出（1–N月执行数），单位万元，必填。"),
    ("预计全年支出", "预计全年执行数，单位万元，可不填。"),
    ("1月…12月", "各月当月支出，单位万元，已知的月份填写，用于预测年底执行率。"),
)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def write_actuals_template(
    plan: DepartmentPlan, path: Path, monitor_date: dt.date | None = None
) -> None:
    """The blank actuals workbook with the plan's projects (and the date, when given)."""
    form = Form(
        title=f"{plan.department or ''}绩效运行监控实际支出填报表",
        subtitle="单位：万元",
        widths=WIDTHS,
    )
    form.add(*(label(h) for h in HEADER))
    date = monitor_date.isoformat() if monitor_date else None
    for project in plan.projects:
        form.add(
            cell(project.code), cell(project.name), cell(date), *(cell(None) for _ in HEADER[3:])
        )
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    write_form_sheet(sheet, form)
    notes = Form(title="填表说明", subtitle="", widths=(22.0, 80.0), landscape=False)
    notes.add(label("栏目"), label("填写说明"))
    for field, text in NOTES:
        notes.add(label(field), cell(text))
    write_form_sheet(workbook.create_sheet(INSTRUCTIONS), notes)
    workbook.save(path)


def _date(grid: SheetGrid, row: int, col: int, default: dt.date | None) -> dt.date:
    text = grid.at(row, col)
    match = _DATE.search(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    elif not text and default is not None:
        return default
    raise grid.error(row, col, f"监控日期“{text}”不是有效日期（应如 2026-06-30）")


def _header(grid: SheetGrid) -> tuple[int, dict[str, int]]:
    found = grid.find("项目名称")
    if found is None:
        raise grid.error(None, None, "找不到表头“项目名称”")
    row = found[0]
    columns: dict[str, int] = {}
    for col, text in enumerate(grid.texts[row]):
        key = "".join(text.split())
        for name in HEADER:
            # "累计支出（万元）" and "1月支出" count as their column.
            if key == name or (key.startswith(name) and name not in columns):
                columns.setdefault(name, col)
    for name in ("项目名称", "累计支出"):
        if name not in columns:
            raise grid.error(row, None, f"表头缺少“{name}”列")
    return row, columns


def read_actuals_sheet(
    grid: SheetGrid, default_date: dt.date | None = None
) -> list[ProjectProgress]:
    """The projects of one actuals sheet, in row order (empty rows skipped)."""
    head, columns = _header(grid)
    projects: list[ProjectProgress] = []
    seen: dict[str, int] = {}
    for row in range(head + 1, len(grid.texts)):
        if not any(grid.at(row, c) for c in columns.values()):
            continue

        def number(name: str, row: int = row) -> Decimal | None:
            col = columns.get(name)
            return None if col is None else grid.number(grid.at(row, col), row, col)

        name = grid.at(row, columns["项目名称"])
        if not name:
            raise grid.error(row, columns["项目名称"], "项目名称为空")
        code = grid.at(row, columns["项目编码"]) if "项目编码" in columns else ""
        key = code or name
        if key in seen:
            raise grid.error(row, columns["项目名称"], f"与第{seen[key] + 1}行重复：{key}")
        seen[key] = row
        spent = number("累计支出")
        if spent is None:
            raise grid.error(row, columns["累计支出"], f"“{name}”未填写累计支出")
        date_col = columns.get("监控日期")
        if date_col is None and default_date is None:
            raise grid.error(head, None, "表头缺少“监控日期”列，且未指定监控日期")
        date = _date(grid, row, date_col, default_date) if date_col is not None else default_date
        assert date is not None
        monthly = {
            m: v for m, caption in enumerate(MONTHS, 1) if (v := number(caption)) is not None
        }
        projects.append(
            ProjectProgress(
                code=code or None,
                name=name,
                monitor_date=date,
                spent_to_date=spent,
                expected_full_year=number("预计全年支出"),
                monthly=monthly,
            )
        )
    return projects


def read_actuals_xlsx(path: Path, monitor_date: dt.date | None = None) -> MonitoringRound:
    """A filled actuals workbook as a monitoring round (``monitor_date`` fills empty dates)."""
    workbook = open_workbook(path)
    sheet = workbook[SHEET] if SHEET in workbook.sheetnames else workbook.worksheets[0]
    projects = read_actuals_sheet(SheetGrid.of(sheet, path.name), monitor_date)
    if not projects:
        raise FormError(path.name, sheet_place(sheet.title), None, "没有填写任何项目")
    date = monitor_date or max(p.monitor_date for p in projects)
    return MonitoringRound(year=date.year, monitor_date=date, projects=projects)
