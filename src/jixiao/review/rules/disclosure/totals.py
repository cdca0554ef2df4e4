"""D106 D107: a parent row is the sum of its children; a 合计 row the sum of its top rows."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks import Criterion, Severity
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, PlanRule
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    FAMILY,
    SEED_SUMMARY,
    SUMMARIES,
    coded_table,
    differs,
    disclosure_example,
    summary_table,
    tables_of,
)
from jixiao.review.rules.tables import (
    ZERO,
    SideEntry,
    TableView,
    as_zero,
    find,
    label_key,
)

# --------------------------------------------------------------------------- D106 D107


def _children_sums(view: PlanView) -> Iterator[Hit]:
    tolerance = view.profile.thresholds.money_tolerance_wan
    for table in tables_of(view):
        children: dict[str, list[int]] = {}
        for row, code in enumerate(table.codes):
            if len(code) in (5, 7):
                children.setdefault(code[:-2], []).append(row)
        if not children:
            continue
        for parent, code in enumerate(table.codes):
            kids = children.get(code) if len(code) in (3, 5) else None
            if not kids:
                continue
            for column in table.filled_columns:
                whole = table.amount(parent, column)
                summed, seen = table.column_sum(kids, column)
                if whole is None and not seen:
                    continue
                if abs(as_zero(whole) - summed) > tolerance:
                    yield Hit(
                        f"{table.title}中科目{code}“{table.name(parent)}”的"
                        f"{table.column_name(column)}为{amount(as_zero(whole))}万元，"
                        f"而其下{len(kids)}个科目之和为{amount(summed)}万元。",
                        field="disclosure",
                        location=table.source(parent),
                    )
                    break


D106 = PlanRule(
    id="D106",
    title="上级科目不等于下级科目之和",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.9,
    check=_children_sums,
    explanation=(
        "功能分类科目分类、款、项三级（编码3、5、7位），经济分类科目分类、款两级（3、5位）；"
        "每个上级科目的金额等于其下级科目之和（按编码前缀归属）。"
    ),
    suggestion="核对该科目及其下级科目的金额，改正漏列或算错的一方。",
    examples=(
        disclosure_example(
            "201类8309.97，下级20103＋20113＝8209.97",
            fails=True,
            tables=[
                coded_table(
                    "general_budget_expenditure",
                    "部门预算一般公共预算财政拨款支出表",
                    ["合计"],
                    [
                        ("201", "一般公共服务支出", "8309.97"),
                        ("20103", "政府办公厅（室）及相关机构事务", "7901.97"),
                        ("20113", "商贸事务", "308.00"),
                    ],
                )
            ],
            shows="201 一般公共服务支出 8309.97｜20103 7901.97｜20113 308.00",
        ),
        disclosure_example(
            "201类8309.97＝8001.97＋308.00",
            fails=False,
            tables=[
                coded_table(
                    "general_budget_expenditure",
                    "部门预算一般公共预算财政拨款支出表",
                    ["合计"],
                    [
                        ("201", "一般公共服务支出", "8309.97"),
                        ("20103", "政府办公厅（室）及相关机构事务", "8001.97"),
                        ("20113", "商贸事务", "308.00"),
                    ],
                )
            ],
            shows="201 一般公共服务支出 8309.97｜20103 8001.97｜20113 308.00",
        ),
    ),
)


def _top_rows(table: TableView) -> list[int]:
    coded = [(row, code) for row, code in enumerate(table.codes) if code]
    if coded:
        shortest = min(len(code) for _, code in coded)
        return [row for row, code in coded if len(code) == shortest]
    if table.kind == "procurement":
        return [r for r in range(len(table.rows)) if label_key(table.name(r)).endswith("小计")]
    if table.kind == "assets":
        return [
            r
            for r, row in enumerate(table.rows)
            if row.cells and row.cells[0].strip()[:2].rstrip("、") in _NUMERALS
        ]
    return []


_NUMERALS = frozenset("一二三四五六七八九十")


def _side_total(
    view: PlanView, table: TableView, entries: list[SideEntry], total_key: str
) -> Iterator[Hit]:
    total = find(entries, total_key)
    if total is None or total.amount is None:
        return
    before = entries[: entries.index(total)]
    items = [e for e in before if not e.label.strip().startswith("其中")]
    summed = sum((as_zero(e.amount) for e in items), ZERO)
    if differs(view, total.amount, summed):
        yield Hit(
            f"{table.title}中{total_key}{amount(total.amount)}万元，而上方各项之和为"
            f"{amount(summed)}万元。",
            field="disclosure",
            location=table.source(total.row),
        )


def _table_totals(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view):
        if table.kind in SUMMARIES:
            yield from _side_total(view, table, table.side("收入"), "本年收入合计")
            yield from _side_total(view, table, table.side("支出"), "本年支出合计")
            continue
        if table.kind == "three_public":
            continue  # D105
        total = table.total_row()
        tops = _top_rows(table)
        if total is None or not tops:
            continue
        columns = table.filled_columns
        if table.kind == "procurement":
            columns = [c for c in columns if table.columns[c].endswith("合计")][:1]
        for column in columns:
            if table.placeholder(total, column):
                continue
            whole = table.amount(total, column)
            summed, seen = table.column_sum(tops, column)
            if whole is None and not seen:
                continue
            if differs(view, as_zero(whole), summed):
                yield Hit(
                    f"{table.title}的合计行{table.column_name(column)}为"
                    f"{amount(as_zero(whole))}万元，而{len(tops)}个一级项目之和为"
                    f"{amount(summed)}万元。",
                    field="disclosure",
                    location=table.source(total),
                )
                break


D107 = PlanRule(
    id="D107",
    title="合计行不等于各行之和",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.9,
    check=_table_totals,
    explanation=(
        "每张表的合计等于其一级项目之和：收支总表的本年收入合计、本年支出合计等于上方各项；"
        "科目表的合计等于各“类”之和；政府采购表的合计等于各单位小计之和。"
    ),
    suggestion="重新加总各行，改正合计或漏列的项目。",
    examples=(
        disclosure_example(
            "本年支出合计8900.03，各类支出之和8800.03",
            fails=True,
            tables=[
                summary_table(
                    [
                        ("一、一般公共预算拨款收入", "8900.03"),
                        ("本年收入合计", "8900.03"),
                        ("收入总计", "8900.03"),
                    ],
                    [
                        ("一、一般公共服务支出", "8209.97"),
                        ("八、社会保障和就业支出", "343.62"),
                        ("十、卫生健康支出", "152.73"),
                        ("二十、住房保障支出", "93.71"),
                        ("本年支出合计", "8900.03"),
                        ("支出总计", "8900.03"),
                    ],
                )
            ],
            shows="一般公共服务支出8209.97＋社会保障和就业343.62＋卫生健康152.73＋住房保障93.71"
            "≠本年支出合计8900.03",
        ),
        disclosure_example(
            "各类支出之和等于本年支出合计",
            fails=False,
            tables=[SEED_SUMMARY],
            shows="8309.97＋343.62＋152.73＋93.71＝本年支出合计8900.03",
        ),
    ),
)
