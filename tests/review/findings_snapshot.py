"""The review findings of the seeds and of the whole import corpus, as stored JSON.

``tests/fixtures/review_findings.json`` was written by this module from ``main`` before
the rule declarations became data tables; ``test_findings_snapshot`` checks that the
review still finds exactly that. Rewrite it only for a change meant to alter findings:

    .venv/bin/python -m tests.review.findings_snapshot
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.review import review_plan
from tests.conftest import SEEDS_DIR

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SNAPSHOT = ROOT / "tests" / "fixtures" / "review_findings.json"
# provenance, not what was found: which pack produced a finding is added after the snapshot
_NOT_COMPARED = {"pack"}


def documents() -> dict[str, Path]:
    """Snapshot key → document: the seeds present on this machine and every corpus text."""
    found = {f"seeds/{p.name}": p for p in sorted(SEEDS_DIR.glob("*.txt"))}
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and not path.name.endswith((".json", ".md")):
            found[f"corpus/{path.relative_to(CORPUS)}"] = path
    return found


def findings_of(path: Path) -> list[dict[str, Any]] | str:
    """The findings of one document as JSON records, or the import error's message."""
    try:
        plan = import_file(path)
    except ImportFailed as error:
        return f"导入失败：{error}"
    result = review_plan(plan)
    records = []
    for finding in result.findings:
        record = json.loads(finding.model_dump_json())
        records.append({k: v for k, v in record.items() if k not in _NOT_COMPARED})
    return records


def snapshot() -> dict[str, list[dict[str, Any]] | str]:
    return {key: findings_of(path) for key, path in documents().items()}


if __name__ == "__main__":
    SNAPSHOT.write_text(
        json.dumps(snapshot(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
