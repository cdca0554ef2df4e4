"""Score a self-evaluation with the core and store the results; the budget office's lines.

:func:`store_evaluation` is the only place a self-evaluation is scored for pages: it writes
:class:`~jixiao.web.reportstore.models.StoredScore` rows (each with its 预算安排建议, if
any), the summary with the average, and the score columns of the entries and the
self-evaluation that lists and the API read, so every page agrees.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from jixiao.carryover import advise
from jixiao.carryover.budget_list import STRENGTH, BudgetAdvice
from jixiao.evaluation import ProjectScore, missing_to_score
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.evaluation.records import entry_cache, refresh_average, scored
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.reportstore.exact import decimal_or_none, exact_texts, float_or_none
from jixiao.web.reportstore.models import EvaluationResult, StoredScore
from jixiao.web.reportstore.revisions import evaluation_key

EXACT = (
    "budget_total",
    "executed",
    "execution_rate",
    "execution_weight",
    "execution_score",
    "total",
)


@transaction.atomic
def store_evaluation(evaluation: SelfEvaluationRecord) -> None:
    """Score every entry and store the self-evaluation's results."""
    key = evaluation_key(evaluation.pk)  # before reading: a later change makes it stale
    summary, _ = EvaluationResult.objects.select_for_update().get_or_create(evaluation=evaluation)
    profile = evaluation_profile()
    rows = []
    for entry, domain, score in scored(evaluation):
        missing = [] if domain.is_blank else missing_to_score(domain)
        unscored = domain.is_blank or bool(missing)  # 未填报 or 填报中: no grade, no line
        cache = entry_cache(score, unscored)
        EvaluationEntryRecord.objects.filter(pk=entry.pk).update(**cache)
        line = None
        if not unscored:
            line = advise(
                score.name, score.code, score.grade, score.total, score.execution_rate, profile
            )
        rows.append(_row(evaluation, entry, score, unscored, line, missing))
    StoredScore.objects.filter(evaluation=evaluation).delete()
    StoredScore.objects.bulk_create(rows, batch_size=500)
    refresh_average(evaluation)
    summary.average = (
        SelfEvaluationRecord.objects.filter(pk=evaluation.pk)
        .values_list("average", flat=True)
        .first()
    )
    summary.key = key
    summary.computed_at = timezone.now()
    if summary.queued == key:
        summary.queued = ""
    summary.save()


def _row(
    evaluation: SelfEvaluationRecord,
    entry: EvaluationEntryRecord,
    score: ProjectScore,
    blank: bool,
    line: BudgetAdvice | None,
    missing: list[str],
) -> StoredScore:
    return StoredScore(
        entry=entry,
        evaluation=evaluation,
        position=entry.project.position,
        code=score.code or "",
        name=score.name,
        blank=blank,
        missing="\n".join(missing),
        total=None if blank else float(score.total),
        grade="" if blank else score.grade,
        execution_rate=float_or_none(score.execution_rate),
        findings_count=len(score.findings),
        treatment=line.treatment if line else "",
        strength=STRENGTH.get(line.treatment, 0) if line else 0,
        advice_reasons="\n".join(line.reasons) if line else "",
        exact=exact_texts(score, EXACT),
    )


def advice_of(row: dict[str, Any]) -> BudgetAdvice:
    """A stored row's line on the budget office's list."""
    return BudgetAdvice.model_construct(
        name=row["name"],
        code=row["code"] or None,
        grade=row["grade"],
        total=Decimal(row["exact"]["total"]),
        execution_rate=decimal_or_none(row["exact"].get("execution_rate")),
        treatment=row["treatment"],
        reasons=row["advice_reasons"].splitlines(),
    )


def score_shown(row: dict[str, Any]) -> ProjectScore:
    """A stored row as the core's score (without indicator rows and findings: the row's
    ``findings_count`` says how many), for the tables and charts."""
    fields: dict[str, Any] = {name: decimal_or_none(row["exact"].get(name)) for name in EXACT}
    fields |= {"name": row["name"], "code": row["code"] or None, "grade": row["grade"]}
    return ProjectScore.model_construct(**fields, indicators=[], findings=[])


def advised(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows on the budget office's list, as :func:`jixiao.carryover.budget_list.ordered`
    orders them: strongest treatment first, then the lowest score, then the plan's order."""
    found = [row for row in rows if row["treatment"]]
    return sorted(
        found, key=lambda row: (-STRENGTH[row["treatment"]], Decimal(row["exact"]["total"]))
    )
