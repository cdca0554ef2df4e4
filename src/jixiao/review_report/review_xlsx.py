"""The review as an Excel list of findings, for the finance bureau's own tracking."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jixiao.review import ReviewResult
from jixiao.review_report.reviewed import Reviewed, group_findings

_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
_FINDING_COLUMNS = (
    ("文件", 22), ("部门", 24), ("项目序号", 8), ("项目名称", 24), ("指标序号", 8),
    ("三级指标", 24), ("字段", 12), ("规则", 8), ("规则名称", 22), ("严重程度", 8),
    ("审核要点", 10), ("问题说明", 50), ("修改建议", 50), ("把握程度", 8),
    ("原文位置", 28), ("处理状态", 10), ("备注", 20), ("同组", 14),
)  # fmt: skip
_HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")


def _header(sheet: object, columns: tuple[tuple[str, int], ...]) -> None:
    for number, (name, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=number, value=name)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(number)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]


_GRADE_COLUMNS = (("文件", 22), ("部门", 24), ("项目序号", 8), ("项目名称", 30),
                  ("得分", 8), ("等级", 8), ("发现数", 8))  # fmt: skip


class ReviewWorkbook:
    """The findings and grades sheets, filled one document at a time (only the rows are
    kept, never the plans), saved at the end."""

    def __init__(self) -> None:
        self.workbook = Workbook()
        findings_sheet = self.workbook.active
        assert findings_sheet is not None
        findings_sheet.title = "审核发现"
        _header(findings_sheet, _FINDING_COLUMNS)
        self.findings = findings_sheet
        self.grades = self.workbook.create_sheet("评分")
        _header(self.grades, _GRADE_COLUMNS)
        self._wrap = Alignment(wrap_text=True, vertical="top")

    def add(self, report: ReviewResult) -> None:
        row = self.findings.max_row + 1
        # one row per finding, the rows of one rule in one project together: “S105 3/9”
        ordered = [
            (f, f"{g.rule} {n}/{len(g.findings)}")
            for g in group_findings(list(report.findings))
            for n, f in enumerate(g.findings, start=1)
        ]
        for finding, group in ordered:
            values = (
                report.source, report.department, finding.project_index, finding.project,
                finding.indicator_index, finding.indicator, finding.field, finding.rule,
                finding.title, _LABEL.get(str(finding.severity), str(finding.severity)),
                str(finding.criterion), finding.message, finding.suggestion,
                round(finding.confidence, 2),
                finding.location.describe() if finding.location else None, "待处理", None,
                group,
            )  # fmt: skip
            for column, value in enumerate(values, start=1):
                cell = self.findings.cell(row=row, column=column, value=value)
                cell.alignment = self._wrap
            row += 1
        row = self.grades.max_row + 1
        for grade in [report.grades.document, *report.grades.projects]:
            count = sum(
                1 for f in report.findings
                if grade.project_index is None or f.project_index == grade.project_index
            )  # fmt: skip
            grade_values = (
                report.source, report.department, grade.project_index,
                grade.project or "（文档整体）", round(grade.score, 1), grade.grade, count,
            )  # fmt: skip
            for column, value in enumerate(grade_values, start=1):
                self.grades.cell(row=row, column=column, value=value)
            row += 1

    def save(self, path: Path) -> None:
        last = self.findings.max_row
        self.findings.auto_filter.ref = f"A1:{get_column_letter(len(_FINDING_COLUMNS))}{last}"
        self.workbook.save(path)


def write_review_xlsx(documents: Iterable[Reviewed], path: Path) -> None:
    workbook = ReviewWorkbook()
    for document in documents:
        workbook.add(document.report)
    workbook.save(path)
