"""事前绩效评估 (ex-ante assessment of new projects and policies).

A unit proposes a project (:class:`Proposal`: 立项依据, 实施方案, 资金测算, draft goals and
indicators); the unit itself or experts score it on the profile's dimensions
(:mod:`.profile`, data); :func:`assess` combines the scores, applies vetoes and gives the
conclusion with reasons; :mod:`.checks` adds what can be checked automatically (the 测算
arithmetic, the draft goals through the review rules); :func:`draft_project` turns an
approved proposal into the project's draft goal table.
"""

from jixiao.exante.assess import (
    AssessorScores,
    DimensionResult,
    ExAnteResult,
    OverrideError,
    assess,
    counted,
    override,
)
from jixiao.exante.checks import EstimateProblem, check_estimate, review_draft
from jixiao.exante.profile import ExAnteProfile, load_exante_profile
from jixiao.exante.proposal import EstimateLine, Proposal, draft_plan, draft_project

__all__ = [
    "AssessorScores",
    "DimensionResult",
    "EstimateLine",
    "EstimateProblem",
    "ExAnteProfile",
    "ExAnteResult",
    "OverrideError",
    "Proposal",
    "assess",
    "check_estimate",
    "counted",
    "draft_plan",
    "draft_project",
    "load_exante_profile",
    "override",
    "review_draft",
]
