"""Rows whose number cells were glued (mapping/glued_numbers.py): a cut is read only
when exactly one is consistent with the header's columns; otherwise the row stays unread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.glued_numbers import glued_number_rows, only_cut

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HEADER = "绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
ROLES = ["value", "weight", "actual", "score"]


def test_liangping_rows_cut_by_their_header() -> None:
    """梁平林业局's 自评表 (a PDF flattened on a document site): three rows cut one way
    only, three whose digits fit no consistent cut left unread and reported."""
    path = CORPUS / "self_evaluation" / "chongqing_liangping-linyeju-bumenzhengti_2022.txt"
    result = import_file(path)
    rows = [
        (i.level3, i.value, i.actual, i.weight, i.score)
        for p in result.projects
        for i in p.indicators
    ]
    assert rows == [
        ("天然林和公益林管护当期任务完成率", "90%", "100", Decimal(10), Decimal(10)),
        ("森林火灾受害率", "0.9%", "0", Decimal(10), Decimal(10)),
        ("主要林业有害生物成灾率", "0.4%", "0.1", Decimal(10), Decimal(10)),
    ]
    unread = [w.message for w in result.warnings if w.code == "indicator-without-value"]
    assert len(unread) == 3 and "国家级公益林管护面积" in unread[0]


def test_a_cut_is_read_only_when_one_is_consistent() -> None:
    # 0.4 | 10 | 0.11 | 0 would be numbers too, but its score does not follow
    assert only_cut("0.4100.110", ROLES, "%") == ["0.4", "10", "0.1", "10"]
    assert only_cut("2810810", ROLES, "万亩") is None  # 28 | 10 | 8 | 10: full points unmet
    assert only_cut("901010010", ROLES, "%") == ["90", "10", "100", "10"]


def test_without_a_score_the_points_must_add_up() -> None:
    """Under 指标值 | 分值 alone a row cannot check its cut: the grid is read only when
    every row has one cut and the points add up to 100."""
    header = "指标名称计量单位指标值分值"
    assert glued_number_rows(header + "受助人数个5510覆盖率%9590") == [
        ["受助人数", "55个", "", "10", ""],
        ["覆盖率", "95%", "", "90", ""],
    ]
    assert glued_number_rows(header + "受助人数个5510覆盖率%9580") == [
        ["受助人数", "", "", "", ""],  # 10 + 80: not the whole
        ["覆盖率", "", "", "", ""],
    ]


def test_one_value_columns_are_not_cut() -> None:
    """Counter-examples: a number that is one value (2100, 100%) under a header with one
    number column, or with no such header, is never cut."""
    assert glued_number_rows("指标名称计量单位指标值享受资助人数人2100资金支出率%100") == []
    assert glued_number_rows("享受资助人数人2100资金支出率%100") == []
    assert glued_number_rows("指标名称计量单位指标值分值受助人数人2100") == [
        ["受助人数", "", "", "", ""]  # 2 | 100 is one cut, but one row of 100 points
    ]


def test_points_above_the_whole_are_refused() -> None:
    rows = glued_number_rows(HEADER + "甲项完成率%9060906" + "乙项完成率%9060906")
    assert rows == [["甲项完成率", "", "", "", ""], ["乙项完成率", "", "", "", ""]]


_NAME = st.text("天然林和益管护当期任务完成率森火灾受害主要业有生物", min_size=2, max_size=8)
_UNIT = st.sampled_from(["%", "万亩", "个"])
_AMOUNT = st.decimals(min_value=0, max_value=100, places=1)


def _text(number: Decimal) -> str:
    return format(number.normalize(), "f") if number else "0"


@st.composite
def _row(draw: st.DrawFn) -> tuple[str, str, Decimal, Decimal, Decimal, Decimal]:
    name, unit = draw(_NAME), draw(_UNIT)
    value = draw(_AMOUNT.filter(lambda d: d > 0))
    actual = draw(_AMOUNT)
    weight = Decimal(draw(st.integers(1, 20)))
    met = actual >= value or unit == "%"
    score = weight if met else (weight * actual / value).quantize(Decimal("0.01"))
    return name, unit, value, weight, actual, score


@settings(max_examples=150, deadline=None)
@given(st.lists(_row(), min_size=1, max_size=5))
def test_glued_numbers_are_recovered_or_refused(rows: list[tuple]) -> None:  # type: ignore[type-arg]
    """Glue the number columns of a generated grid: each row comes back as it was, or
    unread — never with other numbers."""
    text = HEADER + "".join(
        name + unit + "".join(_text(n) for n in (value, weight, actual, score))
        for name, unit, value, weight, actual, score in rows
    )
    read = glued_number_rows(text)
    assert [r[0] for r in read] == [r[0] for r in rows]
    for got, (_, unit, value, weight, actual, score) in zip(read, rows, strict=True):
        if got[1:] != ["", "", "", ""]:
            assert got[1] == _text(value) + unit
            assert [Decimal(got[2]), Decimal(got[3]), Decimal(got[4])] == [actual, weight, score]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_NAME, _UNIT, _AMOUNT.filter(lambda d: d > 0)), min_size=2, max_size=5),
    st.data(),
)
def test_glued_targets_and_points_are_recovered_or_refused(
    rows: list[tuple[str, str, Decimal]], data: st.DataObject
) -> None:
    """A goal table's 指标值 | 分值 glued ('95%10'): the points add up to 100 (or not,
    for a table cut short); each row comes back as it was or unread."""
    weights = [Decimal(data.draw(st.integers(1, 60))) for _ in rows]
    rest = 100 - sum(weights[:-1])
    if data.draw(st.booleans()) and 0 < rest < 100:
        weights[-1] = rest  # (most tables: the points add up to 100)
    text = "指标名称计量单位指标值分值" + "".join(
        name + unit + _text(value) + _text(weight)
        for (name, unit, value), weight in zip(rows, weights, strict=True)
    )
    read = glued_number_rows(text)
    assert [r[0] for r in read] == [r[0] for r in rows]
    for got, (_, unit, value), weight in zip(read, rows, weights, strict=True):
        if got[1:] != ["", "", "", ""]:
            assert (got[1], Decimal(got[3])) == (_text(value) + unit, weight)
