"""Any input gives well-formed SVG: finite coordinates inside the viewBox, text escaped."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.charts import (
    Bar,
    Reference,
    Segment,
    SpendingSeries,
    StackedRow,
    bar_chart,
    distribution_chart,
    spending_chart,
    stacked_bar_chart,
)
from jixiao.charts.svg import TONES
from tests.charts.helpers import assert_geometry_inside, by_class, parse

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-2, max_value=20),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**6), max_value=10**6),
)
# Names with markup characters, CJK, and characters XML cannot hold at all.
names = st.text(
    st.one_of(st.sampled_from("<>&\"'\x00\x0b\ud800"), st.characters(), st.just("项")),
    max_size=40,
)
point = st.tuples(numbers, numbers)
series = st.builds(
    SpendingSeries,
    plan=st.lists(point, max_size=8),
    time_progress=st.booleans(),
    actual=st.lists(point, max_size=14),
    forecast=st.none() | numbers,
    today=st.none() | numbers,
    title=names,
)
bars = st.lists(
    st.builds(
        Bar,
        label=names,
        value=st.none() | numbers,
        tone=st.sampled_from(TONES),
        text=st.none() | names,
        href=st.none() | names,
    ),
    max_size=12,
)


@settings(max_examples=300)
@given(series)
def test_spending_chart_is_well_formed(data: SpendingSeries) -> None:
    root = parse(spending_chart(data))
    assert_geometry_inside(root)
    if root.get("data-empty") is None:
        assert len(by_class(root, "chart-point")) == int(root.attrib["data-actual-points"])


@settings(max_examples=300)
@given(bars, numbers, names, st.lists(st.builds(Reference, numbers, names), max_size=4))
def test_bar_chart_is_well_formed(
    data: list[Bar], maximum: Decimal, unit: str, references: list[Reference]
) -> None:
    root = parse(bar_chart(data, maximum=maximum, unit=unit, title=unit, references=references))
    assert_geometry_inside(root)
    labels = [bar.get("data-label") for bar in by_class(root, "chart-bar")]
    assert len(labels) == len(data)


@given(bars, names)
def test_distribution_chart_is_well_formed(data: list[Bar], unit: str) -> None:
    root = parse(distribution_chart(data, unit=unit, title=unit))
    assert_geometry_inside(root)
    assert len(by_class(root, "chart-column")) == len(data)


KEYS = ["red", "yellow", "green", "good", "x-1"]


@settings(max_examples=200)
@given(
    st.lists(
        st.builds(StackedRow, label=names, counts=st.dictionaries(st.sampled_from(KEYS), numbers)),
        max_size=10,
    ),
    st.lists(st.sampled_from(KEYS), unique=True),
    names,
)
def test_stacked_bar_chart_is_well_formed(
    rows: list[StackedRow], keys: list[str], name: str
) -> None:
    segments = [Segment(key, name) for key in keys]
    root = parse(stacked_bar_chart(rows, segments=segments, title=name))
    assert_geometry_inside(root)
    assert len(by_class(root, "chart-segment")) == (len(rows) * len(keys) if keys else 0)


@given(names)
def test_text_survives_escaping(name: str) -> None:
    """Whatever XML can hold comes back intact in the title, the tooltip and data-label."""
    kept = (
        "".join(c for c in name if (c >= " " or c in "\t\n\r") and not ("\ud800" <= c <= "\udfff"))
        .replace("\ufffe", "")
        .replace("\uffff", "")
    )
    root = parse(bar_chart([Bar(name, 1)], maximum=1, unit="", title=name))
    assert (root[0].text or "") == kept
    bar = by_class(root, "chart-bar")[0]
    assert bar.get("data-label") == kept
    assert "".join(bar.itertext()) == f"{kept}：1"
