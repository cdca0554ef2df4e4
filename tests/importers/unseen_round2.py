"""Print the held-out figures of docs/import-unseen.md: per document, indicators and
actual values found, kind and year, invented rows.

``python -m tests.importers.unseen_round2`` measures the second round (corpus notes
starting ``held-out round 2``); ``--round1`` the first (``held-out (import-unseen)``),
``--round3`` to ``--round9``, ``--round9b`` and ``--round10`` to ``--round18`` the later ones.
"""

from __future__ import annotations

import json
import sys

from tests.importers.corpus_fields import FIELDS, TITLES
from tests.importers.corpus_metrics import DocResult, _documents, measure

ROUND2 = "held-out round 2"
ROUND1 = "held-out (import-unseen)"
MARKERS = {
    "--round1": ROUND1,
    "--round3": "held-out round 3",
    "--round4": "held-out round 4 (import-unseen-4)",
    "--round5": "held-out round 5 (import-unseen-5)",
    "--round6": "held-out round 6 (import-unseen-6)",
    "--round7": "held-out round 7 (import-unseen-7)",
    "--round8": "held-out round 8 (import-unseen-8)",
    "--round9": "held-out round 9 (import-unseen-9)",
    "--round9b": "held-out round 9b (import-unseen-9b)",
    "--round10": "held-out round 10 (import-unseen-10)",
    "--round11": "import-unseen round 11 (import-unseen-11)",
    "--round12": "import-unseen round 12 (import-unseen-12)",
    "--round13": "import-unseen round 13 (import-unseen-13)",
    "--round14": "import-unseen round 14 (import-unseen-14)",
    "--round15": "import-unseen round 15 (import-unseen-15)",
    "--round16": "import-unseen round 16 (import-unseen-16)",
    "--round17": "import-unseen round 17 (import-unseen-17)",
    "--round18": "import-unseen round 18 (import-unseen-18)",
}


def held_out(marker: str) -> list[DocResult]:
    results = []
    for expected, document in _documents():
        notes = json.loads(expected.read_text(encoding="utf-8")).get("notes", "")
        if marker in notes:
            results.append(measure(expected, document))
    return results


def _verdict(ok: bool, stated: bool = True) -> str:
    return "—" if not stated else ("ok" if ok else "WRONG")


def _fields(r: DocResult) -> str:
    """The stated budget / execution rate / total score: found, wrong and stated."""
    parts = [
        f" {TITLES[name]} {r.fields.found[name]}/{r.fields.stated[name]}"
        + (f" (wrong {r.fields.wrong[name]})" if r.fields.wrong[name] else "")
        for name in FIELDS
        if r.fields.stated[name]
    ]
    return "".join(parts)


def main() -> None:
    marker = next((MARKERS[a] for a in sys.argv[1:] if a in MARKERS), ROUND2)
    results = held_out(marker)
    for r in results:
        print(
            f"{r.path.parent.name}/{r.path.stem}: 指标 {r.found}/{r.expected}"
            f" 实际值 {r.actual_found}/{r.actual_expected} kind {_verdict(r.kind_ok)}"
            f" year {_verdict(r.year_ok, r.year_stated)} invented {r.invented}"
            f" rows {r.rows_found}/{r.rows_expected}{_fields(r)}"
        )
    print(
        f"TOTAL 指标 {sum(r.found for r in results)}/{sum(r.expected for r in results)}"
        f" 实际值 {sum(r.actual_found for r in results)}/"
        f"{sum(r.actual_expected for r in results)}"
        f" kind {sum(r.kind_ok for r in results)}/{len(results)}"
        f" year {sum(r.year_ok for r in results)}/{sum(r.year_stated for r in results)}"
        f" invented {sum(len(r.invented) for r in results)}"
        f" rows {sum(r.rows_found for r in results)}/{sum(r.rows_expected for r in results)}"
    )


if __name__ == "__main__":
    main()
