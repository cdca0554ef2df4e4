"""Saving one project's entry with 乐观锁: the save names the version it started from; if
someone saved in between nothing is written and :class:`EditConflict` says who and when.
Every save is audited with the entry before and after."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db.models import F
from django.utils import timezone
from pydantic import BaseModel

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.editing import EditConflict, conflict_with
from jixiao.web.reporting.models import EntryRecord

Entry = TypeVar("Entry", bound=EntryRecord)
Row = TypeVar("Row", bound=BaseModel)


def merged_rows(stored: Sequence[Row], given: Sequence[Row], fields: set[str]) -> list[Row]:
    """Indicator rows after an upload: each stored row takes the non-blank ``fields`` of the
    given row with the same 三级指标; rows the upload does not name stay as they are."""
    by_label = {row.level3: row for row in given}  # type: ignore[attr-defined]
    out = []
    for row in stored:
        match = by_label.get(row.level3)  # type: ignore[attr-defined]
        if match is None:
            out.append(row)
            continue
        values = match.model_dump(include=fields)
        out.append(row.model_copy(update={k: v for k, v in values.items() if v not in (None, "")}))
    return out


def kept(stored: Row, given: Row, fields: Sequence[str]) -> Row:
    """``given`` with ``fields`` as stored: what the unit may not change (which project,
    its department, the date…), whatever a form or an upload says."""
    return given.model_copy(update={name: getattr(stored, name) for name in fields})


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


Item = TypeVar("Item")


def matched_upload(
    rows: Sequence[Entry],
    items: Sequence[Item],
    identify: Callable[[Item], tuple[str | None, str]],
    problem: Callable[[Entry | None, Item], str | None],
) -> list[tuple[Entry, Item]]:
    """Each uploaded item with its entry (by project code, else name), or
    :class:`UploadRejected` listing every item that has no entry or another ``problem``."""
    problems: list[str] = []
    matched: list[tuple[Entry, Item]] = []
    for item in items:
        entry = entry_for(rows, *identify(item))
        wrong = problem(entry, item)
        if wrong is not None:
            problems.append(wrong)
        elif entry is not None:
            matched.append((entry, item))
    if problems:
        raise UploadRejected(problems)
    return matched


def write_upload(
    rows: Sequence[Entry],
    items: Sequence[Item],
    problem: Callable[[Entry | None, Item], str | None],
    write: Callable[[Entry, Item], object],
) -> int:
    """Match every uploaded item to its entry (by project code, else name) and ``write``
    each — or, if any item has a ``problem``, write none (:class:`UploadRejected`)."""
    matched = matched_upload(rows, items, lambda item: (item.code, item.name), problem)  # type: ignore[attr-defined]
    for entry, item in matched:
        write(entry, item)
    return len(matched)


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


Verdict = TypeVar("Verdict")


def save_checked(
    user: Any,
    entry: Entry,
    content: BaseModel,
    version: int,
    verdict_of: Callable[[Entry], Verdict],
    described: Callable[[Verdict], tuple[str, dict[str, Any]]],
    *,
    action: str,
) -> Verdict:
    """Save ``content`` as the entry's data (or raise EditConflict) and return the core's
    verdict on it (a score, a light); ``described`` gives the verdict's audit summary and
    the columns the dashboards read."""
    entry.data = content.model_dump(mode="json")
    verdict = verdict_of(entry)
    summary, cache = described(verdict)
    save_entry(user, entry, entry.data, version, action=action, summary=summary, cache=cache)
    return verdict


__all__ = [
    "EditConflict",
    "UploadRejected",
    "entry_for",
    "kept",
    "matched_upload",
    "merged_rows",
    "save_checked",
    "save_entry",
    "write_upload",
]
