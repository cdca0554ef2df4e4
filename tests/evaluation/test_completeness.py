"""填报完整性: an entry is scored only once what the official method needs is entered."""

from __future__ import annotations

from jixiao.evaluation import ProjectEvaluation, missing_to_score, ready_to_score, score_project
from jixiao.scoring.profile import load_evaluation_profile


def _survey_only(full: ProjectEvaluation) -> ProjectEvaluation:
    """What the survey page leaves: the 满意率 entered, the money and the rest not."""
    rows = [
        row.model_copy(update={"actual": row.actual if "满意" in row.level2 + row.level3 else ""})
        for row in full.indicators
    ]
    return full.model_copy(update={"executed": None, "indicators": rows})


def test_a_fully_filled_example_is_ready(evaluations: list[ProjectEvaluation]) -> None:
    for evaluation in evaluations:
        assert missing_to_score(evaluation) == []
        assert ready_to_score(evaluation)


def test_a_partly_filled_entry_lists_what_is_missing(
    evaluations: list[ProjectEvaluation],
) -> None:
    full = evaluations[0]
    partial = _survey_only(full)
    missing = missing_to_score(partial)
    unfilled = [row.level3 for row in full.indicators if "满意" not in row.level2 + row.level3]
    assert missing == ["全年执行数", *(f"实际完成值：{name}" for name in unfilled)]
    assert not ready_to_score(partial) and not partial.is_blank
    # the grade it would get is what the web must not show: 差, from the missing zeros
    assert score_project(partial, load_evaluation_profile()).grade == "差"


def test_each_missing_piece_alone_blocks_scoring(evaluations: list[ProjectEvaluation]) -> None:
    full = evaluations[1]
    assert missing_to_score(full.model_copy(update={"budget_total": None})) == ["全年预算数"]
    rows = list(full.indicators)
    rows[2] = rows[2].model_copy(update={"actual": "  "})
    assert missing_to_score(full.model_copy(update={"indicators": rows})) == [
        f"实际完成值：{rows[2].level3}"
    ]
    rows[2] = rows[2].model_copy(update={"level3": "", "actual": ""})
    unnamed = full.model_copy(update={"indicators": rows})
    assert missing_to_score(unnamed) == ["实际完成值：第3项指标"]
