"""How each review finding of a plan is handled (处理状态, note, who and when).

Keyed by the finding's stable identity (:func:`jixiao.disposition.finding_keys`), not by
the stored finding's row: those rows are replaced whenever the plan is reviewed again.
A disposition whose finding disappeared (the plan was fixed) stays, unshown, in case the
finding comes back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.disposition import DispositionStatus
from jixiao.web.plans.models import PlanRecord

STATUS_CHOICES = [(status.value, status.label) for status in DispositionStatus]


class FindingDisposition(models.Model):
    plan = models.ForeignKey(
        PlanRecord,
        on_delete=models.CASCADE,
        related_name="finding_dispositions",
        verbose_name="绩效文本",
    )
    key = models.CharField("审核发现标识", max_length=64)
    status = models.CharField("处理状态", max_length=16, choices=STATUS_CHOICES)
    note = models.TextField("说明", blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="处理人",
    )
    updated_at = models.DateTimeField("处理时间")

    class Meta:
        verbose_name = verbose_name_plural = "审核发现处理"
        constraints = [
            models.UniqueConstraint(fields=["plan", "key"], name="one_disposition_per_finding")
        ]

    def __str__(self) -> str:
        return f"{self.plan_id}:{self.key}={self.status}"
