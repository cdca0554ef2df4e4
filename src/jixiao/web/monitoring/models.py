"""监控轮次 (a plan's monitoring at one date) and each project's 监控填报.

The entry stores :class:`jixiao.monitoring.ProjectProgress` as JSON; the light and the
rates the core computes from it are cached for the dashboards.
"""

from __future__ import annotations

from django.db import models

from jixiao.model.dates import chinese_date
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.reporting.models import EntryRecord, ReportRecord

LIGHT_CHOICES = [("green", "绿灯"), ("yellow", "黄灯"), ("red", "红灯"), ("unfilled", "未填报")]


class MonitoringRoundRecord(ReportRecord):
    """一轮监控: the plan's projects at one monitoring date (数据截至日期)."""

    plan = models.ForeignKey(PlanRecord, on_delete=models.CASCADE, related_name="monitoring_rounds")
    monitor_date = models.DateField("监控日期")
    red = models.PositiveIntegerField("红灯项目数", default=0)
    yellow = models.PositiveIntegerField("黄灯项目数", default=0)
    green = models.PositiveIntegerField("绿灯项目数", default=0)
    unfilled = models.PositiveIntegerField("未填报项目数", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "监控轮次"
        unique_together = [("plan", "monitor_date")]
        ordering = ["-monitor_date", "plan__department__sort_key"]

    def __str__(self) -> str:
        return f"{self.plan} 监控（截至{chinese_date(self.monitor_date)}）"


class ProgressRecord(EntryRecord):
    """项目监控填报: one project's spending and indicator progress in a round."""

    round = models.ForeignKey(
        MonitoringRoundRecord, on_delete=models.CASCADE, related_name="entries"
    )
    project = models.ForeignKey(
        ProjectRecord, on_delete=models.CASCADE, related_name="progress_entries"
    )
    light = models.CharField("监控结果", max_length=8, choices=LIGHT_CHOICES, default="unfilled")
    execution_rate = models.FloatField("预算执行率", null=True, blank=True)
    forecast_rate = models.FloatField("预计年底执行率", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "项目监控填报"
        unique_together = [("round", "project")]
        ordering = ["round", "project__position"]

    def __str__(self) -> str:
        return f"{self.project.name}（{self.round.monitor_date:%Y-%m-%d}）"
