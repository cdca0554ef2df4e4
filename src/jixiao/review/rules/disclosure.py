"""预算公开表 (disclosure tables): the identities of domain §8, and prose vs tables.

Identities checked (each within the money tolerance of the profile):

* 收入总计 = 支出总计; 本年收入合计 + 上年结转 = 收入总计; 本年支出合计 + 年终结转 = 支出总计;
* 合计栏 = 各分栏之和 (支出 = 基本支出 + 项目支出 …; 收入合计 = 本年收入 + 上年结转);
* 基本支出 = 人员经费 + 公用经费;
* “三公” = 因公出国(境) + 公务用车购置及运行维护 + 公务接待, 公务用车 = 购置 + 运行维护;
* a 功能分类/经济分类 parent row = the sum of its children (codes of 3, 5 and 7 digits);
* a table's 合计 row = the sum of its top rows; the same total in two tables agrees;
* a figure in the 情况说明 agrees with the tables (:mod:`.narrative`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.model import Disclosure
from jixiao.review.context import PlanView
from jixiao.review.examples import plan, plan_example, project
from jixiao.review.rule import Example, Hit, PlanRule
from jixiao.review.rules.common import amount
from jixiao.review.rules.tables import (
    ZERO,
    SideEntry,
    TableView,
    as_zero,
    find,
    label_key,
    view_of,
    views,
)

FAMILY = "disclosure"
_S004 = "种子004（秦皇岛经济技术开发区机关事务服务中心）"
_SUMMARIES = ("income_expenditure_summary", "fiscal_summary")
_EXPENDITURE = (
    "expenditure_summary",
    "general_budget_expenditure",
    "government_fund_expenditure",
    "state_capital_expenditure",
)
_FUND_TABLES = ("government_fund_expenditure", "state_capital_expenditure")


def _tables(view: PlanView, *kinds: str) -> list[TableView]:
    return views(view.plan.disclosure, *kinds)


def _differs(view: PlanView, a: Decimal, b: Decimal) -> bool:
    return abs(a - b) > view.profile.thresholds.money_tolerance_wan


# --------------------------------------------------------------------------- example tables


def _summary_table(
    income: Sequence[tuple[str, str]], spend: Sequence[tuple[str, str]], kind: str = ""
) -> dict[str, object]:
    rows = []
    for i in range(max(len(income), len(spend))):
        left = income[i] if i < len(income) else ("", "")
        right = spend[i] if i < len(spend) else ("", "")
        rows.append({"cells": [str(i + 1), left[0], left[1], right[0], right[1]]})
    return {
        "kind": kind or "income_expenditure_summary",
        "title": "部门预算收支总表",
        "money_unit": "万元",
        "columns": ["序号", "收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
        "rows": rows,
    }


def _coded_table(
    kind: str, title: str, columns: list[str], rows: Sequence[Sequence[str]]
) -> dict[str, object]:
    """Rows are (code, name, amounts…); the 合计 row has code ''."""
    out = []
    for number, (code, name, *amounts) in enumerate(rows, start=1):
        level = {3: 1, 5: 2, 7: 3}.get(len(code)) if code else None
        out.append(
            {
                "cells": [str(number), code, name, *amounts],
                "code": code or None,
                "name": name,
                "level": level,
            }
        )
    return {
        "kind": kind,
        "title": title,
        "money_unit": "万元",
        "columns": ["序号", "科目编码", "科目名称", *columns],
        "rows": out,
    }


def _disclosure_example(
    label: str, *, fails: bool, tables: list[dict[str, object]], shows: str, origin: str = "构造"
) -> Example:
    return plan_example(
        label,
        fails=fails,
        plan=plan(project(name="示例项目"), disclosure={"tables": tables}),
        shows=shows,
        origin=origin,
    )


_SEED_SUMMARY = _summary_table(
    [
        ("一、一般公共预算拨款收入", "8900.03"),
        ("本年收入合计", "8900.03"),
        ("上年结转结余", ""),
        ("收入总计", "8900.03"),
    ],
    [
        ("一、一般公共服务支出", "8309.97"),
        ("八、社会保障和就业支出", "343.62"),
        ("十、卫生健康支出", "152.73"),
        ("二十、住房保障支出", "93.71"),
        ("本年支出合计", "8900.03"),
        ("年终结转结余", ""),
        ("支出总计", "8900.03"),
    ],
)


# --------------------------------------------------------------------------- D101 D102


def _totals_balance(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, *_SUMMARIES):
        income = find(table.side("收入"), "收入总计")
        spend = find(table.side("支出"), "支出总计")
        if income is None or spend is None or (income.amount is None and spend.amount is None):
            continue
        a, b = as_zero(income.amount), as_zero(spend.amount)
        if _differs(view, a, b):
            yield Hit(
                f"{table.title}中收入总计{amount(a)}万元，支出总计{amount(b)}万元，收支不平衡。",
                field="disclosure",
                location=table.source(income.row),
            )


D101 = PlanRule(
    id="D101",
    title="收入总计不等于支出总计",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_totals_balance,
    explanation="部门预算收支总表和财政拨款收支总表必须收支平衡：收入总计 = 支出总计。",
    suggestion="核对收入和支出各项，使收入总计与支出总计相等。",
    examples=(
        _disclosure_example(
            "收入总计9000，支出总计8900.03",
            fails=True,
            tables=[
                _summary_table(
                    [("本年收入合计", "9000.00"), ("收入总计", "9000.00")],
                    [("本年支出合计", "8900.03"), ("支出总计", "8900.03")],
                )
            ],
            shows="部门预算收支总表：收入总计9000.00｜支出总计8900.03",
        ),
        _disclosure_example(
            "收支总计均为8900.03",
            fails=False,
            tables=[_SEED_SUMMARY],
            shows="部门预算收支总表：收入总计8900.03｜支出总计8900.03",
        ),
    ),
)

_CARRY_IN = ("上年结转结余", "上年结转", "上年结余", "年初财政拨款结转和结余", "年初结转和结余")
_CARRY_OUT = ("年终结转结余", "年末结转结余", "年末财政拨款结转和结余", "年终结转", "结转下年")


def _carry_identity(
    view: PlanView,
    table: TableView,
    entries: list[SideEntry],
    names: tuple[str, str, str],
    carry_keys: tuple[str, ...],
) -> Iterator[Hit]:
    current_key, total_key, carry_name = names
    current = find(entries, current_key)
    total = find(entries, total_key)
    if current is None or total is None or current.amount is None:
        return
    carry = find(entries, *carry_keys)
    carried = as_zero(carry.amount if carry else None)
    expected = current.amount + carried
    if _differs(view, expected, as_zero(total.amount)):
        yield Hit(
            f"{table.title}中{current_key}{amount(current.amount)}万元＋{carry_name}"
            f"{amount(carried)}万元＝{amount(expected)}万元，而{total_key}为"
            f"{amount(as_zero(total.amount))}万元。",
            field="disclosure",
            location=table.source(total.row),
        )


def _carry_over(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, *_SUMMARIES):
        yield from _carry_identity(
            view, table, table.side("收入"), ("本年收入合计", "收入总计", "上年结转"), _CARRY_IN
        )
        yield from _carry_identity(
            view, table, table.side("支出"), ("本年支出合计", "支出总计", "年终结转"), _CARRY_OUT
        )


D102 = PlanRule(
    id="D102",
    title="本年合计加结转不等于总计",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_carry_over,
    explanation=(
        "收支总表中：本年收入合计 + 上年结转结余 = 收入总计；"
        "本年支出合计 + 年终结转结余 = 支出总计。"
    ),
    suggestion="核对本年收支合计和结转结余，使其与总计一致。",
    examples=(
        _disclosure_example(
            "本年收入合计8900.03＋上年结转100≠收入总计8900.03",
            fails=True,
            tables=[
                _summary_table(
                    [
                        ("本年收入合计", "8900.03"),
                        ("上年结转结余", "100.00"),
                        ("收入总计", "8900.03"),
                    ],
                    [("本年支出合计", "8900.03"), ("年终结转结余", ""), ("支出总计", "8900.03")],
                )
            ],
            shows="本年收入合计8900.03｜上年结转结余100.00｜收入总计8900.03",
        ),
        _disclosure_example(
            "无结转，本年合计即总计",
            fails=False,
            tables=[_SEED_SUMMARY],
            shows="本年收入合计8900.03｜上年结转结余（空）｜收入总计8900.03",
        ),
    ),
)


# --------------------------------------------------------------------------- D103 D104


def _row_sums(view: PlanView, table: TableView, total_col: int, parts: list[int]) -> Iterator[Hit]:
    tolerance = view.profile.thresholds.money_tolerance_wan
    filled = set(table.filled_columns)
    live = [c for c in parts if c in filled]  # an empty column adds nothing
    reported = 0
    for row in range(len(table.rows)):
        total = table.amount(row, total_col)
        summed, seen = table.row_sum(row, live)
        if total is None and not seen:
            continue
        if abs(as_zero(total) - summed) > tolerance:
            names = "＋".join(table.column_name(c) for c in parts)
            yield Hit(
                f"{table.title}“{table.name(row)}”行：{table.column_name(total_col)}"
                f"{amount(as_zero(total))}万元，而{names}＝{amount(summed)}万元。",
                field="disclosure",
                location=table.source(row),
            )
            reported += 1
            if reported >= 3:
                return


def _expenditure_columns(table: TableView) -> tuple[int, list[int]] | None:
    total = table.column("合计")
    if total is None:
        return None
    parts = [c for c in table.amount_columns if c > total]
    return (total, parts) if parts else None


def _income_columns(table: TableView) -> list[tuple[int, list[int]]]:
    checks = []
    total = table.column("合计")
    subtotal = table.column("本年收入/小计", "小计")
    carry = table.column("上年结转")
    if total is not None and subtotal is not None:
        checks.append((total, [subtotal] + ([carry] if carry is not None else [])))
    if subtotal is not None:
        parts = [
            c
            for c in table.amount_columns
            if c != subtotal and table.columns[c].startswith("本年收入/")
        ]
        if parts:
            checks.append((subtotal, parts))
    return checks


def _column_sums(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, *_EXPENDITURE):
        spec = _expenditure_columns(table)
        if spec is not None:
            yield from _row_sums(view, table, *spec)
    for table in _tables(view, "income_summary"):
        for total, parts in _income_columns(table):
            yield from _row_sums(view, table, total, parts)


_EXP_COLUMNS = ["合计", "基本支出", "项目支出"]

D103 = PlanRule(
    id="D103",
    title="合计栏不等于各分栏之和（支出＝基本支出＋项目支出）",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_column_sums,
    explanation=(
        "支出表每一行：合计 = 基本支出 + 项目支出（+ 经营支出等其他栏）；收入总表每一行："
        "合计 = 本年收入小计 + 上年结转，本年收入小计 = 各项收入之和。"
    ),
    suggestion="逐行核对合计栏与各分栏，改正算错或填错的数字。",
    examples=(
        _disclosure_example(
            "合计8900.03，基本支出3611.85＋项目支出5200.00",
            fails=True,
            tables=[
                _coded_table(
                    "expenditure_summary",
                    "部门预算支出总表",
                    _EXP_COLUMNS,
                    [("", "合计", "8900.03", "3611.85", "5200.00")],
                )
            ],
            shows="部门预算支出总表 合计行：合计8900.03｜基本支出3611.85｜项目支出5200.00",
        ),
        _disclosure_example(
            "合计8900.03＝3611.85＋5288.18",
            fails=False,
            tables=[
                _coded_table(
                    "expenditure_summary",
                    "部门预算支出总表",
                    _EXP_COLUMNS,
                    [("", "合计", "8900.03", "3611.85", "5288.18")],
                )
            ],
            shows="部门预算支出总表 合计行：合计8900.03｜基本支出3611.85｜项目支出5288.18",
        ),
    ),
)


def _basic_split(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, "basic_expenditure"):
        total = table.column("合计")
        people = table.column("人员经费")
        public = table.column("公用经费")
        if total is not None and people is not None and public is not None:
            yield from _row_sums(view, table, total, [people, public])


_BASIC_COLUMNS = [
    "一般公共预算基本支出/合计",
    "一般公共预算基本支出/人员经费",
    "一般公共预算基本支出/公用经费",
]

D104 = PlanRule(
    id="D104",
    title="基本支出不等于人员经费与公用经费之和",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_basic_split,
    explanation="一般公共预算财政拨款基本支出表每一行：合计 = 人员经费 + 公用经费。",
    suggestion="核对人员经费和公用经费，使两者之和等于基本支出合计。",
    examples=(
        _disclosure_example(
            "基本支出3611.85，人员经费2069.09＋公用经费1500.00",
            fails=True,
            tables=[
                _coded_table(
                    "basic_expenditure",
                    "部门预算一般公共预算财政拨款基本支出表",
                    _BASIC_COLUMNS,
                    [("", "合计", "3611.85", "2069.09", "1500.00")],
                )
            ],
            shows="基本支出表 合计行：合计3611.85｜人员经费2069.09｜公用经费1500.00",
        ),
        _disclosure_example(
            "3611.85＝2069.09＋1542.76",
            fails=False,
            tables=[
                _coded_table(
                    "basic_expenditure",
                    "部门预算一般公共预算财政拨款基本支出表",
                    _BASIC_COLUMNS,
                    [("", "合计", "3611.85", "2069.09", "1542.76")],
                )
            ],
            shows="基本支出表 合计行：合计3611.85｜人员经费2069.09｜公用经费1542.76",
        ),
    ),
)


# --------------------------------------------------------------------------- D105 三公

_ABROAD = ("因公出国(境)费", "因公出国(境)经费", "因公出国费", "公务出国(境)费")
_CARS = ("公务用车购置及运维费", "公务用车购置及运行维护费", "公务用车购置及运行费")
_RECEPTION = ("公务接待费",)
_SUBTOTAL = ("三公经费小计", "三公经费合计", "小计", "合计")


def _three_public(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, "three_public"):
        identities: list[tuple[int | None, list[int | None], str]] = [
            (
                table.find_row(*_SUBTOTAL),
                [table.find_row(*k) for k in (_ABROAD, _CARS, _RECEPTION)],
                "因公出国（境）费＋公务用车购置及运行维护费＋公务接待费",
            ),
            (
                table.find_row(*_CARS),
                [table.find_row("公务用车购置费"), table.find_row("公务用车运行维护费")],
                "公务用车购置费＋公务用车运行维护费",
            ),
            (
                table.find_row(*_ABROAD),
                [
                    table.find_row("教学科研人员因公出国(境)费"),
                    table.find_row("其他因公出国(境)费"),
                ],
                "教学科研人员因公出国（境）费＋其他因公出国（境）费",
            ),
        ]
        for parent, children, names in identities:
            present = [c for c in children if c is not None]
            if parent is None or not present or len(present) < len(children):
                continue
            for column in table.filled_columns:
                whole = table.amount(parent, column)
                parts = [table.amount(c, column) for c in present]
                if whole is None and all(p is None for p in parts):
                    continue
                summed = sum((as_zero(p) for p in parts), ZERO)
                if _differs(view, as_zero(whole), summed):
                    yield Hit(
                        f"{table.title}中“{table.name(parent)}”为{amount(as_zero(whole))}万元，"
                        f"而{names}＝{amount(summed)}万元。",
                        field="disclosure",
                        location=table.source(parent),
                    )
                    break


def _three_public_table(abroad: str, cars: str, buy: str, run: str, reception: str,
                        subtotal: str) -> dict[str, object]:  # fmt: skip
    labels = [
        ("合计", subtotal),
        ("“三公”经费小计", subtotal),
        ("一、因公出国（境）费", abroad),
        ("二、公务用车购置及运维费", cars),
        ("其中：公务用车购置费", buy),
        ("公务用车运行维护费", run),
        ("三、公务接待费", reception),
    ]
    return {
        "kind": "three_public",
        "title": "部门预算财政拨款“三公”经费支出表",
        "money_unit": "万元",
        "columns": ["序号", "项目", "资金性质/合计"],
        "rows": [
            {"cells": [str(i), label, value], "name": label}
            for i, (label, value) in enumerate(labels, start=1)
        ],
    }


D105 = PlanRule(
    id="D105",
    title="“三公”经费合计不等于分项之和",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_three_public,
    explanation=(
        "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；"
        "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费。"
    ),
    suggestion="核对“三公”经费各分项，使小计与分项之和一致。",
    examples=(
        _disclosure_example(
            "小计374.46，分项55.58＋300.00",
            fails=True,
            tables=[_three_public_table("", "55.58", "", "55.58", "300.00", "374.46")],
            shows="“三公”经费小计374.46｜因公出国（境）费0｜公务用车购置及运维费55.58｜公务接待费300.00",
        ),
        _disclosure_example(
            "374.46＝0＋55.58＋318.88",
            fails=False,
            tables=[_three_public_table("", "55.58", "", "55.58", "318.88", "374.46")],
            shows="“三公”经费小计374.46｜因公出国（境）费0｜公务用车购置及运维费55.58｜公务接待费318.88",
        ),
    ),
)


# --------------------------------------------------------------------------- D106 D107


def _children_sums(view: PlanView) -> Iterator[Hit]:
    tolerance = view.profile.thresholds.money_tolerance_wan
    for table in _tables(view):
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
        _disclosure_example(
            "201类8309.97，下级20103＋20113＝8209.97",
            fails=True,
            tables=[
                _coded_table(
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
        _disclosure_example(
            "201类8309.97＝8001.97＋308.00",
            fails=False,
            tables=[
                _coded_table(
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
    if _differs(view, total.amount, summed):
        yield Hit(
            f"{table.title}中{total_key}{amount(total.amount)}万元，而上方各项之和为"
            f"{amount(summed)}万元。",
            field="disclosure",
            location=table.source(total.row),
        )


def _table_totals(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view):
        if table.kind in _SUMMARIES:
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
            if _differs(view, as_zero(whole), summed):
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
        _disclosure_example(
            "本年支出合计8900.03，各类支出之和8800.03",
            fails=True,
            tables=[
                _summary_table(
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
        _disclosure_example(
            "各类支出之和等于本年支出合计",
            fails=False,
            tables=[_SEED_SUMMARY],
            shows="8309.97＋343.62＋152.73＋93.71＝本年支出合计8900.03",
        ),
    ),
)


# --------------------------------------------------------------------------- D109 D110


def _empty_without_note(view: PlanView) -> Iterator[Hit]:
    for table in _tables(view, *_FUND_TABLES):
        empty = not any(table.has_amount(r) for r in range(len(table.rows)))
        if empty and not (table.table.note or "").strip():
            yield Hit(
                f"{table.title}没有数据，也没有注明“无此项预算，空表列示”。",
                field="disclosure",
                location=table.source(),
            )


D109 = PlanRule(
    id="D109",
    title="空表未作说明",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.9,
    check=_empty_without_note,
    explanation="部门没有政府性基金或国有资本经营预算拨款时，相应的表仍应公开，并注明空表原因。",
    suggestion="在表下注明“本部门无××预算财政拨款，空表列示”。",
    examples=(
        _disclosure_example(
            "空表无注释",
            fails=True,
            tables=[
                _coded_table(
                    "government_fund_expenditure",
                    "部门预算政府性基金预算财政拨款支出表",
                    ["合计", "基本支出", "项目支出"],
                    [],
                )
            ],
            shows="部门预算政府性基金预算财政拨款支出表：（无数据，无注释）",
        ),
        _disclosure_example(
            "空表有注释",
            fails=False,
            tables=[
                {
                    **_coded_table(
                        "government_fund_expenditure",
                        "部门预算政府性基金预算财政拨款支出表",
                        ["合计", "基本支出", "项目支出"],
                        [],
                    ),
                    "note": "注：无政府性基金预算财政拨款预算，空表列示。",
                }
            ],
            shows="注：无政府性基金预算财政拨款预算，空表列示。",
        ),
    ),
)


def _lookup_total(
    disclosure: Disclosure, kind: str, column: str
) -> tuple[Decimal, TableView] | None:
    table = view_of(disclosure, kind)
    if table is None:
        return None
    row = table.total_row()
    if row is None:
        return None
    value = table.amount(row, table.column(column))
    return (value, table) if value is not None else None


def _lookup_side(
    disclosure: Disclosure, kind: str, which: str, key: str, column: str | None = None
) -> tuple[Decimal, TableView] | None:
    table = view_of(disclosure, kind)
    if table is None:
        return None
    entry = find(table.side(which), key)
    if entry is None:
        return None
    value = entry.amount
    if column is not None:
        value = table.amount(entry.row, table.column(column))
    return (value, table) if value is not None else None


_CROSS = (
    (
        "收入总计",
        ("income_expenditure_summary", "收入", "收入总计", None),
        ("income_summary", "合计"),
    ),
    (
        "支出总计",
        ("income_expenditure_summary", "支出", "本年支出合计", None),
        ("expenditure_summary", "合计"),
    ),
    (
        "一般公共预算财政拨款支出",
        ("fiscal_summary", "支出", "本年支出合计", "一般公共预算财政拨款"),
        ("general_budget_expenditure", "合计"),
    ),
    ("一般公共预算基本支出", None, ("basic_expenditure", "合计")),
)


def _cross_tables(view: PlanView) -> Iterator[Hit]:
    disclosure = view.plan.disclosure
    if disclosure is None:
        return
    for label, left_spec, (kind, column) in _CROSS:
        right = _lookup_total(disclosure, kind, column)
        if left_spec is None:
            left = _lookup_total(disclosure, "general_budget_expenditure", "基本支出")
        else:
            left = _lookup_side(disclosure, *left_spec)
        if left is None or right is None:
            continue
        (a, table_a), (b, table_b) = left, right
        if _differs(view, a, b):
            yield Hit(
                f"{label}在{table_a.title}中为{amount(a)}万元，在{table_b.title}中为"
                f"{amount(b)}万元，两表不一致。",
                field="disclosure",
                location=table_b.source(),
            )


D110 = PlanRule(
    id="D110",
    title="同一数字在不同表中不一致",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.85,
    check=_cross_tables,
    explanation=(
        "公开表格之间有勾稽关系：收支总表的收入总计等于收入总表合计，本年支出合计等于支出"
        "总表合计；财政拨款收支总表的一般公共预算支出等于一般公共预算支出表合计；"
        "一般公共预算支出表的基本支出等于基本支出表合计。"
    ),
    suggestion="核对两张表，改正其中填错的数字。",
    examples=(
        _disclosure_example(
            "收支总表8900.03，收入总表8800.03",
            fails=True,
            tables=[
                _SEED_SUMMARY,
                _coded_table(
                    "income_summary", "部门预算收入总表", ["合计"], [("", "合计", "8800.03")]
                ),
            ],
            shows="收支总表 收入总计8900.03｜收入总表 合计8800.03",
        ),
        _disclosure_example(
            "两表均为8900.03",
            fails=False,
            tables=[
                _SEED_SUMMARY,
                _coded_table(
                    "income_summary", "部门预算收入总表", ["合计"], [("", "合计", "8900.03")]
                ),
            ],
            shows="收支总表 收入总计8900.03｜收入总表 合计8900.03",
        ),
    ),
)

RULES = (D101, D102, D103, D104, D105, D106, D107, D109, D110)
