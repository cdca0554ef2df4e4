"""Helpers for the 监控 and 自评 web tests: an approved plan and the example year's data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.evaluation import EvaluationBatch
from jixiao.monitoring import MonitoringRound
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
