"""项目支出绩效自评表: the official layout (财预〔2020〕10号 附件), in Excel, Word, PDF and HTML.

Eight columns. The top gives 项目名称, 项目编码 and 年度, 主管部门 and 实施单位; the money
block 项目资金（万元） has 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 for
年度资金总额 and the sources 其中：本年财政拨款, 上年结转资金, 其他资金 (their amounts in
the 全年预算数 column); then 年度总体目标 (预期目标, 实际完成情况); the indicator grid
(一级, 二级, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施);
总分 and 自评等级.

The readers (:func:`read_evaluation_form` and the one per format) read what the unit
fills in back into
:class:`ProjectEvaluation` objects. A 分值 equal to the profile's default share is read
as "default" (``weight=None``), any other as an explicit weight; scores are recomputed,
never read. A qualitative ``share`` is not printed and is not read back.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from jixiao.evaluation.engine import ProjectScore, rounded, score_project
from jixiao.evaluation.model import IndicatorResult, ProjectEvaluation
from jixiao.evaluation.weights import allocate
from jixiao.forms import (
    Form,
    SheetGrid,
    add_form_table,
    cell,
    label,
    new_form_document,
    open_workbook,
    write_form_sheet,
)
from jixiao.forms.files import form_format, written_bytes
from jixiao.forms.html import form_html, forms_pdf
from jixiao.forms.tables import read_form_tables
from jixiao.scoring.profile import EvaluationProfile
from jixiao.templates.xlsx_template import sheet_title

FORM_TITLE = "项目支出绩效自评表"
WIDTHS = (15.0, 14.0, 18.0, 14.0, 14.0, 9.0, 10.0, 27.0)
GRID = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
)
SOURCES = (
    ("其中：本年财政拨款", "fiscal_current"),
    ("上年结转资金", "carried_over"),
    ("其他资金", "other_funds"),
)


def evaluation_form(evaluation: ProjectEvaluation, score: ProjectScore) -> Form:
    """The 自评表 of one project as a :class:`Form`."""
    year = f"（{evaluation.year}年度）" if evaluation.year else ""
    form = Form(title=FORM_TITLE, subtitle=f"{year}    单位：万元", widths=WIDTHS, landscape=False)
    form.add(label("项目名称"), cell(evaluation.name, 7))
    form.add(
        label("项目编码"),
        cell(evaluation.code, 3),
        label("年度"),
        cell(str(evaluation.year) if evaluation.year else None, 3),
    )
    form.add(
        label("主管部门"),
        cell(evaluation.department, 3),
        label("实施单位"),
        cell(evaluation.unit, 3),
    )
    form.add(
        label("项目资金", down=5),
        label(""),
        label("年初预算数"),
        label("全年预算数"),
        label("全年执行数"),
        label("分值"),
        label("执行率"),
        label("得分"),
    )
    form.add(
        label("年度资金总额"),
        cell(evaluation.budget_initial),
        cell(evaluation.budget_total),
        cell(evaluation.executed),
        cell(score.execution_weight),
        cell(score.execution_rate, percent=True),
        cell(score.execution_score),
    )
    for caption, field in SOURCES:
        amount = getattr(evaluation, field)
        form.add(
            label(caption),
            cell(None),
            cell(amount),
            cell(None),
            cell("—", center=True),
            cell("—", center=True),
            cell("—", center=True),
        )
    form.add(label("年度总体目标", down=2), label("预期目标", 3), label("实际完成情况", 4))
    form.add(cell(evaluation.goal_expected, 3), cell(evaluation.goal_achieved, 4))
    form.add(*(label(name) for name in GRID))
    for item, row in zip(evaluation.indicators, score.indicators, strict=True):
        form.add(
            cell(item.level1),
            cell(item.level2),
            cell(item.level3),
            cell(item.target),
            cell(item.actual),
            cell(row.weight),
            cell(row.score),
            cell(item.explanation),
        )
    form.add(label("总分", 5), cell(Decimal(100)), cell(score.total), cell(None))
    form.add(label("自评等级", 5), cell(score.grade, 3, center=True))
    return form


def evaluation_forms(
    evaluations: list[ProjectEvaluation], profile: EvaluationProfile
) -> tuple[list[Form], list[ProjectScore]]:
    """The 自评表 of each project, scored under ``profile``, and the scores printed."""
    scores = [score_project(evaluation, profile) for evaluation in evaluations]
    forms = [evaluation_form(e, s) for e, s in zip(evaluations, scores, strict=True)]
    return forms, scores


def write_evaluation_xlsx(
    evaluations: list[ProjectEvaluation], path: Path, profile: EvaluationProfile
) -> list[ProjectScore]:
    """One 自评表 sheet per project; returns the scores printed."""
    forms, scores = evaluation_forms(evaluations, profile)
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for index, (evaluation, form) in enumerate(zip(evaluations, forms, strict=True), start=1):
        write_form_sheet(workbook.create_sheet(sheet_title(index, evaluation.name)), form)
    workbook.save(path)
    return scores


def write_evaluation_docx(
    evaluations: list[ProjectEvaluation], path: Path, profile: EvaluationProfile
) -> list[ProjectScore]:
    """The 自评表 of every project in one Word document, a page each; returns the scores."""
    forms, scores = evaluation_forms(evaluations, profile)
    document = new_form_document(landscape=False)
    for index, form in enumerate(forms):
        add_form_table(document, form, page_break=index > 0)
    document.save(str(path))
    return scores


def write_evaluation_pdf(
    evaluations: list[ProjectEvaluation], path: Path, profile: EvaluationProfile
) -> list[ProjectScore]:
    """The 自评表 of every project as PDF, a page (or more) each; returns the scores."""
    forms, scores = evaluation_forms(evaluations, profile)
    path.write_bytes(forms_pdf(forms, FORM_TITLE))
    return scores


_WRITERS = {
    "xlsx": write_evaluation_xlsx,
    "docx": write_evaluation_docx,
    "pdf": write_evaluation_pdf,
}


def write_evaluation_form(
    evaluations: list[ProjectEvaluation], path: Path, profile: EvaluationProfile
) -> list[ProjectScore]:
    """The 自评表 in the format the suffix of ``path`` names (.xlsx, .docx or .pdf)."""
    return _WRITERS[form_format(path)](evaluations, path, profile)


def evaluation_form_bytes(
    evaluations: list[ProjectEvaluation], profile: EvaluationProfile, fmt: str
) -> bytes:
    """The 自评表 file as bytes, for a download (``fmt``: xlsx, docx or pdf)."""
    return written_bytes(lambda path: _WRITERS[fmt](evaluations, path, profile), fmt)


def render_evaluation_html(evaluation: ProjectEvaluation, score: ProjectScore) -> str:
    """The 自评表 as an HTML ``<table>`` fragment (for the web pages; style it with
    :func:`jixiao.forms.html.stylesheet`)."""
    return form_html(evaluation_form(evaluation, score))


# -- reading back -------------------------------------------------------------------------


def _weights(
    items: list[IndicatorResult],
    written: list[Decimal | None],
    profile: EvaluationProfile,
    name: str,
) -> list[IndicatorResult]:
    """Written 分值 equal to the default share mean "default" (None)."""
    defaults = allocate(items, profile.scoring, name).weights
    places = profile.scoring.places
    if all(w is None or w == rounded(d, places) for w, d in zip(written, defaults, strict=True)):
        return items
    return [item.model_copy(update={"weight": w}) for item, w in zip(items, written, strict=True)]


def read_evaluation_sheet(grid: SheetGrid, profile: EvaluationProfile) -> ProjectEvaluation:
    """One project's 自评表 sheet."""
    money_row, _ = grid.require("年度资金总额")

    def amount(caption: str, row: int = money_row) -> Decimal | None:
        _, col = grid.require(caption)
        return grid.number(grid.at(row, col), row, col)

    _, budget_col = grid.require("全年预算数")
    sources = {}
    for caption, field in SOURCES:
        row, _ = grid.require(caption)
        sources[field] = grid.number(grid.at(row, budget_col), row, budget_col)
    goal_row, goal_col = grid.require("预期目标")
    achieved_col = grid.require("实际完成情况")[1]
    head, _ = grid.require("三级指标")
    columns = {name: grid.require(name, start=head)[1] for name in GRID}
    end, _ = grid.require("总分", start=head)
    items, written = [], []
    for row, texts in grid.records(columns, head + 1, end):
        items.append(
            IndicatorResult(
                level1=texts["一级指标"],
                level2=texts["二级指标"],
                level3=texts["三级指标"],
                target=texts["年度指标值"],
                actual=texts["实际完成值"],
                explanation=texts["偏差原因分析及改进措施"],
            )
        )
        written.append(grid.number(texts["分值"], row, columns["分值"]))
    name = grid.after("项目名称")
    year = grid.after("年度")
    return ProjectEvaluation(
        name=name,
        code=grid.after("项目编码") or None,
        department=grid.after("主管部门") or None,
        unit=grid.after("实施单位") or None,
        year=int(year) if year.isdigit() else None,
        budget_initial=amount("年初预算数"),
        budget_total=amount("全年预算数"),
        executed=amount("全年执行数"),
        goal_expected=grid.at(goal_row + 1, goal_col),
        goal_achieved=grid.at(goal_row + 1, achieved_col),
        indicators=_weights(items, written, profile, name),
        **sources,
    )


def read_evaluation_xlsx(path: Path, profile: EvaluationProfile) -> list[ProjectEvaluation]:
    """Every 自评表 sheet of a workbook written by :func:`write_evaluation_xlsx`."""
    workbook = open_workbook(path)
    return [
        read_evaluation_sheet(SheetGrid.of(sheet, path.name), profile)
        for sheet in workbook.worksheets
        if sheet.sheet_state == "visible"
    ]


def _read_tables(path: Path, profile: EvaluationProfile) -> list[ProjectEvaluation]:
    found = read_form_tables(path, lambda heading: heading == FORM_TITLE, FORM_TITLE)
    return [read_evaluation_sheet(f.grid, profile) for f in found]


def read_evaluation_docx(path: Path, profile: EvaluationProfile) -> list[ProjectEvaluation]:
    """Every 自评表 of a Word document written by :func:`write_evaluation_docx`."""
    return _read_tables(path, profile)


def read_evaluation_pdf(path: Path, profile: EvaluationProfile) -> list[ProjectEvaluation]:
    """Every 自评表 of a PDF written by :func:`write_evaluation_pdf`."""
    return _read_tables(path, profile)


_READERS = {
    "xlsx": read_evaluation_xlsx,
    "docx": read_evaluation_docx,
    "pdf": read_evaluation_pdf,
}


def read_evaluation_form(path: Path, profile: EvaluationProfile) -> list[ProjectEvaluation]:
    """Every 自评表 of a file, whichever format its suffix names (.xlsx, .docx, .pdf)."""
    return _READERS[form_format(path)](path, profile)
