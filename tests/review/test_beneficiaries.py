"""N216 (a project's 受益…人数 smaller than another count of the same group of people in it)
and N217 (a self-evaluation's actual in another kind of unit than its target),
reviewer misses of the held-out rounds 6 and 2 (抚远: 27 poor people whose water problem is
solved, 24 poor beneficiaries; 蔡甸: a 配备率 of 100% reported as 1000件), on the real
documents and counter-examples."""

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


CAIDIAN = "self_evaluation/hubei_caidian-linyeju-senlin-fanghuo-tradmirror_2021"
XUANCHENG = "self_evaluation/anhui_ru6-xuancheng-dizhenju-fangzhen-jianzai-spacerows_2021"
DAYING = "self_evaluation/sichuan_daying-shuangxin-wenming-chuangjian-shishijindu_2020"


def _self_evaluation(*rows: tuple[str, str, str]) -> DepartmentPlan:
    indicators = [
        Indicator(level1="产出指标", level2="质量指标", level3=name, value=value, actual=actual)
        for name, value, actual in rows
    ]
    project = Project(name="x", indicators=indicators)
    return DepartmentPlan(source_file="t", kind="self_evaluation", projects=[project])


def test_an_actual_in_another_kind_of_unit_than_its_target_is_raised() -> None:
    """N217, a round-2 reviewer miss: 蔡甸 '灭火设备配备率 100%' → '1000件', '监控系统维护率
    100%' → '5个'; its 0起 / 达成预期指标 rows (N208's) are left to N208."""
    hits = found(corpus_report(CAIDIAN), "N217", 1)
    assert [f.indicator_index for f in hits] == [1, 2]
    assert "1000件" in hits[0].message and "百分比" in hits[0].message
    plan = _self_evaluation(("培训场次", "≥5场", "100%"), ("补助资金", "≤30万元", "95%"))
    assert [f.indicator_index for f in found(review_plan(plan), "N217", 1)] == [1, 2]


def test_actuals_in_the_targets_unit_or_a_stock_phrase_are_left_alone() -> None:
    """宣城's 99.12% against ≥95%; 大英's '已完成100%' only says the target was met (N208);
    倍 and 百分点 may be the same measure as a percentage; a 目标表 has no actuals."""
    assert found(corpus_report(XUANCHENG), "N217") == []
    assert found(corpus_report(DAYING), "N217") == []
    assert found(corpus_report(DAYING), "N208") != []
    plan = _self_evaluation(
        ("收入增长", "≥10%", "1.2倍"),
        ("覆盖率提高", "≥3%", "3个百分点"),
        ("补助资金", "≤30万元", "29.5万元"),
        ("验收合格率", "100%", "100%"),
    )
    assert found(review_plan(plan), "N217") == []
    planned = _self_evaluation(("灭火设备配备率", "100%", "1000件"))
    planned.kind = "plan"
    assert found(review_plan(planned), "N217") == []
