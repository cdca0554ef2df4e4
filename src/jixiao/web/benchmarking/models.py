"""The unit costs of every stored plan: the table the distributions are computed from."""

from __future__ import annotations

from django.db import models

from jixiao.web.plans.models import PlanRecord


class UnitCostRecord(models.Model):
    """One project's 预算数 ÷ 数量 (jixiao.benchmarks.UnitCost), refreshed with its plan."""

    plan = models.ForeignKey(PlanRecord, on_delete=models.CASCADE, related_name="unit_costs")
    project_position = models.PositiveIntegerField("项目序号")
    project_name = models.CharField("项目名称", max_length=300)
    category = models.CharField("类别", max_length=40, db_index=True)
    value = models.DecimalField("单位成本（元）", max_digits=16, decimal_places=2)
    unit = models.CharField("单位", max_length=40)
    quantity = models.DecimalField("数量", max_digits=18, decimal_places=4)
    quantity_unit = models.CharField("数量单位", max_length=20)

    class Meta:
        verbose_name = "单位成本"
        verbose_name_plural = "单位成本"
        ordering = ("plan", "project_position")

    def __str__(self) -> str:
        return f"{self.project_name} {self.value}{self.unit}"
