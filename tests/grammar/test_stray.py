"""``stray_ideographs`` is a lower bound on what a quantity parse leaves unparsed.

Rule B102 (a basis that is a value) skips the full parse of a basis with more than two
such ideographs; that is only sound if every quantity the grammar reads from a text
leaves at least ``stray_ideographs(text)`` characters unparsed. Hypothesis writes texts
from the pieces quantities are made of — numbers, unit spellings, direction and joining
words, Chinese numerals, punctuation, spaces — mixed with ordinary ideographs, and the
bases of the seeds are checked too.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.grammar import ValueKind, parse_value_uncached
from jixiao.grammar.stray import QUANTITY_IDEOGRAPHS, stray_ideographs
from jixiao.grammar.units import SPELLINGS
from jixiao.grammar.vocabulary import PREFIX_DIRECTIONS, SUFFIX_DIRECTIONS
from tests.review.conftest import SEEDS, seed_plan

_PIECES = sorted(
    {*SPELLINGS, *PREFIX_DIRECTIONS, *SUFFIX_DIRECTIONS}
    | {"每", "至", "到", "底", "末", "份", "完成", "等", "(含)", "(不含)", "百分之", "九十", "两"}
    | {"12", "3.5", "2024", "1,000", "-", "~", "/", "、", "%", "％", "≥", "＞", " ", "，", "。"}
)
_OTHERS = "根据上年完成推算工作计划标准部门预算承德县政办文件号的和及服务对象满意"


def _bound_holds(text: str) -> bool:
    value = parse_value_uncached(text)
    return value.kind is not ValueKind.QUANTITATIVE or len(value.unparsed) >= stray_ideographs(text)


@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from(list(_OTHERS))), min_size=1, max_size=12
    )
)
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(["根据", "上年", "完成", "120", "次", "推算"])
@example(["不少于", "4", "次", "/", "月", "计划"])
def test_stray_ideographs_bound_the_unparsed_rest(pieces: list[str]) -> None:
    assert _bound_holds("".join(pieces))


@given(st.text(min_size=1, max_size=30))
@settings(max_examples=500, deadline=None)
def test_bound_holds_on_any_text(text: str) -> None:
    assert _bound_holds(text)


def test_bound_holds_on_the_texts_of_the_seeds() -> None:
    checked = 0
    for name in SEEDS:
        for project in seed_plan(name).projects:
            for ind in project.indicators:
                for text in (ind.basis, ind.description, ind.value, ind.level3):
                    assert _bound_holds(text), text
                    checked += 1
    assert checked > 1000


def test_the_alphabet_holds_the_units_and_strays_are_counted() -> None:
    assert {"次", "月", "元", "以", "上"} <= QUANTITY_IDEOGRAPHS
    assert stray_ideographs("根据2023年部门预算") == 3  # 据 预 算: 根, 部, 门 are classifiers
    assert stray_ideographs("≥90%") == 0
