"""Helpers for the 监控 and 自评 web tests: an approved plan and the example year's data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.evaluation import EvaluationBatch, ProjectEvaluation
from jixiao.monitoring import MonitoringRound, ProjectProgress
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.workflow import Action, Role

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROUND_FILE = FIXTURES / "monitoring" / "round-2024-07.json"
EVALUATION_FILE = FIXTURES / "evaluation" / "self-evaluation-2024.json"


def approve(plan: PlanRecord, admin: Any) -> PlanRecord:
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, plan, action)
    plan.refresh_from_db()
    return plan


def example_round() -> MonitoringRound:
    return MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))


def example_evaluations() -> EvaluationBatch:
    return EvaluationBatch.model_validate_json(EVALUATION_FILE.read_text(encoding="utf-8"))


def find(items: list[Any], code: str | None, name: str) -> Any:
    """The item with this project code, else with this name (as the uploads match)."""
    by_code = [i for i in items if code and i.code == code]
    return by_code[0] if by_code else next(i for i in items if i.name == name)


def reported(stored: ProjectProgress, example: ProjectProgress) -> ProjectProgress:
    """What a unit types into the prefilled form: the example's figures and indicator rows
    (matched by 三级指标), the rest left as prefilled."""
    rows = {row.level3: row for row in example.indicators}
    indicators = [
        item.model_copy(
            update=rows[item.level3].model_dump(
                include={
                    "value_to_date",
                    "expected_value",
                    "likelihood",
                    "cause",
                    "cause_text",
                    "measures",
                }
            )
        )
        if item.level3 in rows
        else item
        for item in stored.indicators
    ]
    return stored.model_copy(
        update={
            "spent_to_date": example.spent_to_date,
            "expected_full_year": example.expected_full_year,
            "monthly": example.monthly,
            "goal_progress": example.goal_progress,
            "indicators": indicators,
        }
    )


def evaluated(stored: ProjectEvaluation, example: ProjectEvaluation) -> ProjectEvaluation:
    rows = {row.level3: row for row in example.indicators}
    indicators = [
        item.model_copy(update=rows[item.level3].model_dump(include={"actual", "explanation"}))
        if item.level3 in rows
        else item
        for item in stored.indicators
    ]
    money = example.model_dump(
        include={
            "budget_initial",
            "budget_total",
            "executed",
            "fiscal_current",
            "carried_over",
            "other_funds",
        },
        exclude_none=True,
    )
    return stored.model_copy(
        update={**money, "goal_achieved": example.goal_achieved, "indicators": indicators}
    )
