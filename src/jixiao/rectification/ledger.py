"""整改台账: the items of a department or year as a form (Excel, Word, PDF)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from jixiao.forms import Form, cell, label
from jixiao.forms.output import forms_bytes
from jixiao.rectification.items import RectificationItem, is_overdue

LEDGER_TITLE = "绩效问题整改台账"
HEAD = ("序号", "来源", "规则", "项目", "指标", "问题", "整改要求", "期限", "状态", "整改情况")
WIDTHS = (6.0, 10.0, 7.0, 16.0, 14.0, 30.0, 24.0, 11.0, 11.0, 26.0)


def ledger_form(items: Sequence[RectificationItem], today: date, subtitle: str = "") -> Form:
    form = Form(title=LEDGER_TITLE, subtitle=subtitle, widths=WIDTHS)
    form.add(*map(label, HEAD))
    for number, item in enumerate(items, start=1):
        status = item.status.label + ("（逾期）" if is_overdue(item, today) else "")
        form.add(
            cell(Decimal(number)),
            cell(item.origin.label),
            cell(item.check),
            cell(item.project),
            cell(item.indicator),
            cell(item.message),
            cell(item.suggestion),
            cell(item.deadline.isoformat()),
            cell(status),
            cell(item.answer),
        )
    return form


def ledger_bytes(
    items: Sequence[RectificationItem], today: date, subtitle: str = "", fmt: str = "xlsx"
) -> bytes:
    return forms_bytes([ledger_form(items, today, subtitle)], ["整改台账"], LEDGER_TITLE, fmt)
