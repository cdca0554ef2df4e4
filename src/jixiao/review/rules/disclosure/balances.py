"""D101 D102: 收入总计 = 支出总计, and the carry-over identities of the summary."""

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
    differs,
    disclosure_example,
    summary_table,
    tables_of,
)
from jixiao.review.rules.tables import (
    SideEntry,
    TableView,
    as_zero,
    find,
)

# --------------------------------------------------------------------------- D101 D102


def _totals_balance(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *SUMMARIES):
        income = find(table.side("收入"), "收入总计")
        spend = find(table.side("支出"), "支出总计")
        if income is None or spend is None or (income.amount is None and spend.amount is None):
            continue
        a, b = as_zero(income.amount), as_zero(spend.amount)
        if differs(view, a, b):
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
        disclosure_example(
            "收入总计9000，支出总计8900.03",
            fails=True,
            tables=[
                summary_table(
                    [("本年收入合计", "9000.00"), ("收入总计", "9000.00")],
                    [("本年支出合计", "8900.03"), ("支出总计", "8900.03")],
                )
            ],
            shows="部门预算收支总表：收入总计9000.00｜支出总计8900.03",
        ),
        disclosure_example(
            "收支总计均为8900.03",
            fails=False,
            tables=[SEED_SUMMARY],
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
    if differs(view, expected, as_zero(total.amount)):
        yield Hit(
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
        disclosure_example(
            "本年收入合计8900.03＋上年结转100≠收入总计8900.03",
            fails=True,
            tables=[
                summary_table(
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
        disclosure_example(
            "无结转，本年合计即总计",
            fails=False,
            tables=[SEED_SUMMARY],
            shows="本年收入合计8900.03｜上年结转结余（空）｜收入总计8900.03",
        ),
    ),
)
