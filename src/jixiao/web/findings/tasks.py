"""The queue task that brings a plan's stored findings up to date (after a rule or profile
change, a workflow step, or a page that found them out of date), and renders its pages
into the shared cache."""

from __future__ import annotations

import logging

from django.db import transaction
from django_tasks import task

from jixiao.web.findings.models import PlanReview
from jixiao.web.findings.storing import wanted_key
from jixiao.web.plans.models import PlanRecord

logger = logging.getLogger(__name__)


@task()
def refresh_findings(plan_id: int) -> str:
    """Review the plan again and store the result, unless that is already done."""
    from jixiao.web.plans.reviewing import refresh_review

    record = PlanRecord.objects.select_related("department").filter(pk=plan_id).first()
    if record is None:
        return "gone"
    stored = PlanReview.objects.filter(plan=record).values_list("revision", "fingerprint").first()
    if stored is not None and "|".join(stored) == wanted_key(plan_id):
        return "current"  # a save in the meantime stored it
    with transaction.atomic():
        refresh_review(record)
    # the pages read from the cache at once: nobody waits for the first rendering
    from jixiao.web.pages.warming import warm_plan_pages

    try:
        warm_plan_pages(record)
    except Exception:  # only a head start: the pages render on demand all the same
        logger.exception("绩效文本 %s 的页面未能预先缓存", plan_id)
    return "refreshed"
