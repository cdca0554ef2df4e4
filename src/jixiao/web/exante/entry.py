"""The proposal form: posted fields to a :class:`Proposal` and back to rows for the page.

The page posts the 测算 and indicator tables as numbered rows (``est-3-amount``); blank
rows are dropped, a bad number is named by its table, row and column, and the person's
input is shown again unchanged so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from jixiao.exante import EstimateLine, Proposal
from jixiao.model.plan import Indicator
from jixiao.textnorm.digit_groups import AmbiguousDigits, typed_digits

KINDS = ("新增项目", "延续项目大幅增加", "新出台政策")
ESTIMATE_FIELDS = ("item", "quantity", "unit", "unit_price", "amount", "basis")
ESTIMATE_LABELS = {"quantity": "数量", "unit_price": "单价", "amount": "金额"}
INDICATOR_FIELDS = ("level1", "level2", "level3", "value", "description", "basis")
BLANK_ROWS = 3


class EntryError(ValueError):
    """Input that cannot become a proposal, in Chinese, naming the row and column."""


def _number(text: str, where: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(typed_digits(text))
    except AmbiguousDigits as ambiguous:
        raise EntryError(f"{where}：{ambiguous}") from None
    except InvalidOperation:
        raise EntryError(f"{where}：“{text}”不是数字") from None


def _rows(data: Mapping[str, Any], prefix: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    numbers = sorted(
        {
            int(key.split("-")[1])
            for key in data
            if key.startswith(prefix + "-") and key.count("-") == 2 and key.split("-")[1].isdigit()
        }
    )
    rows = [{f: str(data.get(f"{prefix}-{n}-{f}", "")).strip() for f in fields} for n in numbers]
    return [row for row in rows if any(row.values())]


def form_rows(data: Mapping[str, Any]) -> dict[str, list[dict[str, str]]]:
    """The tables as posted (blank rows dropped), with blank rows to add more."""
    return {
        "estimate": _rows(data, "est", ESTIMATE_FIELDS)
        + [dict.fromkeys(ESTIMATE_FIELDS, "")] * BLANK_ROWS,
        "indicators": _rows(data, "ind", INDICATOR_FIELDS)
        + [dict.fromkeys(INDICATOR_FIELDS, "")] * BLANK_ROWS,
    }


def proposal_rows(proposal: Proposal) -> dict[str, list[dict[str, str]]]:
    """A stored proposal as the page's rows."""

    def text(value: Any) -> str:
        return (
            ""
            if value is None
            else (f"{value.normalize():f}" if isinstance(value, Decimal) else str(value))
        )

    data: dict[str, str] = {}
    for n, line in enumerate(proposal.estimate):
        for f in ESTIMATE_FIELDS:
            data[f"est-{n}-{f}"] = text(getattr(line, f))
    for n, indicator in enumerate(proposal.indicators):
        for f in INDICATOR_FIELDS:
            data[f"ind-{n}-{f}"] = text(getattr(indicator, f))
    return form_rows(data)


def _checked_number(text: str, where: str, problems: list[str]) -> Decimal | None:
    try:
        return _number(text, where)
    except EntryError as error:
        problems.append(str(error))
        return None


def _estimate(data: Mapping[str, Any], problems: list[str]) -> list[EstimateLine]:
    """The 测算 rows; a row with 数量 and 单价 and no 金额 has their product (the table's
    heading says 数量 × 单价 = 金额)."""
    estimate = []
    for n, row in enumerate(_rows(data, "est", ESTIMATE_FIELDS), start=1):
        before = len(problems)
        numbers = {
            f: _checked_number(row[f], f"资金测算第{n}行“{label}”", problems)
            for f, label in ESTIMATE_LABELS.items()
        }
        if not row["item"]:
            problems.append(f"资金测算第{n}行：请填写测算内容")
        quantity, price = numbers["quantity"], numbers["unit_price"]
        if numbers["amount"] is None and quantity is not None and price is not None:
            numbers["amount"] = quantity * price
        if numbers["amount"] is None and len(problems) == before:
            problems.append(f"资金测算第{n}行“金额”：请填写金额（万元），或填写数量和单价")
        if len(problems) == before:
            estimate.append(
                EstimateLine(
                    item=row["item"],
                    quantity=quantity,
                    unit=row["unit"],
                    unit_price=price,
                    amount=numbers["amount"],
                    basis=row["basis"],
                )
            )
    return estimate


def _indicators(data: Mapping[str, Any], problems: list[str]) -> list[Indicator]:
    indicators = []
    for n, row in enumerate(_rows(data, "ind", INDICATOR_FIELDS), start=1):
        if not row["level3"]:
            problems.append(f"绩效指标第{n}行：请填写三级指标")
            continue
        try:
            indicators.append(Indicator(**row))
        except ValidationError as error:
            problems.append(f"绩效指标第{n}行：{error.errors()[0]['msg']}")
    return indicators


def parse_proposal(data: Mapping[str, Any], department: str, unit: str | None) -> Proposal:
    """The posted form as a proposal; :class:`EntryError` naming every bad field at once
    (one at a time, a person fixing a form of four slips had to send it four times)."""
    problems: list[str] = []
    name = str(data.get("name", "")).strip()
    if not name:
        problems.append("请填写项目名称")
    before = len(problems)
    year = _checked_number(str(data.get("year", "")), "预算年度", problems)
    known = year is not None and 2000 <= year <= 2100 and year == year.to_integral_value()
    if len(problems) == before and not known:
        problems.append("预算年度：请填写四位年份")
    requested = _checked_number(str(data.get("requested", "")), "申请金额", problems)
    kind = str(data.get("kind", KINDS[0]))
    if kind not in KINDS:
        problems.append(f"项目类型：应为{'、'.join(KINDS)}之一")
    estimate = _estimate(data, problems)
    indicators = _indicators(data, problems)
    if problems or year is None:
        raise EntryError("；".join(problems))
    goals = tuple(g.strip() for g in str(data.get("goals", "")).splitlines() if g.strip())
    return Proposal(
        name=name,
        department=department,
        unit=unit,
        year=int(year),
        kind=kind,
        requested=requested or Decimal(0),
        basis=str(data.get("basis", "")).strip(),
        plan=str(data.get("plan", "")).strip(),
        estimate=tuple(estimate),
        goals=goals,
        indicators=tuple(indicators),
    )
