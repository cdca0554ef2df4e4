"""record(): the one way every change is written to the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db.models import QuerySet

from jixiao.web.audit.models import AuditEntry
from jixiao.web.orgs.models import Department


def record(
    user: AbstractBaseUser | AnonymousUser | None,
    action: str,
    *,
    object_type: str,
    object_id: object = "",
    object_label: str = "",
    plan: Any = None,
    department: Department | None = None,
    summary: str = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    actor = user if isinstance(user, User) else None
    if department is None and plan is not None:
        department = plan.department
    return AuditEntry.objects.create(
        user=actor,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        object_label=object_label[:300],
        plan=plan,
        department=department,
        summary=summary[:500],
        before=before,
        after=after,
    )


def entries_of(departments: QuerySet[Department]) -> QuerySet[AuditEntry]:
    """The audit log of these departments, with who and what it names."""
    return AuditEntry.objects.filter(department__in=departments).select_related(
        "user", "plan", "department"
    )
