"""说明与表格 (narrative vs tables): a figure stated in the 情况说明 must match the tables.

The narrative is read sentence by sentence. A figure counts when a known phrase (支出预算,
基本支出, 人员经费, “三公”经费, 公务接待费, 政府采购预算 …) is followed directly by an
amount in 万元, joined at most by 为/是/共计/安排 — so “基本支出增加589.69万元” (a change)
is not read as the amount of 基本支出. A sentence about another year (“2022年三公经费为…”)
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from jixiao.content_caches import content_cache
from jixiao.model import Disclosure
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.disclosure.common import has_tables
from jixiao.review.rules.tables import as_zero, find, view_of

TABLE = rule_table(__name__)


Lookup = Callable[[Disclosure], list[tuple[Decimal, str]]]


def _side(kind: str, which: str, *keys: str) -> Lookup:
    def lookup(d: Disclosure) -> list[tuple[Decimal, str]]:
        table = view_of(d, kind)
        if table is None:
            return []
        found = []
        entries = table.side(which)
        for key in keys:
            entry = find(entries, key)
            if entry is not None and entry.amount is not None:
                found.append((entry.amount, f"{table.title}的{key}"))
        return found

    return lookup


def _total(kind: str, column: str) -> Lookup:
    def lookup(d: Disclosure) -> list[tuple[Decimal, str]]:
        table = view_of(d, kind)
        if table is None:
            return []
        row = table.total_row()
        index = table.column(column)
        if index is None and column == "合计*":
            index = next((i for i, c in enumerate(table.columns) if c.endswith("合计")), None)
        if row is None or index is None:
            return []
        value = table.amount(row, index)
        name = table.column_name(index)
        return [] if value is None else [(value, f"{table.title}合计行的{name}")]

    return lookup


def _row(kind: str, *labels: str) -> Lookup:
    def lookup(d: Disclosure) -> list[tuple[Decimal, str]]:
        table = view_of(d, kind)
        if table is None:
            return []
        row = table.find_row(*labels)
        index = table.column("合计")
        if row is None or index is None:
            return []
        shown = table.name(row) or labels[0]
        return [(as_zero(table.amount(row, index)), f"{table.title}的“{shown}”")]

    return lookup


def _any(*lookups: Lookup) -> Lookup:
    def lookup(d: Disclosure) -> list[tuple[Decimal, str]]:
        return [found for one in lookups for found in one(d)]

    return lookup


_CARS = ("公务用车购置及运维费", "公务用车购置及运行维护费", "公务用车购置及运行费")

#: Phrase (as written, quotes removed) → where the tables hold the same figure.
FACTS: dict[str, Lookup] = {
    **dict.fromkeys(
        ("部门支出预算", "支出预算", "预算支出", "支出总计", "部门支出"),
        _any(
            _side("income_expenditure_summary", "支出", "支出总计", "本年支出合计"),
            _total("expenditure_summary", "合计"),
        ),
    ),
    **dict.fromkeys(
        ("部门收入预算", "预算收入", "收入预算", "收入总计", "部门收入"),
        _any(
            _side("income_expenditure_summary", "收入", "收入总计", "本年收入合计"),
            _total("income_summary", "合计"),
        ),
    ),
    "基本支出": _any(
        _total("expenditure_summary", "基本支出"),
        _total("general_budget_expenditure", "基本支出"),
        _total("basic_expenditure", "合计"),
    ),
    "项目支出": _any(
        _total("expenditure_summary", "项目支出"),
        _total("general_budget_expenditure", "项目支出"),
    ),
    "人员经费": _total("basic_expenditure", "人员经费"),
    "公用经费": _total("basic_expenditure", "公用经费"),
    "三公经费": _row("three_public", "三公经费小计", "三公经费合计", "合计"),
    **dict.fromkeys(
        ("因公出国(境)费", "因公出国费", "公务出国(境)费", "公务出国"),
        _row("three_public", "因公出国(境)费", "因公出国(境)经费"),
    ),
    **dict.fromkeys(
        ("公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运维费"),
        _row("three_public", *_CARS),
    ),
    "公务用车购置费": _row("three_public", "公务用车购置费"),
    **dict.fromkeys(
        ("公务用车运行维护费", "公务用车运维费"), _row("three_public", "公务用车运行维护费")
    ),
    **dict.fromkeys(("公务接待费", "公务接待"), _row("three_public", "公务接待费")),
    "政府采购预算": _total("procurement", "合计*"),
    "固定资产金额": _total("assets", "原值"),
}

_PHRASES = "|".join(re.escape(p) for p in sorted(FACTS, key=len, reverse=True))
_AMOUNT = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)万元")
_KEY_BEFORE = re.compile(
    rf"(?P<key>{_PHRASES})(?:预算)?(?:为|是|共计|合计|总计|共|安排|总额为?|金额为?|[:：])?$"
)
_LOOK_BACK = 24
_YEAR = re.compile(r"(20[0-9]{2})年")
_SENTENCE = re.compile(r"[^。\n]+")
_CLEAN = re.compile(r"[\s“”\"‘’]")


@content_cache(maxsize=1024)
def _figures(text: str, year: int | None) -> tuple[tuple[str, Decimal, str], ...]:
    """(phrase, amount, quoted text) for each figure stated directly after a known phrase."""
    return tuple(_scan(_CLEAN.sub("", text).replace("（", "(").replace("）", ")"), year))


def _scan(text: str, year: int | None) -> Iterator[tuple[str, Decimal, str]]:
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group(0)
        if "万元" not in body:
            continue
        for figure in _AMOUNT.finditer(body):
            start = figure.start()
            key = _KEY_BEFORE.search(body, max(0, start - _LOOK_BACK), start)
            if key is None:
                continue
            years = _YEAR.findall(body, 0, key.start())
            if years and year is not None and int(years[-1]) != year:
                continue
            quote = body[max(0, key.start() - 12) : figure.end()]
            yield key.group("key"), Decimal(figure.group("num")), quote


def _narrative(view: PlanView) -> Iterator[Hit]:
    disclosure = view.plan.disclosure
    if disclosure is None:
        return
    tolerance = view.profile.thresholds.money_tolerance_wan
    for section in disclosure.sections:
        for key, stated, quote in _figures(section.text, view.plan.year):
            candidates = FACTS[key](disclosure)
            if not candidates or any(abs(stated - v) <= tolerance for v, _ in candidates):
                continue
            value, where = candidates[0]
            yield hit(
                f"说明“{section.title}”中写{q(quote, 60)}，而{where}为{amount(value)}万元，"
                f"两者相差{amount(abs(stated - value))}万元。",
                field="narrative",
                location=section.source,
                params={"table": where, "value": amount(value)},
            )


_TABLE = {
    "kind": "income_expenditure_summary",
    "title": "部门预算收支总表",
    "columns": ["序号", "收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
    "rows": [
        {"cells": ["32", "本年收入合计", "8900.03", "本年支出合计", "8900.03"]},
        {"cells": ["34", "收入总计", "8900.03", "支出总计", "8900.03"]},
    ],
}


D108 = TABLE.rule("D108", _narrative, applies_to=has_tables)

RULES = (D108,)
