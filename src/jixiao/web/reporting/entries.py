"""Saving one project's entry with 乐观锁: the save names the version it started from; if
someone saved in between nothing is written and :class:`EditConflict` says who and when.
Every save is audited with the entry before and after."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from django.db.models import F
from django.utils import timezone

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.editing import EditConflict, conflict_with
from jixiao.web.reporting.models import EntryRecord

Entry = TypeVar("Entry", bound=EntryRecord)


class UploadRejected(Exception):
    """Nothing was written: every problem of the upload, listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("；".join(problems))
        self.problems = problems


def entry_for(rows: Sequence[Entry], code: str | None, name: str) -> Entry | None:
    """The entry of the project with this code, else with this name (as uploads match)."""
    if code:
        for entry in rows:
            if entry.project.code == code:  # type: ignore[attr-defined]
                return entry
    return next((e for e in rows if e.project.name == name), None)  # type: ignore[attr-defined]


def save_entry(
    user: Any,
    entry: EntryRecord,
    data: dict[str, Any],
    version: int,
    *,
    action: str,
    summary: str,
    cache: dict[str, Any],
) -> None:
    """Write ``data`` (and the computed ``cache`` columns) if ``version`` is current."""
    model = type(entry)
    before = entry.data
    updated = model.objects.filter(pk=entry.pk, lock_version=version).update(  # type: ignore[attr-defined]
        data=data,
        lock_version=F("lock_version") + 1,
        updated_by=user,
        updated_at=timezone.now(),
        **cache,
    )
    if not updated:
        raise conflict_with(model, entry.pk, str(entry))
    plan = entry.project.plan  # type: ignore[attr-defined]
    audit(
        user,
        action,
        object_type=model._meta.model_name or "entry",
        object_id=entry.pk,
        object_label=str(entry),
        plan=plan,
        summary=summary,
        before=before,
        after=data,
    )
    entry.refresh_from_db()


__all__ = ["EditConflict", "UploadRejected", "entry_for", "save_entry"]
