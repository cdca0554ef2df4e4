"""AuditEntry: one attributable change."""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.audit.labels import action_label
from jixiao.web.orgs.models import person, person_link


class AuditEntry(models.Model):
    """审计记录: the person, the moment, the object, and the values before and after."""

    at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    user = person_link("人员")
    action = models.CharField("操作", max_length=64)
    object_type = models.CharField("对象类型", max_length=32)
    object_id = models.CharField("对象", max_length=64, blank=True)
    object_label = models.CharField("对象名称", max_length=300, blank=True)
    plan = models.ForeignKey(
        "plans.PlanRecord",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit",
        verbose_name="绩效文本",
    )
    department = models.ForeignKey(
        "orgs.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="部门",
    )
    summary = models.CharField("摘要", max_length=500, blank=True)
    before = models.JSONField("修改前", null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField("修改后", null=True, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = verbose_name_plural = "审计日志"
        ordering = ["-at", "-id"]

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def user_name(self) -> str:
        return person(self.user)
