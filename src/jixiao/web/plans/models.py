"""Persisted records of the domain model (:mod:`jixiao.model`), plus what only the web needs:
workflow status, lock versions (乐观锁), frozen versions, comments and staged imports.

Records mirror the domain objects field for field; :mod:`jixiao.web.plans.convert` maps
between the two. Review results are cached here (grade, counts) for dashboards; the
findings themselves are computed by :func:`jixiao.review.review_plan` when shown.
"""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.orgs.models import Department, person, person_link
from jixiao.workflow import Status

STATUS_CHOICES = [(status.value, status.label) for status in Status]


def _json(verbose: str, default: type = dict) -> models.JSONField:
    return models.JSONField(verbose, default=default, blank=True, encoder=DjangoJSONEncoder)


def _money(verbose: str) -> models.DecimalField:  # type: ignore[type-arg]
    """金额（万元）: six decimals hold every amount the documents write."""
    return models.DecimalField(verbose, max_digits=20, decimal_places=6, null=True, blank=True)


class PlanRecord(models.Model):
    """部门预算绩效文本 of one department and year."""

    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="plans", verbose_name="部门"
    )
    year = models.PositiveIntegerField("预算年度")
    title = models.CharField("标题", max_length=300, blank=True)
    source_file = models.CharField("来源文件", max_length=300, blank=True)
    units = _json("单位", list)
    overall_goal = models.TextField("总体绩效目标", blank=True)
    sub_goals = _json("分项绩效目标", list)
    measures = _json("工作保障措施", list)
    disclosure = models.JSONField("预算公开表", null=True, blank=True, encoder=DjangoJSONEncoder)
    warnings = _json("导入提示", list)
    sources = _json("来源位置")

    status = models.CharField("状态", max_length=32, choices=STATUS_CHOICES, default="draft")
    lock_version = models.PositiveIntegerField("版本号", default=1)
    # the lock_version steps that were 审核流程 steps: findings and cached pages are keyed by
    # lock_version minus these, so a status change alone leaves them current
    workflow_steps = models.PositiveIntegerField("流转次数", default=0)
    deadline = models.DateField("报送截止日期", null=True, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    updated_by = person_link("最后修改人", blank=True)

    # Review cache for lists and dashboards.
    grade = models.CharField("审核等级", max_length=4, blank=True)
    score = models.FloatField("审核得分", null=True, blank=True)
    errors = models.PositiveIntegerField("错误数", default=0)
    warnings_count = models.PositiveIntegerField("警告数", default=0)
    infos = models.PositiveIntegerField("提示数", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "部门绩效文本"
        unique_together = [("department", "year")]
        ordering = ["-year", "department__code", "department__sort_key"]

    def __str__(self) -> str:
        return f"{self.department.name} {self.year}年"

    @property
    def status_enum(self) -> Status:
        return Status(self.status)

    @property
    def updated_by_name(self) -> str:
        return person(self.updated_by)


class ProjectRecord(models.Model):
    """预算项目 and the header of its 绩效目标表."""

    plan = models.ForeignKey(
        PlanRecord, on_delete=models.CASCADE, related_name="projects", verbose_name="绩效文本"
    )
    position = models.PositiveIntegerField("序号")
    unit_code = models.CharField("单位编码", max_length=20, blank=True)
    unit_name = models.CharField("单位名称", max_length=200, blank=True)
    code = models.CharField("项目编码", max_length=60, blank=True)
    name = models.CharField("项目名称", max_length=300)
    budget_total = _money("预算数（万元）")
    budget_fiscal = _money("财政资金（万元）")
    budget_other = _money("其他资金（万元）")
    purpose = models.TextField("资金用途", blank=True)
    spend_plan = _json("资金支出计划（%）")
    goals = _json("绩效目标", list)
    sources = _json("来源位置")

    lock_version = models.PositiveIntegerField("版本号", default=1)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    updated_by = person_link("最后修改人", blank=True)
    grade = models.CharField("审核等级", max_length=4, blank=True)
    score = models.FloatField("审核得分", null=True, blank=True)
    findings_count = models.PositiveIntegerField("发现数", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "预算项目"
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return self.name


class IndicatorRecord(models.Model):
    """绩效指标: one row of the three-level grid."""

    project = models.ForeignKey(
        ProjectRecord, on_delete=models.CASCADE, related_name="indicators", verbose_name="项目"
    )
    position = models.PositiveIntegerField("序号")
    level1 = models.CharField("一级指标", max_length=100)
    level2 = models.CharField("二级指标", max_length=100)
    level3 = models.CharField("三级指标", max_length=300)
    description = models.TextField("指标描述", blank=True)
    value = models.CharField("指标值", max_length=300, blank=True)
    basis = models.TextField("指标值确定依据", blank=True)
    sources = _json("来源位置")

    class Meta:
        verbose_name = verbose_name_plural = "绩效指标"
        ordering = ["project", "position"]

    def __str__(self) -> str:
        return self.level3


class PlanVersion(models.Model):
    """A frozen copy of the plan, taken at every submission and review decision (版本)."""

    plan = models.ForeignKey(
        PlanRecord, on_delete=models.CASCADE, related_name="versions", verbose_name="绩效文本"
    )
    number = models.PositiveIntegerField("版本")
    action = models.CharField("操作", max_length=32)
    status = models.CharField("操作后状态", max_length=32, choices=STATUS_CHOICES)
    comment = models.TextField("意见", blank=True)
    snapshot = models.JSONField("快照", encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField("时间", auto_now_add=True)
    created_by = person_link("操作人")

    class Meta:
        verbose_name = verbose_name_plural = "版本"
        unique_together = [("plan", "number")]
        ordering = ["plan", "number"]

    @property
    def created_by_name(self) -> str:
        return person(self.created_by)


class Comment(models.Model):
    """审核意见 on the plan, a project or one indicator — or the unit's 填报说明 on submitting."""

    class Kind(models.TextChoices):
        REVIEW = "review", "审核意见"
        NOTE = "note", "填报说明"

    plan = models.ForeignKey(
        PlanRecord, on_delete=models.CASCADE, related_name="comments", verbose_name="绩效文本"
    )
    project = models.ForeignKey(
        ProjectRecord,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name="项目",
    )
    indicator = models.ForeignKey(
        IndicatorRecord,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name="指标",
    )
    indicator_label = models.CharField("指标", max_length=300, blank=True)
    text = models.TextField("意见")
    kind = models.CharField("类别", max_length=8, choices=Kind.choices, default=Kind.REVIEW)
    resolved = models.BooleanField("已处理", default=False)
    created_at = models.DateTimeField("时间", auto_now_add=True)
    author = person_link("作者")

    class Meta:
        verbose_name = verbose_name_plural = "审核意见"
        ordering = ["-created_at"]

    @property
    def author_name(self) -> str:
        return person(self.author)


class ImportBatch(models.Model):
    """A staged import (导入预览): parsed documents waiting to be committed or discarded."""

    class State(models.TextChoices):
        STAGED = "staged", "待确认"
        COMMITTED = "committed", "已导入"
        DISCARDED = "discarded", "已放弃"

    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="imports", verbose_name="部门"
    )
    created_at = models.DateTimeField("时间", auto_now_add=True)
    created_by = person_link("操作人")
    state = models.CharField(max_length=16, choices=State.choices, default=State.STAGED)
    documents = models.JSONField("文档", default=list, encoder=DjangoJSONEncoder)
    errors = models.JSONField("错误", default=list)

    class Meta:
        verbose_name = verbose_name_plural = "导入批次"
        ordering = ["-created_at"]
