"""API tokens (API 令牌) for programs that call the API without a browser session."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name="用户",
    )
    key = models.CharField(max_length=64, unique=True, verbose_name="令牌")
    label = models.CharField("用途", max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name="创建时间")

    class Meta:
        app_label = "orgs"
        verbose_name = verbose_name_plural = "API 令牌"

    @staticmethod
    def new_key() -> str:
        return secrets.token_urlsafe(32)

    @classmethod
    def user_of(cls, key: str) -> Any:
        """The active account the token belongs to, else None."""
        found = cls.objects.select_related("user").filter(key=key).first()
        return found.user if found is not None and found.user.is_active else None

    @classmethod
    def issue(cls, user: object, label: str = "") -> ApiToken:
        return cls.objects.create(user=user, key=cls.new_key(), label=label)
