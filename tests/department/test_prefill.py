"""The 部门整体自评 starts from the plan's disclosure tables: seed 004 discloses them."""

from __future__ import annotations

from decimal import Decimal

from jixiao.department.prefill import disclosed_budget, disclosed_sangong
from jixiao.importers.api import import_file
from tests.conftest import seed_path


def test_the_disclosed_budget_and_sangong_of_seed_004() -> None:
    plan = import_file(seed_path("004_c52ee38ce6c6c3d2"))
    assert disclosed_budget(plan.disclosure) == Decimal("8900.03")
    assert disclosed_sangong(plan.disclosure) == Decimal("374.46")


def test_a_plan_without_disclosure_prefills_nothing() -> None:
    plan = import_file(seed_path("002_9d52ecbd56ee9879"))
    assert disclosed_budget(plan.disclosure) is None and disclosed_sangong(None) is None
