"""The printable 审核报告 of a stored review, a page of projects at a time.

A province's plans run to hundreds of projects: a page converts and renders only its own
projects, with their stored findings and the document's own; the summary's counts are the
whole plan's, read from the indexed columns. A rendered page is cached (in the cache every
worker shares) under what it was made from — the plan, its revision now, the revision and
rule fingerprint of the stored findings and when they were stored, and the version of the
peers' unit-cost table — so no change can leave an old page shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count, Q

from jixiao.review_report.review_benchmarks import CHARTED_RULES, chart_id
from jixiao.review_report.review_html import review_html_section
from jixiao.review_report.reviewed import FindingTotals, Reviewed
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.caching.fragments import cached
from jixiao.web.findings.reading import Stored
from jixiao.web.plans.convert import plan_to_domain

PROJECTS_PER_PAGE = 20  # a 绩效目标表 each: twenty print to about as many sheets


@dataclass(frozen=True)
class ReviewPage:
    """One page of a plan's report: its HTML section and where it sits among the pages."""

    html: str
    number: int
    pages: int
    per_page: int


def chart_link(finding: dict[str, Any]) -> str:
    """Where in the 审核报告 a unit-cost finding's chart is (``?page=N#id``); "" for the rest."""
    index = finding.get("project_index")
    if finding.get("rule") not in CHARTED_RULES or not isinstance(index, int) or index < 1:
        return ""
    return f"?page={(index - 1) // PROJECTS_PER_PAGE + 1}#{chart_id(index)}"


def review_page(found: Stored, number: str | int | None) -> ReviewPage | None:
    """Page ``number`` (out-of-range numbers give the nearest page) of the stored review;
    None while nothing is stored yet."""
    if not found.content_key:
        return None
    # the page's number from the count read with the revision: no query on a cache hit
    page = Paginator(range(found.project_count), PROJECTS_PER_PAGE).get_page(number)
    peers = StoredPeers()
    key = (
        f"jixiao:review-page:{found.content_key}"
        f":{':'.join(map(str, peers.version()))}:{page.number}"
    )
    html = cached(key, lambda: _section(found, page.start_index(), page.end_index(), peers))
    if html is None:
        return None
    return ReviewPage(html, page.number, page.paginator.num_pages, PROJECTS_PER_PAGE)


def _section(found: Stored, first: int, last: int, peers: StoredPeers) -> str | None:
    """The report's HTML for the projects ``first`` … ``last`` (1-based, in order)."""
    ordered = found.plan.projects.order_by("position").values_list("position", flat=True)
    positions = list(ordered[max(first - 1, 0) : last])
    reviewed = _reviewed(found, positions)
    return None if reviewed is None else review_html_section(reviewed, peers)


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
