"""A plan's pages rendered into the shared cache as soon as its findings are stored.

The recomputation job (:func:`jixiao.web.findings.tasks.refresh_findings`) calls
:func:`warm_plan_pages` after storing a plan's review, so the first person to open the
plan, a project, the 审核报告 or the findings API after a rule or profile change finds them
ready instead of waiting for them to be rendered. The entries are the very ones the pages
read — the same functions build them under the same keys, which name the plan's revision,
the stored findings' revision and when they were stored — so warming can never make a page
show something older than rendering it on demand would.
"""

from __future__ import annotations

from django.core.paginator import Paginator

from jixiao.web.findings.paging import FINDINGS_PER_PAGE, NO_FILTERS, page_body
from jixiao.web.findings.reading import stored
from jixiao.web.findings.review_pages import review_page
from jixiao.web.pages.views.plan_fragments import PROJECTS_PER_PAGE, plan_fragments
from jixiao.web.pages.views.project import project_content
from jixiao.web.plans.models import PlanRecord


def warm_plan_pages(record: PlanRecord) -> int:
    """Render into the cache every page of the plan's project list and 审核报告, each
    project's goal table with its findings, and the first page of the findings API;
    the number of pages warmed (0 when the stored findings are not current)."""
    found = stored(record)
    if found.recomputing or not found.content_key:
        return 0
    list_pages = Paginator(range(found.project_count), PROJECTS_PER_PAGE)
    for number in list_pages.page_range:
        plan_fragments(found, list_pages.page(number))
    projects = list(record.projects.order_by("position"))
    for project in projects:
        project_content(found, project)
    warmed = len(list_pages.page_range) + len(projects)
    first_report = review_page(found, 1)
    for number in range(2, first_report.pages + 1 if first_report else 0):
        review_page(found, number)
    warmed += first_report.pages if first_report else 0
    page_body(found, found.rows, NO_FILTERS, FINDINGS_PER_PAGE, 0)
    return warmed + 1
