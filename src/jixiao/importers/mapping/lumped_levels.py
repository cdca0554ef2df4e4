"""A 一级 cell lumping its rows: every 三级 of a 一级 written into one cell beside it,
as 湖南's older 部门整体支出绩效目标申报表 prints them::

    | 产出指标 | 指标1部门重点支出占部门整体支出的比例是15%: 指标2…: 指标6(政府采购执行率)100%: … |
    | 效益指标 | 指标1(经济效益):预计收费4000元 指标2(社会效益):工程建设有新亮点… 指标3(…):满意 … |

The cell is split only where its pieces are numbered (指标1, 指标2 … in order from 1):
an unnumbered cell cannot be cut between a value and the next name. Each piece is a
name and its value: a name in brackets before a colon is the 二级 the piece belongs to
(``(经济效益):预计收费4000元``), the text after the colon its name and figure, or its
value where no figure closes it (``(社会效益):工程建设有新亮点…``: the 二级 names it); a
name in brackets with no colon is the name itself (``(政府采购执行率)100%``); else the
figure closing the piece is its value and the text before it, less a linking word
(是, 为: the profile's ``lumped_links``), its name. A piece with neither a figure nor a
bracket is not read.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.prose_indicators import figure_pattern
from jixiao.importers.mapping.vocabulary import compact, vocabulary

_MARK = re.compile(r"指标(\d{1,2})")
_BRACKET = re.compile(r"[(（]([^()（）]{2,30})[)）]")
_TRAIL = ":：;；,，。.…、 "
MIN_PIECES = 2


@cache
def _links() -> tuple[str, ...]:
    words: list[str] = packs.merged_data("import-headers.json")["lumped_links"]
    return tuple(sorted(words, key=len, reverse=True))


def lumped_rows(texts: list[str]) -> list[list[str]]:
    """The rows [一级, 二级, name, value] of a row whose cell after a 一级 label lumps its
    numbered 三级; [] when the row is no such row."""
    words = vocabulary()
    for index, text in enumerate(texts[:-1]):
        level1 = compact(text)
        if not level1 or words.level(level1, words.level1) is None:
            continue
        pieces = _numbered(compact(texts[index + 1]))
        if len(pieces) < MIN_PIECES:
            return []
        rows = (_row(piece) for piece in pieces)
        return [[level1, *row] for row in rows if row is not None]
    return []


def _numbered(cell: str) -> list[str]:
    """The cell's pieces after 指标1, 指标2 … (numbered from 1, in order); [] otherwise."""
    marks: list[re.Match[str]] = []
    for mark in _MARK.finditer(cell):
        if int(mark.group(1)) == len(marks) + 1:
            marks.append(mark)
    if not marks or marks[0].start() != 0:
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(cell)]
    return [cell[mark.end() : end].strip(_TRAIL) for mark, end in zip(marks, ends, strict=True)]


def _row(piece: str) -> list[str] | None:
    """[二级, name, value] of one piece, or None."""
    bracket = _BRACKET.match(piece)
    if bracket is not None:
        rest = piece[bracket.end() :]
        if rest[:1] in (":", "："):
            rest = rest[1:].strip(_TRAIL)
            named = _named(rest)
            if named is not None:
                return [bracket.group(1), *named]
            return [bracket.group(1), bracket.group(1), rest] if rest else None
        return ["", bracket.group(1), rest] if rest else None
    named = _named(piece.lstrip(":："))
    return ["", *named] if named is not None else None


def _named(text: str) -> list[str] | None:
    """[name, value] of a text closed by a figure, or None."""
    figure = figure_pattern().search(text)
    if figure is None:
        return None
    name = text[: figure.start()]
    link = next((w for w in _links() if name.endswith(w)), "")
    name = name.removesuffix(link) if len(name) - len(link) >= 2 else name
    return [name, figure.group()] if len(name) >= 2 else None
