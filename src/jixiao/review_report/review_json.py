"""The review as JSON: one array of findings, for other tools to read."""

from __future__ import annotations

from collections.abc import Iterable
from io import StringIO
from typing import Any, TextIO

from jixiao.review import ReviewResult
from jixiao.review_report.json_text import dumps_indented_items
from jixiao.review_report.reviewed import Reviewed, sort_findings


def finding_record(finding: Any) -> dict[str, Any]:
    data: dict[str, Any] = finding.model_dump(mode="json")
    location = finding.location
    data["location"] = location.describe() if location is not None else None
    return data


def findings_json(documents: Iterable[Reviewed]) -> str:
    """All findings of all documents, in document, project and row order."""
    text = StringIO()
    write_findings_json((document.report for document in documents), text)
    return text.getvalue()


def write_findings_json(reports: Iterable[ReviewResult], handle: TextIO) -> None:
    """The same array as :func:`findings_json`, written one document at a time."""
    writer = FindingsJsonWriter(handle)
    for report in reports:
        writer.add(report)
    writer.close()


def findings_json_records(report: ReviewResult) -> str:
    """One document's findings as array items, indented one level as json.dumps(indent=1)
    puts them, joined by ",\\n " (empty when the document has none)."""
    packs = [p.model_dump() for p in report.produced_by]
    records = [
        {**finding_record(finding), "produced_by": packs}
        for finding in sort_findings(list(report.findings))
    ]
    return dumps_indented_items(records)


class FindingsJsonWriter:
    """Writes the findings array as documents come, so a province's findings never have
    to be held at once; the text is exactly ``json.dumps(records, indent=1)``."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.opened = False

    def add(self, report: ReviewResult) -> None:
        self.add_records(findings_json_records(report))

    def add_records(self, records: str) -> None:
        """Records :func:`findings_json_records` rendered (perhaps in another process)."""
        if records:
            self.handle.write(",\n " if self.opened else "[\n ")
            self.handle.write(records)
            self.opened = True

    def close(self) -> None:
        self.handle.write("\n]\n" if self.opened else "[]\n")
