"""The review as JSON: one array of findings, for other tools to read."""

from __future__ import annotations

import json
from typing import Any

from jixiao.reports.reviewed import Reviewed, sort_findings


def finding_record(finding: Any) -> dict[str, Any]:
    data: dict[str, Any] = finding.model_dump(mode="json")
    location = finding.location
    data["location"] = location.describe() if location is not None else None
    return data


def findings_json(documents: list[Reviewed]) -> str:
    """All findings of all documents, in document, project and row order."""
    records = [
        finding_record(finding)
        for document in documents
        for finding in sort_findings(list(document.report.findings))
    ]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
