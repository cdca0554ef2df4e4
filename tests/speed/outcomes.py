"""Fingerprints of what the import and the review produce on real documents.

The speed work (caches, precompiled patterns, lighter source locations) must not change a
single imported value or finding. ``outcomes.json`` holds, for every seed, every corpus
document (tests/fixtures/corpus) and a few synthetic documents, the hash of the imported
plan and of the review result as they were before that work; ``test_outcomes.py``
compares today's with them.

Regenerate only when a change of outcome is intended::

    python -m tests.speed.outcomes
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.review import review_plan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FIXTURE = Path(__file__).with_name("outcomes.json")
SYNTHETIC_DOCUMENTS = 12


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def outcome(path: Path) -> dict[str, object]:
    """Hash of the imported plan and of its review (findings, grades, skipped rules)."""
    plan = import_file(path)
    report = review_plan(plan)
    review = report.model_dump(mode="json", exclude={"produced_by"})
    return {
        "import": _digest(plan.model_dump_json()),
        "findings": len(report.findings),
        "review": _digest(json.dumps(review, ensure_ascii=False, sort_keys=True)),
    }


def documents(seeds_dir: Path, scratch: Path) -> Iterator[tuple[str, Path]]:
    """(name, path) of the seeds, the corpus documents and some synthetic documents."""
    for path in sorted(seeds_dir.glob("*.txt")):
        yield f"seeds/{path.name}", path
    for path in sorted(CORPUS.rglob("*.txt")):
        yield str(path.relative_to(CORPUS)), path
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import plan_to_text, synthetic_plans

    for number, plan in enumerate(synthetic_plans(SYNTHETIC_DOCUMENTS)):
        path = scratch / f"synthetic{number:02d}.txt"
        path.write_text(plan_to_text(plan), encoding="utf-8")
        yield f"synthetic/{path.name}", path


def outcomes(seeds_dir: Path) -> dict[str, dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        return {name: outcome(path) for name, path in documents(seeds_dir, Path(tmp))}


if __name__ == "__main__":
    from tests.conftest import SEEDS_DIR

    FIXTURE.write_text(
        json.dumps(outcomes(SEEDS_DIR), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {FIXTURE}")
