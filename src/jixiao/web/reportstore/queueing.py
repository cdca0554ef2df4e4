"""Put one recomputation of a round's or a self-evaluation's results on the queue.

After a save or an upload (when its transaction commits), and when a page finds what is
stored out of date: the summary is marked with the key being computed, so many saves or
many page views queue one job, and a job lost with its worker is queued again later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from jixiao.web.reportstore.models import EvaluationResult, RoundResult, StoredSummary
from jixiao.web.reportstore.revisions import evaluation_key, round_key

REQUEUE_AFTER = dt.timedelta(minutes=10)


def claim(model: type[StoredSummary], owner: str, pk: int, key: str) -> bool:
    """Mark the recomputation for ``key`` as queued; false when the stored results are
    already current or their recomputation already queued (recently)."""
    owned: dict[str, Any] = {f"{owner}_id": pk}
    model._default_manager.get_or_create(**owned)
    now = timezone.now()
    waiting = model._default_manager.filter(**owned).exclude(key=key)
    return bool(
        waiting.filter(
            ~Q(queued=key) | Q(queued_at__lt=now - REQUEUE_AFTER) | Q(queued_at=None)
        ).update(queued=key, queued_at=now)
    )


def queue_round(round_id: int, key: str | None = None) -> None:
    from jixiao.web.reportstore.tasks import refresh_round_results

    if claim(RoundResult, "round", round_id, key or round_key(round_id)):
        refresh_round_results.enqueue(round_id)


def queue_evaluation(evaluation_id: int, key: str | None = None) -> None:
    from jixiao.web.reportstore.tasks import refresh_evaluation_results

    if claim(EvaluationResult, "evaluation", evaluation_id, key or evaluation_key(evaluation_id)):
        refresh_evaluation_results.enqueue(evaluation_id)


def after_commit(queue: Callable[[int], None], pk: int) -> None:
    """Queue once the saving transaction has committed (the worker must see the save)."""
    transaction.on_commit(lambda: queue(pk))
