"""部门整体支出绩效自评报告: the narrative report of the department's self-evaluation, in
the sections of the official templates — 基本情况, 绩效目标完成情况 by 一级指标, the
computed indicators, 存在的问题, 整改措施, 结果应用 — written as Word and PDF in the
published layout (:mod:`jixiao.exporters.report_document`) and read back from Word.

Everything in it comes from the evaluation, its score and the 整改 items passed in; a
figure that is missing is said to be 未填报, never guessed, and a section the data cannot
fill asks the department to complete it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from jixiao.department.figures import measure_value
from jixiao.department.profile import FIGURE_MEASURES, DepartmentProfile, Leaf
from jixiao.department.scoring import DepartmentEvaluation, DepartmentScore, IndicatorScore
from jixiao.exporters.layout import chinese_number
from jixiao.exporters.report_document import (
    Paragraph,
    ReportBlock,
    ReportDocument,
    ReportHeading,
    ReportTable,
    read_report_docx,
    report_pdf,
    write_report,
)
from jixiao.forms.files import written_bytes

REPORT_FORMATS = ("docx", "pdf")
UNFILLED = "未填报"
_CENT = Decimal("0.01")


def report_title(evaluation: DepartmentEvaluation) -> str:
    return f"{evaluation.department}{evaluation.year}年度部门整体支出绩效自评报告"


def _wan(value: Decimal | None) -> str:
    return UNFILLED if value is None else f"{value.quantize(_CENT, ROUND_HALF_UP)}万元"


def _percent(share: Decimal | None) -> str:
    return UNFILLED if share is None else f"{(share * 100).quantize(_CENT, ROUND_HALF_UP)}%"


def _points(value: Decimal | None) -> str:
    return UNFILLED if value is None else format(value.quantize(_CENT, ROUND_HALF_UP), "f")


def _basics(evaluation: DepartmentEvaluation, score: DepartmentScore) -> list[ReportBlock]:
    f = evaluation.figures
    budget = sum((p.budget for p in evaluation.projects), Decimal(0))
    if score.grade:
        outcome = f"自评总分{_points(score.total)}分，等级为“{score.grade}”。"
    else:
        missing = sum(1 for row in score.indicators if row.score is None)
        outcome = (
            f"已评分指标合计{_points(score.total)}分，尚有{missing}项指标未填报，暂不评定等级。"
        )
    return [
        ReportHeading("一、基本情况"),
        Paragraph(
            f"{evaluation.department}{evaluation.year}年度年初预算数{_wan(f.budget_initial)}，"
            f"全年预算数{_wan(f.budget_final)}，全年执行数{_wan(f.spent)}，"
            f"预算执行率{_percent(measure_value('execution_rate', f))}。"
        ),
        Paragraph(
            f"纳入本次自评的项目{len(evaluation.projects)}个，全年预算数合计{_wan(budget)}；"
            f"部门整体绩效目标中可量化的目标{len(evaluation.targets)}项；"
            f"满意度调查{len(evaluation.satisfaction)}项。"
        ),
        Paragraph(f"本次自评按“{score.profile}”指标体系评分，{outcome}"),
    ]


def _level_table(rows: Sequence[IndicatorScore]) -> ReportTable:
    return ReportTable(
        header=("三级指标", "分值", "实际值", "得分", "说明"),
        rows=tuple(
            (row.name, _points(row.weight), row.value or UNFILLED, _points(row.score), row.note)
            for row in rows
        ),
    )


def _goals(
    evaluation: DepartmentEvaluation, score: DepartmentScore, profile: DepartmentProfile
) -> list[ReportBlock]:
    blocks: list[ReportBlock] = [ReportHeading("二、绩效目标完成情况")]
    for number, level in enumerate(profile.levels, start=1):
        rows = [row for row in score.indicators if row.level == level.name]
        weight = sum((row.weight for row in rows), Decimal(0))
        got = sum((row.score or Decimal(0) for row in rows), Decimal(0))
        blocks.append(
            Paragraph(
                f"（{chinese_number(number)}）{level.name}指标：满分{_points(weight)}分，"
                f"得分{_points(got)}分。"
            )
        )
        blocks.append(_level_table(rows))
    if evaluation.targets:
        blocks.append(Paragraph("部门整体绩效目标的完成情况如下表。"))
        blocks.append(
            ReportTable(
                header=("目标内容", "目标值", "实际完成值"),
                rows=tuple((t.subject, t.target, t.actual or UNFILLED) for t in evaluation.targets),
            )
        )
    return blocks


def _computed(evaluation: DepartmentEvaluation, profile: DepartmentProfile) -> list[ReportBlock]:
    leaves: list[Leaf] = [
        leaf
        for level in profile.levels
        for leaf in level.indicators
        if leaf.measure in FIGURE_MEASURES
    ]
    return [
        ReportHeading("三、计算指标"),
        Paragraph("以下指标由部门预决算数据计算，缺少数据的列为未填报。"),
        ReportTable(
            header=("指标", "计算公式", "数值"),
            rows=tuple(
                (
                    leaf.name,
                    leaf.formula,
                    _percent(measure_value(leaf.measure, evaluation.figures)),
                )
                for leaf in leaves
            ),
        ),
    ]


def problems(score: DepartmentScore) -> list[str]:
    """Each indicator that lost points or is unfilled, with what its scoring says."""
    found = []
    for row in score.indicators:
        if row.score is None:
            found.append(f"“{row.name}”（{row.level}）未填报，无法评分。")
        elif row.score < row.weight:
            note = f"：{row.note}" if row.note else ""
            found.append(
                f"“{row.name}”（{row.level}）得分{_points(row.score)}分，"
                f"满分{_points(row.weight)}分{note}。"
            )
    return found


def _problems(score: DepartmentScore) -> list[ReportBlock]:
    found = problems(score)
    lines = [f"{number}.{text}" for number, text in enumerate(found, start=1)]
    return [
        ReportHeading("四、存在的问题"),
        *(Paragraph(text) for text in lines or ["各项指标均得满分，未发现扣分问题。"]),
    ]


def _measures(rectification: Sequence[str]) -> list[ReportBlock]:
    lines = [f"{number}.{text}" for number, text in enumerate(rectification, start=1)]
    return [
        ReportHeading("五、整改措施"),
        *(Paragraph(text) for text in lines or ["（请针对上述问题填写整改措施、责任和时限。）"]),
    ]


def _application(
    evaluation: DepartmentEvaluation, score: DepartmentScore, profile: DepartmentProfile
) -> list[ReportBlock]:
    blocks: list[ReportBlock] = [
        ReportHeading("六、结果应用"),
        Paragraph(
            f"自评结果作为{evaluation.year + 1}年度部门预算编制和项目安排的依据，"
            "并按规定随部门决算公开。"
        ),
    ]
    if evaluation.projects:
        blocks.append(
            ReportTable(
                header=("项目名称", "全年预算数（万元）", "自评得分", "等级"),
                rows=tuple(
                    (p.name, _points(p.budget), _points(p.total), profile.grade_of(p.total))
                    for p in evaluation.projects
                ),
            )
        )
    return blocks


def department_report(
    evaluation: DepartmentEvaluation,
    score: DepartmentScore,
    profile: DepartmentProfile,
    rectification: Sequence[str] = (),
) -> ReportDocument:
    """The 自评报告 of ``evaluation`` scored as ``score``; ``rectification`` are the
    department's 整改 items of the year, one line each."""
    blocks: list[ReportBlock] = [
        ReportHeading(report_title(evaluation), level=1),
        *_basics(evaluation, score),
        *_goals(evaluation, score, profile),
        *_computed(evaluation, profile),
        *_problems(score),
        *_measures(rectification),
        *_application(evaluation, score, profile),
    ]
    return ReportDocument(title=report_title(evaluation), blocks=tuple(blocks))


def write_department_report(report: ReportDocument, path: Path) -> None:
    """The report into ``path`` (.docx or .pdf)."""
    write_report(report, path)


def department_report_bytes(report: ReportDocument, fmt: str) -> bytes:
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"自评报告只能导出为 {'、'.join(REPORT_FORMATS)}，不能导出为“{fmt}”")
    if fmt == "pdf":
        return report_pdf(report)
    return written_bytes(lambda path: write_report(report, path), fmt)


def read_department_report(path: Path) -> ReportDocument:
    """A 自评报告 written as .docx, back to its blocks."""
    return read_report_docx(path)
