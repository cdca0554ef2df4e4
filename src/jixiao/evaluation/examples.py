"""Score a method's worked example through the engine, as the tests and the docs do."""

from __future__ import annotations

from decimal import Decimal

from jixiao.evaluation.engine import score_project
from jixiao.evaluation.model import IndicatorResult, ProjectEvaluation
from jixiao.evaluation.weights import pool_of
from jixiao.scoring.methods import EXECUTION_RATE, ScoringMethod, WorkedExample
from jixiao.scoring.profile import load_evaluation_profile

_LEVELS = ("产出指标", "数量指标")


def example_score(method: ScoringMethod, example: WorkedExample) -> tuple[Decimal, str | None]:
    """The score the engine gives ``example``, and the id of the method it used.

    The indicator sits in the 产出 pool next to a met filler indicator holding the rest of
    the pool's points, so its own 分值 is used as written.
    """
    profile = load_evaluation_profile(example.profile)
    if method is EXECUTION_RATE:
        project = ProjectEvaluation(
            name="示例", budget_total=Decimal(example.target), executed=Decimal(example.actual)
        )
        return score_project(project, profile).execution_score, method.id
    weight = Decimal(example.weight)
    pool = pool_of(_LEVELS[0], profile.scoring.pools)
    assert pool is not None
    level1, level2 = _LEVELS
    item = IndicatorResult(
        level1=level1,
        level2=level2,
        level3="示例指标",
        target=example.target,
        actual=example.actual,
        weight=weight,
    )
    filler = IndicatorResult(
        level1=level1,
        level2=level2,
        level3="其余指标",
        target="≥1次",
        actual="1次",
        weight=pool.weight - weight,
    )
    project = ProjectEvaluation(
        name="示例", budget_total=Decimal(1), executed=Decimal(1), indicators=[item, filler]
    )
    row = score_project(project, profile).indicators[0]
    return row.score, row.method
