"""The catalogue: unique stable ids, complete metadata, and every rule proven by examples."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from jixiao.review import RULES, RULES_BY_ID, Example, review_plan
from jixiao.review.catalogue import FAMILIES
from jixiao.review.rule import AnyRule, engine_call
from jixiao.review.rules.worded import worded_check

_ID = re.compile(r"^[SMNFWRDBC][0-9]{3}$")
_FAMILY_LETTER = {
    "structure": "S",
    "measurability": "M",
    "numbers": "N",
    "money": "F",
    "words": "W",
    "fit": "R",
    "disclosure": "D",
    "basis": "B",
    "cost": "C",
}


def test_ids_are_unique_and_well_formed() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids)) == len(RULES_BY_ID)
    for rule in RULES:
        assert _ID.match(rule.id), rule.id
        assert rule.id[0] == _FAMILY_LETTER[rule.family], rule.id


def test_every_family_is_represented() -> None:
    assert {r.family for r in RULES} == set(FAMILIES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata_is_complete(rule: AnyRule) -> None:
    assert rule.title and rule.explanation and rule.suggestion
    assert re.search("[\u4e00-\u9fff]", rule.title + rule.explanation + rule.suggestion)
    assert 0.0 < rule.confidence <= 1.0
    assert any(e.fails for e in rule.examples), f"{rule.id} lacks a failing example"
    assert any(not e.fails for e in rule.examples), f"{rule.id} lacks a counter-example"


def _examples() -> list[tuple[AnyRule, Example]]:
    return [(rule, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "example"),
    _examples(),
    ids=[f"{r.id}-{'fail' if e.fails else 'pass'}-{e.label}" for r, e in _examples()],
)
def test_example(rule: AnyRule, example: Example) -> None:
    report = review_plan(example.plan, peers=example.peers)
    findings = [f for f in report.findings if f.rule == rule.id]
    if example.fails:
        assert findings, f"{rule.id} missed its example “{example.label}”"
        for finding in findings:
            assert finding.title == rule.title
            assert finding.message and finding.suggestion
            assert "{" not in finding.suggestion, finding.suggestion
    else:
        assert not findings, [f.message for f in findings]


def test_every_entry_of_the_rule_tables_is_a_rule() -> None:
    """A table entry that no module declares with its check would silently not run."""
    tables = resources.files("jixiao.review.rules").joinpath("tables")
    ids = [
        entry["id"]
        for table in tables.iterdir()
        if table.name.endswith(".json")
        for entry in json.loads(table.read_text("utf-8"))["rules"]
    ]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r.id for r in RULES if r.family in FAMILIES}
    assert len(ids) >= 90


def _made_by_worded_check(check: object) -> bool:
    """Whether ``check`` is a closure of ``worded_check``: its qualified name, or in the
    compiled build (mypyc) the name of the class mypyc made for the closure."""
    name = getattr(check, "__qualname__", None) or type(check).__name__
    return name.startswith("worded_check.") or name.endswith("_worded_check_obj")


def test_a_worded_rule_reading_the_lexicon_must_name_its_level() -> None:
    with pytest.raises(ValueError, match="only_level2"):
        worded_check({"message": "指标{name}不合其二级指标。", "misfit": True})
    worded = [r for r in RULES if _made_by_worded_check(getattr(r, engine_call(r)))]
    # (M103 and M104 wrap theirs: a value left unread for its comma is said apart)
    assert {r.id for r in worded} >= {"M101", "M102", "R101", "R105"}
