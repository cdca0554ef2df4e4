"""Page guards: sign-in, a role, and the record lookups that answer 404 when not visible."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from jixiao.web.orgs.access import membership_of
from jixiao.web.orgs.models import Membership
from jixiao.web.pages.expiry import expired

View = TypeVar("View", bound=Callable[..., HttpResponse])


def member_required(view: View) -> View:
    """Signed in and with a role; anonymous visitors go to the login page."""

    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            if request.method == "POST":
                # the session ran out while a form was being filled: the login page, then
                # the form's page again empty, lost the input without a word
                return expired(request)
            return redirect_to_login(request.get_full_path())
        if membership_of(request.user) is None:
            raise PermissionDenied("您的账号尚未分配角色，请联系管理员")
        return view(request, *args, **kwargs)

    return guarded  # type: ignore[return-value]


def current_member(request: HttpRequest) -> Membership:
    member = membership_of(request.user)
    if member is None:
        raise PermissionDenied("没有角色")
    return member
