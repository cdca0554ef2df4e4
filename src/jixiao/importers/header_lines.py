"""Whether single lines, each alone between blank lines, hold an indicator grid's header.

A web table flattened one cell per paragraph is recognised as a cell stream by its
figures (:mod:`jixiao.importers.text_spaces`). An older target table whose targets are
sentences ('指标类型 / 指标名称 / 绩效目标 / 绩效标准', then '产出指标 / 编印…公报 / 编印…
每月3000本,一年12期…') holds almost no figure; its header cells, each on its own line,
show it is a table all the same: three or more consecutive lines that each name a grid
column and together parse as a grid header (a 三级指标 name column and a value column),
followed by cells half of which or more are sentences.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.model.source import SourceRef

_HEADER_MIN = 3  # header cells: fewer is a label and its value, not a grid header
_WORD_MAX = 12  # characters of a header cell; a longer line is no column's name
_SENTENCE = 20  # characters: a longer cell is a sentence (text_spaces' cell line)


def holds_grid_header(lines: list[str]) -> bool:
    """Whether ``lines`` (one cell each) hold a run of grid header cells followed by
    rows of sentences (see the module)."""
    words = vocabulary()
    run: list[str] = []
    for index, line in enumerate([*lines, ""]):
        text = normalise(line) if len(line) <= 2 * _WORD_MAX else ""
        if text and len(text) <= _WORD_MAX and words.role_of(text) is not None:
            run.append(text)
            continue
        if _is_header(run):
            return _sentences(lines[index:])
        run = []
    return False


def _sentences(cells: list[str]) -> bool:
    """Whether half the cells or more are sentences: a blank template's short names and
    units ('指标1:新建堤防长度', '公里') are no table of sentence targets."""
    long = sum(1 for cell in cells if len(cell.strip()) > _SENTENCE)
    return bool(cells) and long * 2 >= len(cells)


def _is_header(run: list[str]) -> bool:
    if len(run) < _HEADER_MIN:
        return False
    source = SourceRef(file="", line=0)
    cells = [Cell(raw=text, source=source, col=i) for i, text in enumerate(run)]
    header = parse_header(Row(cells=cells, source=source))
    return header is not None and header.has("level3") and header.has("value")
