"""Rows that are no indicator of the document (``importers/invented_rows`` and the
sentence rule of ``prose_indicators``): each sign on generated input (hypothesis) with
the counter-examples that must stay rows, and on the real documents that showed them
(原州's glued 自评表, 黄冈's glued preview, 南岳's prose 二级 lines) and those that must
not change.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.invented_rows import not_indicator, screen_rows
from jixiao.importers.mapping.prose_indicators import ProseIndicators, _sentence
from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(max_examples=40, deadline=None)
WORDS = st.text(alphabet="发放边销茶目标人群监测资料整编完成审核", min_size=2, max_size=14)
NOTE = st.sampled_from(["(必填硬性指标)", "(必填)", "（选填）", "(硬性指标,必填)"])
UNIT = st.sampled_from(["万元", "人", "户", "件", "次", "%"])
PUNCT = st.sampled_from([",", ",", "、", ";"])


def _row(name: str, value: str = "100%", actual: str | None = "100%") -> Indicator:
    return Indicator(level1="产出指标", level2="数量指标", level3=name, value=value, actual=actual)


def _reason(row: Indicator, text: str = "") -> str | None:
    return not_indicator(row, lambda: text)


@SETTINGS
@given(NOTE, WORDS)
def test_a_name_opening_with_a_template_note_is_no_indicator(note: str, words: str) -> None:
    assert _reason(_row(note + words)) is not None
    assert _reason(_row(note)) is not None
    # the same words without the note, or a note closing the name, are a name
    assert _reason(_row(words)) is None
    assert _reason(_row(words + "(必填)")) is None


@SETTINGS
@given(UNIT, PUNCT, WORDS)
def test_a_name_opening_with_a_number_s_unit_is_no_indicator(
    unit: str, punct: str, words: str
) -> None:
    assert _reason(_row(unit + punct + words)) is not None
    # a name that merely opens with the unit's character goes on as a word: kept
    assert _reason(_row(unit + words)) is None


def test_names_opening_like_units_that_stay() -> None:
    for name in ("人均接待人次", "月均用电量", "户籍人口覆盖率", "次均费用", "万元以上项目数"):
        assert _reason(_row(name)) is None, name
    assert _reason(_row("月底前发放完毕")) is not None  # the tail of '12月底前…'


@SETTINGS
@given(st.integers(0, 99), WORDS)
def test_a_value_cut_out_of_a_year_is_no_indicator(year: int, words: str) -> None:
    value = f"{year:02d}年"
    row = _row(words, value=value, actual=None)
    assert _reason(row, f"{words}于20{value}12月底前") is not None
    # the same value written on its own somewhere (使用年限22年) is a value
    assert _reason(row, f"{words}20{value},使用年限{value}") is None
    assert _reason(row, f"使用年限{value}") is None
    assert _reason(row, "") is None  # not found in the text: nothing to say


@SETTINGS
@given(st.sampled_from(["", "1", "2", "3"]))
def test_a_heading_read_as_a_row_is_no_indicator(number: str) -> None:
    assert _reason(_row("年度", value="", actual="绩效目标" + number)) is not None
    assert _reason(_row("年度绩效目标" + number, value="", actual=None)) is not None
    # a heading's words with a value are a row (年度目标完成率 100%)
    assert _reason(_row("年度目标完成率", value="100%")) is None
    assert _reason(_row("年度", value="100%", actual="绩效目标")) is None


@SETTINGS
@given(st.sampled_from(["进度指标", "时效指标", "成本指标", "社会效益指标"]), WORDS)
def test_a_level2_label_glued_before_the_name_is_split_off(label: str, words: str) -> None:
    plan = DepartmentPlan(source_file="x.txt", projects=[Project(name="p")])
    plan.projects[0].indicators = [_row(label + words), _row("数量指标" + words)]
    screen_rows(plan, lambda: [])
    first, second = plan.projects[0].indicators
    assert (first.level2, first.level3) == (label, words)
    # the row's own 二级 before its name is left as written
    assert (second.level2, second.level3) == ("数量指标", "数量指标" + words)
    assert [w.code for w in plan.warnings] == ["row-label-split"]


@SETTINGS
@given(st.integers(1, 3), st.integers(0, 5))
def test_a_figure_inside_a_sentence_is_no_indicator(figured: int, plain: int) -> None:
    clauses = [f"资料整编率{90 + i}%" for i in range(figured)] + ["校园文化建设深受好评"] * plain
    assert _sentence(",".join(clauses)) == (plain > figured)
    # completions do not count as clauses without a figure
    assert not _sentence(",".join(clauses[:figured] + ["已完成"] * (figured + 1)))


def test_prose_sentence_lines() -> None:
    reader = ProseIndicators()
    source = SourceRef(file="x.txt")
    sentence = "质量指标:学校的教育教学秩序良好,校园文化建设深受好评,力争毕业生合格率达100%"
    reader.read(sentence, source)
    assert reader.indicators == []
    # a cut text ends in one clause after the figure (石嘴山 同心 下马关 2022): still read
    reader.read("数量指标:商业段外立面改造(≥**平方米)大于等于10157.6平方米,环", source)
    assert [i.level3 for i in reader.indicators] == ["商业段外立面改造(≥**平方米)"]


def test_real_documents_that_showed_the_signs() -> None:
    yuanzhou = measure_stem("ningxia_yuanzhou-songcha-ruhu-bianxiaocha-ziping-glued-cut_2022")
    assert yuanzhou.invented == []  # was 6 rows made of glued figures and sentences
    huanggang = measure_stem("hubei_ru7-huanggang-shuibao-jiance-tradmirror-glued_2020")
    assert (huanggang.found, huanggang.expected, huanggang.invented) == (5, 5, [])
    assert huanggang.actual_found == 5
    nanyue = measure_stem("hunan_nanyue-shiyanzhongxue-bumenzhengti-shenbao-cut_2017")
    # the sentence with commas dropped; of the two left, '学校绿化覆盖达70%,优化校园生态环境。'
    # is a closed sentence about its figure (import-unread-8): one left, cut by the page
    assert nanyue.invented == ["社区满意度"]


def test_real_documents_that_must_not_change() -> None:
    """Rows with no target and an actual (银川六中's 完整性 …), prose runs ending in a cut
    clause or a heading after the sentence's 。 (同心, 琼海, 广西)."""
    for stem, found in (
        ("ningxia_yinchuan-liuzhong-chuzhong-gongyongjingfei_2021", 15),
        ("ningxia_tongxin-xiamaguan-huangjinmi-putao-prose_2023", 8),
        ("ningxia_tongxin-xiamaguan-shangyuan-renju-prose-dayudengyu-cut_2022", 1),
        ("hainan_ru4-qionghai-rijian-zhaoliao-zhongxin-prose-baogao_2020", 2),
        ("guangxi_ru5-xianyu-shangye-quyu-prose-baogao_2022", 1),
    ):
        result = measure_stem(stem)
        assert (result.found, result.invented) == (found, []), stem
