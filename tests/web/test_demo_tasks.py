"""`make demo` opens example tasks: every role's 工作台 shows its tasks and deadlines, one
task is overdue and was chased (催报), and progress comes from the demo's records."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from jixiao.tasks import Progress
from jixiao.web.tasks.board import board_rows
from jixiao.web.tasks.demo import open_demo_tasks
from jixiao.web.tasks.models import Message, Task
from tests.conftest import SEEDS_DIR
from tests.web.reports_world import EVALUATION_FILE, ROUND_FILE


@pytest.mark.django_db
def test_the_demo_opens_tasks_every_role_sees(fast_passwords: Any) -> None:
    out = io.StringIO()
    call_command(
        "load_demo", str(SEEDS_DIR), monitoring=ROUND_FILE, evaluation=EVALUATION_FILE, stdout=out
    )
    assert Task.objects.count() == 4 and "已催报 2 个部门" in out.getvalue()
    assert open_demo_tasks() == []  # a second run adds none
    today = timezone.localdate()
    boards = {
        str(task): {
            r.department.name: r for r in board_rows(task, list(task.departments.all()), today)
        }
        for task in Task.objects.all()
    }
    overdue = boards["2023年度绩效运行监控（截至7月31日）"]["承德县机关事务管理办公室"]
    assert overdue.overdue and overdue.progress is Progress.NOT_STARTED
    monitor = boards["2024年度绩效运行监控（截至7月31日）"]
    assert monitor["张家口市机关事务管理局"].progress is Progress.SUBMITTED  # the example round
    assert monitor["曹妃甸区政务接待中心"].progress is Progress.NOT_STARTED
    assert boards["2024年度单位自评"]["张家口市机关事务管理局"].progress is Progress.FILLING
    assert boards["2024年度绩效目标申报"]["张家口市机关事务管理局"].progress is Progress.DONE
    for username, shown in {
        "bianzhi": ["2023年度绩效运行监控", "逾期 3 天"],
        "chushen": ["2023年度绩效运行监控", "逾期 3 天"],
        "caizheng": ["2024年度绩效运行监控", "2024年度单位自评", "2 个逾期"],
        "admin": ["2024年度绩效目标申报", "还剩 10 天"],
    }.items():
        client = Client()
        client.force_login(User.objects.get(username=username))
        home = client.get("/").content.decode()
        for text in shown:
            assert text in home, (username, text)
    bianzhi = User.objects.get(username="bianzhi")
    assert Message.objects.filter(recipient=bianzhi, kind="reminder").count() == 1
