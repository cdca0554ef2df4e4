"""The printable 审核报告 of a stored review, a page of projects at a time.

A province's plans run to hundreds of projects: a page converts and renders only its own
projects, with their stored findings and the document's own; the summary's counts are the
whole plan's, read from the indexed columns. A rendered page is cached under what it was
made from — the plan, its revision and rule fingerprint, when the findings were stored,
and the version of the peers' unit-cost table — so no change can leave an old page shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q

from jixiao.review_report.review_html import review_html_section
from jixiao.review_report.reviewed import FindingTotals, Reviewed
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.findings.reading import Stored
from jixiao.web.plans.convert import plan_to_domain

PROJECTS_PER_PAGE = 20  # a 绩效目标表 each: twenty print to about as many sheets
CACHE_SECONDS = 3600


@dataclass(frozen=True)
class ReviewPage:
    """One page of a plan's report: its HTML section and where it sits among the pages."""

    html: str
    number: int
    pages: int
    per_page: int


def review_page(found: Stored, number: str | int | None) -> ReviewPage | None:
    """Page ``number`` (out-of-range numbers give the nearest page) of the stored review;
    None while nothing is stored yet."""
    if found.review is None or found.review.computed_at is None:
        return None
    plan = found.plan
    # every position in one query (a few thousand numbers at most): no separate COUNT
    every = list(plan.projects.order_by("position").values_list("position", flat=True))
    positions = Paginator(every, PROJECTS_PER_PAGE).get_page(number)
    peers = StoredPeers()
    key = (
        f"jixiao:review-page:{plan.pk}:{found.key}:{found.review.computed_at.isoformat()}"
        f":{':'.join(map(str, peers.version()))}:{positions.number}"
    )
    html = cache.get(key)
    if html is None:
        reviewed = _reviewed(found, list(positions))
        if reviewed is None:
            return None
        html = review_html_section(reviewed, peers)
        cache.set(key, html, CACHE_SECONDS)
    return ReviewPage(html, positions.number, positions.paginator.num_pages, PROJECTS_PER_PAGE)


def _reviewed(found: Stored, positions: list[int]) -> Reviewed | None:
    """The page's projects and findings, with the whole plan's totals."""
    rows = found.rows()
    mine = rows.filter(Q(project_index=None) | Q(project_index__in=positions))
    report = found.report(mine)
    if report is None:
        return None
    projects = found.plan.projects.filter(position__in=positions)
    severities: Counter[str] = Counter()
    per_project: Counter[int] = Counter()
    counted = rows.order_by().values("severity", "project_index").annotate(n=Count("pk"))
    for severity, project_index, n in counted.values_list("severity", "project_index", "n"):
        severities[severity] += n
        if project_index is not None:
            per_project[project_index] += n
    return Reviewed(
        plan_to_domain(found.plan, projects),
        report,
        first=positions[0] if positions else 1,
        totals=FindingTotals(severities, per_project),
    )
