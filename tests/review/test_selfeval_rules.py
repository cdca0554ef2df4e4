"""The 自评 rules N201–N207 on the real self-evaluations of the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.checks import Finding
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from jixiao.review import review_plan

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"


def _plan(stem: str) -> DepartmentPlan:
    return import_file(next(CORPUS.glob(stem + "*.txt")))


def _findings(plan: DepartmentPlan, rule: str) -> list[Finding]:
    return [f for f in review_plan(plan).findings if f.rule == rule]


@pytest.fixture(scope="module")
def yongde() -> DepartmentPlan:
    return _plan("yunnan_yongde-minglang")


@pytest.fixture(scope="module")
def suixi() -> DepartmentPlan:
    return _plan("anhui_suixi-minzhengju")


def test_met_target_marked_down_without_reason() -> None:
    # 丽江古城区: =100% reached with 100, yet 19 of 20 — four rows, no 偏差原因.
    found = _findings(_plan("yunnan_lijiang"), "N205")
    assert len(found) == 4
    assert all("已达到目标" in f.message for f in found)


def test_missed_target_scored_in_full(suixi: DepartmentPlan) -> None:
    found = _findings(suixi, "N204")
    # ≤5300元/户 with 5830元/户 and 10 of 10; 4604 of ≥4754 with 5 of 5 (4.84 → 5) is not one.
    assert [f.indicator_index for f in found] == [8]
    assert "5830元/户" in found[0].message
    chongqing = _findings(_plan("chongqing_kexuecheng"), "N204")
    assert any("政府采购执行率" in f.message for f in chongqing)
    assert any("党性教育培训次数" in f.message for f in chongqing)


def test_a_damage_rate_below_its_unsigned_target_is_met() -> None:
    # 梁平 林业局: '森林火灾受害率 0.9% … 0' and '主要林业有害生物成灾率 0.4% … 0.1' lost their
    # ≤ (the 指标性质 column) in the PDF's text; less is better for a 受害率 or 成灾率
    # (lexicon downward_rates), so 0 of 0.9% is met, neither N204 nor N206.
    plan = _plan("chongqing_liangping-linyeju")
    rates = [i for i in plan.projects[0].indicators if i.level3.endswith(("受害率", "成灾率"))]
    assert [(i.value, i.actual) for i in rates] == [("0.9%", "0"), ("0.4%", "0.1")]
    assert not [f for f in _findings(plan, "N204") + _findings(plan, "N206") if "率" in f.message]


def test_missed_target_without_deviation(suixi: DepartmentPlan, yongde: DepartmentPlan) -> None:
    # 特困人员 4604 of ≥4754 says why (特困人员实行动态管理): not flagged.
    assert [f.indicator_index for f in _findings(suixi, "N206")] == [8]
    assert [f.indicator_index for f in _findings(yongde, "N206")] == [6]  # 政策知晓率 98%


def test_satisfaction_without_survey(yongde: DepartmentPlan) -> None:
    assert [f.indicator_index for f in _findings(yongde, "N207")] == [8, 9]
    surveyed = yongde.model_copy(deep=True)
    surveyed.projects[0].indicators[7].deviation = "发放问卷120份，均表示满意"
    assert [f.indicator_index for f in _findings(surveyed, "N207")] == [9]


def test_total_and_weights_of_a_real_table(yongde: DepartmentPlan) -> None:
    # 永德 states 总分 96 = 86 of the rows + 10 for a 100% 执行率, 分值 90 + 10.
    stated = yongde.model_copy(deep=True)
    stated.projects[0].total_score = stated.projects[0].total_score or 96
    assert not _findings(stated, "N201") and not _findings(stated, "N203")
    stated.projects[0].total_score = 85  # below the rows' own 86
    assert len(_findings(stated, "N201")) == 1
    stated.projects[0].indicators[0].score = 12  # 12 of 10
    assert [f.indicator_index for f in _findings(stated, "N202")] == [1]


def test_rules_leave_goal_tables_alone() -> None:
    plan = _plan("yunnan_yongde-minglang").model_copy(update={"kind": "plan"})
    assert not [f for f in review_plan(plan).findings if f.rule.startswith("N2")]
