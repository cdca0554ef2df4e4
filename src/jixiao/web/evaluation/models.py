"""A plan's 绩效自评 and each project's 自评填报.

The entry stores :class:`jixiao.evaluation.ProjectEvaluation` as JSON; the score and the
grade the core computes from it are cached for the dashboards.
"""

from __future__ import annotations

from django.db import models

from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.reporting.models import EntryRecord, ReportRecord


class SelfEvaluationRecord(ReportRecord):
    """单位自评 of one plan's year."""

    plan = models.OneToOneField(PlanRecord, on_delete=models.CASCADE, related_name="evaluation")
    average = models.FloatField("平均得分", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "绩效自评"
        ordering = ["-plan__year", "plan__department__sort_key"]

    def __str__(self) -> str:
        return f"{self.plan} 绩效自评"


class EvaluationEntryRecord(EntryRecord):
    """项目自评填报: one project's year-end money and indicator results."""

    evaluation = models.ForeignKey(
        SelfEvaluationRecord, on_delete=models.CASCADE, related_name="entries"
    )
    project = models.ForeignKey(
        ProjectRecord, on_delete=models.CASCADE, related_name="evaluation_entries"
    )
    total = models.FloatField("总分", null=True, blank=True)
    grade = models.CharField("等级", max_length=2, blank=True)
    execution_rate = models.FloatField("预算执行率", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "项目自评填报"
        unique_together = [("evaluation", "project")]
        ordering = ["evaluation", "project__position"]

    def __str__(self) -> str:
        return f"{self.project.name} 自评"
