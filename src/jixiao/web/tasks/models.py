"""任务 (a stage of a year handed to departments with a deadline), 催报 (a reminder sent)
and 站内消息 (a person's messages). A department's progress on a task is not stored:
:mod:`jixiao.web.tasks.board` reads it from the plan and report records."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.model.dates import chinese_date
from jixiao.tasks import Stage
from jixiao.web.orgs.models import Department, Region, person, person_link

STAGE_CHOICES = [(stage.value, stage.label) for stage in Stage]


class Task(models.Model):
    """任务下发: one stage of one budget year for chosen departments, with a deadline."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="tasks")
    year = models.PositiveIntegerField("预算年度")
    stage = models.CharField("环节", max_length=16, choices=STAGE_CHOICES)
    monitor_date = models.DateField("监控数据截至日期", null=True, blank=True)
    deadline = models.DateField("截止日期")
    note = models.TextField("说明", blank=True)
    departments = models.ManyToManyField(Department, related_name="tasks", verbose_name="部门")
    created_at = models.DateTimeField("下发时间", auto_now_add=True)
    created_by = person_link()

    class Meta:
        verbose_name = verbose_name_plural = "任务"
        ordering = ["deadline", "pk"]

    def __str__(self) -> str:
        return f"{self.year}年度{self.stage_enum.label}" + (
            f"（截至{chinese_date(self.monitor_date, year=False)}）" if self.monitor_date else ""
        )

    @property
    def stage_enum(self) -> Stage:
        return Stage(self.stage)

    @property
    def created_by_name(self) -> str:
        return person(self.created_by)


class Reminder(models.Model):
    """催报: a reminder sent to one department for a task."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reminders")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField("催报时间", auto_now_add=True)
    sent_by = person_link()

    class Meta:
        verbose_name = verbose_name_plural = "催报记录"
        ordering = ["-sent_at"]


class Message(models.Model):
    """站内消息 to one person. ``key`` makes a scheduled message idempotent (sent once)."""

    class Kind(models.TextChoices):
        RETURNED = "returned", "退回"
        APPROVED = "approved", "审核通过"
        TASK = "task", "新任务"
        REMINDER = "reminder", "催报"
        DUE_SOON = "due_soon", "即将截止"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jixiao_messages"
    )
    kind = models.CharField("类别", max_length=16, choices=Kind.choices)
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容", blank=True)
    link = models.CharField("链接", max_length=300, blank=True)
    key = models.CharField("去重键", max_length=100, blank=True)
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "站内消息"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"],
                condition=~models.Q(key=""),
                name="tasks_message_once_per_key",
            )
        ]

    def __str__(self) -> str:
        return self.title
