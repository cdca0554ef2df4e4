"""The grammar builds its values without validation: they must equal validated ones.

``build_value`` hands the parse's own typed fields to the model unchecked (validation was
a third of a parse). Here every value of the seeds and arbitrary texts are parsed and the
result compared, field by field and type by type, with the same data validated.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.grammar import IndicatorValue, parse_value_uncached
from tests.grammar.test_value_properties import quantities
from tests.review.conftest import SEEDS, seed_plan


def _same_as_validated(text: str) -> None:
    parsed = parse_value_uncached(text)
    validated = IndicatorValue.model_validate(dict(parsed.__dict__))
    assert parsed == validated
    for name in IndicatorValue.model_fields:
        assert type(getattr(parsed, name)) is type(getattr(validated, name)), name
    assert parsed.model_dump_json() == validated.model_dump_json()


def test_every_seed_value_equals_its_validated_twin() -> None:
    texts = {
        text
        for short in SEEDS
        for project in seed_plan(short).projects
        for indicator in project.indicators
        for text in (indicator.value, indicator.basis, indicator.description)
    }
    assert len(texts) > 300
    for text in sorted(texts):
        _same_as_validated(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=40), quantities().map(lambda q: q[0])))
def test_any_text_parses_to_a_value_equal_to_its_validated_twin(text: str) -> None:
    _same_as_validated(text)
