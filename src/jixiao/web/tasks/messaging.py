"""站内消息: write a message to people, and e-mail it too when SMTP is configured.

E-mail is an option (``JIXIAO_EMAIL_NOTIFICATIONS``, on when ``JIXIAO_SMTP_HOST`` is
set); it is sent after the transaction commits, and a mail server that fails loses no
message — the message centre has it.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from jixiao.web.orgs.models import Department
from jixiao.web.tasks.models import Message
from jixiao.workflow import Role

log = logging.getLogger(__name__)


def department_people(department: Department | None, roles: Iterable[Role]) -> list[User]:
    """The active people of a department in these roles."""
    if department is None:
        return []
    values = [r.value for r in roles]
    return list(
        User.objects.filter(
            is_active=True, membership__department=department, membership__role__in=values
        ).order_by("pk")
    )


def notify(
    people: Iterable[User],
    kind: Message.Kind,
    title: str,
    body: str = "",
    link: str = "",
    key: str = "",
) -> list[Message]:
    """A message to each person; with a ``key``, a person who already has it gets none."""
    written = []
    for recipient in people:
        if key and Message.objects.filter(recipient=recipient, key=key).exists():
            continue
        try:
            with transaction.atomic():
                message = Message.objects.create(
                    recipient=recipient, kind=kind, title=title[:200], body=body, link=link, key=key
                )
        except IntegrityError:  # written at the same moment by another run
            continue
        written.append(message)
    if written and getattr(settings, "JIXIAO_EMAIL_NOTIFICATIONS", False):
        ids = [m.pk for m in written]
        transaction.on_commit(lambda: send_emails(ids))
    return written


def send_emails(message_ids: list[int]) -> int:
    """E-mail each message to its recipient (those with an address); how many were sent."""
    sent = 0
    site = getattr(settings, "JIXIAO_SITE_URL", "").rstrip("/")
    for message in Message.objects.filter(pk__in=message_ids).select_related("recipient"):
        address = message.recipient.email
        if not address:
            continue
        text = message.body + (f"\n\n{site}{message.link}" if message.link else "")
        try:
            sent += send_mail(
                f"[jixiao] {message.title}",
                text,
                None,
                [address],
            )
        except (OSError, smtplib.SMTPException) as failed:
            log.warning("邮件未能发送给 %s：%s", address, failed)
    return sent


# The count of unread messages, when the sign-in backend read it with the user
# (jixiao.web.pages.backend): the header shows it on every page.
UNREAD = "jixiao_unread_messages"


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    counted = getattr(user, UNREAD, None)  # read with the user by the sign-in backend
    if counted is not None:
        return int(counted)
    return Message.objects.filter(recipient=user, read_at__isnull=True).count()


def forget_unread_count(user: Any) -> None:
    """The count read with the user is out of date: messages were marked read."""
    if UNREAD in getattr(user, "__dict__", {}):
        delattr(user, UNREAD)
