"""``hit(...)`` — how the rules make their hits — makes the very tuple ``Hit(...)`` makes
(same type, fields, equality and hash: the engine keys its verdicts by hits), and every rule
module makes its hits with it (the class call costs a Python ``__new__``)."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import jixiao.review
from jixiao.model.source import SourceRef
from jixiao.review.rule import Hit, hit

_OPTIONAL_TEXT = st.none() | st.text(max_size=5)
_OPTIONAL_INDEX = st.none() | st.integers(1, 50)


@given(
    message=st.text(max_size=20),
    confidence=st.none() | st.floats(0, 1),
    field=_OPTIONAL_TEXT,
    params=st.none() | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    project_index=_OPTIONAL_INDEX,
    indicator_index=_OPTIONAL_INDEX,
    location=st.none() | st.builds(SourceRef, file=st.just("a.docx"), line=st.integers(1, 9)),
    suggestion=_OPTIONAL_TEXT,
)
def test_hit_makes_the_tuple_the_class_makes(**fields: object) -> None:
    made, called = hit(**fields), Hit(**fields)  # type: ignore[arg-type]
    assert type(made) is Hit
    assert made == called and tuple(made) == tuple(called)
    assert made._asdict() == called._asdict()
    if fields["params"] is None:
        assert hash(made) == hash(called)
    positional = hit(*fields.values())  # type: ignore[arg-type]
    assert positional == called


def test_hit_left_to_its_defaults() -> None:
    assert hit("缺少依据") == Hit("缺少依据") == ("缺少依据",) + (None,) * 7


def test_no_module_of_the_review_calls_the_class() -> None:
    root = Path(jixiao.review.__file__).parent
    calls = [
        f"{path.relative_to(root)}:{node.lineno}"
        for path in sorted(root.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Hit"
    ]
    assert calls == []
