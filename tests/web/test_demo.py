"""`make demo`'s loader: the five seeds, an account per role, and the example year of 监控
and 自评 on the plan it names — so each dashboard has something true to show."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from jixiao.evaluation import Light
from jixiao.monitoring import monitor_round
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.exante.models import ProposalRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.demo import ACCOUNTS
from jixiao.web.plans.models import PlanRecord
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.surveys.models import SurveyRecord
from tests.conftest import SEEDS_DIR
from tests.web.reports_world import EVALUATION_FILE, ROUND_FILE, example_round


@pytest.mark.django_db
def test_the_demo_loads_the_seeds_and_an_example_year(fast_passwords: Any) -> None:
    out = io.StringIO()
    call_command(
        "load_demo", str(SEEDS_DIR), monitoring=ROUND_FILE, evaluation=EVALUATION_FILE, stdout=out
    )
    assert PlanRecord.objects.count() == 6  # the five seeds, and the year the assessment opened
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


@pytest.mark.django_db
def test_the_demo_has_each_part_of_the_cycle(fast_passwords: Any) -> None:
    out = io.StringIO()
    call_command(
        "load_demo", str(SEEDS_DIR), monitoring=ROUND_FILE, evaluation=EVALUATION_FILE, stdout=out
    )
    proposal = ProposalRecord.objects.get()
    assert proposal.conclusion == "予以支持" and proposal.sheets.count() == 2
    assert proposal.plan is not None and proposal.plan.year == 2024
    assert proposal.plan.projects.get().name == proposal.core.name
    statuses = RectificationRecord.objects.values_list("status", flat=True)
    assert sorted(statuses) == ["in_progress", "pending", "reported", "verified"]
    department = DepartmentSelfEvaluation.objects.get()
    assert department.plan == RectificationRecord.objects.first().plan  # type: ignore[union-attr]
    assert department.total is not None and department.total > 60
    survey = SurveyRecord.objects.get()
    assert survey.answers.count() == 36
    text = out.getvalue()
    assert "事前绩效评估：机关食堂油烟净化改造，予以支持" in text and "36份问卷" in text
    for who in ("bianzhi", "caizheng"):
        client = Client()
        client.force_login(User.objects.get(username=who))
        home = client.get("/").content.decode()
        assert "/exante/" in home and "/rectification/" in home and "/surveys/" in home
        assert f"/plans/{department.plan_id}/department/" in home
    # the experts scored it, and see that assessment only
    assert all(sheet.expert for sheet in proposal.sheets.all())
    assert "专家评分2份" in text
    expert = Client()
    expert.force_login(User.objects.get(username="zhuanjia1"))
    assert expert.get(f"/exante/{proposal.pk}/").status_code == 200
    assert expert.get(f"/plans/{department.plan_id}/").status_code == 404
    # the department's 自评报告 downloads from its page
    report = f"/department/{department.pk}/report/docx"
    assert report in text
    caizheng = Client()
    caizheng.force_login(User.objects.get(username="caizheng"))
    assert report in caizheng.get(f"/plans/{department.plan_id}/department/").content.decode()
    response = caizheng.get(report)
    assert response.status_code == 200 and response.content[:2] == b"PK"


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
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert str(missing) in lines[0] and "SEEDS=" in lines[0]
