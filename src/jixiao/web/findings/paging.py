"""A plan's findings a page at a time, for the API: a province's plans carry thousands.

The page is the rows ``offset`` … ``offset + limit`` in the review's order; the total after
the filters goes in ``X-Total-Count`` and the next page's address in a ``Link`` header, so
a client that follows ``rel="next"`` reads every finding exactly once.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from jixiao.web.findings.models import StoredFinding
from jixiao.web.findings.reading import Stored

FINDINGS_PER_PAGE = 100
MAX_FINDINGS_PER_PAGE = 1000
MAX_OFFSET = 10**9  # beyond any plan; keeps a fuzzed offset inside the database's integers


def page_response(
    request: HttpRequest, found: Stored, rows: QuerySet[StoredFinding], limit: int, offset: int
) -> HttpResponse:
    total = rows.count()
    response = found.response(rows[offset : offset + limit])
    response["X-Total-Count"] = str(total)
    if offset + limit < total:
        query = request.GET.copy()
        query["offset"] = str(offset + limit)
        query["limit"] = str(limit)
        response["Link"] = f'<{request.path}?{query.urlencode()}>; rel="next"'
    return response
