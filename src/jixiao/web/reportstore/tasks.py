"""The queue tasks that bring a round's or a self-evaluation's stored results up to date
(after a save, an upload, a profile change, or a page that found them out of date)."""

from __future__ import annotations

from django_tasks import task

from jixiao.web.evaluation.records import find_evaluation
from jixiao.web.monitoring.rounds import find_round
from jixiao.web.reportstore.evaluations import store_evaluation
from jixiao.web.reportstore.models import EvaluationResult, RoundResult
from jixiao.web.reportstore.revisions import evaluation_key, round_key
from jixiao.web.reportstore.rounds import store_round


@task()
def refresh_round_results(round_id: int) -> str:
    """Compute the round's lights again and store them, unless that is already done."""
    round_ = find_round(round_id)
    if round_ is None:
        return "gone"
    if RoundResult.objects.filter(round=round_, key=round_key(round_id)).exists():
        return "current"
    store_round(round_)
    return "refreshed"


@task()
def refresh_evaluation_results(evaluation_id: int) -> str:
    """Score the self-evaluation again and store it, unless that is already done."""
    evaluation = find_evaluation(evaluation_id)
    if evaluation is None:
        return "gone"
    key = evaluation_key(evaluation_id)
    if EvaluationResult.objects.filter(evaluation=evaluation, key=key).exists():
        return "current"
    store_evaluation(evaluation)
    return "refreshed"
