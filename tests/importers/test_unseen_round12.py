"""Layouts met on the twelfth held-out round (``import-unseen round 12`` in the corpus
notes), each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a report outlined like a 决算 and listing its 附件 (``附件5.项目支出决算表``) is what its
  own title above says (``…项目支出绩效自评报告``);
* a 重点领域财政项目公开 is a plan;
* ``最终评价结果为98分`` states an evaluation report's total;
* a budget stated as the sum of parts it lists, one a budget label names
  (``预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元``), is the whole;
* an allocation whose funds' sources a 、 joins (``共计下达中央、市级转移支付资金3580.69万元``)
  states the budget;
* a form's line whose 项目名称 / 主管部门 label a lost space glued to its value, alone in
  its cell, is read as label and value.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.kinds import by_titles
from jixiao.importers.mapping.prose_stated_budget import budget_statements, stated_budget
from jixiao.importers.mapping.stated_total import stated_totals
from tests.importers.corpus_metrics import CORPUS, measure_stem

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
UNIT = st.text(alphabet="市区县林业草原总工会妇联文旅局", min_size=3, max_size=8)
FUND = st.text(alphabet="送温暖异地造林农业技术推广专项经费", min_size=4, max_size=12)
YEAR = st.integers(2015, 2030)
CENTS = st.integers(1, 999999)


def _import(tmp_path: Path, text: str) -> Any:
    # one file per text: hypothesis reuses ``tmp_path`` across its examples
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path).model_dump()


def _yuan(cents: int) -> Decimal:
    return Decimal(cents) / 100


# -- a report's 附件 listed like a 决算's 附表 --------------------------------------------


@SETTINGS
@given(unit=UNIT, fund=FUND, year=YEAR)
def test_a_reports_own_title_outweighs_its_attachments_name(
    unit: str, fund: str, year: int
) -> None:
    titles = [
        f"{unit}{year}年{fund}项目支出绩效自评报告",
        "三、评价结论及绩效分析",
        "五、附件",
        "附件5.项目支出决算表",
    ]
    decision = by_titles(titles)
    assert decision is not None and decision.kind == "self_evaluation"
    assert decision.evidence == titles[0]


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_a_final_accounts_own_title_still_decides(unit: str, year: int) -> None:
    """Counter-example: a 决算 whose 目录 lists a 自评表 among its 附表 is a 决算, its own
    title above the entry."""
    decision = by_titles(
        [f"{unit}{year}年度部门决算", f"十四、部门预算项目支出绩效自评表({year}年度)"]
    )
    assert decision is not None and decision.kind == "final_accounts"


# -- 重点领域财政项目公开 --------------------------------------------------------------


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_a_key_project_publication_is_a_plan(unit: str, year: int) -> None:
    decision = by_titles([f"{unit}{year}年重点领域财政项目公开", "经费来源:财政拨款收入"])
    assert decision is not None and decision.kind == "plan"


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_a_budget_publication_stays_a_disclosure(unit: str, year: int) -> None:
    """Counter-example: a department's 预算公开 is no project's plan."""
    decision = by_titles([f"{unit}{year}年部门预算公开", "经费来源:财政拨款收入"])
    assert decision is not None and decision.kind == "disclosure"


@pytest.mark.parametrize(
    "stem",
    [
        "yunnan_ru12-xundian-linye-yidi-zaolin-zixping-baogao-cover-mulu-cut_2024",
        "yunnan_ru12-panlong-zonggonghui-songwennuan-zhongdian-xiangmu-gongkai-prose-cut_2024",
    ],
)
def test_xundian_report_and_panlong_publication_kinds(stem: str) -> None:
    result = measure_stem(stem)
    assert result.kind_ok and result.year_ok


# -- 评价结果为N分 ---------------------------------------------------------------------


@SETTINGS
@given(score=st.integers(60, 100))
def test_evaluation_result_in_points_is_the_total(score: int) -> None:
    assert stated_totals(f"最终评价结果为{score}分,评价等级为优。") == [score]


def test_evaluation_result_as_a_grade_is_no_total() -> None:
    """Counter-examples: a grade, and the 评价结果 a report applies, state no score."""
    assert stated_totals("最终评价结果为优,评价结果应用于下年预算安排。") == []


def test_kunming_warmth_fund_report() -> None:
    result = measure_stem(
        "yunnan_ru12-kunming-zonggonghui-songwennuan-pingjia-baogao-pdfspaced-cut_2018"
    )
    assert result.fields.found == {"budget_total": 1, "execution_rate": 0, "total_score": 1}


# -- a budget told as the sum of its parts ---------------------------------------------


@SETTINGS
@given(initial=CENTS, added=CENTS)
def test_a_budget_summed_from_its_parts_is_the_whole(initial: int, added: int) -> None:
    whole, first, second = _yuan(initial + added), _yuan(initial), _yuan(added)
    text = f"2022年预算收入{whole}万元,其中年初预算{first}万元,调整追加{second}万元。"
    assert stated_budget(budget_statements(text)) == whole


@SETTINGS
@given(initial=CENTS, added=CENTS)
def test_parts_that_do_not_add_up_leave_the_labelled_part(initial: int, added: int) -> None:
    """Counter-example: a whole its parts do not sum to is no budget of theirs; the 年初预算
    the text labels is read as before."""
    whole, first, second = _yuan(initial + added + 1), _yuan(initial), _yuan(added)
    text = f"2022年预算收入{whole}万元,其中年初预算{first}万元,调整追加{second}万元。"
    assert stated_budget(budget_statements(text)) == first


def test_hetang_womens_federation_budget() -> None:
    result = measure_stem("hunan_ru12-hetang-fulian-zhengti-zixping-baogao-prose-cut_2022")
    assert result.fields.found["budget_total"] == 1 and result.fields.wrong_total == 0


# -- 、 between the funds' sources of an allocation ------------------------------------


@SETTINGS
@given(cents=CENTS)
def test_an_allocation_naming_two_sources_states_the_budget(cents: int) -> None:
    amount = _yuan(cents)
    text = f"共计下达中央、市级转移支付资金{amount}万元。"
    assert stated_budget(budget_statements(text)) == amount


@SETTINGS
@given(first=CENTS, second=CENTS)
def test_a_listed_second_fund_is_not_the_verbs(first: int, second: int) -> None:
    """Counter-example: the gap a 、 may now sit in never holds an amount, so the verb of
    a list ('下达A资金…万元、B资金…万元') reaches its first fund only, as before."""
    a, b = _yuan(first), _yuan(first + second)
    text = f"下达慈善会资金{a}万元、养老服务资金{b}万元。"
    assert [s.value for s in budget_statements(text)] == [a]


def test_zhongxian_civil_affairs_transfers() -> None:
    result = measure_stem(
        "chongqing_ru12-zhongxian-minzhengju-zhuanyi-zhifu-zixping-baogao-prose-cut_2024"
    )
    assert result.fields.found["budget_total"] == 1


# -- a form's label glued to its value in one cell --------------------------------------

_FORM = """项目支出绩效目标申报表
(  {year}  年度)
项目名称 {fund}
主管部门及代码 [066]{unit} 实施单位 {unit}
项目资金
(万元)
 中期资金总额:       {midterm}   年度资金总额:       {annual}
   其中:财政拨款       {midterm}     其中:财政拨款       {annual}
"""


@SETTINGS
@given(unit=UNIT, fund=FUND, year=YEAR, annual=st.integers(1, 999), more=st.integers(1, 999))
def test_a_glued_name_label_opens_the_project(
    tmp_path: Path, unit: str, fund: str, year: int, annual: int, more: int
) -> None:
    text = _FORM.format(year=year, fund=fund, unit=unit, midterm=annual + more, annual=annual)
    plan = _import(tmp_path, text)
    assert [(p["name"], p["budget_total"]) for p in plan["projects"]] == [(fund, annual)]


def test_a_table_title_opening_with_a_budget_label_stays_a_title() -> None:
    """Counter-example: '财政拨款收支总表' alone in its cell opens with a label's words
    (财政拨款) and stays the title of the table below it."""
    stem = "chongqing_dazu-chengguanju-bumen-yusuan-pipe-cut_2023"
    plan = import_file(CORPUS / "disclosure" / f"{stem}.txt")
    assert plan.disclosure is not None
    assert plan.disclosure.tables[0].title == "财政拨款收支总表"


def test_luan_agriculture_application() -> None:
    result = measure_stem(
        "anhui_ru12-luan-nongye-jishu-tuiguang-shenbaobiao-zhongqi-mirror-cut_2024"
    )
    assert result.kind_ok and result.fields.found["budget_total"] == 1
