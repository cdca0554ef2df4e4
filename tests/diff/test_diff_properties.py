"""版本差异 invariants: a plan against itself, and k edited values giving k changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.diff import ChangeKind, ChangeScope, diff_plans
from tests.review.conftest import SEEDS, seed_plan

SEED = st.sampled_from(sorted(SEEDS))


@settings(max_examples=20, deadline=None)
@given(short=SEED)
def test_a_plan_against_itself_is_empty(short: str) -> None:
    plan = seed_plan(short)
    assert diff_plans(plan, plan).is_empty


@settings(max_examples=60, deadline=None)
@given(short=SEED, data=st.data())
def test_k_edited_values_give_exactly_k_changes(short: str, data: st.DataObject) -> None:
    old = seed_plan(short)
    new = old.model_copy(deep=True)
    places = [
        (p, i) for p, project in enumerate(new.projects) for i in range(len(project.indicators))
    ]
    chosen = data.draw(st.lists(st.sampled_from(places), unique=True, max_size=12))
    suffix = data.draw(st.text(min_size=1, max_size=5).filter(lambda t: t.strip()))
    for p, i in chosen:
        new.projects[p].indicators[i].value += suffix
    diff = diff_plans(old, new)
    assert len(diff.changes) == len(chosen)
    assert all(
        (c.scope, c.kind, c.field) == (ChangeScope.INDICATOR, ChangeKind.CHANGED, "value")
        for c in diff.changes
    )
    edited = {
        (new.projects[p].name, new.projects[p].indicators[i].value.strip()) for p, i in chosen
    }
    assert {(c.project, c.after) for c in diff.changes} == edited
