"""Checks changed or added after the held-out round 5 (eight documents the rules never saw),
each on real documents and a counter-example: the older 自评表 template's second levels
(“产出数量 / 产出质量 / 产出时效 / 产出成本”) read as 数量、质量、时效、成本指标 (S102 and S110
raised false alarms on them), N212 (then; now N213, an actual far above its target,
unexplained) and N213 (then; now N214, an actual written as a bound, “≥266米”, “88.32%及以上”).

吕梁's table is the OCR of an image that the import misreads (continuation rows shift, the
document is taken for a 目标表), so its tests review the rows as the page shows them."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import ReviewResult, review_plan
from tests.review.conftest import corpus_report, found, transcribed_report

XUANCHENG = "self_evaluation/anhui_ru5-xuancheng-gonganju-jindu-zhibiaoN_2021"
LVLIANG = "self_evaluation/shanxi_ru5-lvliang-hugong-peixun-ocr-pipe_2021"
SUINING = "self_evaluation/sichuan_ru4-suining-jingkai-liangpin-yixie-quyu-ziping_2021"
ZHONGJIANG = "self_evaluation/sichuan_zhongjiang-shuiliju-shuibiaochi_2022"
YONGDE = "self_evaluation/yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022"

# 吕梁山护工培训 as the page shows it: 一级 | 二级 | 指标名称 | 目标值 | 完成值
_LVLIANG_ROWS = (
    ("产出指标", "产出数量", "完成2021年吕梁山护工培训任务", "12500名", "12166名"),
    ("产出指标", "产出质量", "参训学员结业考核通过率", "100%", "98.79%"),
    ("产出指标", "产出时效", "培训任务完成及时", "2021.1.1-12.31", "2021.1.1-12.31"),
    ("产出指标", "产出成本", "吕梁山护工培训补贴标准达标", "3000元/人", "2600元/人"),
    ("效益指标", "社会效益", "参训学员就业率", "60%及以上", "53.53%"),
    ("满意度指标", "满意度", "参培学员满意度", "95%及以上", "88.32%及以上"),
)


def _lvliang(second_levels: dict[str, str] | None = None) -> ReviewResult:
    """吕梁's rows with their second levels as written (or renamed by ``second_levels``)."""
    rename = second_levels or {}
    rows = [
        Indicator(level1=l1, level2=rename.get(l2, l2), level3=name, value=value, actual=actual)
        for l1, l2, name, value, actual in _LVLIANG_ROWS
    ]
    project = Project(name="吕梁山护工培训", indicators=rows)
    return review_plan(
        DepartmentPlan(source_file=LVLIANG, kind="self_evaluation", projects=[project])
    )


def test_the_older_template_second_levels_are_the_framework_levels() -> None:
    """“产出数量 / 产出质量 / 产出时效 / 产出成本” are 数量、质量、时效、成本指标: not unknown
    levels (S110), not missing ones (S102)."""
    report = _lvliang()
    assert found(report, "S110") == []
    assert found(report, "S102") == []


def test_second_levels_outside_the_framework_are_still_raised() -> None:
    """A second level that names no framework level (“产出效果”) is still S110's; and with the
    质量 and 时效 rows filed under it, S102 says those levels are missing."""
    report = _lvliang({"产出质量": "产出效果", "产出时效": "产出效果"})
    assert [f.indicator_index for f in found(report, "S110")] == [2, 3]
    (missing,) = found(report, "S102", 1)
    assert "质量指标" in missing.message and "时效指标" in missing.message
    assert "数量指标" not in missing.message


def test_an_actual_far_above_its_floor_is_raised() -> None:
    """宣城 “毛发检查试剂数量 ≥2400份” → 3200份 (133%); 遂宁 (round 4's miss): 抽验批次 ≥3 → 7,
    药品监管企业数 ≥124 → 253, 医疗器械监管企业数 ≥21 → 85, and (one unit or two above a
    small floor: defensible in the audit) 药品抽验品种 ≥3 → 4, 医疗器械抽验批次 ≥2 → 3."""
    (hit,) = found(corpus_report(XUANCHENG), "N213", 1)
    assert hit.indicator_index == 2 and "133%" in hit.message and "原因" in hit.message
    hits = found(corpus_report(SUINING), "N213", 1)
    assert [f.indicator_index for f in hits] == [1, 2, 3, 4, 6]
    assert "405%" in hits[4].message


def test_met_targets_standards_and_rates_are_left_alone() -> None:
    """宣城 “≥1场” → 1场; 永德's rates and counts met exactly; 吕梁's rates and missed
    targets. (濉溪's money standard “>=570元/人*月” → 758, raised by policy, is raised and
    classified defensible: the deviation column should still say so.)"""
    assert [f.indicator_index for f in found(corpus_report(XUANCHENG), "N213")] == [2]
    assert found(corpus_report(YONGDE), "N213") == []
    assert found(_lvliang(), "N213") == []


def test_an_explained_excess_is_left_alone() -> None:
    row = Indicator(
        level1="产出指标", level2="数量指标", level3="毛发检查试剂数量", value="≥2400份",
        actual="3200份", deviation="全市开展吸毒人员毛发普查，追加采购800份",
    )  # fmt: skip
    plan = DepartmentPlan(
        source_file="t", kind="self_evaluation",
        projects=[Project(name="禁毒经费", indicators=[row])],
    )  # fmt: skip
    assert found(review_plan(plan), "N213") == []


def test_an_actual_written_as_a_bound_is_raised() -> None:
    """中江 copies its targets into the actuals (“≥266米”, “≥95%” …, six rows); 吕梁's
    满意度 actual “88.32%及以上” (the transcription: the import misreads that row)."""
    hits = found(corpus_report(ZHONGJIANG), "N214", 1)
    assert [f.indicator_index for f in hits] == [1, 2, 4, 5, 7, 9]
    assert "一字不差" in hits[0].message
    (hit,) = found(_lvliang(), "N214", 1)
    assert hit.indicator_index == 6 and "88.32%及以上" in hit.message
    assert "一字不差" not in hit.message
    (hit,) = found(transcribed_report(LVLIANG), "N214", 1)
    assert hit.indicator_index == 13
    # and on the import itself, since its rows opening with an empty 一级 cell are read as
    # rows of their own and its 完成值 column makes it a self-evaluation
    (hit,) = found(corpus_report(LVLIANG), "N214", 1)
    assert hit.indicator_index == 13 and "88.32%及以上" in hit.message


def test_actual_figures_are_left_alone() -> None:
    """中江's “100%” → 100% (验收合格率) and 20万元; 吕梁's 53.53%; 宣城's counts."""
    assert 3 not in {f.indicator_index for f in found(corpus_report(ZHONGJIANG), "N214")}
    assert [f.indicator_index for f in found(_lvliang(), "N214")] == [6]
    assert found(corpus_report(XUANCHENG), "N214") == []
