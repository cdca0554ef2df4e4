"""审核发现 stored with the plan revision they were computed from.

Pages, the API and dashboards read these rows instead of reviewing the plan again on
every request. Each finding is kept whole as the review's JSON (``data``), so the fields
of a finding may grow without a migration; the columns beside it are only what pages
filter or group on.
"""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.plans.models import PlanRecord, ProjectRecord


class PlanReview(models.Model):
    """The stored review of one plan: which revision and rule set it belongs to."""

    plan = models.OneToOneField(
        PlanRecord,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_review",
        verbose_name="绩效文本",
    )
    revision = models.CharField("文本修订", max_length=120, blank=True)
    fingerprint = models.CharField("审核规则与方案指纹", max_length=64, blank=True)
    report = models.JSONField(
        "审核结果（发现以外）", default=dict, blank=True, encoder=DjangoJSONEncoder
    )
    computed_at = models.DateTimeField("计算时间", null=True, blank=True)
    queued = models.CharField("已排队重算的版本", max_length=200, blank=True)
    queued_at = models.DateTimeField("排队时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "审核结果"

    def __str__(self) -> str:
        return f"{self.plan_id}@{self.revision}"


class StoredFinding(models.Model):
    """One finding of a plan's stored review."""

    plan = models.ForeignKey(
        PlanRecord,
        on_delete=models.CASCADE,
        related_name="stored_findings",
        verbose_name="绩效文本",
    )
    ordinal = models.PositiveIntegerField("序号")
    rule = models.CharField("规则", max_length=16, db_index=True)
    severity = models.CharField("严重程度", max_length=8, db_index=True)
    project = models.ForeignKey(
        ProjectRecord,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="stored_findings",
        verbose_name="项目",
    )
    project_index = models.PositiveIntegerField("项目序号", null=True, blank=True)
    indicator_id = models.PositiveBigIntegerField("指标记录", null=True, blank=True, db_index=True)
    indicator_index = models.PositiveIntegerField("指标序号", null=True, blank=True)
    place = models.CharField("原文位置", max_length=500, blank=True)
    data = models.JSONField("审核发现", encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = verbose_name_plural = "审核发现"
        ordering = ["plan", "ordinal"]
        indexes = [models.Index(fields=["plan", "ordinal"], name="finding_plan_order")]
