"""A project or plan rule's precondition on the document (``applies_to``) is declared once
and is necessary: on a document where it is False, the rule's check finds nothing.

The engine skips such rules on documents that do not meet their precondition (no self-
evaluation: N201–N218, N220–N222, F118, F119 …; no 监控表: F116, N253, N254, N257,
N258–N260; no disclosure
tables: D101–D110), and calls their bare check (``run``) only where it holds, so a wrong
precondition would silently drop findings. These tests run every gated rule's bare check
on every document of the seeds and the import corpus where its precondition fails, and
on those documents made to fail it — each document under every other kind, and without
its disclosure tables — and require that it returns no hit there; that the test does
report a rule whose gate drops a finding; that the rule's ``check`` applies the gate
itself; and that the gated rules do hit where the precondition holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import get_args

import pytest

from jixiao.model import DepartmentPlan
from jixiao.model.plan import DocumentKind
from jixiao.review import load_profile, review_plan
from jixiao.review.catalogue import RULES, RULES_BY_ID
from jixiao.review.context import PlanView, build_view
from jixiao.review.engine import _setup
from jixiao.review.families import profile_for
from jixiao.review.rule import Hit, PlanRule, ProjectRule
from jixiao.review.rules.disclosure.common import has_tables
from jixiao.review.rules.monitoring_columns import is_monitoring
from jixiao.review.rules.selfeval import is_self_evaluation
from tests.review.conftest import corpus_plans

_GATED = [r for r in RULES if isinstance(r, ProjectRule | PlanRule) and r.applies_to is not None]


_KINDS = (is_self_evaluation, is_monitoring)  # gates that are the document's kind itself

# bare checks that do hit on a real document of another kind: what they find there is a
# misreading of that kind's columns, which the gate rightly keeps out (reviewed)
_DROPPED_RIGHTLY = {
    # a 监控表's 完成可能性 column (“确定能”) taken for a 实际完成值
    ("corpus/monitoring/hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt", "M120"),
    # a 目标表 whose “分值” cells hold other figures (合计 89158): no scored table
    ("corpus/plan/neimenggu_wuhai-gongxiaoshe-zaisheng-ziyuan-huishou_2021.txt", "N203"),
}


def _variants(document: DepartmentPlan) -> Iterator[DepartmentPlan]:
    """The document, under every other kind, and without its disclosure tables."""
    yield document
    for kind in get_args(DocumentKind):
        if kind != document.kind:
            yield document.model_copy(update={"kind": kind})
    if document.disclosure is not None and document.disclosure.tables:
        bare = document.disclosure.model_copy(update={"tables": []})
        yield document.model_copy(update={"disclosure": bare})


def _view(document: DepartmentPlan) -> PlanView:
    profile, _ = profile_for(document, load_profile())
    return build_view(document, profile, _setup(profile).lexicon)


def _hits(rule: ProjectRule | PlanRule, view: PlanView, *, gated: bool = False) -> list[Hit]:
    """The rule's hits on the document: its bare check's (the engine's call), or with
    ``gated`` its ``check``'s, which applies the precondition itself."""
    if isinstance(rule, PlanRule):
        return list(rule.check(view) if gated else rule.run(view))
    return [hit for p in view.projects for hit in (rule.check(p) if gated else rule.run(p))]


def _skipped_hits(
    document: DepartmentPlan, rules: Sequence[ProjectRule | PlanRule] = tuple(_GATED)
) -> list[str]:
    """“rule” for every gated rule the document's preconditions leave out that would hit."""
    view = _view(document)
    wrong = []
    for rule in rules:
        assert rule.applies_to is not None
        if not rule.applies_to(view) and _hits(rule, view):
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
    } | {"N251", "N252", "M123", "N256", "W122", "S112"} | {"F118", "F119"}
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
    """Every real document, and for the gates on the document's content (not its kind:
    a 自评表 relabelled is no 目标表) those made to fail them too."""
    corpus = corpus_plans()
    assert len(corpus) >= 80
    on_content = [r for r in _GATED if r.applies_to not in _KINDS]
    wrong = [
        f"{key} ({variant.kind}, {'tables' if variant.disclosure else 'none'}): {rule}"
        for key, document in corpus
        for n, variant in enumerate(_variants(document))
        for rule in _skipped_hits(variant, _GATED if n == 0 else on_content)
        if (key, rule) not in _DROPPED_RIGHTLY
    ]
    assert wrong == []


def test_a_gate_that_drops_a_finding_is_reported() -> None:
    """Not vacuous: S102 (a level of indicators missing) hits on plans; declared for
    self-evaluations only, the test above would report it on every plan where it hits."""
    s102 = RULES_BY_ID["S102"]
    assert isinstance(s102, ProjectRule) and s102.applies_to is None
    plan = next(d for _, d in corpus_plans() if d.kind == "plan" and _hits(s102, _view(d)))
    misgated = replace(s102, applies_to=is_self_evaluation)
    assert _skipped_hits(plan, [misgated]) == ["S102"]
    assert _hits(misgated, _view(plan), gated=True) == []  # check applies its own gate


def test_a_rules_check_applies_its_gate_and_only_that() -> None:
    """``check`` = ``run`` where the precondition holds, nothing where it fails."""
    for _, document in corpus_plans():
        for variant in _variants(document):
            view = _view(variant)
            for rule in _GATED:
                assert rule.applies_to is not None
                if rule.applies_to(view):
                    assert _hits(rule, view, gated=True) == _hits(rule, view), rule.id
                else:
                    assert _hits(rule, view, gated=True) == [], rule.id


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
