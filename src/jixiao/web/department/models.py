"""部门整体自评 of a plan's year: what the unit entered and the reviewer judged (the core's
:class:`jixiao.department.DepartmentEvaluation` as JSON, without the rolled-up parts, which
are read live from the plan's 自评 and surveys), in the 报送 flow of 监控 and 自评."""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.models import ReportRecord


class DepartmentSelfEvaluation(ReportRecord):
    plan = models.OneToOneField(
        PlanRecord, on_delete=models.CASCADE, related_name="department_evaluation"
    )
    data = models.JSONField("填报内容", encoder=DjangoJSONEncoder)
    lock_version = models.PositiveIntegerField("版本号", default=1)
    total = models.FloatField("总分", null=True, blank=True)
    grade = models.CharField("等级", max_length=4, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "部门整体自评"

    def __str__(self) -> str:
        return f"{self.plan} 部门整体自评"
