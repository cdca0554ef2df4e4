"""The fast indented JSON writer gives exactly what json.dumps(indent=1) gives."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.review_report.json_text import dumps_indented, dumps_indented_items
from jixiao.review_report.review_json import finding_record
from tests.review.conftest import seed_report

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),  # json.dumps's own key rules
    max_leaves=20,
)


def _expected(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


@settings(max_examples=500, deadline=None)
@given(VALUES, st.integers(min_value=0, max_value=3))
def test_any_json_value_is_written_as_json_dumps_writes_it(value: Any, depth: int) -> None:
    assert dumps_indented(value, depth) == _expected(value, depth)


def test_the_findings_of_a_seed_are_written_as_before() -> None:
    report = seed_report("003")
    assert report.findings
    for finding in report.findings:
        record = {**finding_record(finding), "produced_by": []}
        assert dumps_indented(record, 1) == _expected(record, 1)


def test_a_value_json_cannot_write_fails_as_json_dumps_fails() -> None:
    try:
        json.dumps({"a": object()})
    except TypeError as error:
        expected = str(error)
    try:
        dumps_indented({"a": object()})
    except TypeError as error:
        assert str(error) == expected
    else:
        raise AssertionError("no TypeError")


@settings(max_examples=300, deadline=None)
@given(st.lists(VALUES, max_size=5))
def test_the_items_of_a_list_are_written_as_inside_json_dumps(values: list[Any]) -> None:
    items = dumps_indented_items(values)
    assert ("[\n " + items + "\n]" if values else "[]") == _expected(values, 0)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e-3, max_value=1e-3) | st.floats(min_value=1e15, max_value=1e17))
def test_floats_near_where_python_turns_to_exponents_are_written_as_json_dumps(
    value: float,
) -> None:
    assert dumps_indented({"confidence": value}, 1) == _expected({"confidence": value}, 1)
