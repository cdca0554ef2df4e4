"""满意度调查结果表: the tally of a survey as a form (Excel, Word, PDF)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.forms import Form, cell, label
from jixiao.forms.output import forms_bytes
from jixiao.surveys.profile import SurveyProfile
from jixiao.surveys.tally import SurveyResult

RESULT_TITLE = "满意度调查结果表"


def result_form(result: SurveyResult, profile: SurveyProfile) -> Form:
    levels = [level.label for level in profile.levels]
    head = ["项目", "指标", "有效样本", *levels, "满意率", "95%置信区间", "目标", "是否达标"]
    widths = (18.0, 16.0, 8.0, *([8.0] * len(levels)), 9.0, 14.0, 8.0, 8.0)
    form = Form(title=RESULT_TITLE, subtitle=result.title, widths=widths)
    form.add(label("口径"), cell(result.definition, len(head) - 1))
    form.add(label("回收问卷"), cell(Decimal(result.responses), len(head) - 1))
    form.add(*map(label, head))
    for q in result.questions:
        interval = f"{q.low}%–{q.high}%" if q.low is not None else ""
        met = {True: "达标", False: "未达标", None: ""}[q.met]
        form.add(
            cell(q.project),
            cell(q.indicator),
            cell(Decimal(q.answered)),
            *(cell(Decimal(q.counts[level])) for level in levels),
            cell(f"{q.rate}%" if q.rate is not None else ""),
            cell(interval),
            cell(f"{q.target_percent}%" if q.target_percent is not None else ""),
            cell(met),
        )
    return form


def result_bytes(result: SurveyResult, profile: SurveyProfile, fmt: str = "xlsx") -> bytes:
    """The results table as a file (xlsx by default; docx or pdf too)."""
    return forms_bytes([result_form(result, profile)], ["调查结果"], RESULT_TITLE, fmt)
