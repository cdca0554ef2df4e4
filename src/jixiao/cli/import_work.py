"""What ``jixiao import`` does with one file, in a worker: read it, write its JSON,
and hand back only the figures the summary needs (the plan is released there)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jixiao.checks import import_finding
from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.model.plan import DepartmentPlan, ImportIssue

PARTIAL_SUFFIX = ".partial"


def remove_partial_files(out_dir: Path | None) -> None:
    """What workers stopped mid-write left behind (a finished file is never partial)."""
    if out_dir is not None and out_dir.is_dir():
        for leftover in out_dir.glob(f".*.json.*{PARTIAL_SUFFIX}"):
            leftover.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """One file's outcome: its summary figures, or the one-line error that stopped it."""

    path: Path
    error: str | None = None
    department: str | None = None
    year: int | None = None
    projects: int = 0
    indicators: int = 0
    warnings: tuple[str, ...] = ()
    warning_count: int = 0
    kind_name: str = ""
    unread: str | None = None
    """Why nothing was read (未识别), when the file gave no content."""
    # Only kept when the caller needs every plan at the end (``--db``: one transaction).
    plan: DepartmentPlan | None = None


def write_plan_json(plan: DepartmentPlan, out_dir: Path, source: Path) -> Path:
    """``out_dir/<stem>.json``, written whole or not at all (a stopped run leaves no
    half file that a later ``review`` would reject)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{source.stem}.json"
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    # Compact: a province-year is 10,000 files, and indenting made them 60% larger and
    # slower to write and to read back.
    partial.write_text(plan.model_dump_json(), encoding="utf-8")
    os.replace(partial, target)
    return target


def unread_reason(plan: DepartmentPlan) -> str:
    reason = next((w.message for w in plan.warnings if w.code == "no-structure"), None)
    return reason or "未读到绩效指标、部门整体目标或公开表"


def _issue_line(path: Path, issue: ImportIssue) -> str:
    """An import issue printed as any finding is; named by its file when it has no place."""
    line = import_finding(issue, path.name).describe()
    return line if issue.source is not None else f"{path.name}: {line}"


def import_one(
    path: Path, *, out_dir: Path | None, list_warnings: bool, keep_plan: bool
) -> ImportedFile:
    try:
        plan = import_file(path)
    except ImportFailed as error:
        return ImportedFile(path, error=str(error))
    if out_dir is not None:
        try:
            write_plan_json(plan, out_dir, path)
        except OSError as error:
            reason = error.strerror or str(error)
            return ImportedFile(path, error=f"{path.name}: 无法写出 JSON：{reason}")
    warnings = tuple(_issue_line(path, w) for w in plan.warnings) if list_warnings else ()
    return ImportedFile(
        path,
        department=plan.department,
        year=plan.year,
        projects=len(plan.projects),
        indicators=plan.indicator_count,
        warnings=warnings,
        warning_count=len(plan.warnings),
        kind_name=plan.kind_name,
        unread=None if plan.has_content() else unread_reason(plan),
        plan=plan if keep_plan else None,
    )
