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


class DepartmentRoundRecord(models.Model):
    """部门整体运行监控 of one 监控 round: the department's spending to date (when it differs
    from the sum of its projects) and its goals' targets with what the unit expects."""

    round = models.OneToOneField(
        "monitoring.MonitoringRoundRecord", on_delete=models.CASCADE, related_name="department_line"
    )
    budget = models.DecimalField("部门预算数", max_digits=14, decimal_places=4, null=True)
    spent_to_date = models.DecimalField(
        "截至监控日执行数", max_digits=14, decimal_places=4, null=True
    )
    targets = models.JSONField("目标完成情况", default=list, encoder=DjangoJSONEncoder)
    lock_version = models.PositiveIntegerField("版本号", default=1)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "部门整体运行监控"

    def __str__(self) -> str:
        return f"{self.round} 部门整体"
