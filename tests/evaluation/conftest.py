"""The example self-evaluations (seed 003's projects, 2024), filled in as a unit would."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.evaluation import ProjectEvaluation, load_batch

EXAMPLE = Path(__file__).parent.parent / "fixtures" / "evaluation" / "self-evaluation-2024.json"


def example_evaluations() -> list[ProjectEvaluation]:
    """The batch with every field of the 自评表 filled in for the round trips."""
    batch = load_batch(EXAMPLE)
    full = {
        "department": batch.department,
        "unit": "张家口市机关事务保障中心",
        "year": 2024,
        "goal_expected": "保障机关正常运转。",
        "goal_achieved": "基本完成年度目标。",
    }
    projects = [p.model_copy(update=full) for p in batch.projects]
    first = projects[0]
    projects[0] = first.model_copy(
        update={
            "budget_initial": Decimal("9"),
            "fiscal_current": Decimal("9.2"),
            "carried_over": Decimal("0"),
            "other_funds": None,
            # Explicit weights survive the round trip; the others stay "default".
            "indicators": [
                i.model_copy(update={"weight": Decimal(w)})
                for i, w in zip(
                    first.indicators, ("10", "10", "5", "5", "20", "30", "10"), strict=True
                )
            ],
        }
    )
    return projects


@pytest.fixture
def evaluations() -> list[ProjectEvaluation]:
    return example_evaluations()
