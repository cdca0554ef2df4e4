"""A list page in one call: the list, or its Excel export when ``export=xlsx`` is asked."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.web.listing.engine import ListPage, run_list
from jixiao.web.listing.export import xlsx_response
from jixiao.web.listing.spec import ListSpec


def list_page(
    request: HttpRequest,
    spec: ListSpec,
    rows: Any,
    template: str,
    title: str,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    listing: ListPage = run_list(spec, rows, request.GET)
    if request.GET.get("export") == "xlsx":
        return xlsx_response(listing, title)
    return render(request, template, {"listing": listing, "title": title, **(context or {})})
