"""D101 D102: 收入总计 = 支出总计, and the carry-over identities of the summary."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    SUMMARIES,
    differs,
    has_tables,
    tables_of,
)
from jixiao.review.rules.tables import (
    SideEntry,
    TableView,
    as_zero,
    find,
)

TABLE = rule_table(__name__)

# --------------------------------------------------------------------------- D101 D102


def _totals_balance(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *SUMMARIES):
        income = find(table.side("收入"), "收入总计")
        spend = find(table.side("支出"), "支出总计")
        if income is None or spend is None or (income.amount is None and spend.amount is None):
            continue
        a, b = as_zero(income.amount), as_zero(spend.amount)
        if differs(view, a, b):
            yield hit(
                f"{table.title}中收入总计{amount(a)}万元，支出总计{amount(b)}万元，收支不平衡。",
                field="disclosure",
                location=table.source(income.row),
            )


D101 = TABLE.rule("D101", _totals_balance, applies_to=has_tables)

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
    if differs(view, expected, as_zero(total.amount)):
        yield hit(
            f"{table.title}中{current_key}{amount(current.amount)}万元＋{carry_name}"
            f"{amount(carried)}万元＝{amount(expected)}万元，而{total_key}为"
            f"{amount(as_zero(total.amount))}万元。",
            field="disclosure",
            location=table.source(total.row),
        )


def _carry_over(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *SUMMARIES):
        yield from _carry_identity(
            view, table, table.side("收入"), ("本年收入合计", "收入总计", "上年结转"), _CARRY_IN
        )
        yield from _carry_identity(
            view, table, table.side("支出"), ("本年支出合计", "支出总计", "年终结转"), _CARRY_OUT
        )


D102 = TABLE.rule("D102", _carry_over, applies_to=has_tables)
