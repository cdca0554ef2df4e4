"""Property tests (hypothesis) for the indicator-value grammar.

* no text crashes the parser, and every result re-parses from its canonical form;
* generated quantities — any direction spelling, number, unit spelling, spacing and
  full-width variant — parse to the intended direction/number/unit, and
  ``parse_value(render(v))`` gives the same kind, direction, number and unit.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.grammar import (
    UNIT_TABLE,
    Direction,
    IndicatorValue,
    ValueKind,
    normalise,
    parse_value,
    parse_value_uncached,
    render,
)
from jixiao.grammar import quantities as quantity_module
from jixiao.textnorm.digit_groups import readings

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GE, LE, EQ, GT, LT = Direction.GE, Direction.LE, Direction.EQ, Direction.GT, Direction.LT

PREFIXES: list[tuple[str, Direction | None]] = [
    ("", None), ("≥", GE), ("≤", LE), ("=", EQ), (">", GT), ("<", LT), ("＞", GT), ("＜", LT),
    ("≧", GE), ("≦", LE), (">=", GE), ("<=", LE), ("＝", EQ), ("\\geq ", GE), ("\\leq ", LE),
    ("$\\geq$", GE), ("$\\le$ ", LE), ("不低于", GE), ("不少于", GE), ("不小于", GE),
    ("至少", GE), ("达到", GE), ("大于", GT), ("高于", GT), ("超过", GT), ("不超过", LE),
    ("不高于", LE), ("不大于", LE), ("不多于", LE), ("低于", LT), ("小于", LT), ("等于", EQ),
]  # fmt: skip
SUFFIXES: list[tuple[str, Direction]] = [
    ("以上", GE), ("及以上", GE), ("以下", LE), ("以内", LE), ("内", LE),
]  # fmt: skip

#: (spelling, canonical unit) for every spelling in the table, plus compounds and 万.
UNIT_SPELLINGS: list[tuple[str, str]] = sorted(
    {(s, u.canonical) for u in UNIT_TABLE for s in u.spellings}
    | {("万", "万元"), ("百分 比", "%"), ("万 元", "万元")}
    | {
        ("元/人", "元/人"), ("元/平米/天", "元/平方米/天"), ("元/生/年", "元/生/年"),
        ("次/月", "次/月"), ("次/年", "次/年"), ("元/台", "元/台"), ("人次/天", "人次/天"),
        ("张/把/套/台等", "张/把/套/台等"), ("台(套)", "台/套等"), ("元/个月", "元/月"),
    }
)  # fmt: skip

_FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@st.composite
def spaced(draw: st.DrawFn, text: str) -> str:
    """Insert extraction spaces (never between two Latin letters) and full-width forms."""
    out: list[str] = []
    for i, ch in enumerate(text):
        gap_allowed = i and text[i - 1] != "\\" and not (_latin(text[i - 1]) and _latin(ch))
        if gap_allowed and draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from([" ", "  ", "\u3000", "\xa0", "\t"])))
        if ch in _FULL_WIDTH and ch != "\\" and draw(st.integers(0, 3)) == 0:
            ch = _FULL_WIDTH[ch]
        out.append(ch)
    return "".join(out)


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as written (trailing zeros, thousands separators) and its value."""
    integer = draw(st.integers(0, 10**12))
    places = draw(st.integers(0, 4))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    text = f"{integer:,}" if draw(st.booleans()) else str(integer)
    if places:
        text += "." + str(fraction).rjust(places, "0")
    value = Decimal(text.replace(",", ""))
    if draw(st.integers(0, 9)) == 0:
        text, value = "-" + text, -value
    return text, value


@st.composite
def quantities(draw: st.DrawFn) -> tuple[str, Direction | None, Decimal, str | None]:
    """A written quantity and the direction, number and unit it must parse to."""
    number_text, number = draw(numbers())
    spelling, unit = draw(st.sampled_from([("", None), *UNIT_SPELLINGS]))
    prefix, direction = draw(st.sampled_from(PREFIXES))
    suffix = ""
    if direction is None and draw(st.booleans()):
        suffix, direction = draw(st.sampled_from(SUFFIXES))
    if spelling.isascii() and spelling.isalpha():
        spelling = "".join(draw(st.sampled_from([c.lower(), c.upper()])) for c in spelling)
    raw = draw(spaced(prefix + number_text + spelling + suffix))
    return raw, direction, number, unit


@SETTINGS
@given(quantities())
@example(("≥ 90 %", GE, Decimal(90), "%"))
@example(("≥100 百分比", GE, Decimal(100), "%"))
@example(("＞９０％", GT, Decimal(90), "%"))
@example(("≤54671.41 元", LE, Decimal("54671.41"), "元"))
def test_generated_quantities_parse(
    case: tuple[str, Direction | None, Decimal, str | None],
) -> None:
    raw, direction, number, unit = case
    value = parse_value(raw)
    assert value.kind is ValueKind.QUANTITATIVE, value
    assert (value.direction, value.number, value.unit) == (direction, number, unit), value
    assert value.unparsed == "", value


@SETTINGS
@given(quantities())
def test_generated_quantities_round_trip(
    case: tuple[str, Direction | None, Decimal, str | None],
) -> None:
    value = parse_value(case[0])
    text = render(value)
    assert text == value.canonical
    again = parse_value(text)
    assert (again.kind, again.direction, again.number, again.upper, again.unit) == (
        value.kind,
        value.direction,
        value.number,
        value.upper,
        value.unit,
    )
    assert render(again) == text


@SETTINGS
@given(
    st.sampled_from(["", "≥", "≤", "=", ">", "<"]),
    numbers(),
    st.sampled_from([("", None), *UNIT_SPELLINGS]),
)
def test_fast_path_agrees_with_general_path(
    symbol: str, number: tuple[str, Decimal], unit: tuple[str, str | None]
) -> None:
    text, _ = normalise(symbol + number[0] + unit[0])
    fast = quantity_module.parse_simple_quantity(text)
    if fast is not None:
        assert fast == quantity_module.parse_quantity(text)


def _check_any(raw: str) -> IndicatorValue:
    value = parse_value_uncached(raw)
    assert isinstance(value, IndicatorValue)
    assert value.raw == raw
    assert "指标值无法解析" not in value.problems, value  # no internal error was swallowed
    assert isinstance(value.unparsed, str)
    if value.kind is ValueKind.QUANTITATIVE:
        assert value.number is not None
    else:
        assert value.number is None and value.unit is None
    text = render(value)
    again = parse_value_uncached(text)
    assert again.kind is value.kind, (value, again)
    assert (again.direction, again.number, again.upper, again.unit) == (
        value.direction,
        value.number,
        value.upper,
        value.unit,
    )
    return value


@st.composite
def ambiguous_quantities(draw: st.DrawFn) -> tuple[str, str]:
    """A quantity whose number has a comma grouping no three digits ('1,5', '12,3456',
    '1,500,5'), and that run of digits."""
    head = str(draw(st.integers(0, 999_999)))
    groups = draw(st.lists(st.integers(0, 999).map(lambda n: f"{n:03d}"), max_size=2))
    odd = draw(st.text(alphabet="0123456789", min_size=1, max_size=6).filter(lambda g: len(g) != 3))
    tail = draw(st.lists(st.integers(0, 999).map(lambda n: f"{n:03d}"), max_size=1))
    run = ",".join([head, *groups, odd, *tail])
    fraction = draw(st.sampled_from(["", ".5", ".25"]))
    spelling, _ = draw(st.sampled_from([("", None), *UNIT_SPELLINGS]))
    prefix, _ = draw(st.sampled_from(PREFIXES))
    comma = draw(st.sampled_from([",", "，"]))
    return draw(spaced(prefix + run.replace(",", comma) + fraction + spelling)), run


@SETTINGS
@given(ambiguous_quantities())
@example(("≥1,5万元", "1,5"))
@example(("12,3456元", "12,3456"))
@example(("不低于1,500,5元", "1,500,5"))
@example(("≥ 1，5 万元", "1,5"))
def test_ambiguous_digits_are_never_a_number(case: tuple[str, str]) -> None:
    """'≥1,5万元' is neither 1 nor 15: unread, the whole text kept and the comma named."""
    raw, run = case
    value = parse_value(raw)
    assert value.kind is ValueKind.TEXT and value.number is None, value
    assert value.unparsed == normalise(raw)[0], value
    assert value.problems[-1].startswith(f"“{run}"), value  # (with its decimals, if any)
    assert "的逗号不是千分位" in value.problems[-1], value
    assert parse_value(value.canonical).problems == value.problems


@st.composite
def comma_lists(draw: st.DrawFn) -> tuple[str, str]:
    """Numbers listed with commas — three or more of one or two digits ('1,2,3项') or
    ordinals ('第1,2季度') — and the same list written with 、."""
    ordinal = draw(st.booleans())
    items = [
        str(n) for n in draw(st.lists(st.integers(0, 99), min_size=2 if ordinal else 3, max_size=5))
    ]
    head = "第" if ordinal else draw(st.sampled_from(["", "完成", "≥", "累计"]))
    unit = draw(st.sampled_from(["项", "个", "人", "季度", "批", "次", "类"]))
    comma = draw(st.sampled_from([",", "，"]))
    return head + comma.join(items) + unit, head + "、".join(items) + unit


@SETTINGS
@given(comma_lists())
@example(("1,2,3项", "1、2、3项"))
@example(("第1,2季度", "第1、2季度"))
@example(("完成第1，2，3批", "完成第1、2、3批"))
def test_numbers_listed_with_commas_read_as_with_the_enumeration_comma(
    case: tuple[str, str],
) -> None:
    """'1,2,3项' and '第1,2季度' are ordinary Chinese lists, not one ambiguous number: read
    as '1、2、3项' is, and no comma named."""
    listed, enumerated = case
    value, expected = parse_value(listed), parse_value(enumerated)
    assert (value.kind, value.direction, value.number, value.unit) == (
        expected.kind,
        expected.direction,
        expected.number,
        expected.unit,
    ), (value, expected)
    assert not any("逗号" in problem for problem in value.problems), value


@given(ambiguous_quantities())
@example(("≥1,5万元", "1,5"))
@example(("不低于1,500,5元", "1,500,5"))
def test_an_ambiguous_run_reads_as_a_decimal_or_as_a_slip(case: tuple[str, str]) -> None:
    """The two numbers M103 offers for '1,5': 1.5 (a decimal comma) and 15 (a slip)."""
    _, run = case
    decimal, whole = readings(run)
    assert "," not in decimal + whole and decimal.count(".") == 1
    assert Decimal(decimal) * 10 ** len(run.rpartition(",")[2]) == Decimal(whole)


@settings(max_examples=1500, deadline=None)
@given(st.text())
def test_no_text_crashes_the_parser(raw: str) -> None:
    _check_any(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_no_unicode_text_crashes_the_parser(raw: str) -> None:
    _check_any(raw)


TOKENS = [
    "≥", "≤", "=", ">", "<", "＞", "～", "~", "-", "—", "/", "\\", "、", "(", ")", "（含）",
    "$", "\\geq", "\\%", "%", "％", "百分比", "百分之", "百分", "点", "万", "元", "万元",
    "亿", "次", "人次", "台", "张", "套", "等", "天", "个", "月", "个月", "工作日", "年",
    "平米", "平方米", "㎡", "度", "吨", "分", "每", "第", "不低于", "不超过", "达到", "控制在",
    "以上", "以下", "以内", "内", "前", "左右", "约", "底", "完成", "是", "否", "是否", "有",
    "无", "好", "较好", "一般", "差", "优", "良", "中", "良好", "达标", "不达标", "基本",
    "合格", "进一步", "有效", "比上年", "提高", "按照", "标准", "执行", "年度", "一", "二",
    "十", "百", "千", "两", "0", "1", "2", "9", "12", "2024", ".", ",", "，", "。", " ",
    "\u3000", "\x00", "\u200b", "km", "m", "min", "h",
]  # fmt: skip


TOKENS_FOR_NORMALISE = [
    *TOKENS, "\\", "\\\\", "$", "{", "}", "\\text{", "\\ge", "\\le", "q", "e", "g", "a", " ", "\t",
    "=", ">", "<", "≥", "≤", "＝", "＞", "\xa0", "\u3000", "Ⅳ", "①", "㎡", "⽉", "\u00a8", "ﬁ",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=12).map("".join))
def test_domain_token_soup_does_not_crash_and_round_trips(raw: str) -> None:
    _check_any(raw)


@SETTINGS
@given(st.lists(st.sampled_from(["好", "较好", "一般", "差", "优", "良", "中", "达标",
                                 "基本达标", "不达标", "满意", "基本满意", "不满意"]),
                min_size=2, max_size=5, unique=True),
       st.sampled_from(["/", "、", "\\", "，", " / "]))  # fmt: skip
def test_graded_lists_round_trip(levels: list[str], separator: str) -> None:
    value = parse_value(separator.join(levels))
    assert value.kind in (ValueKind.GRADED, ValueKind.BINARY)
    assert list(value.levels) == levels
    assert parse_value(render(value)).levels == value.levels


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(TOKENS_FOR_NORMALISE)).map("".join)))
def test_normalise_is_idempotent(raw: str) -> None:
    text, _ = normalise(raw)
    assert normalise(text) == (text, ())
