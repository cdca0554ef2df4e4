"""The rules written for round 6 of the held-out classes (tests/review/defects/
opinions_round6.py): N238, N239, N240, N241 and F113 find their classes on real documents
of other provinces, also in wording the injections never used, stay silent on averages, on
tables without a 分值 column, on scores the completion allows, on terms and durations and
on a 执行率 that can be recomputed, and say nothing on the corpus as it is."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from tests.review.defects.opinions_round6 import _FRACTIONS
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"N238", "N239", "N240", "N241", "F113"}
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
HUAIBEI = "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025"
YONGDE = "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022"
XUANCHENG = "anhui_ru5-xuancheng-gonganju-jindu-zhibiaoN_2021"
JIAYUGUAN = "gansu_jiayuguan-bowuguan-mianfeikaifang_2023"
QINGSHAN = "hubei_wuhan-qingshan-kejingju-keyan_2021"
ZHONGJIANG = "sichuan_zhongjiang-shuiliju-shuibiaochi_2022"
JISHAN = "shanxi_jishan-zhaidian-weishengyuan-jibengonggongweisheng-xlsxflat_2021"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: none of the five speaks on the plans and self-evaluations as they are
    (no count of the corpus is fractional; every scored row of a weighted table states
    its 分值; 稷山's rows reaching less than 60% score at most 分值 × 完成比例; the yearly
    days of the corpus are 300–365; every table scoring its 执行率 states the rate)."""
    assert spoken_on_corpus(NEW_RULES) == set()


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(JIAYUGUAN, "count_as_decimal", "N238", plans)
    assert _found(PUYANG, "count_as_decimal", "N238", plans)
    assert _found(YONGDE, "selfeval_weight_blank", "N239", evaluations)
    assert _found(XUANCHENG, "selfeval_score_as_deduction", "N239", evaluations)
    assert _found(YONGDE, "selfeval_score_as_deduction", "N239", evaluations)
    assert _found(XUANCHENG, "selfeval_half_met_scored_high", "N240", evaluations)
    assert _found(YONGDE, "selfeval_half_met_scored_high", "N240", evaluations)
    assert _found(JIAYUGUAN, "days_beyond_year", "N241", plans)
    assert _found(YONGDE, "selfeval_execution_unstated", "F113", evaluations)
    # classes the rules had before this round: found by them as they were
    assert _found(QINGSHAN, "deadline_before_year", "N228", plans)
    assert _found(ZHONGJIANG, "selfeval_cost_overrun_full_score", "N204", evaluations)


def _valued(name: str, value: str) -> tuple[DepartmentPlan, int]:
    plan = _plans()[HUAIBEI].model_copy(deep=True)
    project = plan.projects[0]
    n, row = next((n, r) for n, r in enumerate(project.indicators, 1) if "数量" in r.level2)
    row.level3, row.value = name, value
    return plan, n


def test_fractions_in_other_wording() -> None:
    """Fractions and units the injections never wrote: flagged; an average, a 万 count or
    a whole number: not."""
    held_out = (("培训农民", "≥120.25人次"), ("新建图书室", "3.5所"), ("慰问困难党员", "=45.2名"))
    assert not any(value.endswith(f"{f}人次") for f in _FRACTIONS for _, value in held_out[:1])
    for name, value in held_out:
        plan, n = _valued(name, value)
        assert _rules_on(plan, {"N238"}) == [("N238", 1, n)], value
    for name, value in (
        ("户均帮扶人数", "≥3.5人"),
        ("平均每个农家书屋开展阅读活动数量", "4.5次"),
        ("人均培训课时", "≥2.5个"),
        ("接待游客", "≥2.5万人次"),
        ("开展送戏进万村", "≥70村"),
        ("每年春节慰问休养员", "32人"),
    ):
        plan, n = _valued(name, value)
        assert not _rules_on(plan, {"N238"}), value


def _yongde() -> DepartmentPlan:
    return _self_evaluations()[YONGDE].model_copy(deep=True)


def test_weights_and_scores_in_other_cells() -> None:
    """A blank 分值 or a negative 得分 on another row than the injections': flagged; the
    table as published, or a table whose header has no 分值 column (only 得分): not."""
    plan = _yongde()
    rows = plan.projects[0].indicators
    rows[4].weight = None  # 减轻贫困学生家庭经济负担, a qualitative row
    rows[5].score = Decimal("-1")  # 政策知晓率: the point taken off
    assert _rules_on(plan, {"N239"}) == [("N239", 1, 5), ("N239", 1, 6)]
    assert not _rules_on(_yongde(), {"N239"})
    unweighted = _yongde()
    for row in unweighted.projects[0].indicators:
        row.weight = None
        del row.sources["weight"]  # (no 分值 cell read: the header has no such column)
    assert not _rules_on(unweighted, {"N239"})


def test_a_blank_weight_column_is_told_by_the_header_not_by_counting_rows() -> None:
    """Every 分值 cell of the table empty, the header's 分值 column there: each scored row
    is flagged, however few rows state a 分值 (the old criterion wanted two)."""
    plan = _yongde()
    rows = plan.projects[0].indicators
    for row in rows:
        row.weight = None
    assert "weight" in rows[0].sources
    flagged = _rules_on(plan, {"N239"})
    assert len(flagged) == sum(1 for row in rows if row.score is not None) > 2


def _jishan(actual: str, score: str) -> DepartmentPlan:
    plan = _self_evaluations()[JISHAN].model_copy(deep=True)
    row = next(r for r in plan.projects[0].indicators if "早孕建册" in r.level3)
    row.actual, row.score = actual, Decimal(score)
    return plan


def test_scores_above_completion() -> None:
    """稷山's 早孕建册数 (target 120人, weight 2): reaching 40–59% of it and scored above
    60% of the weight is flagged; the published score (1 for 69人), a score within
    分值 × 完成比例, a full score (N204's) or a completion of 60% and more are not."""
    for actual, score in (("69人", "1.8"), ("50人", "1.5"), ("30人", "1.3")):
        assert [r for r, *_ in _rules_on(_jishan(actual, score), {"N240"})] == ["N240"], actual
    for actual, score in (("69人", "1"), ("69人", "1.15"), ("69人", "2"), ("80人", "1.9")):
        assert not _rules_on(_jishan(actual, score), {"N240"}), (actual, score)


def test_days_in_other_wording() -> None:
    """Yearly days the injections never wrote: flagged; a term, a duration, a cumulative
    count, a ceiling or a count within the year: not."""
    for name, value in (("图书馆对外服务天数", "≥400天"), ("文化站开放", "370日")):
        plan, n = _valued(name, value)
        assert _rules_on(plan, {"N241"}) == [("N241", 1, n)], value
    for name, value in (
        ("设备质保期", "≥730天"),
        ("建设工期", "=540天"),
        ("累计服务天数", "≥1000天"),
        ("项目完成时限", "≤400天"),
        ("全年开放天数", "≥366天"),
    ):
        plan, n = _valued(name, value)
        assert not _rules_on(plan, {"N241"}), value


def test_execution_stated_in_part() -> None:
    """永德 states its 执行率 (100%) and scores it 10: not flagged; with the rate blanked
    it is, unless the 全年执行数 is there to recompute it from."""
    assert not _rules_on(_yongde(), {"F113"})
    blank = _yongde()
    blank.projects[0].execution_rate = None
    assert _rules_on(blank, {"F113"}) == [("F113", 1, None)]
    spent = blank.model_copy(deep=True)
    spent.projects[0].spent = Decimal("50")
    assert not _rules_on(spent, {"F113"})
