"""单位自评 (self-evaluation): models, scoring methods and engine, forms and the report.

The web layer and the CLI call:

* :func:`score_project` / :func:`score_batch` — 自评打分 under an :class:`EvaluationProfile`
  (:func:`load_evaluation_profile`);
* :func:`write_evaluation_form` / :func:`read_evaluation_form` (and one per format: xlsx,
  docx, pdf), :func:`evaluation_form_bytes`, :func:`render_evaluation_html` — the
  项目支出绩效自评表;
* :func:`missing_to_score` / :func:`ready_to_score` — whether an entry is complete enough
  to score (else it is 填报中, not graded);
* :func:`draft_report` — a draft 自评报告 in Markdown;
* :func:`load_batch` — the ``jixiao evaluate`` input file.
"""

from jixiao.checks import Check, Finding
from jixiao.evaluation.completeness import missing_to_score, ready_to_score
from jixiao.evaluation.engine import IndicatorScore, ProjectScore, score_batch, score_project
from jixiao.evaluation.form import (
    evaluation_form_bytes,
    read_evaluation_docx,
    read_evaluation_form,
    read_evaluation_pdf,
    read_evaluation_xlsx,
    render_evaluation_html,
    write_evaluation_docx,
    write_evaluation_form,
    write_evaluation_pdf,
    write_evaluation_xlsx,
)
from jixiao.evaluation.load import load_batch
from jixiao.evaluation.model import EvaluationBatch, IndicatorResult, ProjectEvaluation
from jixiao.evaluation.report import draft_report
from jixiao.scoring.methods import METHODS, METHODS_BY_ID, ScoringMethod
from jixiao.scoring.profile import (
    DEFAULT_EVALUATION_PROFILE,
    EvaluationProfile,
    Light,
    available_evaluation_profiles,
    load_evaluation_profile,
)

__all__ = [
    "DEFAULT_EVALUATION_PROFILE",
    "METHODS",
    "METHODS_BY_ID",
    "Check",
    "EvaluationBatch",
    "EvaluationProfile",
    "Finding",
    "IndicatorResult",
    "IndicatorScore",
    "Light",
    "ProjectEvaluation",
    "ProjectScore",
    "ScoringMethod",
    "available_evaluation_profiles",
    "draft_report",
    "evaluation_form_bytes",
    "load_batch",
    "load_evaluation_profile",
    "missing_to_score",
    "read_evaluation_docx",
    "read_evaluation_form",
    "read_evaluation_pdf",
    "read_evaluation_xlsx",
    "ready_to_score",
    "render_evaluation_html",
    "score_batch",
    "score_project",
    "write_evaluation_docx",
    "write_evaluation_form",
    "write_evaluation_pdf",
    "write_evaluation_xlsx",
]
