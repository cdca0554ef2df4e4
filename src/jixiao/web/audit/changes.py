"""The 修改前 / 修改后 of an audit entry in words, where the core can compare them."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from jixiao.diff import diff_projects
from jixiao.model.plan import Project


def described_changes(entry: Any) -> list[str] | None:
    """Each change of a 修改项目 (「修改 项目「…」 · 指标「…」 · 指标值：≥85% → ≥90%」), [] when
    nothing changed; None for an entry the core does not compare (shown as stored)."""
    if entry.object_type != "project" or entry.before is None or entry.after is None:
        return None
    try:
        old, new = Project.model_validate(entry.before), Project.model_validate(entry.after)
    except ValidationError:  # an entry written by an older version of the model
        return None
    return [change.describe() for change in diff_projects(old, new).changes]
