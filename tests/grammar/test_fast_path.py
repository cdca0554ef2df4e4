"""The grammar's fast paths give exactly what the full parser gives.

``parse_plain`` reads plain cells directly; the quantity scan checks a match's first
character before trying its alternatives (``QUANTITY`` against ``QUANTITY_BODY``).

Hypothesis builds cells of the fast path's own shape — a direction symbol, a number, a
unit spelling from the unit table in any case — and cells that merely look like it
(full-width forms, thousands separators, signs, trailing words, spaces, arbitrary text).
Wherever the fast path answers, its value must equal the full parse field by field,
type by type and in its JSON; where it declines, the full parser alone reads the cell.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.grammar import IndicatorValue, ValueKind, parse_value_full, parse_value_uncached
from jixiao.grammar.fast_path import parse_plain
from jixiao.grammar.patterns import QUANTITY, QUANTITY_BODY
from jixiao.grammar.units import SPELLINGS
from tests.review.conftest import SEEDS, seed_plan

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SPELLINGS = sorted(SPELLINGS)
_prefixes = st.sampled_from(["", "≥", "≤", "=", ">", "<", "＞", "≧", ">=", "约", " ", "-", "+"])
_numbers = st.one_of(
    st.from_regex(r"[0-9]{1,7}(\.[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["1,000", ".5", "0.", "1.2.3", "１２", "٣", "1e5", "00"]),
)
# the parts of rates (元/平米/天); "", "KM" make rates the fast path must decline
_RATE_PARTS = ("元", "次", "人", "月", "年", "天", "平米", "㎡", "台", "个", "万元", "万", "%")
_units = st.one_of(
    st.sampled_from(_SPELLINGS),
    st.sampled_from(_SPELLINGS).map(str.upper),
    st.sampled_from(_SPELLINGS).map(str.title),
    st.sampled_from(["", "万", "％", "个 ", " 个", "个以上", "次/年", "台(套)", "元/人", "等"]),
    st.text(max_size=3),
    st.lists(st.sampled_from(_SPELLINGS), min_size=2, max_size=3).map("/".join),
    st.lists(st.sampled_from((*_RATE_PARTS, "KM", "")), min_size=2, max_size=4).map("/".join),
)


def _same(text: str, fast: IndicatorValue) -> None:
    full = parse_value_full(text)
    assert fast == full
    assert list(fast.__dict__) == list(full.__dict__)
    for name in IndicatorValue.model_fields:
        assert type(getattr(fast, name)) is type(getattr(full, name)), name
    assert fast.model_dump_json() == full.model_dump_json()


@SETTINGS
@given(_prefixes, _numbers, _units)
@example("≥", "95", "%")
@example("=", "3", "个")
@example("≤", "20", "万元")
@example("", "384", "台")
@example("≤", "20", "万")  # 万 is read as 万元, with the note the full parser adds
@example("", "12", "")  # no unit: 缺少计量单位
@example("≥", "2", "次/月")  # a rate of plain spellings
@example("≤", "4.3", "元/平米/天")
@example("", "15", "元/人")
@example("<", "2", "万/万")  # the note on 万 said once, as the full parser keeps it
def test_fast_path_equals_the_full_parser(prefix: str, number: str, unit: str) -> None:
    text = prefix + number + unit
    fast = parse_plain(text)
    if fast is not None:
        _same(text, fast)
    assert parse_value_uncached(text) == parse_value_full(text)


@SETTINGS
@given(st.text(max_size=12))
def test_fast_path_on_any_text_equals_the_full_parser(text: str) -> None:
    fast = parse_plain(text)
    if fast is not None:
        _same(text, fast)


def test_fast_path_reads_most_seed_values() -> None:
    """It is a fast path only if it fires: most quantitative seed values take it."""
    values = {
        indicator.value
        for short in SEEDS
        for project in seed_plan(short).projects
        for indicator in project.indicators
    }
    quantitative = [v for v in values if parse_value_full(v).kind is ValueKind.QUANTITATIVE]
    fast = [v for v in quantitative if parse_plain(v) is not None]
    assert len(fast) > len(quantitative) / 2
    for text in fast:
        _same(text, parse_plain(text) or parse_value_full(text))


_UNGUARDED = re.compile(QUANTITY_BODY, re.VERBOSE)


@SETTINGS
@given(
    st.lists(
        st.one_of(st.text(max_size=6), _prefixes, _numbers, _units, st.sampled_from(["每", "月"])),
        max_size=8,
    ).map("".join)
)
@example("县级主会场，乡镇分会场共28套设备正常使用")
@example("每月不少于2次，全年完成对120个村的检查")
def test_guarded_quantity_scan_finds_the_same_matches(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _UNGUARDED.finditer(text)]
