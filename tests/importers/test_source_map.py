"""A model's ``sources`` that makes its SourceRefs when read gives what the dict gave.

The Hebei grid hands each indicator's sources to :meth:`SourceMap.set_line` (the line, its
strings and each field's cell) instead of making a SourceRef per value: whatever is read or
written afterwards, in whatever order, the map must hold the entries, in the order, that
the dict filled by ``Row.located_all`` and the same writes holds — and pydantic must
serialise, validate, copy and compare it as that dict.
"""

from __future__ import annotations

import copy
import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Row
from jixiao.model import DepartmentPlan, Indicator, SourceMap, SourceRef
from tests.conftest import SEED_STEMS, seed_path

_CELL_TEXT = st.text(alphabet=st.sampled_from("产出指标 数量　<b>1%（）\u00a0x"), max_size=8)
_KEYS = ("level1", "level2", "level3", "description", "value", "basis", "core")
_LATER = SourceRef("b.txt", line=9)


@st.composite
def _lines(draw: st.DrawFn) -> tuple[list[str], dict[str, int]]:
    parts = draw(st.lists(_CELL_TEXT, min_size=1, max_size=7))
    keys = draw(st.lists(st.sampled_from(_KEYS), unique=True, max_size=len(parts)))
    indices = {key: draw(st.integers(0, len(parts) - 1)) for key in keys}
    return parts, indices


# ("get" | "set" | "del", key): what a reader or the assembler does afterwards
_STEPS = st.lists(st.tuples(st.sampled_from(("get", "set", "del")), st.sampled_from(_KEYS)))


@given(
    line=_lines(),
    steps=_STEPS,
    number=st.integers(1, 10_000),
    retexted=st.booleans(),
    read=st.booleans(),
)
def test_a_line_held_reads_and_writes_as_the_dict_of_its_sources(
    line: tuple[list[str], dict[str, int]],
    steps: list[tuple[str, str]],
    number: int,
    retexted: bool,
    read: bool,
) -> None:
    parts, indices = line
    if read:  # as the text reader makes it: the line's place made only when asked for
        row = Row.at_line(list(parts), "a.txt", number, "\t".join(parts))
    else:
        row = Row.of_line(list(parts), SourceRef("a.txt", None, number, raw="整行"))
    if retexted:  # a mapper changed the clean texts (a traditional mirror simplified)
        row.retext(lambda text: text.replace("数量", "數量"))
    if read:
        lazy = row.line_sources(indices)  # (before anything asks for the row's source)
    else:
        lazy = SourceMap()
        lazy.set_line(*(row.line_located(indices) or ()))  # type: ignore[arg-type]
    expected = dict(row.located_all(indices))
    assert not read or row.source == SourceRef("a.txt", line=number)
    for step, key in steps:
        if step == "get":
            assert lazy.get(key) == expected.get(key)
            assert (key in lazy) == (key in expected)
        elif step == "set":
            lazy[key] = expected[key] = SourceRef("b.txt", line=len(expected))
        elif key in expected:
            del lazy[key], expected[key]
    assert list(lazy.items()) == list(expected.items())  # the same entries, in the same order
    assert lazy == expected and len(lazy) == len(expected)
    held = Indicator(level1="产出指标", level2="数量指标", level3="x")
    plain = held.model_copy(update={"sources": expected})
    held.sources = lazy
    assert held.model_dump_json() == plain.model_dump_json()


def test_a_line_held_survives_copies_pickles_and_json() -> None:
    row = Row.of_line(["产出指标", " 数量 指标", "x"], SourceRef("a.txt", None, 4))
    sources = SourceMap()
    sources.set_line(*(row.line_located({"level1": 0, "level2": 1}) or ()))  # type: ignore[arg-type]
    sources["level3"] = _LATER
    for other in (copy.deepcopy(sources), pickle.loads(pickle.dumps(sources)), sources.copy()):
        assert other == sources and isinstance(other, SourceMap)
    assert sources["level2"] == SourceRef("a.txt", line=4, col=2, raw="数量 指标")
    assert list(sources) == ["level1", "level2", "level3"]


def test_imported_plans_read_back_from_their_json_as_they_were() -> None:
    for stem in SEED_STEMS:
        plan = import_file(seed_path(stem))
        text = plan.model_dump_json()
        again = DepartmentPlan.model_validate_json(text)
        assert again == plan and again.model_dump_json() == text
        indicator = again.projects[0].indicators[0]
        assert isinstance(indicator.sources, SourceMap)
        assert indicator.sources["level3"].line is not None
        dumped = json.loads(text)["projects"][0]["indicators"][0]["sources"]
        assert set(dumped) == set(indicator.sources)
        assert dumped["level3"]["file"] == plan.source_file
