"""A form sent after the session ran out: nothing saved, and the way to send it again
without retyping (登录已过期, 401). One answer for every form — the pages' (member_required)
and Django admin's (用户、角色管理), whose login page then an empty form lost the input."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse


def expired(request: HttpRequest) -> HttpResponse:
    return render(request, "session_expired.html", status=401)


class AdminSessionExpiryMiddleware:
    """Django admin answers a signed-out POST with its login page; a form sent there after
    the session ran out gets :func:`expired` instead (its own sign-in is left alone)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        admin = reverse("admin:index")
        signing = (reverse("admin:login"), reverse("admin:logout"))
        if (
            request.method == "POST"
            and request.path.startswith(admin)
            and request.path not in signing
            and not request.user.is_authenticated
        ):
            return expired(request)
        return self.get_response(request)
