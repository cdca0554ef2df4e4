"""Property tests: mutated seeds never crash the importer, and nothing is invented."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.assemble import assemble
from jixiao.importers.text_reader import read_text_blocks
from tests.conftest import SEED_STEMS, seed_path


@cache
def seed_lines(stem: str) -> tuple[str, ...]:
    return tuple(seed_path(stem).read_text(encoding="utf-8").split("\n"))


def import_text(text: str) -> None:
    plan = assemble(read_text_blocks(text, "mutated.txt"), "mutated.txt")
    plan.model_dump_json()  # the result must serialise, too
    for project in plan.projects:
        for indicator in project.indicators:
            # Every value comes from the text: nothing is invented.
            if indicator.value:
                assert (
                    indicator.value.replace(" ", "")
                    in text.replace(" ", "").replace("\t", "").replace("\n", "")
                    or indicator.sources["value"].raw is not None
                )


mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.integers(1, 30)),
    st.tuples(st.just("duplicate"), st.integers(0, 10_000), st.integers(1, 30)),
    st.tuples(st.just("swap"), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.text(max_size=40)),
    st.tuples(st.just("truncate"), st.integers(0, 10_000), st.integers(0, 200)),
)


def mutate(lines: list[str], steps: list[tuple[str, int, object]]) -> str:
    for kind, position, argument in steps:
        if not lines:
            break
        at = position % len(lines)
        if kind == "delete":
            del lines[at : at + int(str(argument))]
        elif kind == "duplicate":
            lines[at:at] = lines[at : at + int(str(argument))]
        elif kind == "swap":
            other = int(str(argument)) % len(lines)
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "insert":
            lines.insert(at, str(argument))
        elif kind == "truncate":
            lines[at] = lines[at][: int(str(argument))]
    return "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stem=st.sampled_from(SEED_STEMS),
    steps=st.lists(mutation, min_size=1, max_size=8),
)
def test_mutated_seeds_import_without_crashing(
    stem: str, steps: list[tuple[str, int, object]]
) -> None:
    import_text(mutate(list(seed_lines(stem)), steps))


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("\t\n 一级指标二三产出效益满意度绩效目标表项目编码名称预算数1.%≥≤0")
        ),
        max_size=400,
    )
)
def test_arbitrary_table_like_text_never_crashes(text: str) -> None:
    import_text(text)
