"""The review as JSON: one array of findings, for other tools to read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from io import StringIO
from typing import Any, TextIO

from jixiao.reports.reviewed import Reviewed, sort_findings
from jixiao.review import ReviewReport


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


def write_findings_json(reports: Iterable[ReviewReport], handle: TextIO) -> None:
    """The same array as :func:`findings_json`, written one document at a time."""
    writer = FindingsJsonWriter(handle)
    for report in reports:
        writer.add(report)
    writer.close()


class FindingsJsonWriter:
    """Writes the findings array as documents come, so a province's findings never have
    to be held at once; the text is exactly ``json.dumps(records, indent=1)``."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.opened = False

    def add(self, report: ReviewReport) -> None:
        for finding in sort_findings(list(report.findings)):
            record = json.dumps(finding_record(finding), ensure_ascii=False, indent=1)
            # Indented one level, as json.dumps(indent=1) puts an array's items.
            self.handle.write(",\n " if self.opened else "[\n ")
            self.handle.write(record.replace("\n", "\n "))
            self.opened = True

    def close(self) -> None:
        self.handle.write("\n]\n" if self.opened else "[]\n")
