"""站内消息 as one person reads them: their messages (unread only, if asked), marking one or
all read. Everyone sees only their own: every query is by recipient."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from jixiao.web.tasks.messaging import forget_unread_count
from jixiao.web.tasks.models import Message


def messages_of(user: Any, *, unread_only: bool = False) -> QuerySet[Message]:
    """Newest first (the model's order)."""
    mine = Message.objects.filter(recipient_id=user.pk)
    return mine.filter(read_at__isnull=True) if unread_only else mine


def read_message(user: Any, message_id: int) -> Message | None:
    """The person's message, marked read now if it was not; None if it is not theirs."""
    message = messages_of(user).filter(pk=message_id).first()
    if message is not None and message.read_at is None:
        message.read_at = timezone.now()
        Message.objects.filter(pk=message.pk).update(read_at=message.read_at)
        forget_unread_count(user)
    return message


def read_all(user: Any) -> int:
    """Mark every unread message read; how many were."""
    marked = messages_of(user, unread_only=True).update(read_at=timezone.now())
    forget_unread_count(user)
    return marked
