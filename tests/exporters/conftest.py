"""Session fixtures: each seed imported once, each export written once per format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jixiao.exporters.formats import export_plan, get_format
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from tests.conftest import seed_path

Exported = Callable[[str, str], Path]
Reimported = Callable[[str, str], DepartmentPlan]


@pytest.fixture(scope="session")
def seed_plan() -> Callable[[str], DepartmentPlan]:
    plans: dict[str, DepartmentPlan] = {}

    def get(stem: str) -> DepartmentPlan:
        if stem not in plans:
            plans[stem] = import_file(seed_path(stem))
        return plans[stem]

    return get


@pytest.fixture(scope="session")
def exported(
    tmp_path_factory: pytest.TempPathFactory, seed_plan: Callable[[str], DepartmentPlan]
) -> Exported:
    """``exported(stem, fmt)``: the seed written in that format (once per session)."""
    folder = tmp_path_factory.mktemp("exported")
    paths: dict[tuple[str, str], Path] = {}

    def get(stem: str, fmt: str) -> Path:
        key = (stem, fmt)
        if key not in paths:
            target = folder / fmt / f"{stem}{get_format(fmt).suffix}"
            paths[key] = export_plan(seed_plan(stem), fmt, target)[0]
        return paths[key]

    return get


@pytest.fixture(scope="session")
def reimported(exported: Exported) -> Reimported:
    """``reimported(stem, fmt)``: the seed's export imported again (once per session)."""
    plans: dict[tuple[str, str], DepartmentPlan] = {}

    def get(stem: str, fmt: str) -> DepartmentPlan:
        if (stem, fmt) not in plans:
            plans[(stem, fmt)] = import_file(exported(stem, fmt))
        return plans[(stem, fmt)]

    return get
