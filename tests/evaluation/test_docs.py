"""docs/evaluation.md names every scoring method, check and profile key."""

from __future__ import annotations

from pathlib import Path

from jixiao.evaluation import METHODS
from jixiao.evaluation.checks import CHECKS_BY_ID as EVALUATION_CHECKS
from jixiao.monitoring.checks import CHECKS_BY_ID as MONITORING_CHECKS
from jixiao.scoring.profile import MonitoringSettings, ResultSettings, ScoringSettings

DOC = (Path(__file__).parent.parent.parent / "docs" / "evaluation.md").read_text(encoding="utf-8")


def test_every_method_check_and_key_is_documented() -> None:
    names = [
        *(f"`{m.id}`" for m in METHODS),
        *EVALUATION_CHECKS,
        *MONITORING_CHECKS,
        *(
            f"`{key}`"
            for model in (ScoringSettings, MonitoringSettings, ResultSettings)
            for key in model.model_fields
        ),
    ]
    missing = [name for name in names if name not in DOC]
    assert not missing
