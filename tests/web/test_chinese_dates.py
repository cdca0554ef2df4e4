"""Dates in sentences read as Chinese writes them: 截至7月31日, 2024年7月31日.

The 工作台 listed 「2023年度绩效运行监控（截至07月31日）」 and starting a round said
「已开始2024年07月31日的绩效运行监控」 (in the message and the audit log): strftime's zeros."""

from __future__ import annotations

import pytest
from django.utils import timezone

from jixiao.web.audit.models import AuditEntry
from tests.web.conftest import World
from tests.web.reports_world import approve


@pytest.mark.django_db
def test_a_monitoring_task_and_round_write_the_date_without_zeros(world: World) -> None:
    bureau = world.client("bureau")
    deadline = timezone.localdate().replace(month=12, day=31)
    response = bureau.post(
        "/tasks/new/",
        {
            "year": "2024",
            "stage": "monitor",
            "monitor_date": "2024-07-31",
            "deadline": deadline.isoformat(),
            "departments": [str(world.other.pk)],
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    home = world.client("other_editor").get("/").content.decode()
    assert "2024年度绩效运行监控（截至7月31日）" in home, "the task's date has zeros"

    approve(world.other_plan, world.users["admin"])
    started = world.client("other_editor").post(
        f"/plans/{world.other_plan.pk}/monitoring/new/", {"monitor_date": "2024-07-31"}, follow=True
    )
    assert "已开始2024年7月31日的绩效运行监控" in started.content.decode()
    logged = AuditEntry.objects.filter(summary__startswith="开始").values_list("summary", flat=True)
    assert [s.split("（")[0] for s in logged] == ["开始2024年7月31日的绩效运行监控"]
    for page in (home, started.content.decode()):
        assert "07月" not in page
