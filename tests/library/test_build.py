"""指标库 built from the five seed documents: entries, counts and typical values."""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, parse_value
from jixiao.library import IndicatorLibrary, LibraryEntry, build_library, indicator_key
from tests.library.conftest import seed_library, seed_plans


def entry(level3: str) -> LibraryEntry:
    matches = [e for e in seed_library().entries if e.level3 == level3]
    assert len(matches) == 1, matches
    return matches[0]


def test_every_named_row_is_counted_once() -> None:
    rows = [i for p in seed_plans() for pr in p.projects for i in pr.indicators if i.level3]
    library = seed_library()
    assert sum(e.count for e in library.entries) == len(rows)
    assert len({e.key for e in library.entries}) == len(library.entries)
    assert len(library.entries) == len({indicator_key(i) for i in rows})
    assert library.plan_count == 5
    assert library.project_count == sum(len(p.projects) for p in seed_plans())


def test_entries_are_most_used_first() -> None:
    counts = [e.count for e in seed_library().entries]
    assert counts == sorted(counts, reverse=True)


def test_satisfaction_is_shared_by_three_departments_with_a_typical_90_percent() -> None:
    found = entry("服务对象满意度")
    rows = [
        (plan.department, i.value)
        for plan in seed_plans()
        for pr in plan.projects
        for i in pr.indicators
        if i.level3 == "服务对象满意度"
    ]
    assert found.count == len(rows)
    assert found.departments == len({d for d, _ in rows}) >= 3
    # the value the seeds use most for this indicator
    assert found.typical_value == "≥90%"
    assert found.values[0].count == sum(1 for _, v in rows if parse_value(v).canonical == "≥90%")
    summary = found.quantitative
    assert summary is not None
    assert (summary.direction, summary.unit, summary.median) == ("≥", "%", Decimal(90))


def test_spellings_of_one_value_are_merged() -> None:
    # Seed 002 writes “100百分比” for 100%; here one of seed 004's “≥95%” is spelled so too.
    plans = [plan.model_copy(deep=True) for plan in seed_plans()]
    rows = [i for pr in plans[4].projects for i in pr.indicators if i.level3 == "使用人员满意度"]
    before = entry("使用人员满意度").values
    rows[0].value = rows[0].value.replace("%", "百分比")
    assert rows[0].value == "≥95百分比"
    merged = next(e for e in build_library(plans).entries if e.level3 == "使用人员满意度")
    assert merged.values == before  # same groups and counts, shown in the common spelling
    assert merged.values[0].text == "≥95%"


def test_typical_value_prefers_a_measurable_one() -> None:
    found = entry("保障大楼各单位正常办公")
    assert found.values[0].text == "进一步保障"  # the most common value is vague …
    assert found.typical_value == "≥90%"  # … so the measurable one is typical
    assert parse_value(found.typical_value).direction is Direction.GE


def test_descriptions_prefer_text_that_is_not_the_name() -> None:
    found = entry("物业服务质量达标率")
    assert found.descriptions
    assert found.descriptions[0] != found.level3


def test_library_survives_a_json_round_trip() -> None:
    library = seed_library()
    again = IndicatorLibrary.model_validate_json(library.model_dump_json())
    assert again == library
    assert again.name_index.names == library.name_index.names


def test_an_empty_collection_gives_an_empty_library() -> None:
    library = build_library([])
    assert library.entries == []
    assert library.plan_count == 0
