"""The survey service: open a survey on a plan, take an answer through the guard, count.

Views and the API call these; the rules themselves live in :mod:`jixiao.surveys`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from jixiao.surveys import (
    Admission,
    AnswerAttempt,
    Questionnaire,
    SurveyResult,
    admit,
    load_survey_profile,
    questionnaire_from_plan,
    tally,
)
from jixiao.web.audit.log import record as audit
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord
from jixiao.web.surveys.models import SurveyAnswer, SurveyRecord


class SurveyRefused(Exception):
    """A survey that cannot be opened, with the Chinese reason."""


def keyed_hash(text: str) -> str:
    """A hash keyed with the site secret: comparable, not reversible to the raw value."""
    return hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()


def find_survey(survey_id: int) -> SurveyRecord | None:
    return SurveyRecord.objects.select_related("plan__department").filter(pk=survey_id).first()


def survey_by_token(token: str) -> SurveyRecord | None:
    """The survey its public link names (respondents sign in nowhere)."""
    return SurveyRecord.objects.select_related("plan__department").filter(token=token).first()


def questionnaire_of(survey: SurveyRecord) -> Questionnaire:
    return Questionnaire.model_validate(survey.questionnaire)


@transaction.atomic
def open_survey(
    user: Any, plan: PlanRecord, projects: set[str] | None = None, access_code: str = ""
) -> SurveyRecord:
    """A survey of the plan's 满意度 indicators (of ``projects``, or all)."""
    profile = load_survey_profile()
    questionnaire = questionnaire_from_plan(plan_to_domain(plan), profile, projects)
    if not questionnaire.questions:
        raise SurveyRefused("所选项目没有满意度指标，无法生成问卷。")
    survey = SurveyRecord.objects.create(
        plan=plan,
        title=questionnaire.title,
        questionnaire=questionnaire.model_dump(mode="json"),
        profile=profile.id,
        token=secrets.token_urlsafe(12),
        access_code=access_code.strip(),
        created_by=user,
    )
    audit(
        user,
        "survey_open",
        object_type="survey",
        object_id=survey.pk,
        object_label=survey.title,
        plan=plan,
        summary=f"发起满意度调查（{len(questionnaire.questions)}题）",
    )
    return survey


def set_open(user: Any, survey: SurveyRecord, is_open: bool) -> None:
    survey.is_open = is_open
    survey.save(update_fields=["is_open"])
    audit(
        user,
        "survey_open" if is_open else "survey_close",
        object_type="survey",
        object_id=survey.pk,
        object_label=survey.title,
        plan=survey.plan,
        summary="重新开放问卷" if is_open else "停止收集问卷",
    )


def submit_answer(
    survey: SurveyRecord, answers: dict[str, str], device: str, address: str, code: str = ""
) -> Admission:
    """Store one questionnaire if the guard admits it; only known questions and levels."""
    if not survey.is_open:
        return Admission(False, "本次调查已结束，感谢您的关注")
    profile = load_survey_profile(survey.profile)
    keys = {q.key for q in questionnaire_of(survey).questions}
    clean = {k: v for k, v in answers.items() if k in keys and profile.level(v) is not None}
    if not clean:
        return Admission(False, "请至少回答一题")
    device_hash, address_hash = keyed_hash(device), keyed_hash(address)
    hour_ago = timezone.now() - timedelta(hours=1)
    attempt = AnswerAttempt(
        device_token=device,
        token_already_used=bool(device)
        and SurveyAnswer.objects.filter(survey=survey, device=device_hash).exists(),
        answers_from_address_last_hour=SurveyAnswer.objects.filter(
            survey=survey, address=address_hash, created_at__gte=hour_ago
        ).count(),
        access_code=code,
    )
    admission = admit(attempt, profile.guard, survey.access_code)
    if not admission.admitted:
        return admission
    try:
        with transaction.atomic():
            SurveyAnswer.objects.create(
                survey=survey, answers=clean, device=device_hash, address=address_hash
            )
    except IntegrityError:  # the same device, twice at once
        return Admission(False, "本设备已提交过问卷，感谢您的参与")
    return admission


def results(survey: SurveyRecord) -> SurveyResult:
    answers = SurveyAnswer.objects.filter(survey=survey).values_list("answers", flat=True)
    return tally(questionnaire_of(survey), list(answers), load_survey_profile(survey.profile))
