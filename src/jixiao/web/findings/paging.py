"""A plan's findings a page at a time, for the API: a province's plans carry thousands.

The page is the rows ``offset`` … ``offset + limit`` in the review's order; the total after
the filters goes in ``X-Total-Count`` and the next page's address in a ``Link`` header, so
a client that follows ``rel="next"`` reads every finding exactly once.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from jixiao.web.caching.fragments import cached
from jixiao.web.dispositions.handling import latest_change, statuses_by_ordinal
from jixiao.web.findings.models import StoredFinding
from jixiao.web.findings.reading import NONE, Stored

FINDINGS_PER_PAGE = 100
MAX_FINDINGS_PER_PAGE = 1000
MAX_OFFSET = 10**9  # beyond any plan; keeps a fuzzed offset inside the database's integers


Rows = Callable[[], QuerySet[StoredFinding]]  # built only when the page is not cached


def page_body(
    found: Stored, rows: Rows, filters: str, limit: int, offset: int
) -> tuple[bytes, int]:
    """The JSON of the page and the total, from the cache when the plan's findings have
    been stored (:data:`NO_FILTERS` names the unfiltered list); ``rows`` gives the stored
    findings after the filters."""

    marked = latest_change(found.plan)  # a status set since names a new page

    def page() -> tuple[bytes, int]:
        statuses = statuses_by_ordinal(found) if marked else NONE
        chosen = rows()
        return found.json(chosen[offset : offset + limit], statuses), chosen.count()

    key = f"jixiao:findings-page:{found.content_key}:{marked}:{filters}:{offset}:{limit}"
    return (cached(key, page) if found.content_key else None) or page()


NO_FILTERS = repr((None, None, None))  # (rule, severity, project) as the API names them


def page_response(
    request: HttpRequest,
    found: Stored,
    rows: Rows,
    filters: str,
    limit: int,
    offset: int,
) -> HttpResponse:
    """The page of ``rows()`` (the stored findings after ``filters``, which name them in the
    cache key) as the API's JSON, cached under the plan's content key."""

    body, total = page_body(found, rows, filters, limit, offset)
    response = found.response_of(body)
    response["X-Total-Count"] = str(total)
    if offset + limit < total:
        query = request.GET.copy()
        query["offset"] = str(offset + limit)
        query["limit"] = str(limit)
        response["Link"] = f'<{request.path}?{query.urlencode()}>; rel="next"'
    return response
