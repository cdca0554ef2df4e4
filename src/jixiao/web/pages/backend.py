"""The sign-in backend: Django's, reading in one query all that every page asks of the person.

Each request with a session loads its user through :meth:`PageUserBackend.get_user`. The
pages' access checks and the header then want the person's role and place (区划 / 部门 /
单位) and the number of unread messages: read with the user, as a join and a subquery,
instead of three more queries on every page. The query is compiled once per process
(:mod:`jixiao.web.runtime.compiled`): building it cost more CPU than the rest of a page.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from jixiao.web.runtime.compiled import CompiledQuery


def _person(user_id: int) -> QuerySet[Any]:
    from jixiao.web.tasks.messaging import UNREAD
    from jixiao.web.tasks.models import Message

    unread = (
        Message.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(n=Count("pk"))
        .values("n")
    )
    users = get_user_model()._default_manager.select_related(
        "membership__region", "membership__department", "membership__unit"
    )
    return users.annotate(
        **{UNREAD: Coalesce(Subquery(unread), 0, output_field=IntegerField())}
    ).filter(pk=user_id)


_PERSON: CompiledQuery[Any] = CompiledQuery(_person, int)


class PageUserBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        try:
            user = _PERSON.first(int(user_id))
        except (TypeError, ValueError):  # a session naming no valid id, as Django's own
            return None
        return user if user is not None and self.user_can_authenticate(user) else None
