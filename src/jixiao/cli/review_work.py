"""What ``jixiao review`` does with one file, in a worker: load the plan (from its source
document, or from the JSON ``import --out`` wrote), review it, and hand back the report —
plus the document's HTML section when that format is asked for, since only that one needs
the plan itself. The plan is released in the worker."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jixiao.importers.api import load_plan
from jixiao.importers.errors import ImportFailed
from jixiao.reports.review_html import review_html_section
from jixiao.reports.reviewed import Reviewed
from jixiao.review import ReviewReport, load_profile, review_plan
from jixiao.review.profile import Profile


@dataclass(frozen=True, slots=True)
class ReviewedFile:
    """One file's review, or the one-line error that stopped it."""

    path: Path
    report: ReviewReport | None = None
    html: str | None = None
    error: str | None = None


@cache
def _profile(name: str) -> Profile:
    # Loaded once per worker process; the parent has already checked that it loads.
    return load_profile(name)


def review_one(path: Path, *, profile_name: str, with_html: bool) -> ReviewedFile:
    try:
        plan = load_plan(path)
    except ImportFailed as error:
        return ReviewedFile(path, error=str(error))
    report = review_plan(plan, _profile(profile_name))
    html = review_html_section(Reviewed(plan=plan, report=report)) if with_html else None
    return ReviewedFile(path, report=report, html=html)
