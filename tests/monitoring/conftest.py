"""The example monitoring round: seed 003 (张家口市机关事务管理局 2024) at 31 July."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.monitoring import MonitoringRound
from tests.conftest import seed_path

ROUND_FILE = Path(__file__).parent.parent / "fixtures" / "monitoring" / "round-2024-07.json"
SEED = "003_8840c27e1ab8127d"


@pytest.fixture(scope="session")
def plan_003() -> DepartmentPlan:
    return import_file(seed_path(SEED))


@pytest.fixture
def example_round() -> MonitoringRound:
    return MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))
