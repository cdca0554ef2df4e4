"""The review in the terminal: grouped by document and project, worst first."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from jixiao.model.plan import KIND_NAMES
from jixiao.review import Finding, ReviewResult
from jixiao.review_report.reviewed import FindingGroup, Reviewed, group_findings

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}


def _line(finding: Finding) -> Text:
    severity = str(finding.severity)
    text = Text("  ")
    text.append(f"[{finding.rule} {_LABEL.get(severity, severity)}]", style=_STYLE.get(severity))
    if finding.indicator_index is not None:
        text.append(f" 指标{finding.indicator_index}“{finding.indicator or ''}”")
    text.append(f" {finding.message}")
    text.append(f"\n      建议：{finding.suggestion}", style="dim")
    if finding.location is not None:
        text.append(f"  ({finding.location.describe()})", style="dim")
    return text


def _group(group: FindingGroup) -> list[Text]:
    """One finding as its line; several of one rule under one header, a line per row."""
    if len(group.findings) == 1:
        return [_line(group.findings[0])]
    severity = group.severity
    header = Text("  ")
    header.append(f"[{group.rule} {_LABEL.get(severity, severity)}]", style=_STYLE.get(severity))
    header.append(f" {group.title}（{len(group.findings)}处）")
    lines = [header]
    shared = len({f.suggestion for f in group.findings}) == 1
    for finding in group.findings:
        line = Text("    · ")
        if finding.indicator_index is not None:
            line.append(f"指标{finding.indicator_index}“{finding.indicator or ''}” ")
        line.append(finding.message)
        if finding.location is not None:
            line.append(f"  ({finding.location.describe()})", style="dim")
        if not shared:
            line.append(f"\n      建议：{finding.suggestion}", style="dim")
        lines.append(line)
    if shared:
        lines.append(Text(f"      建议：{group.findings[0].suggestion}", style="dim"))
    return lines


def seen_kind(report: ReviewResult) -> str:
    """'按 自评表 审核；本模板没有的部分不审：S106、F106' — what the review saw."""
    line = f"文档类别：{KIND_NAMES.get(report.kind or '', '未识别')}"
    if report.skipped_rules:
        line += f"；本模板没有的部分不审（{'、'.join(report.skipped_rules)}）"
    return line


def print_review_table(documents: Iterable[Reviewed], console: Console) -> None:
    for document in documents:
        print_review_report(document.report, console)


def print_review_report(report: ReviewResult, console: Console) -> None:
    """One document's part of the table (printed as soon as that document is reviewed)."""
    grade = report.grades.document
    console.rule(
        f"{report.source}  {report.department or ''} {report.year or ''}  "
        f"等级 {grade.grade}（{grade.score:.0f}分）  发现 {len(report.findings)} 条"
    )
    if report.kind is not None or report.skipped_rules:
        console.print(seen_kind(report), style="dim", highlight=False)
    for group in group_findings([f for f in report.findings if f.project_index is None]):
        for line in _group(group):
            console.print(line)
    for project_grade in report.grades.projects:
        index = project_grade.project_index or 0
        findings = [f for f in report.findings if f.project_index == index]
        header = Text(
            f"项目{index} {project_grade.project or ''}  "
            f"等级 {project_grade.grade}（{project_grade.score:.0f}分）"
        )
        console.print(header, style="bold")
        for group in group_findings(findings):
            for line in _group(group):
                console.print(line)
