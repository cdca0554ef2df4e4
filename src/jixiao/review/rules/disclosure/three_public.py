"""D105: “三公”经费 = 因公出国(境) + 公务用车 + 公务接待."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import differs, has_tables, tables_of
from jixiao.review.rules.tables import (
    ZERO,
    as_zero,
)

TABLE = rule_table(__name__)

# --------------------------------------------------------------------------- D105 三公

_ABROAD = ("因公出国(境)费", "因公出国(境)经费", "因公出国费", "公务出国(境)费")
_CARS = ("公务用车购置及运维费", "公务用车购置及运行维护费", "公务用车购置及运行费")
_RECEPTION = ("公务接待费",)
_SUBTOTAL = ("三公经费小计", "三公经费合计", "小计", "合计")


def _three_public(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, "three_public"):
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
                if differs(view, as_zero(whole), summed):
                    yield hit(
                        f"{table.title}中“{table.name(parent)}”为{amount(as_zero(whole))}万元，"
                        f"而{names}＝{amount(summed)}万元。",
                        field="disclosure",
                        location=table.source(parent),
                    )
                    break


D105 = TABLE.rule("D105", _three_public, applies_to=has_tables)
