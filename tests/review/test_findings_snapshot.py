"""The review finds exactly what it found before its rule declarations became data tables:
every finding of the five seeds and of every document of the import corpus, field by field
(``tests/fixtures/review_findings.json``, written from ``main`` by
:mod:`tests.review.findings_snapshot`)."""

from __future__ import annotations

import json
import re

import pytest

from tests.review.findings_snapshot import SNAPSHOT, documents, findings_of

_STORED = json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_the_snapshot_covers_the_corpus_and_has_findings() -> None:
    corpus = [key for key in _STORED if key.startswith("corpus/")]
    assert len(corpus) >= 80
    assert sum(len(found) for found in _STORED.values() if isinstance(found, list)) > 500


@pytest.mark.parametrize("key", sorted(documents()))
def test_findings_are_those_stored(key: str) -> None:
    path = documents()[key]
    if key not in _STORED:
        pytest.fail(f"{key} is not in the snapshot; rewrite it from main")
    assert findings_of(path) == _STORED[key]


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_no_finding_shows_an_unfilled_template() -> None:
    """A rule's suggestion is a template filled from its hit's params: a hit that passes none
    would show the user '补充{levels}…' (S101 on a project with no indicators did)."""
    shown = [
        (key, finding.get("rule"), finding[part])
        for key, found in _STORED.items()
        if isinstance(found, list)
        for finding in found
        for part in ("message", "suggestion")
        if isinstance(finding.get(part), str) and _PLACEHOLDER.search(finding[part])
    ]
    assert shown == []
