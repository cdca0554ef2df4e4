"""Abstract records shared by 监控 and 自评: a report of a plan's year, and one project's
entry in it (the core model stored as JSON, with a lock version for 乐观锁)."""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.web.orgs.models import person, person_link
from jixiao.workflow import ReportStatus

REPORT_STATUS_CHOICES = [(status.value, status.label) for status in ReportStatus]


class ReportRecord(models.Model):
    """A report of one plan's year (监控轮次 or 自评) and where it stands in the 报送 flow."""

    status = models.CharField(
        "报送状态", max_length=32, choices=REPORT_STATUS_CHOICES, default=ReportStatus.FILLING
    )
    last_comment = models.TextField("最近意见", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    updated_by = person_link(blank=True)

    class Meta:
        abstract = True

    @property
    def status_enum(self) -> ReportStatus:
        return ReportStatus(self.status)

    @property
    def updated_by_name(self) -> str:
        return person(self.updated_by)


class EntryRecord(models.Model):
    """One project's entry in a report: the core model as JSON (``data``)."""

    data = models.JSONField("填报内容", encoder=DjangoJSONEncoder)
    lock_version = models.PositiveIntegerField("版本号", default=1)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    updated_by = person_link(blank=True)
    findings_count = models.PositiveIntegerField("发现数", default=0)

    class Meta:
        abstract = True

    @property
    def updated_by_name(self) -> str:
        return person(self.updated_by)
