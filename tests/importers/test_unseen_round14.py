"""Layouts met on the fourteenth held-out round (``import-unseen round 14`` in the corpus
notes), each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* outcome sentences under 一级 and 二级 headings of their own lines take those levels;
* an outcome sentence's unit written as the bracket closing its name
  (``主导制修订国家标准的项目数量(项),目标值2,完成值2``) belongs to both bare figures, and
  the ``分值`` / ``得分`` closing the sentence are the row's weight and score;
* a bare score word names the total where the grade follows its figure in the next clause
  (``开展绩效评分100分,自评为优``);
* ``支出率`` states a report's execution rate as ``执行率`` does (``到位率`` does not);
* ``(二)部门预决算情况`` opens a 部门整体 评价 report, not a 决算;
* ``年中调整预算64163.86万元`` is the 全年 (adjusted) budget.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.graded_score import graded_totals
from jixiao.importers.mapping.kinds import by_titles
from jixiao.importers.mapping.outcome_units import trailing_points, with_named_unit
from jixiao.model.plan import DepartmentPlan
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# no level word (数量, 质量 …) in the alphabet: one opening a name is read as its heading
NAME = st.text(alphabet="主导制修订国家标准项目宣传解读补助单位", min_size=3, max_size=14)
UNIT = st.sampled_from(["项", "个", "家", "份", "人", "万元", "次", "%"])
FIGURE = st.integers(0, 5000).map(str)
SCORE = st.integers(1, 100)
PUTIAN = "fujian_ru14-putian-shichang-jianguanju-biaozhunhua-buzhu-zixping-baogao-prose-cut_2024"
BAOSHAN = "yunnan_ru14-baoshan-weijianwei-chunjie-weiwen-zixping-baogao-prose-cut_2022"
YINGJI = (
    "yunnan_ru14-yingjiting-zhongyang-ziran-zaihai-hangkong-xiaofang-zuji-"
    "zixping-baogao-prose-notitle-cut_2024"
)
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
XIAOYUAN = "unknown_xiaoyuan-weixiu-shebei-gouzhi-ziping-jieguo-prose-masked_2022"
SHANDONG = "shandong_ru14-zhujianting-bumen-zhengti-pingjia-prose-notitle-cut_2021"


def _import(tmp_path: Path, text: str) -> Any:
    # one file per text: hypothesis reuses ``tmp_path`` across its examples
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path).model_dump()


def _rows(data: Any) -> list[tuple[str, str, str | None]]:
    return [
        (i["level3"], i["value"], i["actual"]) for p in data["projects"] for i in p["indicators"]
    ]


# -- a unit bracket closing an outcome sentence's name ---------------------------------


@given(name=NAME, unit=UNIT, value=FIGURE, actual=FIGURE)
def test_named_unit_joins_both_bare_figures(name: str, unit: str, value: str, actual: str) -> None:
    assert with_named_unit(f"{name}({unit})", value, actual) == (
        name,
        value + unit,
        actual + unit,
    )


@given(name=NAME, value=FIGURE, actual=FIGURE)
def test_a_bracket_that_is_no_unit_stays_in_the_name(name: str, value: str, actual: str) -> None:
    """Counter-example: '(含税)' names no unit; a target with its own unit keeps it."""
    assert with_named_unit(f"{name}(含税)", value, actual) == (f"{name}(含税)", value, actual)
    assert with_named_unit(f"{name}(项)", value + "个", actual) == (
        f"{name}(项)",
        value + "个",
        actual,
    )


@given(weight=SCORE, score=SCORE)
def test_points_closing_the_sentence(weight: int, score: int) -> None:
    text = f"项目数量(项),目标值2,完成值2,分值{weight},得分{score}。"
    end = text.index(",分值")
    assert trailing_points(text, end) == (Decimal(weight), Decimal(score))
    assert trailing_points(text, text.index("完成值")) == (None, None)


@SETTINGS
@given(name=NAME, unit=UNIT, value=FIGURE, actual=FIGURE, points=SCORE)
def test_prose_outcome_with_unit_bracket(
    tmp_path: Path, name: str, unit: str, value: str, actual: str, points: int
) -> None:
    text = (
        "2024年度项目绩效自评报告\n二、绩效分析\n"
        f"1){name}({unit}),目标值{value},完成值{actual},分值{points},得分{points}。\n"
    )
    data = _import(tmp_path, text)
    indicators = [i for p in data["projects"] for i in p["indicators"]]
    assert [(i["level3"], i["value"], i["actual"]) for i in indicators] == [
        (name, value + unit, actual + unit)
    ]
    assert indicators[0]["weight"] == points and indicators[0]["score"] == points


def test_putian_reads_every_outcome_with_its_unit() -> None:
    result = measure_stem(PUTIAN)
    assert (result.found, result.expected) == (10, 10)
    assert (result.actual_found, result.actual_expected) == (10, 10)
    assert result.invented == []


def _levels(stem: str) -> dict[str, tuple[str, str]]:
    plan: DepartmentPlan = import_file(CORPUS / f"{stem}.txt")
    return {i.level3: (i.level1, i.level2) for p in plan.projects for i in p.indicators}


def test_putian_outcomes_take_the_headings_above() -> None:
    levels = _levels(PUTIAN)
    assert levels["获得补助企事业单位获得补助金额"] == ("成本指标", "经济成本指标")
    assert levels["项目完成及时率"] == ("产出指标", "时效指标")
    assert levels["奖励制修订标准项目"] == ("效益指标", "社会效益指标")


def test_a_lone_second_level_heading_gives_no_levels() -> None:
    """Counter-example: 校园维修's '(1)数量指标:' is read under no 一级 heading; its later
    sentences (满意度 among them) are not all 数量指标."""
    levels = _levels(XIAOYUAN)
    assert levels["学生对校园维修改造及设备购置项目实施的满意度"][0] == ""


# -- a score whose grade follows it ------------------------------------------------------


@given(score=SCORE, grade=st.sampled_from(["优", "良", "优秀", "合格"]))
def test_score_then_grade_is_the_total(score: int, grade: str) -> None:
    assert graded_totals(f"项目开展绩效评分{score}分,自评为{grade}。") == [Decimal(score)]


def test_score_before_no_grade_is_none() -> None:
    """Counter-examples: no grade word after '自评为', or no grade at all."""
    assert graded_totals("评分100分,自评为优化后的方案。") == []
    assert graded_totals("满意度评分95分,较上年提高。") == []


def test_baoshan_total_score() -> None:
    result = measure_stem(BAOSHAN)
    assert result.fields.found["total_score"] == 1


# -- 支出率 ----------------------------------------------------------------------------


@SETTINGS
@given(budget=st.integers(100, 9000), percent=st.integers(50, 100))
def test_expenditure_rate_is_the_execution_rate(tmp_path: Path, budget: int, percent: int) -> None:
    spent = budget * percent / 100
    text = (
        "2024年度项目支出绩效自评报告\n(一)资金投入情况分析\n"
        f"预算{budget}万元全部拨付到位,资金到位率100%。实际形成支出{spent}万元,支出率{percent}%。\n"
    )
    data = _import(tmp_path, text)
    assert data["projects"][0]["execution_rate"] == Decimal(percent) / 100


def test_arrival_rate_is_no_execution_rate(tmp_path: Path) -> None:
    """Counter-example: '到位率' says the funds arrived, not that they were spent."""
    text = "2024年度项目支出绩效自评报告\n预算300万元全部拨付到位,资金到位率100%。\n"
    assert _import(tmp_path, text)["projects"][0]["execution_rate"] is None


def test_yunnan_emergency_rate() -> None:
    result = measure_stem(YINGJI)
    assert result.fields.found["execution_rate"] == 1


# -- 部门预决算情况 and 调整预算 ----------------------------------------------------------


def test_budget_and_accounts_section_opens_an_evaluation() -> None:
    decision = by_titles(["一、部门基本情况", "(二)部门预决算情况"])
    assert decision is not None and decision.kind == "self_evaluation"


def test_accounts_title_keeps_its_kind() -> None:
    """Counter-example: a 决算 whose 目录 lists such an entry stays a 决算."""
    decision = by_titles(["2023年度部门决算", "(二)部门预决算情况"])
    assert decision is not None and decision.kind == "final_accounts"


def test_shandong_evaluation_kind_and_adjusted_budget() -> None:
    result = measure_stem(SHANDONG)
    assert result.kind_ok
    assert result.fields.found["budget_total"] == 1
