"""Rows of a glued 自评 grid with several number columns: ``分值 | 年度指标值 | 全年实际值
| 得分计算方法 | 得分`` flattened into one line keeps no separator between its numbers::

    数量指标是否完成绩效目标申报表中申报的数量12.512.512.5完成值达到指标值,记满分…记分。12.5

Each row opens with its 一级 / 二级 labels, then its name up to the first figure, then
one run of digits holding the header's number columns before its text column (here
``12.5`` | ``12.5`` | ``12.5``), then that text (the 得分计算方法) and the number
columns after it, the last figure of the row. The run is cut every way into that many
numbers and a cut is kept only when the row's numbers agree (see
:func:`glued_numbers.consistent`: points above 0, a score at most the points and in
line with the target and the actual). A row is read when exactly one cut agrees;
otherwise, or when its text or its closing figures are missing (a row cut by the
page), it is not read: never a guess.
"""

from __future__ import annotations

import re
import unicodedata

from jixiao.importers.mapping.glued import _segments, leading_labels
from jixiao.importers.mapping.glued_numbers import consistent, cuts
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.source import SourceRef

NUMBER_ROLES = frozenset({"value", "weight", "actual", "score"})
TEXT_ROLES = frozenset({"standard", "description", "basis"})
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_ROW = re.compile(r"(?P<name>\D{2,}?)(?P<run>\d[\d.]*)(?P<rest>.*)$", re.S)
_TAIL = re.compile(r"(?P<text>.*?)(?P<run>\d[\d.]*)$", re.S)


def header_glued(header: GridHeader, text: str) -> bool:
    """Whether the header's first words stand glued in the line as written (a line whose
    cells are cut by spaces is read by its spaces instead)."""
    written = _PINYIN.sub("", unicodedata.normalize("NFKC", text))
    return "".join(header.texts[:2]) in written


def scored_order(header: GridHeader) -> tuple[list[str], list[str]] | None:
    """The number columns glued after the name (['weight', 'value', 'actual']) and the
    text column with the number columns after it (['standard', 'score']); None when the
    grid is no such grid: fewer than two numbers glued after the name, or no points,
    target and score columns to check a cut by."""
    start = header.position("level3")
    if start is None:
        return None
    roles = [r for r in header.roles[start + 1 :] if r]
    first: list[str] = []
    while roles and roles[0] in NUMBER_ROLES:
        first.append(roles.pop(0))
    second: list[str] = []
    if roles and roles[0] in TEXT_ROLES:
        second.append(roles.pop(0))
        while roles and roles[0] in NUMBER_ROLES:
            second.append(roles.pop(0))
    numbers = [*first, *second[1:]]
    if len(first) < 2 or len(set(numbers)) != len(numbers):
        return None
    if not {"weight", "value", "score"} <= set(numbers):
        return None
    return first, second


def scored_rows(rest: str, header: GridHeader, source: SourceRef) -> list[list[str]]:
    """The rows glued in ``rest`` as [一级, 二级, name, *columns in the header's order
    after the name] ('' where a row gives no label), the rows that cannot be cut left
    out; [] when the header is no such grid."""
    order = scored_order(header)
    if order is None:
        return []
    first, second = order
    rows: list[list[str]] = []
    for segment in _row_segments(rest):
        labels = [cell.raw for cell in leading_labels(segment, source)]
        body = segment[sum(len(label) for label in labels) :]
        cells = _cut_row(body, first, second)
        if cells is None:
            continue
        rows.append([*([""] * (2 - len(labels))), *labels, *cells])
    return rows


def _row_segments(rest: str) -> list[str]:
    """The rows' texts up to the next table's title: a title is met after a row's
    figures, a title-like phrase inside a row's name ('是否完成绩效目标申报表中申报的数量')
    is part of the name."""
    found: list[str] = []
    for segment in _segments(rest, titled=False):
        figure = re.search(r"\d", segment)
        title = vocabulary().title_in_grid.search(segment, figure.end()) if figure else None
        if title is not None:
            found.append(segment[: title.start()])
            break
        found.append(segment)
    return found


def _cut_row(body: str, first: list[str], second: list[str]) -> list[str] | None:
    """[name, *the columns of ``first`` and ``second``] of one row, or None."""
    row = _ROW.match(body)
    if row is None:
        return None
    after: dict[str, str] = {}
    if second:
        tail = _TAIL.match(row.group("rest"))
        if tail is None or not tail.group("text").strip():
            return None
        after[second[0]] = tail.group("text")
        numbers = cuts(tail.group("run"), len(second) - 1) if len(second) > 1 else [[]]
        if len(numbers) != 1:
            return None
        after.update(zip(second[1:], numbers[0], strict=True))
    elif row.group("rest").strip():
        return None  # text after the numbers where the header has none
    fits = []
    for cut in cuts(row.group("run"), len(first)):
        cells = dict(zip(first, cut, strict=True)) | after
        if consistent({r: v for r, v in cells.items() if r in NUMBER_ROLES}, ""):
            fits.append(cells)
    if len(fits) != 1:
        return None
    return [row.group("name"), *(fits[0][role] for role in [*first, *second])]
