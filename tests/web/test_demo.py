"""`make demo`'s loader: the five seeds, an account per role, and the example year of 监控
and 自评 on the plan it names — so each dashboard has something true to show."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from jixiao.evaluation import Light
from jixiao.monitoring import monitor_round
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.demo import ACCOUNTS
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile
from tests.conftest import SEEDS_DIR
from tests.web.reports_world import EVALUATION_FILE, ROUND_FILE, example_round


@pytest.mark.django_db
def test_the_demo_loads_the_seeds_and_an_example_year(fast_passwords: Any) -> None:
    out = io.StringIO()
    call_command(
        "load_demo", str(SEEDS_DIR), monitoring=ROUND_FILE, evaluation=EVALUATION_FILE, stdout=out
    )
    assert PlanRecord.objects.count() == 5
    assert {u.username for u in User.objects.all()} == {a.username for a in ACCOUNTS}
    round_ = MonitoringRoundRecord.objects.get()
    plan = round_.plan
    assert plan.department.name == "张家口市机关事务管理局" and plan.status == "approved"
    assert round_.status == "submitted"  # waiting for the bureau
    expected = monitor_round(example_round(), plan_to_domain(plan), evaluation_profile())
    assert round_.red == len(expected.by_light()[Light.RED]) > 0
    evaluation = SelfEvaluationRecord.objects.get(plan=plan)
    assert evaluation.entries.exclude(grade="").count() > 0 and evaluation.average is not None
    assert f"红灯{round_.red}个" in out.getvalue()


def test_a_missing_seeds_folder_is_one_line_saying_where_and_how(tmp_path: Any) -> None:
    """`make demo` with no seeds folder: where it looked and how to point elsewhere, no
    traceback."""
    import os
    import subprocess
    import sys

    missing = tmp_path / "no-seeds-here"
    env = os.environ | {"JIXIAO_DATA_DIR": str(tmp_path / "var")}
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "jixiao.web.manage", "load_demo", str(missing)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert str(missing) in lines[0] and "SEEDS=" in lines[0]
