"""Which row is a 资金支出计划's figures (:func:`jixiao.importers.goal_values.spend_row`):
all percentages; or, aligned under the months, some percentages and short mistypes ("五成"),
read with the mistyped cell named — never a row of prose, never a row with no figure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.blocks import Row
from jixiao.importers.goal_values import TYPO_LENGTH, spend_row
from jixiao.model.source import SourceRef

SOURCE = SourceRef(file="测试.xlsx", line=7)
figures = st.integers(0, 100).map(lambda n: f"{n}%")
typos = st.sampled_from(["五成", "过半", "约30", "50%左右", "?"])


def _row(texts: list[str]) -> Row:
    return Row.of_line(texts, SOURCE)


def _values(row: Row) -> list[int]:
    return [index for index, text in enumerate(row.texts) if text]


@given(st.lists(figures, min_size=1, max_size=4), st.booleans())
def test_figures_alone_are_a_spending_plan(texts: list[str], aligned: bool) -> None:
    row = _row(texts)
    assert spend_row(row, _values(row), aligned)


@given(st.lists(figures, min_size=1, max_size=3), typos, st.integers(0, 3))
def test_a_mistyped_month_under_its_column_is_still_the_plans(
    texts: list[str], typo: str, where: int
) -> None:
    texts.insert(min(where, len(texts)), typo)
    row = _row(texts)
    assert spend_row(row, _values(row), aligned=True)
    assert not spend_row(row, _values(row), aligned=False)  # shifted and unreadable: not read


hanzi = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(st.lists(figures, max_size=3), st.text(hanzi, min_size=TYPO_LENGTH + 1, max_size=40))
def test_prose_or_no_figure_is_not(texts: list[str], prose: str) -> None:
    row = _row([*texts, prose])
    assert not spend_row(row, _values(row), aligned=True)
    words = _row(["五成", "过半"])
    assert not spend_row(words, _values(words), aligned=True)  # not one figure: not a plan
