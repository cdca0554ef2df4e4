"""A budget line that lost an empty cell: '部门整体支出总额 | 864.2 | 100% | 20' under
'预算数 | 执行数 | 执行率 | 得分' (the 执行数 left blank, its separator gone when the
table was flattened).

Read column by column the 100% would fall under 执行数 and the 20 under 执行率. The
line's one percentage is what places it: the 执行率 is the only column written with
'%', so the percentage goes under it and the figures after it fill the columns after
it from the left. The figures before it fill the columns before it from the left —
unless they then give a 预算数 and an 执行数 whose share is not the rate (within a
point) while, filled from the right (the gap at the line's start), they give one that
is: '32.4 | 31.69 | 10 | 97.80% | 9' under '年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分' is 32.4 budgeted, 31.69 spent, 10 points. A line with a figure for every
column, with no percentage or with several, or with more figures on one side than
that side has columns, is read as it stands.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header_amounts import amount, fraction, is_dash, is_figure
from jixiao.textnorm.digit_groups import is_ambiguous

RATE = "execution_rate"
_BUDGETS = ("budget_adjusted", "budget_initial")
_POINT = Decimal("0.01")


def line_values(cells: list[Cell]) -> list[Cell]:
    """The values of a budget line right after its label, up to the next label: '年度资金总额
    | 30 | 30 | 10 | 100% | 99 | 其中:当年财政拨款 | 30 | 30' is the line '30 … 99' (one
    cell a line, the next line's figures follow it), short by its empty 全年执行数."""
    end = 0
    while end < len(cells) and (
        not cells[end].text
        or is_figure(cells[end].text)
        or is_dash(cells[end].text)
        or is_ambiguous(cells[end].text)  # a figure ('1,5') left unread, not a label
    ):
        end += 1
    return cells[:end]


def around_rate(
    columns: list[str | None], values: list[Cell]
) -> tuple[list[str | None], list[Cell]]:
    """The columns the values of a short budget line stand under, and the values, in
    the same order (see the module's doc); the line as it stands when it is not short."""
    if len(values) >= len(columns) or RATE not in columns:
        return columns, values
    rates = [i for i, cell in enumerate(values) if fraction(cell.text) is not None]
    if len(rates) != 1:
        return columns, values
    at, column_at = rates[0], columns.index(RATE)
    before, after = values[:at], values[at + 1 :]
    if len(before) > column_at or len(after) > len(columns) - column_at - 1:
        return columns, values
    rate = fraction(values[at].text)
    assert rate is not None
    left = columns[: len(before)]
    right = columns[column_at - len(before) : column_at]
    if not _agrees(left, before, rate) and _agrees(right, before, rate, checked=True):
        left = right
    return [*left, RATE, *columns[column_at + 1 : column_at + 1 + len(after)]], values


def _agrees(
    columns: list[str | None], values: list[Cell], rate: Decimal, *, checked: bool = False
) -> bool:
    """Whether the 执行数 / 预算数 these columns give is the rate; without both figures
    nothing checks it, which is agreement unless ``checked`` asks for the check."""
    figures = {c: amount(v.text, Decimal(1)) for c, v in zip(columns, values, strict=True)}
    budget = next((figures[c] for c in _BUDGETS if figures.get(c)), None)
    spent = figures.get("spent")
    if budget is None or spent is None:
        return not checked
    return abs(spent / budget - rate) <= _POINT
