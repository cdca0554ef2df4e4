"""满意度调查结果表: the tally of a survey as a form (Excel, Word, PDF), read back to the
same :class:`SurveyResult` from each format.

The table carries every figure of the result (the question's 编号, the counts per level,
the rate, interval, weighted score, target, whether it is met, the notes); what is derived
— the satisfied count and the text offered as 实际完成值 — is derived again on reading, by
the profile's levels, exactly as :func:`jixiao.surveys.tally.tally` derives it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.forms import Form, SheetGrid, cell, label
from jixiao.forms.output import forms_bytes, read_form_grids, write_forms
from jixiao.surveys.profile import SurveyProfile
from jixiao.surveys.tally import QuestionResult, SurveyResult, actual_text

RESULT_TITLE = "满意度调查结果表"
SHEET_NAME = "调查结果"
_MET = {True: "达标", False: "未达标", None: ""}
_NOTE_SEPARATOR = "；"


def _head(profile: SurveyProfile) -> list[str]:
    levels = [level.label for level in profile.levels]
    return [
        "编号",
        "项目",
        "指标",
        "有效样本",
        *levels,
        "满意率",
        "95%置信区间",
        "加权得分",
        "目标",
        "是否达标",
        "说明",
    ]


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value}%"


def result_form(result: SurveyResult, profile: SurveyProfile) -> Form:
    levels = [level.label for level in profile.levels]
    head = _head(profile)
    widths = (6.0, 16.0, 14.0, 7.0, *([6.0] * len(levels)), 8.0, 13.0, 7.0, 7.0, 7.0, 16.0)
    form = Form(title=RESULT_TITLE, subtitle=result.title, widths=widths)
    form.add(label("调查名称"), cell(result.title, len(head) - 1))
    form.add(label("口径"), cell(result.definition, len(head) - 1))
    form.add(label("回收问卷"), cell(Decimal(result.responses), len(head) - 1))
    form.add(*map(label, head))
    for q in result.questions:
        interval = f"{q.low}%–{q.high}%" if q.low is not None else ""
        form.add(
            cell(q.key),
            cell(q.project),
            cell(q.indicator),
            cell(Decimal(q.answered)),
            *(cell(Decimal(q.counts[level])) for level in levels),
            cell(_percent(q.rate)),
            cell(interval),
            cell("" if q.score is None else str(q.score)),
            cell(_percent(q.target_percent)),
            cell(_MET[q.met]),
            cell(_NOTE_SEPARATOR.join(q.notes)),
        )
    return form


def write_result(result: SurveyResult, profile: SurveyProfile, path: Path) -> None:
    """The results table into ``path`` (.xlsx, .docx or .pdf)."""
    write_forms([result_form(result, profile)], [SHEET_NAME], path, RESULT_TITLE)


def result_bytes(result: SurveyResult, profile: SurveyProfile, fmt: str = "xlsx") -> bytes:
    """The results table as a file (xlsx by default; docx or pdf too)."""
    return forms_bytes([result_form(result, profile)], [SHEET_NAME], RESULT_TITLE, fmt)


# -- reading back -------------------------------------------------------------------------


def _decimal(grid: SheetGrid, text: str, row: int, col: int) -> Decimal | None:
    """ "92.31%" → 92.31 (the table's percentages are in per cent, not fractions)."""
    return grid.number(text.removesuffix("%"), row, col)


def _count(grid: SheetGrid, text: str, row: int, col: int) -> int:
    number = grid.number(text, row, col)
    if number is None or number != number.to_integral_value() or number < 0:
        raise grid.error(row, col, f"“{text}”不是人数")
    return int(number)


def _interval(
    grid: SheetGrid, text: str, row: int, col: int
) -> tuple[Decimal | None, Decimal | None]:
    if not text:
        return None, None
    low, dash, high = text.partition("–")
    if not dash:
        raise grid.error(row, col, f"“{text}”不是“下限%–上限%”形式的置信区间")
    return _decimal(grid, low, row, col), _decimal(grid, high, row, col)


def _met(grid: SheetGrid, text: str, row: int, col: int) -> bool | None:
    for value, shown in _MET.items():
        if text == shown:
            return value
    raise grid.error(row, col, f"“{text}”应为“达标”“未达标”或空白")


def read_result_sheet(grid: SheetGrid, profile: SurveyProfile) -> SurveyResult:
    """One 满意度调查结果表 grid back to its result."""
    head = _head(profile)
    head_row, _ = grid.require(head[0])
    columns: dict[str, int] = {}
    for name in head:
        row, col = grid.require(name, start=head_row)
        if row != head_row:
            raise grid.error(row, col, f"“{name}”应在表头第{head_row + 1}行")
        columns[name] = col
    satisfied_levels = [level.label for level in profile.levels if level.satisfied]
    questions = []
    for row, t in grid.records(columns, head_row + 1):
        counts = {
            level.label: _count(grid, t[level.label], row, columns[level.label])
            for level in profile.levels
        }
        rate = _decimal(grid, t["满意率"], row, columns["满意率"])
        low, high = _interval(grid, t["95%置信区间"], row, columns["95%置信区间"])
        answered = _count(grid, t["有效样本"], row, columns["有效样本"])
        questions.append(
            QuestionResult(
                key=t["编号"],
                project=t["项目"],
                indicator=t["指标"],
                counts=counts,
                answered=answered,
                satisfied=sum(counts[name] for name in satisfied_levels),
                rate=rate,
                score=_decimal(grid, t["加权得分"], row, columns["加权得分"]),
                low=low,
                high=high,
                target_percent=_decimal(grid, t["目标"], row, columns["目标"]),
                met=_met(grid, t["是否达标"], row, columns["是否达标"]),
                actual_text=actual_text(rate, answered),
                notes=tuple(t["说明"].split(_NOTE_SEPARATOR)) if t["说明"] else (),
            )
        )
    responses_row, responses_col = grid.require("回收问卷")
    return SurveyResult(
        title=grid.after("调查名称"),
        definition=grid.after("口径"),
        responses=_count(grid, grid.after("回收问卷"), responses_row, responses_col + 1),
        questions=tuple(questions),
    )


def read_result(path: Path, profile: SurveyProfile) -> list[SurveyResult]:
    """Every 满意度调查结果表 of a .xlsx, .docx or .pdf file."""
    return [read_result_sheet(grid, profile) for grid in read_form_grids(path, RESULT_TITLE)]
