"""The disclosure tables' column look-ups give exactly what the forms they replace gave
(branch review-speed-cold-12).

``TableView.column`` runs the model's ``DisclosureTable.column_index`` loop in the compiled
rules (the oracle: the model's method itself), and ``_amount_columns`` asks one
``str.endswith`` of the tuple of non-amount words instead of a generator per column (the
oracle: the old expression, kept here). Hypothesis draws column names and looked-up names
from header parts, slashes and the non-amount words; every table of the seeds and the import
corpus is compared too.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.model import DisclosureTable
from jixiao.review.rules.tables import _NOT_AMOUNT, TableView, _amount_columns
from tests.review.conftest import corpus_plans

# header parts of the disclosure tables, the non-amount words, slashes and a few others
_HEADER_PARTS = ("合计", "小计", "本年收入", "上年结转", "收入", "支出", "项目", "人员经费")
_PARTS = st.sampled_from(
    [*_HEADER_PARTS, "公用经费", "预算数", "/", "//", "", "计", "名称项目", *_NOT_AMOUNT]
)
_NAMES = st.lists(_PARTS, max_size=4).map("".join)
_COLUMNS = st.lists(_NAMES, max_size=8)


def _amount_columns_old(columns: tuple[str, ...]) -> list[int]:
    return [
        i
        for i, name in enumerate(columns)
        if not any(name == s or name.endswith(s) for s in _NOT_AMOUNT)
    ]


def _table(columns: list[str]) -> DisclosureTable:
    return DisclosureTable(title="表", columns=columns)


@given(_COLUMNS, st.lists(_NAMES, min_size=1, max_size=3))
def test_column_as_the_model(columns: list[str], names: list[str]) -> None:
    table = _table(columns)
    assert TableView(table).column(*names) == table.column_index(*names)


@given(_COLUMNS)
def test_amount_columns_as_before(columns: list[str]) -> None:
    _amount_columns.cache_clear()
    assert _amount_columns(tuple(columns)) == _amount_columns_old(tuple(columns))


def _corpus_tables() -> list[DisclosureTable]:
    return [
        table
        for _, plan in corpus_plans()
        if plan.disclosure is not None
        for table in plan.disclosure.tables
    ]


def test_every_corpus_table_as_before() -> None:
    tables = _corpus_tables()
    assert len(tables) > 20
    # the names the disclosure rules look up, and every column's own last part
    asked = {"合计", "小计", "本年收入/小计", "上年结转", "人员经费", "公用经费", "项目支出"}
    asked |= {"收入/项目", "支出/项目"}
    for table in tables:
        view = TableView(table)
        columns = tuple(table.columns)
        _amount_columns.cache_clear()
        assert view.amount_columns == _amount_columns_old(columns)
        for name in asked | {c.rsplit("/", 1)[-1] for c in columns}:
            assert view.column(name) == table.column_index(name)
