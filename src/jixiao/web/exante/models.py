"""项目申报 and 评分表: the core's :class:`jixiao.exante.Proposal`, sheets and result as JSON,
with the columns the lists filter on (department, year, status, conclusion) beside them."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.exante import AssessorScores, ExAnteResult, Proposal
from jixiao.web.exante.status import ProposalStatus
from jixiao.web.orgs.models import Department, person_link
from jixiao.web.plans.models import PlanRecord, ProjectRecord

STATUS_CHOICES = [(s.value, s.label) for s in ProposalStatus]


class ProposalRecord(models.Model):
    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="proposals", verbose_name="部门"
    )
    year = models.PositiveIntegerField("预算年度")
    proposal = models.JSONField("项目申报")
    status = models.CharField("状态", max_length=20, choices=STATUS_CHOICES, default="draft")
    result = models.JSONField("评估结果", null=True, blank=True)
    conclusion = models.CharField("评估结论", max_length=20, blank=True)
    opinion = models.TextField("财政局意见", blank=True)
    project = models.ForeignKey(
        ProjectRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    plan = models.ForeignKey(
        PlanRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    lock_version = models.PositiveIntegerField("版本号", default=1)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    created_by = person_link(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "事前绩效评估"
        ordering = ["-year", "pk"]

    def __str__(self) -> str:
        return f"{self.department.name}：{self.core.name}"

    @property
    def core(self) -> Proposal:
        return Proposal.model_validate(self.proposal)

    @property
    def status_enum(self) -> ProposalStatus:
        return ProposalStatus(self.status)

    @property
    def outcome(self) -> ExAnteResult | None:
        return None if self.result is None else ExAnteResult.model_validate(self.result)


class SheetRecord(models.Model):
    """One assessor's 评分表 on one proposal (an expert, or the unit itself as 自评)."""

    proposal = models.ForeignKey(ProposalRecord, on_delete=models.CASCADE, related_name="sheets")
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exante_sheets"
    )
    expert = models.BooleanField("专家评估", default=True)
    scores = models.JSONField("得分", default=dict)
    vetoes = models.JSONField("否决项", default=list)
    remarks = models.TextField("评估意见", blank=True)
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    lock_version = models.PositiveIntegerField("版本号", default=1)

    class Meta:
        verbose_name = verbose_name_plural = "事前评估评分表"
        unique_together = [("proposal", "assessor")]
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.proposal}：{self.assessor}"

    def core(self, name: str) -> AssessorScores:
        return AssessorScores(
            assessor=name,
            expert=self.expert,
            scores=self.scores,
            vetoes=tuple(self.vetoes),
            remarks=self.remarks,
        )
