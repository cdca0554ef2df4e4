"""Names sorted as a person reads them: numbers inside names by value."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from jixiao.textnorm.natural import natural_key, natural_text


def test_numbers_inside_names_sort_by_value() -> None:
    names = [
        "张家口市机关事务管理局（样本28）",
        "张家口市机关事务管理局（样本3）",
        "张家口市（样本10）",
    ]
    assert sorted(names, key=natural_key) == [
        "张家口市机关事务管理局（样本3）",
        "张家口市机关事务管理局（样本28）",
        "张家口市（样本10）",
    ]
    assert sorted(["第１２中学", "第２中学"], key=natural_key) == ["第２中学", "第１２中学"]
    assert sorted(["B", "A2", "A10", "A"], key=natural_key) == ["A", "A2", "A10", "B"]


@given(st.lists(st.text(alphabet="样本局0123456789（）", max_size=8), max_size=12))
def test_the_key_orders_any_names_totally(names: list[str]) -> None:
    ordered = sorted(names, key=natural_key)
    assert sorted(ordered, key=natural_key) == ordered  # comparable, never a type error
    assert sorted(ordered) == sorted(names)


@given(st.text(alphabet="样本局（）", max_size=6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_a_number_sorts_by_its_value(stem: str, a: int, b: int) -> None:
    assert (natural_key(f"{stem}{a}") < natural_key(f"{stem}{b}")) == (a < b)


@given(
    st.text(alphabet="样本局aZ 0123456789０１２（）-", max_size=10),
    st.text(alphabet="样本局aZ 0123456789０１２（）-", max_size=10),
)
def test_the_stored_text_sorts_as_the_key(a: str, b: str) -> None:
    """A database sorting the stored text (any collation: it is digits and a–g only)
    orders two names as :func:`natural_key` does."""
    assert (natural_text(a) < natural_text(b)) == (natural_key(a) < natural_key(b))
    assert (natural_text(a) == natural_text(b)) == (a == b)
    assert re.fullmatch("[0-9a-g]*", natural_text(a))


def test_the_stored_text_puts_sample_3_before_28() -> None:
    names = ["局（样本28）", "局（样本3）", "局（样本100）", "局"]
    assert sorted(names, key=natural_text) == ["局", "局（样本3）", "局（样本28）", "局（样本100）"]
