"""The next project's entry in the same 监控 round or 自评: a unit filling eight projects
goes from one to the next without going back to the list each time."""

from __future__ import annotations

from typing import Any

from django.db.models import Model

from jixiao.web.reporting.models import EntryRecord


def next_entry(entry: EntryRecord, report: Model) -> tuple[int, str] | None:
    """(id, project name) of the entry after ``entry`` in ``report``, by the project's
    place in the plan; None for the last."""
    field = next(
        f.name
        for f in type(entry)._meta.get_fields()
        if f.many_to_one and f.related_model is type(report)
    )
    position = entry.project.position  # type: ignore[attr-defined]
    # a 监控 or 自评 entry (the abstract EntryRecord has no project: its subclasses do)
    entries: Any = type(entry)._default_manager
    following = (
        entries.filter(**{field: report, "project__position__gt": position})
        .order_by("project__position")
        .values_list("pk", "project__name")
        .first()
    )
    return None if following is None else (following[0], following[1])
