"""A project or plan rule's precondition on the document (``applies_to``) is necessary: on a
document where it is False, the rule finds nothing.

The engine skips such rules on documents that do not meet their precondition (no self-
evaluation: N201–N218, N220–N222, F118, F119; no 监控表: F116, N253, N254, N257,
N258–N260; no disclosure tables: D101–D110), so a wrong precondition would silently drop
findings. These tests run every gated rule on every document of the seeds and the import
corpus where its precondition fails, and on those documents made to fail it — each document
under every other kind, and without its disclosure tables — and require that it returns no
hit there; and that the gated rules do hit where the precondition holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

import pytest

from jixiao.model import DepartmentPlan
from jixiao.model.plan import DocumentKind
from jixiao.review import load_profile, review_plan
from jixiao.review.catalogue import RULES
from jixiao.review.context import build_view
from jixiao.review.engine import _setup
from jixiao.review.families import profile_for
from jixiao.review.rule import Hit, PlanRule, ProjectRule
from jixiao.review.rules.disclosure.common import has_tables
from jixiao.review.rules.monitoring_columns import is_monitoring
from jixiao.review.rules.selfeval import is_self_evaluation
from tests.review.conftest import corpus_plans

_GATED = [r for r in RULES if isinstance(r, ProjectRule | PlanRule) and r.applies_to is not None]


def _variants(document: DepartmentPlan) -> Iterator[DepartmentPlan]:
    """The document, under every other kind, and without its disclosure tables."""
    yield document
    for kind in get_args(DocumentKind):
        if kind != document.kind:
            yield document.model_copy(update={"kind": kind})
    if document.disclosure is not None and document.disclosure.tables:
        bare = document.disclosure.model_copy(update={"tables": []})
        yield document.model_copy(update={"disclosure": bare})


def _hits(rule: ProjectRule | PlanRule, document: DepartmentPlan) -> list[Hit]:
    profile, _ = profile_for(document, load_profile())
    view = build_view(document, profile, _setup(profile).lexicon)
    if isinstance(rule, PlanRule):
        return list(rule.check(view))
    return [hit for p in view.projects for hit in rule.check(p)]


def _skipped_hits(document: DepartmentPlan) -> list[str]:
    """“rule” for every gated rule the document's preconditions leave out that would hit."""
    profile, _ = profile_for(document, load_profile())
    view = build_view(document, profile, _setup(profile).lexicon)
    wrong = []
    for rule in _GATED:
        assert rule.applies_to is not None
        if not rule.applies_to(view) and _hits(rule, document):
            wrong.append(rule.id)
    return wrong


def test_the_gated_rules_are_the_self_evaluation_and_disclosure_rules() -> None:
    gated = {r.id: r.applies_to for r in _GATED}
    assert {k for k, gate in gated.items() if gate is is_self_evaluation} == {
        f"N2{n:02d}"
        for n in (*range(1, 16), 17, 18, 20, 21, 22, 29, 31, 32, 33, 35, 36, 39, 40, 42, 44, 45)
    } | {"R120", "R132", "M119", "F113", "N246", "N247", "M120", "F114", "M121"} | {
        "N248",
        "N249",
        "W125",
        "N250",
        "F115",
    } | {"N251", "N252", "M123", "N256", "W122"} | {"F118", "F119"}
    assert {k for k, gate in gated.items() if gate is is_monitoring} == {
        "F116",
        "N253",
        "N254",
        "N257",
        "N258",
        "N259",
        "N260",
    }
    assert {k for k, gate in gated.items() if gate is has_tables} == {
        f"D1{n:02d}" for n in range(1, 11)
    }


def test_no_rule_left_out_would_have_hit_on_the_seeds_andcorpus_plans() -> None:
    corpus = corpus_plans()
    assert len(corpus) >= 80
    wrong = [
        f"{key} ({variant.kind}, {'tables' if variant.disclosure else 'none'}): {rule}"
        for key, document in corpus
        for variant in _variants(document)
        for rule in _skipped_hits(variant)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("gate", "prefix"), [(is_self_evaluation, "N20"), (has_tables, "D1")], ids=["N20x", "D1xx"]
)
def test_the_gated_rules_hit_where_their_precondition_holds(gate: object, prefix: str) -> None:
    """Not vacuous: the corpus has documents meeting each precondition, and there the
    engine reports the gated rules' findings."""
    found = set()
    for _, document in corpus_plans():
        result = review_plan(document)
        found |= {f.rule for f in result.findings if f.rule.startswith(prefix)}
    expected = {r.id for r in _GATED if r.applies_to is gate}
    assert len(found & expected) >= 3
