"""自评打分: the worked examples of domain.md §7, rule by rule, through the engine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.evaluation import (
    METHODS,
    IndicatorResult,
    ProjectEvaluation,
    load_evaluation_profile,
    score_project,
)
from jixiao.evaluation.checks import CHECKS_BY_ID
from jixiao.evaluation.examples import example_score
from jixiao.scoring.methods import ScoringMethod, WorkedExample

D = Decimal
HEBEI = load_evaluation_profile("hebei-county")
HUBEI = load_evaluation_profile("hubei")


def _row(level1: str, name: str, target: str, actual: str, **extra: object) -> IndicatorResult:
    level2 = {
        "产出指标": "数量指标",
        "效益指标": "社会效益指标",
        "满意度指标": "服务对象满意度指标",
    }
    return IndicatorResult.model_validate(
        {
            "level1": level1,
            "level2": level2.get(level1, ""),
            "level3": name,
            "target": target,
            "actual": actual,
            **extra,
        }
    )


def _project(
    *rows: IndicatorResult, budget: str = "100", executed: str = "100"
) -> ProjectEvaluation:
    return ProjectEvaluation(
        name="示例项目", budget_total=D(budget), executed=D(executed), indicators=list(rows)
    )


def _checks(score: object) -> list[str]:
    return [f.check for f in score.findings]  # type: ignore[attr-defined]


EXAMPLES = [(m, e) for m in METHODS for e in m.examples]


@pytest.mark.parametrize(
    ("method", "example"), EXAMPLES, ids=[f"{m.id}:{e.target}->{e.actual}" for m, e in EXAMPLES]
)
def test_every_worked_example_of_every_method(
    method: ScoringMethod, example: WorkedExample
) -> None:
    score, used = example_score(method, example)
    assert score == D(example.score)
    assert used == method.id


def test_every_method_has_a_criterion_and_examples() -> None:
    assert len({m.id for m in METHODS}) == len(METHODS)
    for method in METHODS:
        assert method.criterion and method.examples


def test_a_complete_project_default_weights() -> None:
    # 产出 50 shared by 2 (25 each), 效益 30 by 1, 满意度 10 by 1, 执行率 10.
    project = _project(
        _row("产出指标", "维修次数", "≥20次", "20次"),
        _row("产出指标", "维修费", "≤50万元", "60万元"),  # 25 × (100−60)/50 = 20
        _row("效益指标", "保障正常运转", "好/较好/一般/差", "好"),
        _row("满意度指标", "满意度", "≥90%", "81%"),  # 10 × 81/90 = 9
        budget="80",
        executed="72",  # 90% → 9
    )
    result = score_project(project, HEBEI)
    assert [r.weight for r in result.indicators] == [25, 25, 30, 10]
    assert [r.score for r in result.indicators] == [D("25"), D("20"), D("30"), D("9")]
    assert result.execution_rate == D("0.9")
    assert result.execution_score == D("9")
    assert result.total == D("93")
    assert result.grade == "优"
    # 维修费 and 满意度 missed without an explanation.
    assert _checks(result) == ["E101", "E101"]


def test_le_rule_variant_comes_from_the_profile() -> None:
    project = _project(
        _row("产出指标", "维修费", "≤50万元", "60万元"),
        _row("效益指标", "效益", "是", "是"),
        _row("满意度指标", "满意度", "≥90%", "95%"),
    )
    linear = score_project(project, HEBEI).indicators[0]
    inverse = score_project(project, HUBEI).indicators[0]
    assert (linear.method, linear.score) == ("le_linear", D("40"))  # 50 × (100 − 60)/50
    assert (inverse.method, inverse.score) == ("le_inverse", D("41.67"))  # 50 × 50/60


def test_cost_without_direction_is_a_ceiling_and_money_converts() -> None:
    row = _row("产出指标", "物业费", "248.96万元", "2600000元", level2="成本指标")
    result = score_project(_project(row), HEBEI).indicators[0]
    assert result.method == "le_linear"
    # 2600000元 = 260万元: 50 × (497.92 − 260)/248.96
    assert result.score == D("47.78")


def test_qualitative_grades_and_stated_share() -> None:
    project = _project(
        _row("产出指标", "完成情况", "按时完成", "基本完成"),
        _row("产出指标", "制度", "健全", "部分达成", share="0.75"),
        _row("产出指标", "验收", "合格/不合格", "不合格"),
        _row("产出指标", "评判", "好/较好/一般/差", "达成", share="0.5"),  # clamped to 0.8
    )
    rows = score_project(project, HEBEI).indicators
    assert [r.band for r in rows] == ["部分达成", "部分达成", "未达成", "达成"]
    # 12.5 points each: 70%, 75%, 0, 80%
    assert [r.score for r in rows] == [D("8.75"), D("9.38"), D("0"), D("10")]


def test_overshoot_needs_an_explanation() -> None:
    overshoot = _row("产出指标", "培训人次", "≥100人次", "140人次")
    explained = overshoot.model_copy(update={"explanation": "新增线上培训，目标定得偏低。"})
    result = score_project(_project(overshoot, _row("产出指标", "次数", "≥4次", "5次")), HEBEI)
    assert _checks(result) == ["E109", "E109", "E102"]  # 125% on 次数 is not flagged
    assert result.indicators[0].score == 25  # full weight, never more
    assert "E102" not in _checks(score_project(_project(explained), HEBEI))
    # 129%: below the 130% threshold.
    near = _row("产出指标", "培训人次", "≥100人次", "129人次")
    assert "E102" not in _checks(score_project(_project(near), HEBEI))


def test_missed_with_an_explanation_is_not_flagged() -> None:
    row = _row("产出指标", "次数", "≥4次", "3次", explanation="疫情影响，下半年补足。")
    result = score_project(_project(row), HEBEI)
    assert result.indicators[0].score == D("37.5")
    assert "E101" not in _checks(result)


def test_zero_budget_does_not_crash() -> None:
    nothing = score_project(_project(budget="0", executed="0"), HEBEI)
    assert nothing.execution_rate is None
    assert nothing.execution_score == 10
    assert "E104" in _checks(nothing)
    spent = score_project(_project(budget="0", executed="3"), HEBEI)
    assert spent.execution_score == 0 and "E105" in _checks(spent)
    missing = score_project(ProjectEvaluation(name="无数"), HEBEI)
    assert missing.execution_score == 0 and missing.total == 0 and missing.grade == "差"
    assert "E106" in _checks(missing)


def test_overspending_is_capped() -> None:
    result = score_project(_project(budget="100", executed="120"), HEBEI)
    assert result.execution_rate == D("1.2")
    assert result.execution_score == 10
    assert "E110" in _checks(result)


def test_explicit_weights_override_and_are_rescaled_when_wrong() -> None:
    given = _project(
        _row("产出指标", "a", "≥1次", "1次", weight="30"),
        _row("产出指标", "b", "≥1次", "1次"),  # b and c share the other 20
        _row("产出指标", "c", "≥1次", "1次"),
    )
    assert [r.weight for r in score_project(given, HEBEI).indicators] == [30, 10, 10]
    wrong = _project(
        _row("产出指标", "a", "≥1次", "1次", weight="30"),
        _row("产出指标", "b", "≥1次", "1次", weight="30"),
    )
    result = score_project(wrong, HEBEI)
    assert [r.weight for r in result.indicators] == [25, 25]
    assert "E107" in _checks(result)


def test_unknown_level_and_unscorable_values_are_findings() -> None:
    project = _project(
        _row("其他指标", "x", "≥1次", "1次"),
        _row("产出指标", "面积", "≥100平方米", "3个"),
        _row("产出指标", "空", "≥100平方米", ""),
    )
    result = score_project(project, HEBEI)
    assert _checks(result).count("E103") == 2
    assert "E108" in _checks(result)
    assert [r.method for r in result.indicators] == ["ge_ratio", None, None]
    assert (result.indicators[0].weight, result.indicators[0].score) == (0, 0)


def test_grades_follow_the_bands() -> None:
    settings = HEBEI.scoring
    assert [settings.grade_of(D(s)) for s in ("90", "89.99", "80", "79.99", "60", "59.99")] == [
        "优",
        "良",
        "良",
        "中",
        "中",
        "差",
    ]


def test_every_check_has_a_unique_id_and_text() -> None:
    for check_id, check in CHECKS_BY_ID.items():
        assert check_id.startswith("E") and check.title and check.explanation and check.suggestion
