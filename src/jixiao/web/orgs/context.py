"""Template context: the signed-in person's membership, for the header and menus."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from jixiao.web.orgs.access import membership_of


def membership(request: HttpRequest) -> dict[str, Any]:
    return {"membership": membership_of(request.user)}
