"""The budget office's list (预算安排建议) over many 自评, from the cached grades and
rates of each project (:func:`jixiao.carryover.advise`), strongest treatment first."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from jixiao.carryover import advise
from jixiao.carryover.budget_list import STRENGTH, BudgetAdvice
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.reporting.profile import evaluation_profile


def budget_advice(
    evaluations: Iterable[SelfEvaluationRecord],
) -> list[tuple[SelfEvaluationRecord, BudgetAdvice]]:
    # from the cached grades and rates: scoring every project again is for the pages of
    # one plan, not for a region's list
    profile = evaluation_profile()
    by_id = {e.pk: e for e in evaluations}
    advice = []
    cached = EvaluationEntryRecord.objects.filter(
        evaluation__in=list(by_id), total__isnull=False
    ).values_list(
        "evaluation_id", "project__name", "project__code", "grade", "total", "execution_rate"
    )
    for evaluation_id, name, code, grade, total, rate in cached:
        line = advise(
            name,
            code or None,
            grade,
            Decimal(str(total)),
            None if rate is None else Decimal(str(rate)),
            profile,
        )
        if line is not None:
            advice.append((by_id[evaluation_id], line))
    advice.sort(key=lambda pair: (-STRENGTH[pair[1].treatment], pair[1].total))
    return advice
