"""The 评价方案 of this installation: ``JIXIAO_EVALUATION_PROFILE`` — by default the
evaluation profile with the review profile's id, or an installed pack's scoring profile."""

from __future__ import annotations

from django.conf import settings

from jixiao.evaluation import EvaluationProfile, load_evaluation_profile


def evaluation_profile() -> EvaluationProfile:
    """Bundled profiles are cached by the core; this only picks the configured one."""
    return load_evaluation_profile(settings.JIXIAO_EVALUATION_PROFILE)
