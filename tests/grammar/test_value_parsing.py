"""The indicator-value grammar (指标值语法): directions, numbers, units, kinds, problems."""

from __future__ import annotations

from decimal import Decimal

import pydantic
import pytest

from jixiao.grammar import (
    SPELLINGS,
    UNIT_TABLE,
    UNITS,
    Direction,
    IndicatorValue,
    UnitKind,
    ValueKind,
    canonical_unit,
    clear_cache,
    lookup_unit,
    normalise,
    parse_value,
    parse_value_uncached,
    render,
    to_wan,
    unit_kind,
)

GE, LE, EQ, GT, LT = Direction.GE, Direction.LE, Direction.EQ, Direction.GT, Direction.LT


def q(raw: str) -> tuple[Direction | None, Decimal | None, str | None]:
    value = parse_value(raw)
    assert value.kind is ValueKind.QUANTITATIVE, value
    return value.direction, value.number, value.unit


# ------------------------------------------------------------------------ directions


@pytest.mark.parametrize(
    ("raw", "direction"),
    [
        ("≥90%", GE), ("≤90%", LE), ("=90%", EQ), (">90%", GT), ("<90%", LT),
        ("＞90%", GT), ("＜90%", LT), ("≧90%", GE), ("≦90%", LE), ("⩾90%", GE), ("⩽90%", LE),
        (">=90%", GE), ("<=90%", LE), ("＝90%", EQ), ("==90%", EQ), ("≥=90%", GE),
        ("不低于90%", GE), ("不少于90%", GE), ("不小于90%", GE), ("至少90%", GE),
        ("达到90%", GE), ("达90%", GE), ("大于等于90%", GE),
        ("大于90%", GT), ("高于90%", GT), ("超过90%", GT),
        ("不超过90%", LE), ("不高于90%", LE), ("不大于90%", LE), ("不多于90%", LE),
        ("小于等于90%", LE), ("控制在90%以内", LE), ("控制在90%", LE),
        ("低于90%", LT), ("小于90%", LT), ("少于90%", LT), ("不足90%", LT),
        ("等于90%", EQ), ("为90%", EQ),
        ("90%以上", GE), ("90%及以上", GE), ("90%以下", LE), ("90%以内", LE),
        ("达到90%以上", GE), ("90%以上(含)", GE), ("90%以上（不含）", GT),
        ("90%以下(不含)", LT), ("超过90%(含)", GE),
    ],
)  # fmt: skip
def test_directions(raw: str, direction: Direction) -> None:
    assert q(raw) == (direction, Decimal(90), "%")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3天以内", (LE, Decimal(3), "天")),
        ("10人以下", (LE, Decimal(10), "人")),
        ("48小时内", (LE, Decimal(48), "小时")),
        ("11月底前完成", (LE, Decimal(11), "月")),
        ("12月底前", (LE, Decimal(12), "月")),
        ("≤12月完成", (LE, Decimal(12), "月")),
        ("12月份", (None, Decimal(12), "月")),
    ],
)
def test_suffix_and_deadline_forms(
    raw: str, expected: tuple[Direction | None, Decimal, str]
) -> None:
    assert q(raw) == expected
    assert parse_value(raw).unparsed == ""


def test_bare_value_has_no_direction() -> None:
    """A bare value is QUANTITATIVE with direction None; a rule may read it as '='."""
    for raw in ("100%", "22800平方米", "1个", "384台"):
        value = parse_value(raw)
        assert value.kind is ValueKind.QUANTITATIVE
        assert value.direction is None
        assert value.problems == ()


def test_direction_duplicated_or_contradicted() -> None:
    dup = parse_value("≥90%以上")
    assert dup.direction is GE and "方向重复" in dup.problems
    clash = parse_value("≤90%以上")
    assert clash.direction is LE and "方向矛盾" in clash.problems
    idiom = parse_value("控制在50万元以内")
    assert idiom.direction is LE and idiom.problems == ()


@pytest.mark.parametrize("raw", ["约90%", "90%左右", "大约90%"])
def test_approximate_values(raw: str) -> None:
    value = parse_value(raw)
    assert (value.direction, value.number, value.unit) == (None, Decimal(90), "%")
    assert any("近似" in p for p in value.problems)


# ------------------------------------------------------------------------ spacing, widths, LaTeX


@pytest.mark.parametrize(
    "raw",
    [
        "≥ 90 %", "≥90 %", " ≥90% ", "≥\u300090％", "≥９０％", "≥ 90 百分比", "≥90百分 比",
        "\\geq 90\\%", "$\\geq 90\\%$", "$\\ge 90$%", "\\geqslant 90\\%", "≥\u200b90%",
        "≥90\xa0%", "\t≥90%\n",
    ],
)  # fmt: skip
def test_spacing_full_width_and_latex(raw: str) -> None:
    assert q(raw) == (GE, Decimal(90), "%")
    assert parse_value(raw).canonical == "≥90%"


def test_latex_units_and_wrappers() -> None:
    assert q("$\\leq 3$天") == (LE, Decimal(3), "天")
    assert q("\\le 3\\text{天}") == (LE, Decimal(3), "天")
    assert q("$>$ 5 \\mathrm{万元}") == (GT, Decimal(5), "万元")


def test_control_characters_are_reported() -> None:
    value = parse_value("≥90\x00%")
    assert q("≥90\x00%") == (GE, Decimal(90), "%")
    assert "含控制字符或不可见字符" in value.problems


def test_kangxi_radicals_from_pdf_extraction() -> None:
    # "⽉" (U+2F49) and "⼈" (U+2F08) are Kangxi radicals that PDF extraction produces
    assert q("≤12个⽉") == (LE, Decimal(12), "个月")
    assert q("≥5⼈") == (GE, Decimal(5), "人")


# ------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("1,234.5元", "1234.5"), ("75.00%", "75.00"), (".5万元", "0.5"), ("-5%", "-5"),
        ("≥-5%", "-5"), ("+3%", "3"), ("两次", "2"), ("十五天", "15"), ("二十五人", "25"),
        ("一万二千人", "12000"), ("百分之九十", "90"), ("百分之95", "95"), ("百分之百", "100"),
        ("百分百", "100"), ("百分之九十五点五", "95.5"),
    ],
)  # fmt: skip
def test_numbers(raw: str, number: str) -> None:
    value = parse_value(raw)
    assert value.kind is ValueKind.QUANTITATIVE
    assert value.number == Decimal(number)


@pytest.mark.parametrize(
    ("raw", "run"),
    [("≥1,5万元", "1,5"), ("1,50元", "1,50"), ("≤12,3456元", "12,3456"), ("不少于1，5万元", "1,5"),
     ("1,000,5次", "1,000,5"), ("3-1,5天", "1,5")],
)  # fmt: skip
def test_a_comma_grouping_no_thousands_is_no_number(raw: str, run: str) -> None:
    """Neither 1 nor 15: the value is left unread, whole, and the comma is named."""
    value = parse_value(raw)
    assert (value.kind, value.number, value.unparsed) == (ValueKind.TEXT, None, value.canonical)
    assert value.problems[-1].startswith(f"“{run}”的逗号不是千分位")


@pytest.mark.parametrize(
    ("raw", "number"), [("≥1,500万元", "1500"), ("1,000,000元", "1000000"), ("≥90%,按时", "90")]
)
def test_thousands_and_a_clause_comma_are_read(raw: str, number: str) -> None:
    assert parse_value(raw).number == Decimal(number)


def test_canonical_number_rendering() -> None:
    assert parse_value("75.00%").canonical == "75%"
    assert parse_value("1,000元").canonical == "1000元"
    assert parse_value("0.50万元").canonical == "0.5万元"
    assert parse_value("-0%").canonical == "0%"


def test_huge_numbers() -> None:
    digits = "9" * 5000
    value = parse_value(digits + "元")
    assert value.number == Decimal(digits)
    assert value.money_in_wan == Decimal(digits[:-4] + "." + digits[-4:])  # exact, not rounded
    assert value.canonical == digits + "元"


def test_chinese_numerals_only_as_whole_quantities() -> None:
    """ "一" inside words is not a number: 进一步, 一般, 一次性."""
    assert parse_value("进一步").kind is ValueKind.VAGUE
    assert parse_value("一般").kind is ValueKind.GRADED
    assert parse_value("一次性完成").kind is ValueKind.TEXT
    assert q("不少于两次") == (GE, Decimal(2), "次")
    assert q("百分之九十以上") == (GE, Decimal(90), "%")


# ------------------------------------------------------------------------ ranges


@pytest.mark.parametrize(
    ("raw", "lower", "upper", "unit"),
    [
        ("3-5天", 3, 5, "天"), ("3～5天", 3, 5, "天"), ("3~5天", 3, 5, "天"),
        ("3至5天", 3, 5, "天"), ("3到5天", 3, 5, "天"), ("80%-90%", 80, 90, "%"),
        ("80%—90%", 80, 90, "%"), ("80%——90%", 80, 90, "%"), ("80-90%", 80, 90, "%"),
        ("3天-5", 3, 5, "天"),
    ],
)  # fmt: skip
def test_ranges(raw: str, lower: int, upper: int, unit: str) -> None:
    value = parse_value(raw)
    assert (value.direction, value.number, value.upper, value.unit) == (
        None,
        Decimal(lower),
        Decimal(upper),
        unit,
    )
    assert value.is_range
    assert value.canonical == f"{lower}~{upper}{unit}"


def test_range_problems() -> None:
    assert "区间上下限颠倒" in parse_value("5-3天").problems
    assert "区间值带方向符号" in parse_value("≥3-5天").problems
    assert "区间两端单位不一致" in parse_value("3天-5小时").problems


# ------------------------------------------------------------------------ units


@pytest.mark.parametrize(
    ("raw", "unit", "kind"),
    [
        ("90%", "%", UnitKind.PERCENT), ("90百分比", "%", UnitKind.PERCENT),
        ("5‰", "‰", UnitKind.PERCENT), ("2个百分点", "百分点", UnitKind.PERCENT_POINT),
        ("2百分点", "百分点", UnitKind.PERCENT_POINT),
        ("5元", "元", UnitKind.MONEY), ("5万元", "万元", UnitKind.MONEY),
        ("5亿元", "亿元", UnitKind.MONEY), ("5千元", "千元", UnitKind.MONEY),
        ("3人次", "人次", UnitKind.COUNT), ("3批次", "批次", UnitKind.COUNT),
        ("3批", "批", UnitKind.COUNT), ("3所", "所", UnitKind.COUNT),
        ("1.5万人次", "万人次", UnitKind.COUNT), ("3个项目", "项目", UnitKind.COUNT),
        ("3天", "天", UnitKind.TIME), ("3日", "天", UnitKind.TIME),
        ("3工作日", "工作日", UnitKind.TIME), ("3个工作日", "工作日", UnitKind.TIME),
        ("3小时", "小时", UnitKind.TIME), ("3个小时", "小时", UnitKind.TIME),
        ("30分钟", "分钟", UnitKind.TIME), ("30min", "分钟", UnitKind.TIME),
        ("3月", "月", UnitKind.TIME), ("3个月", "个月", UnitKind.TIME),
        ("3年", "年", UnitKind.TIME), ("3周", "周", UnitKind.TIME),
        ("3个星期", "周", UnitKind.TIME), ("2个季度", "季度", UnitKind.TIME),
        ("50平方米", "平方米", UnitKind.AREA), ("50平米", "平方米", UnitKind.AREA),
        ("50㎡", "平方米", UnitKind.AREA), ("50m²", "平方米", UnitKind.AREA),
        ("50 m2", "平方米", UnitKind.AREA), ("5亩", "亩", UnitKind.AREA),
        ("5公顷", "公顷", UnitKind.AREA), ("2万平方米", "万平方米", UnitKind.AREA),
        ("5米", "米", UnitKind.LENGTH), ("5公里", "公里", UnitKind.LENGTH),
        ("5km", "公里", UnitKind.LENGTH), ("5KM", "公里", UnitKind.LENGTH),
        ("5立方米", "立方米", UnitKind.VOLUME),
        ("5度", "度", UnitKind.ENERGY), ("5万度", "万度", UnitKind.ENERGY),
        ("5千瓦时", "千瓦时", UnitKind.ENERGY), ("5kWh", "千瓦时", UnitKind.ENERGY),
        ("5吨标准煤", "吨标准煤", UnitKind.ENERGY),
        ("5吨", "吨", UnitKind.MASS), ("5公斤", "千克", UnitKind.MASS),
        ("90分", "分", UnitKind.SCORE), ("2倍", "倍", UnitKind.OTHER),
        ("26℃", "℃", UnitKind.OTHER),
    ],
)  # fmt: skip
def test_units(raw: str, unit: str, kind: UnitKind) -> None:
    value = parse_value(raw)
    assert (value.unit, value.unit_kind) == (unit, kind), value
    assert value.unparsed == ""


@pytest.mark.parametrize(
    ("raw", "unit"),
    [
        ("15元/人", "元/人"), ("≤4.3元/平米/天", "元/平方米/天"), ("20元/生/年", "元/生/年"),
        ("1500元/台", "元/台"), ("960元/个", "元/个"), ("2000元/月", "元/月"),
        ("2次/月", "次/月"), ("1次/年", "次/年"), ("5人次/天", "人次/天"),
        ("5万元/年", "万元/年"), ("3次/人", "次/人"),
    ],
)  # fmt: skip
def test_rates(raw: str, unit: str) -> None:
    value = parse_value(raw)
    assert (value.unit, value.unit_kind) == (unit, UnitKind.RATE)
    assert value.money_in_wan is None


@pytest.mark.parametrize(
    ("raw", "unit"),
    [
        ("每月2次", "次/月"),
        ("每年不少于1次", "次/年"),
        ("每人15元", "元/人"),
        ("每个月2次", "次/月"),
    ],
)
def test_per_prefix_makes_a_rate(raw: str, unit: str) -> None:
    value = parse_value(raw)
    assert (value.unit, value.unit_kind) == (unit, UnitKind.RATE)
    assert parse_value(value.canonical).unit == unit


@pytest.mark.parametrize(
    ("raw", "unit"),
    [
        ("≥2张/把/套/台等", "张/把/套/台等"), ("2张/把/套/台", "张/把/套/台等"),
        ("10台(套)", "台/套等"), ("10台（套）", "台/套等"), ("5张、把", "张/把等"),
        ("3台/套", "台/套等"), ("3人/次等", "人/次等"),
    ],
)  # fmt: skip
def test_lists_of_count_units_are_not_rates(raw: str, unit: str) -> None:
    value = parse_value(raw)
    assert (value.unit, value.unit_kind) == (unit, UnitKind.COUNT)
    assert "多个计量单位并列" in value.problems


def test_single_unit_with_deng() -> None:
    value = parse_value("≥2台等")
    assert value.unit == "台"
    assert "单位后带“等”" in value.problems


def test_bare_wan_is_read_as_wanyuan() -> None:
    value = parse_value("≤19万")
    assert (value.unit, value.unit_kind, value.money_in_wan) == (
        "万元",
        UnitKind.MONEY,
        Decimal(19),
    )
    assert value.problems == ("单位“万”按万元理解",)
    assert value.canonical == "≤19万元"
    bare_yi = parse_value("≥2亿")
    assert (bare_yi.unit, bare_yi.money_in_wan) == ("亿元", Decimal(20000))


@pytest.mark.parametrize(
    ("raw", "wan"),
    [
        ("≤54671.41 元", "5.467141"), ("0.5元", "0.00005"), ("≤248.96万元", "248.96"),
        ("3亿元", "30000"), ("2.5亿元", "25000"), ("120千元", "12"), ("5元", "0.0005"),
    ],
)  # fmt: skip
def test_money_in_wan(raw: str, wan: str) -> None:
    value = parse_value(raw)
    assert value.money_in_wan == Decimal(wan)
    assert "E" not in str(value.money_in_wan)


def test_no_money_in_wan_for_other_units() -> None:
    assert parse_value("≥90%").money_in_wan is None
    assert parse_value("15元/人").money_in_wan is None


def test_missing_unit() -> None:
    value = parse_value("≥90")
    assert (value.kind, value.direction, value.number, value.unit) == (
        ValueKind.QUANTITATIVE,
        GE,
        Decimal(90),
        None,
    )
    assert value.unit_kind is None
    assert value.problems == ("缺少计量单位",)
    assert not value.is_measurable


# ------------------------------------------------------------------------ leftovers


@pytest.mark.parametrize(
    ("raw", "canonical", "unparsed"),
    [
        ("满意度≥90%", "≥90%", "满意度"),
        ("≥90%，力争95%", "≥90%", ",力争95%"),
        ("2024年完成率≥90%", "≥90%", "2024年完成率"),
        ("100%完成", "100%", "完成"),
        ("提高2个百分点", "2百分点", "提高"),
        ("满意度90", "90", "满意度"),
        ("约为3次(暂定)", "3次", "(暂定)"),
    ],
)
def test_unparsed_text_is_reported(raw: str, canonical: str, unparsed: str) -> None:
    value = parse_value(raw)
    assert value.kind is ValueKind.QUANTITATIVE
    assert value.canonical == canonical
    assert value.unparsed == unparsed
    assert "含未识别文字" in value.problems


def test_punctuation_and_quotes_are_absorbed() -> None:
    for raw in ("≥90%。", "“≥90%”", "≥90%；", "≥90%,"):
        value = parse_value(raw)
        assert (value.canonical, value.unparsed, value.problems) == ("≥90%", "", ())


def test_ordinals_and_dates_are_not_quantities() -> None:
    assert parse_value("第3项工作按期完成并验收").kind is ValueKind.TEXT
    dated = parse_value("2024年12月31日前完成")
    assert dated.kind is ValueKind.TEXT
    assert "含日期，未解析为数值" in dated.problems
    assert parse_value("2024年").kind is ValueKind.QUANTITATIVE


# ------------------------------------------------------------------------ qualitative kinds


@pytest.mark.parametrize(
    ("raw", "levels"),
    [
        ("好/较好/一般/差", ("好", "较好", "一般", "差")),
        ("好、较好、一般、差", ("好", "较好", "一般", "差")),
        ("优良中差", ("优", "良", "中", "差")),
        ("优/良/中/差", ("优", "良", "中", "差")),
        ("达标/基本达标/不达标", ("达标", "基本达标", "不达标")),
        ("满意/基本满意/不满意", ("满意", "基本满意", "不满意")),
        ("优秀、良好、合格、不合格", ("优秀", "良好", "合格", "不合格")),
        ("良好", ("良好",)),
        ("较好", ("较好",)),
        ("优", ("优",)),
    ],
)
def test_graded(raw: str, levels: tuple[str, ...]) -> None:
    value = parse_value(raw)
    assert value.kind is ValueKind.GRADED
    assert value.levels == levels
    assert value.canonical == "/".join(levels)
    assert value.is_measurable


@pytest.mark.parametrize("raw", ["良好以上", "良好及以上", "≥良好", "达到良好", "不低于良好"])
def test_graded_with_direction(raw: str) -> None:
    value = parse_value(raw)
    assert (value.kind, value.direction, value.levels) == (ValueKind.GRADED, GE, ("良好",))
    assert value.canonical == "≥良好"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("是/否", "是/否"), ("是\\否", "是/否"), ("是／否", "是/否"), ("是、否", "是/否"),
        ("是或否", "是/否"), ("是否", "是/否"), ("是 / 否", "是/否"),
        ("有/无", "有/无"), ("合格/不合格", "合格/不合格"), ("达标/不达标", "达标/不达标"),
        ("完成/未完成", "完成/未完成"),
        ("是否超预算支出", "是否超预算支出"), ("是否严格执行接待标准", "是否严格执行接待标准"),
        ("资金是否超支", "资金是否超支"), ("有无安全事故", "有无安全事故"),
        ("是否超过50万元", "是否超过50万元"),
        ("是", "是"), ("否", "否"), ("无", "无"), ("合格", "合格"), ("达标", "达标"),
    ],
)  # fmt: skip
def test_binary(raw: str, canonical: str) -> None:
    value = parse_value(raw)
    assert value.kind is ValueKind.BINARY, value
    assert value.canonical == canonical
    assert not value.is_measurable


@pytest.mark.parametrize(
    "raw",
    [
        "进一步", "进一步保障", "比上年有所提高", "比上年提升", "有效", "有效利用", "正常运转",
        "逐步提高", "显著提升", "明显改善", "不断提升服务水平", "及时", "正常", "稳定",
        "按计划有效推进",
    ],
)  # fmt: skip
def test_vague(raw: str) -> None:
    assert parse_value(raw).kind is ValueKind.VAGUE


@pytest.mark.parametrize(
    "raw",
    [
        "预算年度结束前完成购置计划", "严格按照办公设备配置标准执行", "每月底完成", "按时完成",
        "不超预算", "严格执行", "年底前完成", "按合同约定执行",
    ],
)  # fmt: skip
def test_text(raw: str) -> None:
    assert parse_value(raw).kind is ValueKind.TEXT


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # none of something happening is checkable (大英 交警大队 2019: “全年0事故”)
        ("全年0事故", ValueKind.TEXT), ("零事故", ValueKind.TEXT), ("年内零投诉", ValueKind.TEXT),
        ("无重大安全事故", ValueKind.TEXT), ("全年无安全事故", ValueKind.TEXT),
        # a praise word stays vague; 零星 / 零散 are no zero
        ("进一步实现零事故", ValueKind.VAGUE), ("零星维修", ValueKind.VAGUE),
        ("零散", ValueKind.VAGUE), ("无", ValueKind.BINARY), ("0元", ValueKind.QUANTITATIVE),
    ],
)  # fmt: skip
def test_none_happening_is_checkable(raw: str, kind: ValueKind) -> None:
    assert parse_value(raw).kind is kind


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", "指标值为空"), ("   ", "指标值为空"), ("\u3000", "指标值为空"),
        ("/", "指标值为占位符"), ("-", "指标值为占位符"), ("—", "指标值为占位符"),
        ("——", "指标值为占位符"), ("暂无", "指标值为占位符"), ("N/A", "指标值为占位符"),
        ("待定", "指标值待定"),
    ],
)  # fmt: skip
def test_empty(raw: str, problem: str) -> None:
    value = parse_value(raw)
    assert value.kind is ValueKind.EMPTY
    assert problem in value.problems
    assert value.canonical == "" == render(value)


# ------------------------------------------------------------------------ model and API


def test_value_is_immutable_and_hashable() -> None:
    value = parse_value("≥90%")
    with pytest.raises(pydantic.ValidationError):
        value.number = Decimal(1)  # type: ignore[misc]
    assert hash(value) == hash(parse_value_uncached("≥90%"))
    assert value == parse_value_uncached("≥90%")


def test_value_serialises_to_json() -> None:
    data = parse_value("≤54671.41 元").model_dump(mode="json")
    assert data["kind"] == "quantitative"
    assert data["direction"] == "≤"
    assert data["number"] == "54671.41"
    assert data["money_in_wan"] == "5.467141"
    assert data["unit_kind"] == "money"
    assert IndicatorValue.model_validate(data) == parse_value("≤54671.41 元")


def test_cache_returns_the_same_object() -> None:
    clear_cache()
    first = parse_value("≥95%")
    assert parse_value("≥95%") is first
    assert parse_value("≥95%" + " " * 300) == parse_value_uncached("≥95%" + " " * 300)


@pytest.mark.parametrize("raw", [None, 90, Decimal("90.5"), b"90%"])
def test_non_string_input_does_not_raise(raw: object) -> None:
    value = parse_value(raw)  # type: ignore[arg-type]
    assert isinstance(value, IndicatorValue)


@pytest.mark.parametrize(
    "raw",
    [
        "\x00", "\x00" * 100, "≥" * 1000, "%" * 1000, "1" * 100_000 + "%", "9," * 5000,
        "每" * 500 + "1次", "\\" * 50, "$" * 50, "\\geq" * 100, "\ud800≥90%", "(((((",
        "1e999999999", "NaN", "Infinity%", "-", "--5", "≥-", "1-2-3-4-5天", "百分之",
        "百分之万", "十万", "万", "亿元", "零", "〇〇〇次",
    ],
)  # fmt: skip
def test_pathological_inputs_do_not_raise(raw: str) -> None:
    value = parse_value(raw)
    assert isinstance(value, IndicatorValue)
    assert "指标值无法解析" not in value.problems
    render(value)


def test_render_of_hand_built_value() -> None:
    value = IndicatorValue(
        raw="", kind=ValueKind.QUANTITATIVE, direction=LE, number=Decimal("7"), unit="工作日"
    )
    assert render(value) == "≤7工作日"


def test_normalise() -> None:
    assert normalise("≥ 90 ％") == ("≥90%", ())
    assert normalise("Word  Excel 文档") == ("Word Excel文档", ())
    assert normalise("a\x00b")[1] == ("含控制字符或不可见字符",)


# ------------------------------------------------------------------------ unit table


def test_unit_table_is_consistent() -> None:
    assert len(UNITS) == len(UNIT_TABLE)
    for unit in UNIT_TABLE:
        assert unit.canonical in unit.spellings
        assert canonical_unit(unit.canonical) == unit.canonical
        assert unit.base in UNITS or unit.base == "万元"
    for spelling, canonical in SPELLINGS.items():
        assert canonical in UNITS
        assert spelling == spelling.lower()


def test_unit_helpers() -> None:
    assert canonical_unit("百分比") == "%"
    assert canonical_unit("KWH") == "千瓦时"
    assert canonical_unit("不是单位") is None
    found = lookup_unit("平米")
    assert found is not None and found.canonical == "平方米"
    assert lookup_unit("元/人") is None
    assert unit_kind("元/人") is UnitKind.RATE
    assert unit_kind("张/把等") is UnitKind.COUNT
    assert unit_kind("万人次") is UnitKind.COUNT
    assert to_wan(Decimal("12345"), "元") == Decimal("1.2345")
    assert to_wan(Decimal("5"), "人") is None
