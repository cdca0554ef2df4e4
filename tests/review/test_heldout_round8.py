"""Checks added after the held-out round 8 (eight self-evaluations the rules never saw), on
real documents and counter-examples: N224 raises a row that is the sum of the numbered rows
under it when both carry points (隆阳: “一、示范区建立 ≥20000亩” = 500+1000+18500亩, 15 points
and again 5+5+5), and leaves a breakdown whose parts carry none (萧县: “其中…”); R112's
names now include the 资金拨款率 (鄂州: “预算资金拨款率 100%” as a 数量指标)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found

LONGYANG = "self_evaluation/yunnan_ru8-longyang-huafei-jianliang-zengxiao-pipe-cut_2022"
EZHOU = "self_evaluation/hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
XIAOXIAN = "self_evaluation/anhui_xiaoxian-zhangzhuangzhai-tese-zhongyang-fenzhi-qizhong-pipe_2023"

Row = tuple[str, str, str | None]  # name, value, points (得分) or None


def _plan(*rows: Row, level2: str = "数量指标") -> DepartmentPlan:
    indicators = [
        Indicator(
            level1="产出指标",
            level2=level2,
            level3=name,
            value=value,
            actual=value.lstrip("≥"),
            score=Decimal(points) if points else None,
        )
        for name, value, points in rows
    ]
    project = Project(name="化肥减量增效示范县项目", indicators=indicators)
    return DepartmentPlan(source_file="t", kind="self_evaluation", projects=[project])


def _rows(plan: DepartmentPlan) -> list[int | None]:
    return [f.indicator_index for f in found(review_plan(plan), "N224")]


def test_subtotals_scored_with_their_parts_are_raised() -> None:
    """隆阳: both parent rows (1: 20000亩 = 500+1000+18500, 5: 15组 = 5+5+3+2), not the
    “三、土样植株化验” that has no part under it."""
    hits = found(corpus_report(LONGYANG), "N224", 1)
    assert [f.indicator_index for f in hits] == [1, 5]
    assert "500+1000+18500" in hits[0].message and "15分" in hits[0].message
    assert "5+5+3+2" in hits[1].message


def test_a_breakdown_whose_parts_carry_no_points_is_left_alone() -> None:
    """萧县: “补助各类瓜果蔬菜种植面积 29.5亩” (20 points) and its four “其中…” rows (none)."""
    assert found(corpus_report(XIAOXIAN), "N224") == []


def test_parts_that_do_not_add_up_or_count_other_things_are_left_alone() -> None:
    whole: Row = ("一、示范区建立", "≥20000亩", "15")
    parts: list[Row] = [
        ("1、水稻", "≥500亩", "5"),
        ("2、玉米", "≥1000亩", "5"),
        ("3、配方肥", "≥18500亩", "5"),
    ]
    assert _rows(_plan(whole, *parts)) == [1]
    assert _rows(_plan(whole, *parts[:2])) == []  # 1500 is not 20000
    assert _rows(_plan(whole, ("1、水稻", "≥500户", "5"), *parts[1:])) == []  # another unit
    assert _rows(_plan(whole, *[(n, v, None) for n, v, _ in parts])) == []  # parts unscored
    assert _rows(_plan(("一、示范区建立", "≥20000亩", None), *parts)) == []  # whole unscored
    assert _rows(_plan(*parts)) == []  # a numbered list with no row above it
    assert _rows(_plan(whole, parts[0])) == []  # one part is a restatement, not a breakdown
    assert _rows(_plan(("培训人次", "≥300人次", "10"), ("1、乡镇干部", "≥100人次", "5"),
                       ("其中村干部", "≥200人次", "5"))) == [1]  # fmt: skip


def test_a_funds_allocation_rate_set_as_an_output_is_raised() -> None:
    """鄂州: “预算执行率” (row 1, as before) and now “预算资金拨款率” (row 2); a subsidy paid
    out to its recipients stays the project's output."""
    assert [f.indicator_index for f in found(corpus_report(EZHOU), "R112", 1)] == [1, 2]
    plan = _plan(("预算资金拨付率", "100%", None), ("补助资金拨付率", "100%", None))
    assert [f.indicator_index for f in found(review_plan(plan), "R112")] == [1]
