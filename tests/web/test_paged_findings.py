"""Long plans are read a page at a time: the findings API and the printable 审核报告.

Pages together must hold exactly what the whole holds: every finding once, every project
once, the filters kept from page to page, and the whole plan's totals on every page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from jixiao.review_report.review_html import render_review_html
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.findings import review_pages
from jixiao.web.findings.reading import stored
from jixiao.web.plans.convert import plan_to_domain
from tests.web.conftest import World

FINDING = re.compile(r'<div class="finding (?:error|warning|info)">.*?</div></div>')
HEADING = re.compile(r"<h3>(\d+)\. ")


def _pages(client: Any, path: str) -> list[Any]:
    """The responses of every page, following ``Link: rel="next"``."""
    responses = []
    next_page: str | None = path
    while next_page is not None:
        response = client.get(next_page)
        assert response.status_code == 200, next_page
        responses.append(response)
        link = re.match(r'<([^>]+)>; rel="next"', response.get("Link", ""))
        next_page = link.group(1) if link else None
    return responses


def test_findings_pages_hold_every_finding_once_and_keep_the_filters(world: World) -> None:
    client = world.client("bureau")
    base = f"/api/plans/{world.own_plan.pk}/findings"
    whole = client.get(f"{base}?limit=1000").json()
    assert len(whole) > 7

    pages = _pages(client, f"{base}?limit=7")
    assert len(pages) == -(-len(whole) // 7)
    assert [f for r in pages for f in r.json()] == whole
    assert {r["X-Total-Count"] for r in pages} == {str(len(whole))}

    severity = Counter(f["severity"] for f in whole).most_common(1)[0][0]
    filtered = _pages(client, f"{base}?severity={severity}&limit=3")
    assert all(f"severity={severity}" in r.get("Link", f"severity={severity}") for r in filtered)
    assert [f for r in filtered for f in r.json()] == [
        f for f in whole if f["severity"] == severity
    ]

    assert client.get(f"{base}?offset={len(whole)}").json() == []
    assert client.get(f"{base}?limit=0").status_code == 422
    assert client.get(f"{base}?offset=-1").status_code == 422


def test_the_review_report_pages_hold_every_project_and_finding_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = world.own_plan
    projects = plan.projects.count()
    per_page = 3
    assert projects > per_page
    monkeypatch.setattr(review_pages, "PROJECTS_PER_PAGE", per_page)
    client = world.client("bureau")
    path = f"/plans/{plan.pk}/download/review.html"
    count = -(-projects // per_page)
    pages = [client.get(f"{path}?page={n}").content.decode() for n in range(1, count + 1)]

    # The whole report as the command line renders it, from the same stored review.
    found = stored(plan)
    reviewed = found.reviewed(plan_to_domain(plan))
    assert reviewed is not None
    whole = render_review_html([reviewed], peers=StoredPeers())
    document_level = len(reviewed.document_findings())

    headings = [int(n) for page in pages for n in HEADING.findall(page)]
    assert headings == list(range(1, projects + 1))
    for number, page in enumerate(pages, start=1):
        shown = [int(n) for n in HEADING.findall(page)]
        assert (
            shown == list(range((number - 1) * per_page + 1, number * per_page + 1))[: len(shown)]
        )
        # the whole plan's counts on every page, as in the whole report
        assert _summary_line(page) == _summary_line(whole)
        assert f"第 {number} 页，共 {count} 页" in page
    # each page repeats the document's own findings; every other finding is on one page
    on_pages = Counter(f for page in pages for f in FINDING.findall(page))
    in_whole = Counter(FINDING.findall(whole))
    assert sum(on_pages.values()) == sum(in_whole.values()) + (count - 1) * document_level
    assert set(on_pages) == set(in_whole)

    last = client.get(f"{path}?page=999").content.decode()
    assert HEADING.findall(last) == HEADING.findall(pages[-1])
    assert HEADING.findall(client.get(f"{path}?page=abc").content.decode()) == HEADING.findall(
        pages[0]
    )


def _summary_line(html: str) -> str:
    found = re.search(r"<p>审核方案：.*?</p>", html)
    assert found is not None
    return found.group(0)
