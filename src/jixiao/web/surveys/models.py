"""满意度调查: a questionnaire built from a plan's 满意度 indicators, and its answers.

The questionnaire is stored as :class:`jixiao.surveys.Questionnaire` JSON, frozen when the
survey opens, so later edits of the plan cannot change what people answered. Answers keep
no personal data: the device token and the network address are stored only as keyed
hashes, enough to refuse a second answer or a flood.
"""

from __future__ import annotations

from django.db import models

from jixiao.web.orgs.models import person_link
from jixiao.web.plans.models import PlanRecord


class SurveyRecord(models.Model):
    """一次满意度调查."""

    plan = models.ForeignKey(PlanRecord, on_delete=models.CASCADE, related_name="surveys")
    title = models.CharField("标题", max_length=200)
    questionnaire = models.JSONField("问卷")
    profile = models.CharField("调查方案", max_length=60, default="survey-default")
    token = models.CharField("公开链接标识", max_length=40, unique=True)
    access_code = models.CharField("访问码", max_length=20, blank=True)
    is_open = models.BooleanField("正在收集", default=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    created_by = person_link(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "满意度调查"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class SurveyAnswer(models.Model):
    """一份有效问卷."""

    survey = models.ForeignKey(SurveyRecord, on_delete=models.CASCADE, related_name="answers")
    answers = models.JSONField("答案")
    device = models.CharField("设备标识（散列）", max_length=64)
    address = models.CharField("网络地址（散列）", max_length=64, db_index=True)
    created_at = models.DateTimeField("提交时间", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "问卷答案"
        constraints = [
            models.UniqueConstraint(fields=["survey", "device"], name="one_answer_per_device")
        ]

    def __str__(self) -> str:
        return f"{self.survey} 第{self.pk}份"
