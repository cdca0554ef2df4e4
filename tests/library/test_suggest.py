"""推荐指标: suggestions for a project, ranked by similar projects of the seeds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.grammar import parse_value
from jixiao.library import LibraryEntry, Suggestion, name_key, suggest
from tests.library.conftest import seed_library, seed_plans

# Named like seed 004's 办公楼物业费 and seed 000's 物业管理费.
PROPERTY_PROJECT = "办公楼物业管理"


def entry_of(suggestion: Suggestion) -> LibraryEntry:
    return next(
        e
        for e in seed_library().entries
        if (e.level1, e.level2, e.level3)
        == (suggestion.level1, suggestion.level2, suggestion.level3)
    )


def property_indicators() -> set[str]:
    """三级指标 the seeds use in projects whose name mentions 物业."""
    return {
        i.level3
        for plan in seed_plans()
        for project in plan.projects
        if "物业" in project.name
        for i in project.indicators
    }


def test_property_project_gets_the_property_indicators_of_the_seeds() -> None:
    found = suggest(seed_library(), PROPERTY_PROJECT, limit=10)
    names = [s.level3 for s in found]
    wanted = {"物业服务面积", "物业服务质量达标率", "物业服务及设备设施维修（护）及时率"}
    assert wanted <= property_indicators()  # what the seeds contain …
    assert wanted <= set(names)  # … is offered
    # Everything offered first was used by a 物业 project: nothing from unrelated projects.
    assert set(names[:7]) <= property_indicators()
    for suggestion in found[:7]:
        assert suggestion.reason.startswith("同类项目（"), suggestion.reason
        assert "物业" in suggestion.reason.split("）")[0]
    assert "物业" not in "".join(n for n in names if n not in property_indicators())


def test_property_area_comes_with_the_areas_the_seeds_wrote() -> None:
    found = {s.level3: s for s in suggest(seed_library(), "东区物业服务")}
    area = found["物业服务面积"]
    values = [area.typical_value, *area.other_values]
    assert sorted(values) == ["10987.64平方米", "12882平方米"]
    assert all(parse_value(v).unit == "平方米" for v in values)


def test_satisfaction_suggestions_carry_the_common_90_percent_style_value() -> None:
    found = suggest(seed_library(), "物业管理费", level1="满意度指标", limit=5)
    assert found
    assert all(s.level1 == "满意度指标" for s in found)
    by_name = {s.level3: s for s in found}
    assert by_name["服务对象满意度"].typical_value == "≥90%"
    for suggestion in found:
        value = parse_value(suggestion.typical_value)
        assert value.unit == "%" and value.number is not None and value.number >= 85


def test_indicators_the_project_has_are_not_offered_again() -> None:
    library = seed_library()
    first = suggest(library, PROPERTY_PROJECT, limit=5)
    # full-width or spaced spellings of the same names are recognised too
    existing = [s.level3.replace("(", "（") + " " for s in first]
    again = suggest(library, PROPERTY_PROJECT, existing=existing, limit=10)
    offered = {name_key(s.level3) for s in again}
    assert not offered & {name_key(s.level3) for s in first}
    assert len(again) == 10


def test_level_filters_keep_only_that_level() -> None:
    library = seed_library()
    quality = suggest(library, PROPERTY_PROJECT, level1="产出", level2="质量指标", limit=50)
    assert quality
    assert all((s.level1, s.level2) == ("产出指标", "质量指标") for s in quality)
    assert quality[0].level3 == "物业服务质量达标率"
    assert suggest(library, PROPERTY_PROJECT, level2="不存在的指标") == []


def test_an_unrelated_name_gets_the_most_common_indicators() -> None:
    found = suggest(seed_library(), "网络安全等级保护测评", limit=5)
    assert [s.count for s in found] == sorted((s.count for s in found), reverse=True)
    assert found[0].count == max(e.count for e in seed_library().entries)
    assert all(s.reason.startswith("常用指标") for s in found)


def test_vague_only_indicators_are_ranked_after_measurable_ones() -> None:
    found = suggest(seed_library(), PROPERTY_PROJECT, limit=30)
    vague = [s for s in found if s.typical_value == "比上年有所提高"]
    assert vague, "the 004 物业 projects have such benefit indicators"
    assert all("不可衡量" in s.reason for s in vague)
    area = next(s for s in found if s.level3 == "物业服务面积")
    assert all(s.score < area.score for s in vague)


def test_suggestions_do_not_name_departments() -> None:
    text = "".join(s.model_dump_json() for s in suggest(seed_library(), PROPERTY_PROJECT, limit=50))
    for plan in seed_plans():
        assert plan.department and plan.department not in text


LEVELS = st.sampled_from([None, "产出指标", "效益", "满意度指标", "成本", "随便"])


@settings(max_examples=200, deadline=None)
@given(
    name=st.text(max_size=30),
    level1=LEVELS,
    level2=st.sampled_from([None, "数量指标", "质量", "社会效益指标", "x"]),
    existing=st.lists(st.sampled_from(["服务对象满意度", "预算支出金额", "物业服务面积"])),
    limit=st.integers(min_value=-2, max_value=40),
)
def test_suggest_never_fails_and_keeps_its_promises(
    name: str, level1: str | None, level2: str | None, existing: list[str], limit: int
) -> None:
    found = suggest(
        seed_library(), name, level1=level1, level2=level2, existing=existing, limit=limit
    )
    assert len(found) <= max(limit, 0)
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)
    assert not {s.level3 for s in found} & set(existing)
    assert all(s.reason and s.count >= 1 for s in found)
