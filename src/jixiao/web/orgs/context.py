"""Template context: the signed-in person's membership, for the header and menus."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from jixiao.web.orgs.access import membership_of


def membership(request: HttpRequest) -> dict[str, Any]:
    # An error page for a request refused before the auth middleware (a 400 for a wrong
    # Host) has no user: no membership then, rather than a second error.
    user = getattr(request, "user", None)
    return {"membership": membership_of(user) if user is not None else None}
