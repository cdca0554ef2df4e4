"""Properties of the stated-score arithmetic (a 自评表's own 分值, 得分 and 总分)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from jixiao.model.plan import Indicator, Project
from jixiao.review.rules.score_sums import (
    same_at_precision,
    stated_sums,
    total_arithmetic_wrong,
)

# 分值 of 3–10 rows adding up to 100 (or 90, the 执行率 taking the other 10)
WEIGHTS = st.tuples(
    st.lists(st.integers(1, 10), min_size=2, max_size=8), st.sampled_from((90, 100))
).map(lambda drawn: [*drawn[0], drawn[1] - sum(drawn[0])])


def _project(weights: list[int], scores: list[int], total: Decimal | None) -> Project:
    rows = [
        Indicator(level1="产出指标", level2="数量指标", level3=f"指标{n}", weight=w, score=s)
        for n, (w, s) in enumerate(zip(weights, scores, strict=True), start=1)
    ]
    return Project(name="示例项目", indicators=rows, total_score=total)


@given(WEIGHTS, st.data())
def test_a_total_that_adds_up_is_never_wrong(weights: list[int], data: st.DataObject) -> None:
    scores = [data.draw(st.integers(0, w)) for w in weights]
    execution = data.draw(st.integers(0, 100 - sum(weights)))
    project = _project(weights, scores, Decimal(sum(scores) + execution))
    assert stated_sums(project).whole_table
    assert not total_arithmetic_wrong(project)


@given(WEIGHTS, st.data())
def test_a_total_beyond_the_rows_and_the_execution_points_is_wrong(
    weights: list[int], data: st.DataObject
) -> None:
    scores = [data.draw(st.integers(0, w)) for w in weights]
    room = 100 - sum(weights)  # the 执行率's points
    off = data.draw(st.one_of(st.integers(-50, -1), st.integers(room + 1, room + 50)))
    project = _project(weights, scores, Decimal(sum(scores) + off))
    assert total_arithmetic_wrong(project)


@given(st.decimals(min_value=0, max_value=100, places=4), st.integers(0, 2))
def test_a_score_equals_itself_rounded_to_the_stated_places(value: Decimal, places: int) -> None:
    step = Decimal(1).scaleb(-places)
    for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN):  # 四舍五入, and banker's rounding
        stated = value.quantize(step, rounding=rounding)
        assert same_at_precision(value, stated)
        assert not same_at_precision(value + 1, stated)


def test_a_value_at_the_half_may_be_stated_either_way_but_no_further() -> None:
    assert same_at_precision(Decimal("84.445"), Decimal("84.45"))
    assert same_at_precision(Decimal("84.445"), Decimal("84.44"))
    assert not same_at_precision(Decimal("84.446"), Decimal("84.44"))
    assert not same_at_precision(Decimal("84.444"), Decimal("84.45"))
