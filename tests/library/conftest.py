"""Fixtures for the 指标库 tests: one library built from the five seed documents."""

from __future__ import annotations

from functools import cache

from jixiao.library import IndicatorLibrary, build_library
from jixiao.model import DepartmentPlan
from tests.review.conftest import SEEDS, seed_plan


def seed_plans() -> list[DepartmentPlan]:
    return [seed_plan(short) for short in sorted(SEEDS)]


@cache
def seed_library() -> IndicatorLibrary:
    return build_library(seed_plans())
