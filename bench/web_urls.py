"""The application's URLs plus ``/bench/ping/``: the smallest Django view on the same stack
(same middleware, same database), the baseline the pages are measured against."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path

from jixiao.web.urls import urlpatterns as app_urlpatterns


def ping(request: HttpRequest) -> HttpResponse:
    """One trivial query, so the baseline includes a database round trip."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ping/", ping, name="bench_ping"), *app_urlpatterns]
