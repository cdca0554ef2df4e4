"""The application's URLs plus two baselines the pages are measured against, on the same
stack (same middleware, same database): ``/bench/ping/``, the smallest Django view, and
``/bench/page/``, the site's empty layout for a signed-in person."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from jixiao.web.pages.guards import member_required
from jixiao.web.urls import urlpatterns as app_urlpatterns


def ping(request: HttpRequest) -> HttpResponse:
    """One trivial query, so the baseline includes a database round trip."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


@member_required
def signed_in(request: HttpRequest) -> HttpResponse:
    """The site's layout (header, menus, unread messages) around nothing, for a signed-in
    person: what every page costs before its own content."""
    return render(request, "base.html")


urlpatterns = [
    path("bench/ping/", ping, name="bench_ping"),
    path("bench/page/", signed_in, name="bench_page"),
    *app_urlpatterns,
]
