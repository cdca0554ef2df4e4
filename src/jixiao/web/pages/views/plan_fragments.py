"""The heavy parts of the 绩效文本页 — the page of the project list, the comment form's project
choices and the document-level findings — rendered once per content of the plan and kept in
the shared page cache (:mod:`jixiao.web.caching`), the same for everyone who may see it."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from jixiao.web.caching.fragments import cached
from jixiao.web.findings.reading import Stored
from jixiao.web.listing.rows import project_rows
from jixiao.web.plans.convert import amount

PROJECTS_PER_PAGE = 100  # a plan of a thousand projects is shown a hundred at a time


def project_page(found: Stored, number: str | None) -> Page[int]:
    """Which page of the project list to show, from the count read with the revision (no
    query); its ``object_list`` is only positions, the rows are read when rendered."""
    return Paginator(range(found.project_count), PROJECTS_PER_PAGE).get_page(number)


def plan_fragments(found: Stored, page: Page[int]) -> dict[str, SafeString]:
    """``projects`` (table and pager), ``project_options`` (of the comment form) and
    ``document_findings`` (a section, or empty)."""

    def render() -> dict[str, SafeString]:
        shown = project_rows(found.plan).order_by("position")
        projects = list(shown[page.start_index() - 1 : page.end_index()]) if len(page) else []
        context = {
            "plan": found.plan,
            "project_page": page,
            # budgets as written (38.9, not the column's 38.9000)
            "project_rows": [(p, amount(p.budget_total)) for p in projects],
            "document_findings": found.dicts(found.rows().filter(project_index=None)),
        }
        return {
            name: SafeString(render_to_string(f"pages/_plan_{name}.html", context))
            for name in ("projects", "project_options", "document_findings")
        }

    if not found.content_key:
        return render()
    key = f"jixiao:plan-page:{found.content_key}:{page.number}"
    return cached(key, render) or render()
