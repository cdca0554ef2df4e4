"""绩效运行监控表: one form per project, in Excel, Word and PDF, and read back from each.

The layout follows the 项目支出绩效目标执行监控表 in use since 财办预〔2019〕136号
(16 columns): project, 主管部门 and 实施单位; the money block (年度预算数, 1–N月执行数
and 执行率, 全年预计执行数 and 执行率, 序时进度, the plan at its checkpoint); the monthly
series; 年度总体目标 and its progress; and the indicator grid with 偏差原因分析 (经费保障,
制度保障, 人员保障, 硬件条件保障, 其他 — ticked "√") and 完成目标可能性 (确定能, 有可能,
完全不可能 — ticked), followed by the cause in words and the 完善措施.

Every format starts with the 监控汇总 (the department, the year, a line per project with
its light). The lights and computed rates are printed for the reader; the readers
(:func:`read_monitoring_form` and the one per format) read back only what the unit fills
in: the department and year, and the :class:`ProjectProgress` fields.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from jixiao.forms import (
    Form,
    FormError,
    SheetGrid,
    add_form_table,
    cell,
    label,
    new_form_document,
    open_workbook,
    write_form_sheet,
)
from jixiao.forms.files import form_format, written_bytes
from jixiao.forms.html import forms_pdf
from jixiao.forms.tables import read_form_tables
from jixiao.monitoring.engine import MonitoringResult, ProjectMonitoring
from jixiao.monitoring.model import (
    DeviationCause,
    IndicatorProgress,
    Likelihood,
    MonitoringRound,
    ProjectProgress,
)
from jixiao.templates.xlsx_template import sheet_title

FORM_TITLE = "项目支出绩效运行监控表"
SUMMARY_SHEET = "监控汇总"
SUMMARY_TITLE = "绩效运行监控汇总"
WIDTHS = (11.0, 11.0, 16.0, 11.0, 12.0, 12.0, 6.0, 6.0, 6.0, 7.0, 6.0, 16.0, 6.0, 6.0, 7.0, 16.0)
TICK = "√"
GRID_FIELDS = ("一级指标", "二级指标", "三级指标", "年度指标值")
CAUSES = tuple(DeviationCause)
LIKELIHOODS = tuple(Likelihood)
SUMMARY_HEADER = (
    "序号",
    "项目名称",
    "年度预算数",
    "累计支出",
    "执行率",
    "序时进度",
    "预计年底",
    "预警",
    "原因",
)
MONTHS = tuple(f"{m}月" for m in range(1, 13))


def _through(date: dt.date) -> str:
    return f"1-{date.month}月"


def project_form(progress: ProjectProgress, result: ProjectMonitoring | None) -> Form:
    """The 监控表 of one project as a :class:`Form`."""
    n = _through(progress.monitor_date)
    form = Form(
        title=FORM_TITLE,
        subtitle=f"（{progress.monitor_date.year}年度）    单位：万元",
        widths=WIDTHS,
    )
    form.add(
        label("项目名称", 2), cell(progress.name, 6), label("项目编码", 2), cell(progress.code, 6)
    )
    form.add(
        label("主管部门", 2),
        cell(progress.department, 6),
        label("实施单位", 2),
        cell(progress.unit, 6),
    )
    light = f"{result.light.label}：" + "".join(result.reasons) if result else ""
    form.add(
        label("监控日期", 2),
        cell(progress.monitor_date.isoformat(), 6),
        label("预警", 2),
        cell(light.rstrip("："), 6),
    )
    planned = f"计划进度（{result.checkpoint}）" if result and result.checkpoint else "计划进度"
    form.add(
        label("项目资金", 2, down=2),
        label("年度预算数", 2),
        label(f"{n}执行数", 2),
        label(f"{n}执行率", 2),
        label("全年预计执行数", 2),
        label("全年预计执行率", 2),
        label("序时进度", 2),
        label(planned, 2),
    )
    form.add(
        cell(result.budget_total if result else progress.budget_total, 2),
        cell(progress.spent_to_date, 2),
        cell(result.execution_rate if result else None, 2, percent=True),
        cell(progress.expected_full_year, 2),
        cell(result.declared_rate if result else None, 2, percent=True),
        cell(result.time_progress if result else None, 2, percent=True),
        cell(result.planned_at_checkpoint if result else None, 2, percent=True),
    )
    form.add(label("各月支出", 2, down=2), *(label(m) for m in MONTHS), label("合计", 2))
    known = progress.monthly
    total = sum(known.values(), Decimal(0)) if known else None
    form.add(*(cell(known.get(m)) for m in range(1, 13)), cell(total, 2))
    form.add(label("年度总体目标", 2, down=2), label("年初目标", 2), cell(progress.goal, 12))
    form.add(label("目标完成情况", 2), cell(progress.goal_progress, 12))
    form.add(
        *(label(f, 1, down=2) for f in GRID_FIELDS),
        label(f"{n}执行情况", 1, down=2),
        label("全年预计完成情况", 1, down=2),
        label("偏差原因分析", 5),
        label("原因说明", 1, down=2),
        label("完成目标可能性", 3),
        label("完善措施", 1, down=2),
    )
    form.add(*(label(c.value) for c in CAUSES), *(label(x.value) for x in LIKELIHOODS))
    for item in progress.indicators:
        form.add(
            cell(item.level1),
            cell(item.level2),
            cell(item.level3),
            cell(item.target),
            cell(item.value_to_date),
            cell(item.expected_value),
            *(cell(TICK if item.cause is c else "", center=True) for c in CAUSES),
            cell(item.cause_text),
            *(cell(TICK if item.likelihood is x else "", center=True) for x in LIKELIHOODS),
            cell(item.measures),
        )
    return form


def _results(report: MonitoringResult | None) -> dict[int, ProjectMonitoring]:
    return dict(enumerate(report.projects)) if report else {}


def summary_form(round_: MonitoringRound, report: MonitoringResult | None = None) -> Form:
    """The 监控汇总: the department, the year and a line per project with its light."""
    form = Form(
        title=f"{round_.department or ''}{SUMMARY_TITLE}",
        subtitle=f"数据截至{round_.monitor_date.isoformat()}    单位：万元",
        widths=(6.0, 30.0, 12.0, 12.0, 11.0, 11.0, 11.0, 8.0, 50.0),
    )
    year = str(round_.year) if round_.year else ""
    form.add(label("填报部门"), cell(round_.department, 4), label("年度"), cell(year, 3))
    form.add(*(label(h) for h in SUMMARY_HEADER))
    results = _results(report)
    for index, progress in enumerate(round_.projects):
        result = results.get(index)
        form.add(
            cell(str(index + 1), center=True),
            cell(progress.name),
            cell(result.budget_total if result else progress.budget_total),
            cell(progress.spent_to_date),
            cell(result.execution_rate if result else None, percent=True),
            cell(result.time_progress if result else None, percent=True),
            cell(result.forecast_rate if result else None, percent=True),
            cell(result.light.label if result else "", center=True),
            cell("".join(result.reasons) if result else ""),
        )
    return form


def monitoring_forms(round_: MonitoringRound, report: MonitoringResult | None = None) -> list[Form]:
    """The 监控汇总 and then the 监控表 of each project, as every format prints them."""
    results = _results(report)
    projects = [project_form(p, results.get(i)) for i, p in enumerate(round_.projects)]
    return [summary_form(round_, report), *projects]


def write_monitoring_xlsx(
    round_: MonitoringRound, path: Path, report: MonitoringResult | None = None
) -> None:
    """The 监控表 workbook: a 监控汇总 sheet (with the report) and one sheet per project."""
    summary, *forms = monitoring_forms(round_, report)
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = SUMMARY_SHEET
    write_form_sheet(first, summary)
    for index, (progress, form) in enumerate(zip(round_.projects, forms, strict=True)):
        write_form_sheet(workbook.create_sheet(sheet_title(index + 1, progress.name)), form)
    workbook.save(path)


def write_monitoring_docx(
    round_: MonitoringRound, path: Path, report: MonitoringResult | None = None
) -> None:
    """The 监控汇总 and the 监控表 of every project in one Word document, a page each."""
    document = new_form_document()
    for index, form in enumerate(monitoring_forms(round_, report)):
        add_form_table(document, form, page_break=index > 0)
    document.save(str(path))


def write_monitoring_pdf(
    round_: MonitoringRound, path: Path, report: MonitoringResult | None = None
) -> None:
    """The 监控汇总 and the 监控表 of every project as PDF, a page (or more) each."""
    path.write_bytes(forms_pdf(monitoring_forms(round_, report), FORM_TITLE))


_WRITERS = {
    "xlsx": write_monitoring_xlsx,
    "docx": write_monitoring_docx,
    "pdf": write_monitoring_pdf,
}


def write_monitoring_form(
    round_: MonitoringRound, path: Path, report: MonitoringResult | None = None
) -> None:
    """The 监控表 in the format the suffix of ``path`` names (.xlsx, .docx or .pdf)."""
    _WRITERS[form_format(path)](round_, path, report)


def monitoring_form_bytes(
    round_: MonitoringRound, report: MonitoringResult | None, fmt: str
) -> bytes:
    """The 监控表 file as bytes, for a download (``fmt``: xlsx, docx or pdf)."""
    return written_bytes(lambda path: _WRITERS[fmt](round_, path, report), fmt)


# -- reading back -------------------------------------------------------------------------


def _date(grid: SheetGrid, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        row, col = grid.require("监控日期")
        raise grid.error(row, col + 2, f"监控日期“{text}”不是日期（应为2024-07-31）") from None


def _money(grid: SheetGrid, caption: str) -> Decimal | None:
    text, row, col = grid.below(caption)
    return grid.number(text, row, col)


def _ticked(
    grid: SheetGrid, row: int, columns: dict[str, int], choices: tuple[str, ...]
) -> str | None:
    ticked = [c for c in choices if grid.at(row, columns[c])]
    if len(ticked) > 1:
        raise grid.error(row, columns[ticked[1]], f"只能勾选一项，勾选了{'、'.join(ticked)}")
    return ticked[0] if ticked else None


def _indicators(grid: SheetGrid, through: str) -> list[IndicatorProgress]:
    head, _ = grid.require("一级指标")
    names = (*GRID_FIELDS, f"{through}执行情况", "全年预计完成情况", "原因说明", "完善措施")
    columns = {name: grid.require(name, start=head)[1] for name in names}
    for choice in (*CAUSES, *LIKELIHOODS):
        columns[choice.value] = grid.require(choice.value, start=head + 1)[1]
    items = []
    for row, texts in grid.records(columns, head + 2):
        cause = _ticked(grid, row, columns, tuple(c.value for c in CAUSES))
        likely = _ticked(grid, row, columns, tuple(x.value for x in LIKELIHOODS))
        items.append(
            IndicatorProgress(
                level1=texts["一级指标"],
                level2=texts["二级指标"],
                level3=texts["三级指标"],
                target=texts["年度指标值"],
                value_to_date=texts[f"{through}执行情况"],
                expected_value=texts["全年预计完成情况"],
                cause=DeviationCause(cause) if cause else None,
                likelihood=Likelihood(likely) if likely else None,
                cause_text=texts["原因说明"],
                measures=texts["完善措施"],
            )
        )
    return items


def read_project_sheet(grid: SheetGrid) -> ProjectProgress:
    """One project's 监控表 sheet."""
    date = _date(grid, grid.after("监控日期"))
    through = _through(date)
    head, _ = grid.require("各月支出")
    monthly = {}
    for month, caption in enumerate(MONTHS, start=1):
        row, col = grid.require(caption, start=head)
        value = grid.number(grid.at(row + 1, col), row + 1, col)
        if value is not None:
            monthly[month] = value
    return ProjectProgress(
        name=grid.after("项目名称"),
        code=grid.after("项目编码") or None,
        department=grid.after("主管部门") or None,
        unit=grid.after("实施单位") or None,
        monitor_date=date,
        budget_total=_money(grid, "年度预算数"),
        spent_to_date=_money(grid, f"{through}执行数"),
        expected_full_year=_money(grid, "全年预计执行数"),
        monthly=monthly,
        goal=grid.after("年初目标"),
        goal_progress=grid.after("目标完成情况"),
        indicators=_indicators(grid, through),
    )


def _round(file: str, summary: SheetGrid | None, projects: list[SheetGrid]) -> MonitoringRound:
    department: str | None = None
    year: int | None = None
    if summary is not None:
        department = summary.after("填报部门") or None
        year_text = summary.after("年度")
        year = int(year_text) if year_text.isdigit() else None
    read = [read_project_sheet(grid) for grid in projects]
    if not read:
        raise FormError(file, None, None, f"没有项目的“{FORM_TITLE}”")
    return MonitoringRound(
        department=department,
        year=year,
        monitor_date=max(p.monitor_date for p in read),
        projects=read,
    )


def read_monitoring_xlsx(path: Path) -> MonitoringRound:
    """A 监控表 workbook written by :func:`write_monitoring_xlsx` (and filled in) read back."""
    workbook = open_workbook(path)
    summary = None
    if SUMMARY_SHEET in workbook.sheetnames:
        summary = SheetGrid.of(workbook[SUMMARY_SHEET], path.name)
    projects = [
        SheetGrid.of(sheet, path.name)
        for sheet in workbook.worksheets
        if sheet.title != SUMMARY_SHEET and sheet.sheet_state == "visible"
    ]
    return _round(path.name, summary, projects)


def _is_title(heading: str) -> bool:
    return heading == FORM_TITLE or heading.endswith(SUMMARY_TITLE)


def _read_tables(path: Path) -> MonitoringRound:
    """The 监控汇总 and the project forms of a Word or PDF file, by their titles."""
    found = read_form_tables(path, _is_title, FORM_TITLE)
    summaries = [f.grid for f in found if f.heading.endswith(SUMMARY_TITLE)]
    projects = [f.grid for f in found if f.heading == FORM_TITLE]
    return _round(path.name, summaries[0] if summaries else None, projects)


def read_monitoring_docx(path: Path) -> MonitoringRound:
    """A 监控表 Word document written by :func:`write_monitoring_docx` read back."""
    return _read_tables(path)


def read_monitoring_pdf(path: Path) -> MonitoringRound:
    """A 监控表 PDF written by :func:`write_monitoring_pdf` read back."""
    return _read_tables(path)


_READERS = {
    "xlsx": read_monitoring_xlsx,
    "docx": read_monitoring_docx,
    "pdf": read_monitoring_pdf,
}


def read_monitoring_form(path: Path) -> MonitoringRound:
    """A 监控表 file read back, whichever format its suffix names (.xlsx, .docx, .pdf)."""
    return _READERS[form_format(path)](path)
