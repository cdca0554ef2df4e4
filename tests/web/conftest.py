"""The web application's test world: a region with two departments (seed 002 and seed 003
loaded as their plans), one account per role in each, and signed-in clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department, Membership, Region, Unit
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import department_for, store_plan
from jixiao.workflow import Role
from tests.conftest import seed_path

PASSWORD = "test-password-1"
OWN_SEED = "002_9d52ecbd56ee9879"  # 承德县机关事务管理办公室 2023, 8 projects
OTHER_SEED = "003_8840c27e1ab8127d"  # 张家口市机关事务管理局 2024, 4 units, 14 projects


@dataclass
class World:
    region: Region
    own: Department
    other: Department
    own_plan: PlanRecord
    other_plan: PlanRecord
    users: dict[str, User]

    def client(self, who: str | None) -> Client:
        client = Client()
        if who is not None:
            client.force_login(self.users[who])
        return client


def make_user(
    username: str,
    role: Role,
    region: Region,
    department: Department | None = None,
    unit: Unit | None = None,
) -> User:
    user = User.objects.create_user(username, password=PASSWORD, first_name=username)
    Membership.objects.create(
        user=user, role=role.value, region=region, department=department, unit=unit
    )
    return user


def build_world() -> World:
    region = Region.objects.create(name="测试区划", bureau="测试区划财政局")
    own_doc = import_file(seed_path(OWN_SEED))
    other_doc = import_file(seed_path(OTHER_SEED))
    own = department_for(own_doc, region)
    other = department_for(other_doc, region)
    own_plan = store_plan(own_doc, own, force=True)
    other_plan = store_plan(other_doc, other, force=True)
    other_unit = Unit.objects.get(department=other, code="430004")
    users = {
        "editor": make_user("editor", Role.UNIT_EDITOR, region, own),
        "reviewer": make_user("reviewer", Role.DEPARTMENT_REVIEWER, region, own),
        "bureau": make_user("bureau", Role.BUREAU_REVIEWER, region),
        "admin": make_user("admin", Role.ADMIN, region),
        "other_editor": make_user("other_editor", Role.UNIT_EDITOR, region, other),
        "other_reviewer": make_user("other_reviewer", Role.DEPARTMENT_REVIEWER, region, other),
        "unit_editor": make_user("unit_editor", Role.UNIT_EDITOR, region, other, other_unit),
        "expert": make_user("expert", Role.EXPERT, region),
        "expert2": make_user("expert2", Role.EXPERT, region),
    }
    return World(region, own, other, own_plan, other_plan, users)


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    """Tests make many accounts: a fast hash instead of the slow, safe default."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def jobs_run_in_place(settings: Any) -> None:
    """Jobs run as they are enqueued, inside the test's transaction; the tests of the real
    queue (tests/web/test_jobs_worker.py) start a worker process instead."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def data_dir_apart(settings: Any, tmp_path: Path) -> None:
    """Files the site keeps in its data directory (the public downloads) stay per test."""
    settings.DATA_DIR = tmp_path / "data"


@pytest.fixture
def world(db: Any, fast_passwords: None) -> World:
    return build_world()


@pytest.fixture
def client_for(world: World) -> Callable[[str | None], Client]:
    return world.client
