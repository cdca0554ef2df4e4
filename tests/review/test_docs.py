"""The generated rule pages in docs/rules are present and up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review import RULES, render_rule_page
from jixiao.review.docs import render_index
from jixiao.review.rule import AnyRule

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"
REGENERATE = "run: python -m jixiao.review docs/rules"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_page_is_current(rule: AnyRule) -> None:
    page = DOCS / f"{rule.id}.md"
    assert page.exists(), f"{page} is missing; {REGENERATE}"
    assert page.read_text(encoding="utf-8") == render_rule_page(rule), f"stale; {REGENERATE}"


def test_page_shows_the_examples() -> None:
    rule = RULES[0]
    page = render_rule_page(rule)
    assert page.startswith("<!--")
    assert f"# {rule.id} {rule.title}" in page
    for example in rule.examples:
        assert example.label in page
    assert "应当发现" in page and "不应发现" in page


def test_index_is_current() -> None:
    index = DOCS / "README.md"
    assert index.exists() and index.read_text(encoding="utf-8") == render_index(), REGENERATE


def test_no_orphan_pages() -> None:
    ids = {r.id for r in RULES}
    pages = {p.stem for p in DOCS.glob("*.md")} - {"README", "audit", "recall", "coverage"}
    assert pages <= ids, f"pages without a rule: {sorted(pages - ids)}"
