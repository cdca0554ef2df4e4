"""Query parameters and ids that are not what a page expects answer 400, never 500.

``int_param`` reads an integer parameter strictly (ASCII digits, within the database's
integer range). ``MalformedInputMiddleware`` catches what slips through anywhere — an id in
the path beyond the database's integer range (SQLite raises OverflowError, PostgreSQL a
DataError) — and answers with the Chinese 400 page instead of a server error.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import BadRequest
from django.db import DataError
from django.http import HttpRequest, HttpResponse
from django.views.defaults import bad_request

MAX_DIGITS = 18  # every value fits a signed 64-bit integer (BigAutoField, bigint)


def int_param(request: HttpRequest, name: str, default: int) -> int:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS):
        raise BadRequest(f"参数 {name} 应为整数")
    return int(raw)


class MalformedInputMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OverflowError | DataError):
            return bad_request(request, BadRequest("请求参数超出范围"))
        return None
