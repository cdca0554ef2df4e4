"""防刷票 (ballot-stuffing guard): whether one more answer is admitted.

Pure rules over what the store already knows (tokens seen, recent answers from the same
address), so the web layer only looks them up and the rules are tested without a server.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from jixiao.surveys.profile import GuardSettings


@dataclass(frozen=True, slots=True)
class AnswerAttempt:
    """One submitted questionnaire, as the store sees it."""

    device_token: str
    token_already_used: bool
    answers_from_address_last_hour: int
    access_code: str = ""


@dataclass(frozen=True, slots=True)
class Admission:
    admitted: bool
    reason: str = ""


def admit(attempt: AnswerAttempt, settings: GuardSettings, expected_code: str = "") -> Admission:
    """Admit unless the device answered already, the address floods, or the code is wrong."""
    code_needed = settings.access_code_required or bool(expected_code)
    if code_needed and not (
        expected_code
        and hmac.compare_digest(attempt.access_code.strip().encode(), expected_code.encode())
    ):
        return Admission(False, "访问码不正确，请向发放问卷的单位索取")
    if not attempt.device_token:
        return Admission(False, "无法识别本设备，请允许浏览器保存 Cookie 后重试")
    if settings.one_answer_per_device and attempt.token_already_used:
        return Admission(False, "本设备已提交过问卷，感谢您的参与")
    if attempt.answers_from_address_last_hour >= settings.max_answers_per_address_per_hour:
        return Admission(False, "同一网络提交过于频繁，请稍后再试")
    return Admission(True)
