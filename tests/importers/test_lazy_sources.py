"""The text import's shortcuts give what the long way gave.

Cells of a tab-separated line make their SourceRef when first asked (``LineCell``), and
the Hebei grid builds its indicators without validating them again (``built``): every
cell must still report the line and column it came from, and a built indicator must be
the model the validating constructor makes.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell, LineCell, Row
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.model.trusted import built
from tests.conftest import SEED_STEMS, seed_path

_FIELDS = ("level1", "level2", "level3", "description", "value", "basis")


def test_every_cell_of_the_seeds_reports_its_line_and_column() -> None:
    line_cells = 0
    for stem in SEED_STEMS:
        path = seed_path(stem)
        lines = path.read_text(encoding="utf-8").split("\n")
        for row in (b for b in read_text_blocks("\n".join(lines), path.name) if isinstance(b, Row)):
            for cell in row.cells:
                if not isinstance(cell, LineCell):
                    continue
                line_cells += 1
                source = cell.source
                assert source.file == path.name and source.col == cell.col + 1
                assert source.line is not None
                # the cell's text is on its line (a wrapped cell starts there)
                assert cell.raw.split("\n")[0] in lines[source.line - 1].split("\t")
    assert line_cells > 1000  # seeds written as tab-separated rows are read into LineCells


def test_a_line_cell_equals_the_cell_made_with_its_source() -> None:
    line = SourceRef("a.txt", None, 7)
    lazy = LineCell("产出 指标", line, 2)
    eager = Cell("产出 指标", SourceRef("a.txt", line=7, col=3), 2)
    assert lazy == eager and lazy.text == "产出指标"
    assert lazy.located() == SourceRef("a.txt", line=7, col=3, raw="产出 指标")
    assert lazy != Cell("产出 指标", SourceRef("a.txt", line=7, col=4), 2)


def test_imported_indicators_locate_every_value_they_hold() -> None:
    for stem in SEED_STEMS:
        plan = import_file(seed_path(stem))
        indicators = [i for p in plan.projects for i in p.indicators]
        assert indicators
        for indicator in indicators:
            assert indicator.sources["level1"].line is not None
            for field in _FIELDS:
                if getattr(indicator, field):
                    assert indicator.sources[field].line is not None


@given(st.fixed_dictionaries({name: st.text(max_size=12) for name in _FIELDS}))
def test_built_indicator_is_the_validated_one(values: dict[str, str]) -> None:
    validated = Indicator(**values)
    fast = built(Indicator, **values)
    assert fast == validated
    assert fast.model_fields_set == validated.model_fields_set
    assert json.loads(fast.model_dump_json()) == json.loads(validated.model_dump_json())
    fast.sources["value"] = SourceRef("a.txt", line=1)
    assert not built(Indicator, **values).sources  # a fresh dict each time


# a text line's cell: Chinese, spaces, markup and full-width marks, often empty
_CELL_TEXT = st.text(alphabet=st.sampled_from("产出指标 数量　<b>1%（）\u00a0x"), max_size=8)


@given(parts=st.lists(_CELL_TEXT, min_size=1, max_size=9), number=st.integers(1, 10_000))
def test_a_lazy_row_reads_as_the_row_of_its_cells(parts: list[str], number: int) -> None:
    """A row that keeps its line's strings (``Row.of_line``) gives the texts, the sources
    (``located``, ``located_all``) and, once asked, the cells that eager cells give."""
    line = SourceRef("a.txt", None, number)
    lazy = Row.of_line(list(parts), line)
    eager = Row(cells=[LineCell(part, line, col) for col, part in enumerate(parts)], source=line)
    assert lazy.lazy and lazy.texts == eager.texts and lazy.is_empty() == eager.is_empty()
    indices = {f"k{index}": index for index in range(len(parts))}
    expected = {key: eager.cells[index].located() for key, index in indices.items()}
    assert lazy.located_all(indices) == expected
    assert [lazy.located(index) for index in range(len(parts))] == list(expected.values())
    assert lazy.lazy  # reading texts and sources made no cell
    assert lazy == eager and not lazy.lazy and lazy.texts == eager.texts


@given(parts=st.lists(_CELL_TEXT, min_size=1, max_size=6))
def test_a_lazy_rows_fixed_texts_reach_its_cells(parts: list[str]) -> None:
    """The script check's ``retext`` changes the clean texts, not the raw ones, made or not."""
    line = SourceRef("a.txt", None, 3)
    lazy, eager = Row.of_line(list(parts), line), Row.of_line(list(parts), line)
    assert eager.cells  # made before the fix
    lazy.retext(str.upper)
    eager.retext(str.upper)
    assert lazy.texts == eager.texts == [Cell(p, line, 0).text.upper() for p in parts]
    assert [c.text for c in lazy.cells] == [c.text for c in eager.cells]
    assert [c.raw for c in lazy.cells] == parts
