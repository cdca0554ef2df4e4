"""D103 D104: a 合计 column is the sum of its parts; 基本支出 = 人员经费 + 公用经费."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks import Criterion, Severity
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, PlanRule
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    EXPENDITURE,
    FAMILY,
    coded_table,
    disclosure_example,
    tables_of,
)
from jixiao.review.rules.tables import (
    TableView,
    as_zero,
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
    for table in tables_of(view, *EXPENDITURE):
        spec = _expenditure_columns(table)
        if spec is not None:
            yield from _row_sums(view, table, *spec)
    for table in tables_of(view, "income_summary"):
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
        disclosure_example(
            "合计8900.03，基本支出3611.85＋项目支出5200.00",
            fails=True,
            tables=[
                coded_table(
                    "expenditure_summary",
                    "部门预算支出总表",
                    _EXP_COLUMNS,
                    [("", "合计", "8900.03", "3611.85", "5200.00")],
                )
            ],
            shows="部门预算支出总表 合计行：合计8900.03｜基本支出3611.85｜项目支出5200.00",
        ),
        disclosure_example(
            "合计8900.03＝3611.85＋5288.18",
            fails=False,
            tables=[
                coded_table(
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
    for table in tables_of(view, "basic_expenditure"):
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
        disclosure_example(
            "基本支出3611.85，人员经费2069.09＋公用经费1500.00",
            fails=True,
            tables=[
                coded_table(
                    "basic_expenditure",
                    "部门预算一般公共预算财政拨款基本支出表",
                    _BASIC_COLUMNS,
                    [("", "合计", "3611.85", "2069.09", "1500.00")],
                )
            ],
            shows="基本支出表 合计行：合计3611.85｜人员经费2069.09｜公用经费1500.00",
        ),
        disclosure_example(
            "3611.85＝2069.09＋1542.76",
            fails=False,
            tables=[
                coded_table(
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
