"""Numeric invariants of the scoring: scores within their weights, totals within 0–100."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.evaluation import (
    IndicatorResult,
    ProjectEvaluation,
    available_evaluation_profiles,
    load_evaluation_profile,
    score_project,
)

PROFILES = [load_evaluation_profile(p) for p in available_evaluation_profiles()]
LEVELS = [
    ("产出指标", "数量指标"),
    ("产出指标", "成本指标"),
    ("成本指标", "经济成本指标"),
    ("效益指标", "社会效益指标"),
    ("满意度指标", "服务对象满意度指标"),
    ("其他", "其他"),
]
DIRECTIONS = ["≥", "≤", "=", ">", "<", "", "不少于", "以内"]
UNITS = ["%", "万元", "元", "次", "天", ""]
WORDS = [
    "达成",
    "部分达成",
    "未达成",
    "基本完成",
    "是",
    "否",
    "较好",
    "一般",
    "按时完成",
    "",
    "暂无",
]

numbers = st.decimals(min_value=-10, max_value=100000, places=2, allow_nan=False)


@st.composite
def quantities(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(DIRECTIONS))}{draw(numbers)}{draw(st.sampled_from(UNITS))}"


values = st.one_of(quantities(), st.sampled_from(WORDS), st.text(max_size=8))


@st.composite
def indicators(draw: st.DrawFn) -> IndicatorResult:
    level1, level2 = draw(st.sampled_from(LEVELS))
    weight = draw(st.one_of(st.none(), st.decimals(min_value=0, max_value=80, places=2)))
    share = draw(st.one_of(st.none(), st.decimals(min_value=0, max_value=1, places=2)))
    return IndicatorResult(
        level1=level1,
        level2=level2,
        level3="指标",
        target=draw(values),
        actual=draw(values),
        weight=weight,
        share=share,
    )


money = st.one_of(st.none(), st.decimals(min_value=-5, max_value=10**7, places=2))


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(indicators(), max_size=14),
    budget=money,
    executed=money,
    profile=st.sampled_from(PROFILES),
)
def test_scores_within_weights_and_totals_within_0_100(
    rows: list[IndicatorResult],
    budget: Decimal | None,
    executed: Decimal | None,
    profile: object,
) -> None:
    project = ProjectEvaluation(name="p", budget_total=budget, executed=executed, indicators=rows)
    result = score_project(project, profile)  # type: ignore[arg-type]
    for row in result.indicators:
        assert 0 <= row.score <= row.weight
    assert 0 <= result.execution_score <= result.execution_weight
    assert 0 <= result.total <= 100
    pools = sum((p.weight for p in profile.scoring.pools), Decimal(0))  # type: ignore[attr-defined]
    assert sum(r.weight for r in result.indicators) <= pools + Decimal("0.01") * len(rows)
    assert result.grade in {"优", "良", "中", "差"}
