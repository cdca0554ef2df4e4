"""N216 (a project's 受益…人数 smaller than another count of the same group of people in it),
found after the held-out round 6 (抚远: 27 poor people whose water problem is solved, 24 poor
beneficiaries), on the real documents and counter-examples."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found

FUYUAN = "self_evaluation/heilongjiang_ru6-fuyuan-nongcun-yinshui-weixiu-prose-baogao_2022"
YUEYANG = "plan/hunan_yueyangxian-nongtian-gaobiaozhun_2022"
SUIXI = "self_evaluation/anhui_suixi-minzhengju-linshi-jiuzhu_2019"
NANYUE = "plan/hunan_nanyue-fupin-rendadaibiao-jidi_2018"
NANYUE_SHARES = "plan/hunan_nanyue-nanyuezhen-zichanshouyi-fupin_2018"


def _plan(*rows: tuple[str, str]) -> DepartmentPlan:
    indicators = [
        Indicator(level1="效益指标", level2="社会效益指标", level3=name, value=value)
        for name, value in rows
    ]
    project = Project(name="x", indicators=indicators)
    return DepartmentPlan(source_file="t", kind="plan", projects=[project])


def test_fewer_beneficiaries_than_people_whose_problem_is_solved_are_raised() -> None:
    """抚远 (heilongjiang) 27 > 24 and 岳阳县 (hunan) 1000 > 500: the hit is on the 受益 row."""
    (hit,) = found(corpus_report(FUYUAN), "N216", 1)
    assert hit.indicator_index == 6 and "≥27人" in hit.message and "贫困人口" in hit.message
    (hit,) = found(corpus_report(YUEYANG), "N216", 1)
    assert hit.indicator_index == 7 and "≥1000人" in hit.message


def test_a_listed_subset_larger_than_the_beneficiaries_is_raised() -> None:
    """濉溪: 9431 建档立卡 people on 低保 in the rows, 80 建档立卡 beneficiaries."""
    (hit,) = found(corpus_report(SUIXI), "N216", 1)
    assert "9431人" in hit.message and "建档立卡" in hit.message


def test_other_groups_visits_and_equal_counts_are_left_alone() -> None:
    """南岳: 60000 tourists are no 贫困人口; 1102 入股 poor people = 1102 beneficiaries."""
    assert found(corpus_report(NANYUE), "N216") == []
    assert found(corpus_report(NANYUE_SHARES), "N216") == []
    plan = _plan(
        ("受益贫困人口数", "≥80人"),
        ("贫困人口临时救助人次", "≥120人次"),  # visits repeat
        ("贫困人口返贫人数", "≤100人"),  # a ceiling
        ("受益群众人数", "≥50人"),  # no group named
        ("培训群众人数", "≥500人"),
    )
    assert found(review_plan(plan), "N216") == []


def test_a_count_in_ten_thousands_is_compared_in_people() -> None:
    plan = _plan(("受益脱贫人口数", "≥0.5万人"), ("解决脱贫人口饮水问题人数", "≥6000人"))
    assert [f.indicator_index for f in found(review_plan(plan), "N216", 1)] == [1]
    plan = _plan(("受益脱贫人口数", "≥1万人"), ("解决脱贫人口饮水问题人数", "≥6000人"))
    assert found(review_plan(plan), "N216") == []
