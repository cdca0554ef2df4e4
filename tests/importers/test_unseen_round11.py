"""Layouts met on the eleventh held-out round (``import-unseen round 11`` in the corpus
notes), each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a row opening with its 一级 and 二级 labels (``产出指标 数量指标 name value``) under a
  header whose 一级 column was lost to a broken line keeps its name and value;
* an enumerator alone in a disclosure row's first cell (``| 一、 | 财政拨款补助收入 | … |``)
  is the row's 序号, not its name;
* a budget statement beside the year before's 决算 (``一、2022年“三公”经费预算安排情况``,
  ``二、2021年“三公”经费决算情况``) is the budget's disclosure;
* a 自评整改报告 is a self-evaluation (its title may start with ``…部门预算``);
* an indicator named by two cells glued, a figure alone on its line and the line after
  it (``10`` + ``99``), is no indicator;
* ``金额:100 万元`` on a 申报表 states its budget, ``填报单位(公章)`` its department, and
  ``总体得分为84.47分`` a total;
* ``总分`` / ``100`` / ``99`` one per line are the full marks, then the score.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.invented_rows import not_indicator
from jixiao.importers.mapping.kinds import by_titles
from jixiao.importers.mapping.stated_total import read_stated_totals, stated_totals
from jixiao.model.plan import Indicator, Project
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = st.text(alphabet="签约康复人数涉及乡镇街发放辅助器具培训场次", min_size=4, max_size=10)
LABEL = st.text(alphabet="财政拨款补助收入上级事业经营附属单位上缴其他", min_size=2, max_size=10)
# a 收入 row's label ('财政拨款' alone is a column label of its own: not generated)
ROW_LABEL = st.text(alphabet="上级补助事业经营附属单位上缴其他非本级", min_size=2, max_size=10)
UNIT = st.text(alphabet="市区县残联红十字会体育局", min_size=3, max_size=8)
YEAR = st.integers(2015, 2030)
COUNT = st.integers(1, 99999)


def _import(tmp_path: Path, text: str) -> Any:
    # one file per text: hypothesis reuses ``tmp_path`` across its examples
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path).model_dump()


# -- 一级 and 二级 labels opening a row under a header that lost its 一级 ------------------

_GOAL_FORM = """项目支出绩效目标表
 (2023年度)
项目名称 残疾人精准康复
主管部门及代码 [103]{unit} 实施单位 {unit}
项目资金
(万元)
 年度资金总额: 80
一级
指标
二级指标 三级指标 指标值
{first}
{second} ={n2}个
"""


@SETTINGS
@given(unit=UNIT, names=st.lists(NAME, min_size=2, max_size=2, unique=True), n=COUNT)
def test_level_labels_before_the_name_are_no_name(
    tmp_path: Path, unit: str, names: list[str], n: int
) -> None:
    text = _GOAL_FORM.format(
        unit=unit, first=f"产出指标 数量指标 {names[0]} ≥{n}人", second=names[1], n2=n
    )
    rows = [
        (i["level3"], i["value"])
        for p in _import(tmp_path, text)["projects"]
        for i in p["indicators"]
    ]
    assert (names[0], f"≥{n}人") in rows and (names[1], f"={n}个") in rows
    assert all(name not in ("产出指标", "数量指标") for name, _ in rows)


@SETTINGS
@given(unit=UNIT, names=st.lists(NAME, min_size=2, max_size=2, unique=True), n=COUNT)
def test_a_row_opening_with_its_level2_alone_still_reads(
    tmp_path: Path, unit: str, names: list[str], n: int
) -> None:
    """Counter-example: one label before the name fills the header's 二级 column."""
    text = _GOAL_FORM.format(unit=unit, first=f"数量指标 {names[0]} ≥{n}人", second=names[1], n2=n)
    rows = [
        (i["level2"], i["level3"], i["value"])
        for p in _import(tmp_path, text)["projects"]
        for i in p["indicators"]
    ]
    assert ("数量指标", names[0], f"≥{n}人") in rows


def test_jinan_rehabilitation_goals() -> None:
    result = measure_stem("anhui_ru11-jinan-canlian-jingzhun-kangfu-mubiao-cut_2023")
    assert result.found == result.expected == 3 and not result.invented


# -- an enumerator alone before a disclosure row's label ---------------------------------

_INCOME_TABLE = """| 表二:{year}年部门收入总表 | ||
| 单位:万元 | ||
| 序号 | 收入项目 | 预算数 |
{rows}
| 本年收入合计 | {total} |"""
ENUMERATORS = ["一、", "二、", "三、", "(一)", "（二）", "1", "2"]


@SETTINGS
@given(
    year=YEAR,
    labels=st.lists(ROW_LABEL, min_size=2, max_size=4, unique=True),
    amount=st.integers(1, 99999),
)
def test_enumerator_cell_is_no_row_name(
    tmp_path: Path, year: int, labels: list[str], amount: int
) -> None:
    rows = "\n".join(
        f"| {ENUMERATORS[i]} | {label} | {amount}.10 |" for i, label in enumerate(labels)
    )
    text = _INCOME_TABLE.format(year=year, rows=rows, total=f"{amount}.10")
    tables = _import(tmp_path, text)["disclosure"]["tables"]
    names = [r["name"] for t in tables for r in t["rows"]]
    assert all(label in names for label in labels), (labels, names)
    assert not set(ENUMERATORS) & set(names)


def test_canlian_income_table_rows() -> None:
    result = measure_stem("unknown_ru11-shi-canlian-bumen-shouzhi-shouru-zongbiao-pipe_2021")
    assert result.rows_found == result.rows_expected == 40


# -- a budget statement beside the year before's 决算 ----------------------------------


@SETTINGS
@given(year=YEAR)
def test_last_years_accounts_beside_a_budget_make_a_disclosure(year: int) -> None:
    decision = by_titles(
        [f"一、{year}年“三公”经费预算安排情况", f"二、{year - 1}年“三公”经费决算情况"]
    )
    assert decision is not None and decision.kind == "disclosure"


@SETTINGS
@given(year=YEAR)
def test_accounts_of_the_same_year_stay_final_accounts(year: int) -> None:
    """Counter-examples: a 决算 of the budget's own year, and a 决算's 目录 naming 三公."""
    same = by_titles([f"一、{year}年“三公”经费预算安排情况", f"二、{year}年“三公”经费决算情况"])
    assert same is not None and same.kind == "final_accounts"
    contents = by_titles(
        [f"{year}年度部门决算", f"七、{year}年度财政拨款“三公”经费支出决算情况说明"]
    )
    assert contents is not None and contents.kind == "final_accounts"


def test_ordos_sangong_statement() -> None:
    result = measure_stem("neimenggu_ru11-ordos-danwei-sangong-yusuan-juesuan-prose-notitle_2022")
    assert result.kind_ok and result.year_ok


# -- a 自评整改报告 -------------------------------------------------------------------


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_self_evaluation_rectification_report(unit: str, year: int) -> None:
    decision = by_titles([f"{unit}{year}年度部门预算", "执行情况绩效自评整改报告"])
    assert decision is not None and decision.kind == "self_evaluation"


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_an_audit_rectification_stays_with_its_budget(unit: str, year: int) -> None:
    """Counter-example: an 审计整改报告 names no self-evaluation."""
    decision = by_titles([f"{unit}{year}年度部门预算", "执行情况审计整改报告"])
    assert decision is not None and decision.kind == "disclosure"


def test_wushan_rectification_report() -> None:
    result = measure_stem("gansu_ru11-wushan-xiaofang-dadui-zixping-zhenggai-baogao-prose-cut_2024")
    assert result.kind_ok and result.year_ok


# -- two cells glued into a name --------------------------------------------------------


def _row(name: str) -> Indicator:
    return Indicator(level1="满意度指标", level2="服务对象满意度指标", level3=name, value="100%")


@SETTINGS
@given(
    figure=st.integers(1, 999),
    rest=st.one_of(st.integers(1, 999).map(str), LABEL),
)
def test_a_lone_figure_glued_to_the_next_cell_is_no_name(figure: int, rest: str) -> None:
    text = "\n".join(["总分", "100", str(figure), "100%", rest, "其中:当年财政拨款"])
    assert not_indicator(_row(f"{figure}{rest}"), lambda: text) is not None


@SETTINGS
@given(figure=st.integers(1, 99999), rest=LABEL)
def test_a_name_opening_with_a_figure_of_its_own_is_kept(figure: int, rest: str) -> None:
    """Counter-example: '12345热线办结率' — the figure is no cell of its own."""
    text = "\n".join([f"{figure}{rest}", "≥90%", "100%", "10"])
    assert not_indicator(_row(f"{figure}{rest}"), lambda: text) is None


def test_laoting_budget_lines_invent_no_rows() -> None:
    result = measure_stem("hebei_ru11-laoting-shichang-jianguan-zixpingbiao-cellperline-cut_2021")
    assert not result.invented


# -- 金额 / 填报单位(公章) on a 申报表, 总体得分 in prose ----------------------------------


def test_lixian_amount_and_stamped_unit() -> None:
    result = measure_stem("hunan_ru11-lixian-shengtai-huanjing-kaohe-shenbaobiao-glued-cut_2021")
    assert result.fields.found["budget_total"] == 1
    stem = "hunan_ru11-lixian-shengtai-huanjing-kaohe-shenbaobiao-glued-cut_2021"
    plan = import_file(CORPUS / "plan" / f"{stem}.txt")
    assert plan.department == "常德市生态环境局澧县分局"


_APPLICATION = """预算项目绩效目标申报表
( {year} 年度)
填报单位(公章):{unit}
金额:{amount} 万元
项目名称{unit}工作经费
"""


@SETTINGS
@given(unit=UNIT, year=YEAR, amount=st.integers(1, 9999))
def test_amount_with_its_value_states_the_budget(
    tmp_path: Path, unit: str, year: int, amount: int
) -> None:
    plan = _import(tmp_path, _APPLICATION.format(unit=unit, year=year, amount=amount))
    assert [p["budget_total"] for p in plan["projects"]] == [amount]
    assert plan["department"] == unit


@SETTINGS
@given(places=st.lists(UNIT, min_size=2, max_size=4, unique=True), amount=st.integers(1, 99))
def test_an_amount_column_is_no_budget(tmp_path: Path, places: list[str], amount: int) -> None:
    """Counter-example: 金额 heading a 下达 list's column labels nothing: the list is read as
    before, its head row and all."""
    rows = "".join(
        f"{i} |\n{place} |\n{place}工程 |\n{amount} |\n|\n" for i, place in enumerate(places, 1)
    )
    text = f"资金安排表\n单位:万元\n序号 |\n乡镇名称 |\n项目名称 |\n金额 |\n备注 |\n{rows}"
    plan = _import(tmp_path, text)
    assert all(p["budget_total"] is None for p in plan["projects"])
    names = [r["name"] for t in (plan["disclosure"] or {"tables": []})["tables"] for r in t["rows"]]
    assert "序号" in names


@SETTINGS
@given(score=st.decimals(min_value=60, max_value=100, places=2))
def test_overall_score_in_prose(score: object) -> None:
    assert stated_totals(f"部门绩效自评工作总体得分为{score}分,评级为“优”") == [score]


def test_overall_score_rate_is_no_total() -> None:
    """Counter-example: a 得分率 is a share, not the total."""
    assert stated_totals("总体得分率为95%,较上年提高") == []


# -- '总分' / '100' / '99' one per line ---------------------------------------------------


def _lines(*texts: str) -> list[Block]:
    return [Paragraph(raw=t, source=SourceRef(file="t.txt", line=n)) for n, t in enumerate(texts)]


@SETTINGS
@given(score=st.integers(60, 99))
def test_full_marks_then_score_one_per_line(score: int) -> None:
    project = Project(name="商品质量检测经费")
    read_stated_totals([project], _lines("服务对象满意度", "10", "10", "总分", "100", str(score)))
    assert project.total_score == score


@SETTINGS
@given(score=st.integers(60, 99))
def test_a_total_alone_after_its_label_is_kept(score: int) -> None:
    """Counter-example: '总分' then the score alone; the full marks are no score."""
    project = Project(name="商品质量检测经费")
    read_stated_totals([project], _lines("总分", str(score), "自评等级", "优"))
    assert project.total_score == score
