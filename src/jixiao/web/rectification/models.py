"""整改事项: the core's :class:`jixiao.rectification.RectificationItem` as JSON, with the
columns the boards filter on (department, status, deadline) kept beside it."""

from __future__ import annotations

from django.db import models

from jixiao.rectification import RectificationItem
from jixiao.web.orgs.models import Department, person_link
from jixiao.web.plans.models import PlanRecord
from jixiao.workflow.rectification import RectificationStatus

STATUS_CHOICES = [(status.value, status.label) for status in RectificationStatus]


class RectificationRecord(models.Model):
    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="rectifications", verbose_name="部门"
    )
    plan = models.ForeignKey(
        PlanRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="rectifications"
    )
    item = models.JSONField("整改事项")
    status = models.CharField("状态", max_length=20, choices=STATUS_CHOICES, db_index=True)
    deadline = models.DateField("整改期限", db_index=True)
    year = models.PositiveIntegerField("年度")
    lock_version = models.PositiveIntegerField("版本号", default=1)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    created_by = person_link(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "整改事项"
        ordering = ["deadline", "pk"]

    def __str__(self) -> str:
        return f"{self.department.name}：{self.core.title}"

    @property
    def core(self) -> RectificationItem:
        return RectificationItem.model_validate(self.item)


class RectificationFile(models.Model):
    """整改佐证材料."""

    record = models.ForeignKey(RectificationRecord, on_delete=models.CASCADE, related_name="files")
    file = models.FileField("文件", upload_to="rectification/%Y/")
    name = models.CharField("文件名", max_length=200)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = person_link(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "整改佐证材料"

    def __str__(self) -> str:
        return self.name
