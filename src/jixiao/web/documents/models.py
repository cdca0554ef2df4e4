"""The imported record of one document, and the published figures of a self-evaluated
project beside the entry they were written into.

The whole imported document (:class:`jixiao.model.DepartmentPlan` as JSON) is kept, so a
自评表's published 分值 / 得分 / 总分 and a 公开表's rows are never lost, whatever the
web's own records hold of them.
"""

from __future__ import annotations

from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jixiao.model.plan import KIND_NAMES
from jixiao.web.evaluation.models import EvaluationEntryRecord
from jixiao.web.orgs.models import Department, person, person_link
from jixiao.web.plans.models import ImportBatch, PlanRecord

KIND_CHOICES = list(KIND_NAMES.items())


class ImportedDocument(models.Model):
    """一份导入的文档: its kind (with the evidence, or who corrected it) and where it went."""

    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="imported_documents", verbose_name="部门"
    )
    year = models.PositiveIntegerField("年度", null=True, blank=True)
    batch = models.ForeignKey(
        ImportBatch,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_documents",
        verbose_name="导入批次",
    )
    source_file = models.CharField("来源文件", max_length=300)
    kind = models.CharField("文档类别", max_length=32, choices=KIND_CHOICES, blank=True)
    kind_evidence = models.CharField("识别依据", max_length=500, blank=True)
    detected_kind = models.CharField("自动识别的类别", max_length=32, blank=True)
    document = models.JSONField("导入内容", encoder=DjangoJSONEncoder)
    plan = models.ForeignKey(
        PlanRecord,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_documents",
        verbose_name="对应的绩效文本",
    )
    attached_to = models.CharField("导入到", max_length=300, blank=True)
    attached_url = models.CharField("链接", max_length=300, blank=True)
    notes = models.JSONField("未能对应的内容", default=list, blank=True)
    created_at = models.DateTimeField("导入时间", auto_now_add=True)
    created_by = person_link("导入人", blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "导入的文档"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.source_file}（{self.kind_name}）"

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, "未识别")

    @property
    def created_by_name(self) -> str:
        return person(self.created_by)

    @property
    def detected_kind_name(self) -> str:
        return KIND_NAMES.get(self.detected_kind, "未识别")

    @property
    def corrected(self) -> bool:
        return bool(self.detected_kind) and self.detected_kind != self.kind

    @property
    def tables(self) -> list[dict[str, Any]]:
        disclosure = self.document.get("disclosure") or {}
        return list(disclosure.get("tables") or [])


class PublishedEvaluation(models.Model):
    """A project's 自评 as the imported 自评表 published it (its Project as JSON: 年初预算数,
    全年预算数, 全年执行数, 执行率, each indicator's target / actual / 分值 / 得分 / 偏差, 总分),
    beside the entry the figures were written into and scored from."""

    entry = models.OneToOneField(
        EvaluationEntryRecord,
        on_delete=models.CASCADE,
        related_name="published",
        verbose_name="项目自评填报",
    )
    document = models.ForeignKey(
        ImportedDocument, on_delete=models.CASCADE, related_name="published", verbose_name="文档"
    )
    project = models.JSONField("公布的自评", encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = verbose_name_plural = "公布的项目自评"

    def __str__(self) -> str:
        return f"{self.entry} 公布得分"
