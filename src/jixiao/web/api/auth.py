"""API authentication: the browser session (with CSRF) or a bearer token."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from jixiao.web.orgs.tokens import ApiToken


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <token>`` (API 令牌)."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = ApiToken.user_of(token)
        if user is not None:
            request.user = user
        return user


# The token first: ninja's session check refuses any write without a CSRF token — even when
# no session cookie is sent — before a later method is tried, which locked token clients out
# of every POST/PUT/DELETE. A bearer header is never sent by a browser on its own, so it
# needs no CSRF token; requests without one still go through the session check with CSRF.
AUTH = [TokenAuth(), SessionAuth()]
