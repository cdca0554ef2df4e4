"""What ``jixiao review`` does with one file, in a worker: load the plan (from its source
document, or from the JSON ``import --out`` wrote), review it, and hand back the report, or
the document's part of the JSON or HTML output already rendered. The plan is released in
the worker."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jixiao.importers.api import load_plan
from jixiao.importers.errors import ImportFailed
from jixiao.review import ReviewResult, load_profile, review_plan
from jixiao.review.profile import Profile
from jixiao.review_report.review_html import review_html_section
from jixiao.review_report.review_json import findings_json_records
from jixiao.review_report.reviewed import Reviewed


@dataclass(frozen=True, slots=True)
class ReviewedFile:
    """One file's review, or the one-line error that stopped it."""

    path: Path
    report: ReviewResult | None = None
    # The document's part of the output, rendered here when the format allows (json,
    # html): a string crosses between processes far cheaper than a report or a plan.
    rendered: str | None = None
    error: str | None = None


@cache
def _profile(name: str) -> Profile:
    # Loaded once per worker process; the parent has already checked that it loads.
    return load_profile(name)


def review_one(path: Path, *, profile_name: str, output_format: str) -> ReviewedFile:
    try:
        plan = load_plan(path)
    except ImportFailed as error:
        return ReviewedFile(path, error=str(error))
    report = review_plan(plan, _profile(profile_name))
    if output_format == "json":
        return ReviewedFile(path, rendered=findings_json_records(report))
    if output_format == "html":
        return ReviewedFile(path, rendered=review_html_section(Reviewed(plan=plan, report=report)))
    return ReviewedFile(path, report=report)
