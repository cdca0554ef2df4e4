"""Findings placed without copying a verdict's template the first time make exactly the
findings the copying form made, and the grades' rounding is ``round``'s (branch
review-speed-cold-15).

``Collector.place_rows`` gives a verdict's first finding its template itself (a template's
``source`` is a marker until then) and every later one a copy, and writes every place field
either way. The old form (below, the oracle) copied the template for every finding.
Hypothesis places verdicts drawn from a pool, some several times, on rows of a seed's
projects in two documents one after the other (a template reused by a later document, as
a warm review reuses its verdicts), and every finding made — the first ones read again at
the end, after their templates were copied — must equal the oracle's, field by field and
in the same order, with the same report keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.checks import Criterion, Finding, Severity
from jixiao.model.trusted import set_dict, set_extra, set_given, set_private
from jixiao.review import engine
from jixiao.review.catalogue import RULE_PACKS
from jixiao.review.context import IndicatorView, PlanView, build_view
from jixiao.review.families import profile_for
from jixiao.review.grading import rounded
from jixiao.review.placing import Collector, Order, template
from jixiao.review.profile import load_profile
from jixiao.review.verdict import Placed
from tests.review.conftest import seed_plan

_FIELDS = ("value", "description", "basis", "level3", "level2", "not_a_field", None)
_SEVERITIES = tuple(Severity)
_CRITERIA = tuple(Criterion)


@cache
def _view() -> PlanView:
    plan = seed_plan("001")
    profile, _ = profile_for(plan, load_profile())
    setup = engine._setup(profile)
    return build_view(plan, profile, setup.lexicon, setup.shared)


def _pool(size: int) -> list[Placed]:
    """Verdicts of made-up rules, their fields and severities varied."""
    pool = []
    for n in range(size):
        rid, field = f"X{n % 7:03d}", _FIELDS[n % len(_FIELDS)]
        severity = _SEVERITIES[n % len(_SEVERITIES)]
        values = template(
            rid, f"标题{n}", severity, _CRITERIA[n % len(_CRITERIA)], field, f"消息{n}", f"建议{n}",
            0.5 + n / 100, None if n % 3 else f"pack@{n}",
        )  # fmt: skip
        pool.append((rid, field, severity, values, 1.0))
    return pool


def _place_by_copy(
    out: Collector,
    findings: list[Finding],
    keys: list[Order],
    rows: Iterable[tuple[int, tuple[Placed, ...]]],
    views: list[IndicatorView],
) -> None:
    """``place_rows`` before the step: every finding a copy of its verdict's template."""
    if not views:
        return
    project = views[0].project
    name, index, source = project.project.name, project.index, out.source
    given_fields = set(Finding.model_fields)
    for n, verdicts in rows:
        indicator = views[n]
        sources = indicator.indicator.sources
        row = indicator.index
        for rid, field, _, values_of, _ in verdicts:
            keys.append((index, row, rid))
            values = values_of.copy()
            values["source"] = source
            values["project"] = name
            values["project_index"] = index
            values["indicator"] = indicator.name
            values["indicator_index"] = row
            values["location"] = sources.get(field or "") or sources.get("level3")
            finding = Finding.__new__(Finding)
            set_dict(finding, values)
            set_given(finding, given_fields)
            set_extra(finding, None)
            set_private(finding, None)
            findings.append(finding)


# per document, per project placed: (project position, [(row position, verdicts' positions)])
_ROWS = st.lists(
    st.tuples(st.integers(0, 40), st.lists(st.integers(0, 11), min_size=1, max_size=3)),
    max_size=6,
)
_DOCUMENT = st.lists(st.tuples(st.integers(0, 10), _ROWS), max_size=4)


def _snapshot(finding: Finding) -> tuple[object, ...]:
    return (
        list(finding.__dict__.items()),
        finding.__pydantic_fields_set__,
        finding.__pydantic_extra__,
        finding.__pydantic_private__,
        finding.model_dump_json(),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_DOCUMENT, min_size=1, max_size=2))
def test_placed_as_by_copy(documents: list[list[tuple[int, list[tuple[int, list[int]]]]]]) -> None:
    view = _view()
    pool, oracle_pool = _pool(12), _pool(12)  # (the same values: the oracle's never placed)
    made, expected = [], []
    for document in documents:
        out, oracle = Collector(view, {}, RULE_PACKS), Collector(view, {}, RULE_PACKS)
        oracle_findings: list[Finding] = []
        oracle_keys: list[Order] = []
        for at, rows in document:
            views = view.projects[at % len(view.projects)].indicators
            placed = [(n % len(views), tuple(pool[i] for i in chosen)) for n, chosen in rows]
            by_copy = [
                (n % len(views), tuple(oracle_pool[i] for i in chosen)) for n, chosen in rows
            ]
            out.place_rows(placed, views)
            _place_by_copy(oracle, oracle_findings, oracle_keys, by_copy, views)
        assert out.keys == oracle_keys
        made += out.findings
        expected += oracle_findings
    assert [_snapshot(f) for f in made] == [_snapshot(f) for f in expected]


# points and scores as the grades meet them: weight × confidence sums, caps, 100 less them,
# and any float at all (whole ones, halves, tiny and huge ones, infinities, NaN)
_POINTS = st.one_of(
    st.lists(
        st.tuples(
            st.sampled_from((10.0, 4.0, 1.0)),
            st.sampled_from((1.0, 0.9, 0.8, 0.75, 0.7, 0.6, 0.5, 0.3)),
        ),
        max_size=8,
    ).map(lambda marks: sum((w * c for w, c in marks), 0.0)),
    st.lists(st.sampled_from((20.0, 3.6, 2.7, 0.9)), max_size=6).map(
        lambda cut: max(0.0, 100.0 - sum(cut, 0.0))
    ),
    st.integers(-(10**17), 10**17).map(float),
    st.integers(-4000, 4000).map(lambda n: n / 8),
    st.floats(),
    # the fast path's edges: any magnitude around its bound, decimal ties (n/200 at two
    # digits, n/20 at one: ~half-way in binary, either side) and values just off them
    st.floats(min_value=-2e9, max_value=2e9),
    st.integers(-(10**8), 10**8).map(lambda n: n / 200),
    st.integers(-(10**6), 10**6).map(lambda n: n / 20),
    st.tuples(st.integers(-(10**6), 10**6), st.sampled_from((1e-9, -1e-9, 2e-4, -2e-4))).map(
        lambda pair: pair[0] / 2000 + pair[1]
    ),
)


@settings(max_examples=3000)
@given(_POINTS, st.sampled_from((0, 1, 2, 3, 4)))
def test_rounded_as_round(value: float, digits: int) -> None:
    """The grades' rounding skips ``round`` on whole numbers and divides a nearby whole
    number otherwise: the same float (sign of zero included) as ``round`` (the oracle)
    gives, NaN aside, which gives NaN either way."""
    expected, got = round(value, digits), rounded(value, digits)
    if expected != expected:
        assert got != got
    else:
        assert got == expected and repr(got) == repr(expected)
