"""A job as people see it: what it does, how far it is, how it ended.

The queue itself (django_tasks_db's DBTaskResult) only knows that a function ran; this
record holds progress, the cancel request, the Chinese error or the result, and who may
see it. Uploaded files are kept in the database (``JobFile``) so that workers on other
machines need nothing but the database to reach them.
"""

from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.orgs.models import Department


class Job(models.Model):
    class Kind(models.TextChoices):
        IMPORT_STAGE = "import_stage", "识别上传的文档"
        IMPORT_COMMIT = "import_commit", "导入文档"
        REVIEW_PLANS = "review_plans", "批量审核"
        EXPORT_PLANS = "export_plans", "批量导出"
        MONITORING_UPLOAD = "monitoring_upload", "上传实际支出"
        EVALUATION_UPLOAD = "evaluation_upload", "上传自评表"

    class State(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "进行中"
        SUCCEEDED = "succeeded", "已完成"
        FAILED = "failed", "失败"
        CANCELLED = "cancelled", "已取消"

    kind = models.CharField("类型", max_length=32, choices=Kind.choices)
    title = models.CharField("说明", max_length=300)
    state = models.CharField("状态", max_length=16, choices=State.choices, default="queued")
    params = models.JSONField("参数", default=dict, blank=True, encoder=DjangoJSONEncoder)
    done = models.PositiveIntegerField("已完成", default=0)
    total = models.PositiveIntegerField("总数", default=0)
    step = models.CharField("当前步骤", max_length=300, blank=True)
    error = models.TextField("错误", blank=True)
    result = models.JSONField("结果", default=dict, blank=True, encoder=DjangoJSONEncoder)
    next_url = models.CharField("完成后前往", max_length=300, blank=True)
    cancel_requested = models.BooleanField("已请求取消", default=False)
    task_id = models.CharField("队列任务", max_length=64, blank=True)
    department = models.ForeignKey(
        Department,
        verbose_name="部门",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="创建人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    started_at = models.DateTimeField("开始时间", null=True, blank=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "后台任务"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.title}"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.SUCCEEDED, self.State.FAILED, self.State.CANCELLED)

    @property
    def percent(self) -> int:
        if self.state == self.State.SUCCEEDED:
            return 100
        return round(100 * self.done / self.total) if self.total else 0


class JobFile(models.Model):
    """A file a job reads (an upload) or writes (an export archive)."""

    class Role(models.TextChoices):
        INPUT = "input", "上传"
        OUTPUT = "output", "结果"

    job = models.ForeignKey(
        Job, verbose_name="任务", on_delete=models.CASCADE, related_name="files"
    )
    role = models.CharField("用途", max_length=8, choices=Role.choices)
    name = models.CharField("文件名", max_length=300)
    size = models.PositiveBigIntegerField("大小")
    content = models.BinaryField("内容")

    class Meta:
        verbose_name = verbose_name_plural = "任务文件"
        ordering = ["job", "pk"]

    def __str__(self) -> str:
        return self.name
