"""What the plan's 部门预算公开 tables already say about a department's year: the total
budget (收支总表's 支出总计) and the 三公 budget (三公经费支出表's 合计), to start the
部门整体自评 from instead of typing them again."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.disclosure import Disclosure, DisclosureTable


def _total(table: DisclosureTable | None, names: tuple[str, ...], *columns: str) -> Decimal | None:
    if table is None:
        return None
    column = table.column_index(*columns)
    for name in names:
        row = table.row_named(name)
        if row is not None and column is not None:
            return row.amount(column)
    return None


def disclosed_budget(disclosure: Disclosure | None) -> Decimal | None:
    """支出总计 of the 部门预算收支总表 (万元)."""
    if disclosure is None:
        return None
    table = disclosure.table("income_expenditure_summary")
    return _total(table, ("支出总计", "收入总计"), "支出/预算数", "预算数")


def disclosed_sangong(disclosure: Disclosure | None) -> Decimal | None:
    """合计 of the 三公经费支出表 (万元): this year's 三公 budget."""
    if disclosure is None:
        return None
    return _total(disclosure.table("three_public"), ("合计",), "合计", "资金性质/合计")
