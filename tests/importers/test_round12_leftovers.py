"""Round 12's import leftovers: a template's numbering or a bracketed weight read as an
indicator (天长's 自评表), a qualitative row's 分值 wrapped onto a line of its own (扎赉特),
a 申报表's 中期 and 年度 halves and its 一级 written one character a line (青阳).
See docs/import-unseen.md, round 12 (import-leftovers-12).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.invented_rows import not_indicator
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.plan import Indicator
from tests.importers.corpus_metrics import CORPUS

SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WORDS = st.text(alphabet="完成项目数量资金执行率工程质量合格", min_size=2, max_size=12)


def _import(tmp_path: Path, text: str) -> Any:
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


# -- a template's numbering or a weight in brackets alone is no indicator ------------------


def test_tianchang_warns_of_no_template_piece() -> None:
    """'指标1:/' (a 生态效益 row left empty) and '(10分)' (cut off '满意度指标') were told as
    indicators without a value; the nine rows stay read."""
    plan = import_file(
        CORPUS / "self_evaluation" / "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022.txt"
    )
    assert len(plan.projects[0].indicators) == 9
    assert not [w for w in plan.warnings if w.code == "indicator-without-value"]


def test_a_numbering_with_a_blank_mark_or_a_bracketed_weight_is_a_placeholder() -> None:
    words = vocabulary()
    for text in ("指标1:/", "指标1：/", "指标2：——", "指标1:……", "目标1:无", "(10分)", "（50分）"):
        assert words.is_placeholder(text), text


def test_a_numbered_name_or_a_bare_bracket_is_no_placeholder() -> None:
    """Counter-examples: a numbered name with words, a bracket with no 分 in it, a weight
    unbracketed, a name followed by a bracketed weight."""
    words = vocabulary()
    for text in ("指标1:工程质量合格", "指标1:/ 元", "(10)", "10分", "满意度(10分)"):
        assert not words.is_placeholder(text), text


@given(number=st.integers(1, 20), name=WORDS)
def test_only_the_numbering_alone_is_a_placeholder(number: int, name: str) -> None:
    words = vocabulary()
    assert words.is_placeholder(f"指标{number}:/")
    assert not words.is_placeholder(f"指标{number}:{name}")


def test_a_row_of_another_reading_named_so_is_dropped() -> None:
    """The invented-row screen, whatever reading made the row, drops it; a numbered name
    is kept."""
    for name in ("指标1:/", "(10分)"):
        row = Indicator(level1="", level2="满意度指标", level3=name, value="10")
        assert not_indicator(row, lambda: "") is not None
    row = Indicator(level1="", level2="质量指标", level3="指标1:工程质量合格", value="10")
    assert not_indicator(row, lambda: "") is None


# -- a qualitative row's 分值 on a line of its own -----------------------------------------


GRID = "\n".join(
    [
        "项目名称 城管执法经费",
        "一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值",
        "产出指标 数量指标 巡查次数 正向 大于等于 100 次 10",
        "效益指标 社会效益 市容环境改善 定性",
        "明显改善",
        "{points}",
        "满意度指标 服务对象满意度 群众满意度 正向 大于等于 90 % 10",
    ]
)


@SETTINGS
@given(points=st.sampled_from(["15", "7.5", "20", "5"]))
def test_the_figure_after_a_wrapped_target_is_the_rows_points(tmp_path: Path, points: str) -> None:
    plan = _import(tmp_path, GRID.format(points=points))
    rows = {i.level3: i for i in plan.projects[0].indicators}
    assert rows["市容环境改善"].value == "明显改善"
    assert rows["市容环境改善"].weight == Decimal(points)
    assert rows["群众满意度"].weight == Decimal(10)  # the next row keeps its own


def test_a_wrapped_row_with_no_figure_after_it_keeps_no_points(tmp_path: Path) -> None:
    """Counter-example: the next row follows the target directly; it is read as its own row
    and lends the wrapped one nothing."""
    plan = _import(tmp_path, GRID.replace("{points}\n", ""))
    rows = {i.level3: i for i in plan.projects[0].indicators}
    assert rows["市容环境改善"].weight is None
    assert rows["群众满意度"].weight == Decimal(10)


def test_a_year_after_a_wrapped_target_is_no_points(tmp_path: Path) -> None:
    """Counter-example: a figure beyond the 100 a grid shares is no row's 分值."""
    plan = _import(tmp_path, GRID.format(points="2024"))
    rows = {i.level3: i for i in plan.projects[0].indicators}
    assert rows["市容环境改善"].weight is None


def test_zhalaite_qualitative_rows_keep_their_points() -> None:
    plan = import_file(
        CORPUS / "plan" / "neimenggu_ru12r-zhalaite-jianchayuan-xiangmu-mubiao-flat-cut_nd.txt"
    )
    weights = {i.level3: i.weight for i in plan.projects[0].indicators}
    assert weights["推动人民检察院业务装备建设的标准化规范化配置"] == Decimal(15)
    assert weights["提升工作效率定性"] == Decimal(15)
    assert weights["采购计划完成时间"] == Decimal(5)
    assert None not in weights.values()


# -- 中期 and 年度 side by side; a 一级 written one character a line -----------------------

QINGYANG = (
    CORPUS / "plan" / "anhui_ru12r-qingyang-yibaoju-jijin-jianguan-shenbao-tradmirror-cut_nd.txt"
)


def test_qingyang_reads_its_upright_level1() -> None:
    plan = import_file(QINGYANG)
    assert {i.level1 for i in plan.projects[0].indicators} == {"产出指标"}
    assert {i.midterm_value for i in plan.projects[0].indicators} == {""}  # halves equal


def test_bozhou_reads_its_upright_level1() -> None:
    plan = import_file(
        CORPUS / "plan" / "anhui_bozhou-qixiangju-rengong-zengyu-zhongqi-niandu_2023.txt"
    )
    assert all(i.level1 for i in plan.projects[0].indicators)


def _second_half_changed(old: str, new: str) -> str:
    """青阳's page with the 年度 half's (the second) ``old`` written ``new``."""
    text = QINGYANG.read_text(encoding="utf-8")
    second = text.index(old, text.index(old) + 1)
    return text[:second] + new + text[second + len(old) :]


@SETTINGS
@given(year=st.integers(152, 400))
def test_a_year_half_differing_from_its_midterm_half_keeps_both(tmp_path: Path, year: int) -> None:
    plan = _import(tmp_path, _second_half_changed("≥151家", f"≥{year}家"))
    rows = plan.projects[0].indicators
    assert [(i.level3, i.midterm_value, i.value) for i in rows[:2]] == [
        ("县内定点医疗机构", "≥151家", f"≥{year}家"),
        ("县内村医诊所", "", "≥131家"),
    ]
    assert len(rows) == 5


def test_halves_naming_different_indicators_stay_two_rows(tmp_path: Path) -> None:
    """Counter-example: the 年度 half names another indicator; no 中期 value is taken."""
    old = "縣內(nèi)定點醫(yī)療機構"
    plan = _import(tmp_path, _second_half_changed(old, "县内定点药店"))
    rows = plan.projects[0].indicators
    assert [(i.level3, i.midterm_value) for i in rows[:2]] == [
        ("县内定点医疗机构", ""),
        ("县内定点药店", ""),
    ]


def test_single_characters_spelling_no_level1_set_none(tmp_path: Path) -> None:
    """Counter-example: one character a line that spells no 一级 label leaves the rows'
    一级 as it was."""
    text = QINGYANG.read_text(encoding="utf-8").replace("產(chǎn)\n出\n指", "績\n效\n指")
    assert "績\n效\n指" in text
    plan = _import(tmp_path, text)
    assert {i.level1 for i in plan.projects[0].indicators} == {""}
