"""The stored results of a 监控 round and of a 自评, one row per project plus a summary.

A summary's ``key`` names what its rows were computed from: the revision of the inputs (the
entries and, for monitoring, their projects' 绩效目标表) and the fingerprint of the
evaluation profile. Pages compare it with the inputs' revision now, in one query.

Exact amounts and shares are kept as their decimal text (shown exactly as the core
computed them); the columns pages sort, filter or aggregate on are plain numbers beside.
"""

from __future__ import annotations

from django.db import models

from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.monitoring.models import LIGHT_CHOICES, MonitoringRoundRecord, ProgressRecord


class StoredSummary(models.Model):
    """What a page checks before it reads the rows: computed from which inputs, and when."""

    key = models.CharField("计算依据（修订与方案指纹）", max_length=200, blank=True)
    computed_at = models.DateTimeField("计算时间", null=True, blank=True)
    queued = models.CharField("已排队重算的版本", max_length=200, blank=True)
    queued_at = models.DateTimeField("排队时间", null=True, blank=True)

    class Meta:
        abstract = True


class RoundResult(StoredSummary):
    """A monitoring round's stored results: the counts per light and the department's
    spending curve (a dozen points), the projects' rows in :class:`StoredProgress`."""

    round = models.OneToOneField(
        MonitoringRoundRecord,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_result",
        verbose_name="监控轮次",
    )
    red = models.PositiveIntegerField("红灯项目数", default=0)
    yellow = models.PositiveIntegerField("黄灯项目数", default=0)
    green = models.PositiveIntegerField("绿灯项目数", default=0)
    unfilled = models.PositiveIntegerField("未填报项目数", default=0)
    curve = models.JSONField("部门预算执行进度（图的数据点）", default=dict, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "监控结果"


class StoredProgress(models.Model):
    """One project's monitoring result (:class:`jixiao.monitoring.ProjectMonitoring`
    without its indicator rows, which the entry's own page computes)."""

    entry = models.OneToOneField(
        ProgressRecord,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_result",
        verbose_name="监控填报",
    )
    round = models.ForeignKey(
        MonitoringRoundRecord,
        on_delete=models.CASCADE,
        related_name="stored_rows",
        verbose_name="监控轮次",
    )
    position = models.PositiveIntegerField("项目序号")
    code = models.CharField("项目编码", max_length=200, blank=True)
    name = models.CharField("项目名称", max_length=500)
    light = models.CharField("监控结果", max_length=8, choices=LIGHT_CHOICES, db_index=True)
    execution_rate = models.FloatField("预算执行率", null=True, blank=True)
    forecast_rate = models.FloatField("预计年底执行率", null=True, blank=True)
    findings_count = models.PositiveIntegerField("预警数", default=0)
    reasons = models.TextField("亮灯原因（每行一条）", blank=True)
    checkpoint = models.CharField("对照时点", max_length=40, blank=True)
    exact = models.JSONField("精确数值（文本）", default=dict, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "项目监控结果"
        indexes = [models.Index(fields=["round", "position"], name="progress_round_order")]


class EvaluationResult(StoredSummary):
    """A self-evaluation's stored results: the average; the projects' rows in
    :class:`StoredScore`."""

    evaluation = models.OneToOneField(
        SelfEvaluationRecord,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_result",
        verbose_name="绩效自评",
    )
    average = models.FloatField("平均得分", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "自评结果"


class StoredScore(models.Model):
    """One project's self-evaluation score (:class:`jixiao.evaluation.ProjectScore`
    without its indicator rows) and its line on the budget office's list, if any."""

    entry = models.OneToOneField(
        EvaluationEntryRecord,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_result",
        verbose_name="自评填报",
    )
    evaluation = models.ForeignKey(
        SelfEvaluationRecord,
        on_delete=models.CASCADE,
        related_name="stored_rows",
        verbose_name="绩效自评",
    )
    position = models.PositiveIntegerField("项目序号")
    code = models.CharField("项目编码", max_length=200, blank=True)
    name = models.CharField("项目名称", max_length=500)
    blank = models.BooleanField("未评分（未填报或填报中）", default=False)
    missing = models.TextField("填报中：尚缺（每行一项）", blank=True)
    total = models.FloatField("总分", null=True, blank=True)
    grade = models.CharField("等级", max_length=2, blank=True, db_index=True)
    execution_rate = models.FloatField("预算执行率", null=True, blank=True)
    findings_count = models.PositiveIntegerField("提示数", default=0)
    treatment = models.CharField("预算安排建议", max_length=8, blank=True)
    strength = models.PositiveSmallIntegerField("建议力度", default=0)
    advice_reasons = models.TextField("建议理由（每行一条）", blank=True)
    exact = models.JSONField("精确数值（文本）", default=dict, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "项目自评结果"
        indexes = [
            models.Index(fields=["evaluation", "position"], name="score_evaluation_order"),
            models.Index(fields=["evaluation", "strength"], name="score_evaluation_advice"),
        ]
