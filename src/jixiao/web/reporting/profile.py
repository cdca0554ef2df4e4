"""The 评价方案 of this installation: the evaluation profile with the review profile's id."""

from __future__ import annotations

from django.conf import settings

from jixiao.evaluation import EvaluationProfile, load_evaluation_profile


def evaluation_profile() -> EvaluationProfile:
    """Bundled profiles are cached by the core; this only picks the configured one."""
    return load_evaluation_profile(settings.JIXIAO_PROFILE)
