"""A glued grid whose two number cells close each row as one run of bare digits.

    绩效指标一级
    指标
    二级指标三级指标指标值全年实际完成值未完成原因和改进措施
    数量指标建设普通省道二级公路32.1公里2020
    经济效益
    指标
    对经济发展的促进作用1010

The header (glued, from its 一级指标 or 二级指标 on) says the row holds a name and two
number cells (指标值, 全年实际完成值) before text cells left empty; a row is its label
fragments on the lines before it (a label broken over lines: 经济效益 + 指标) and the
line ending in the run. Nothing but the cells' kinds tells where the run is cut:
'2020' is 2 | 020 (no figure opens with 0), 20 | 20 or 202 | 0. The cuts kept are those
that read the cells as what such grids hold when their numbers carry no unit — points
above 0 and at most 100, then a score at most those points — and the rows are read
only when every row cuts one way and the points add up to 100 (as in
:mod:`glued_points`); otherwise nothing is read — never a guess between two cuts.
The figures are kept in the cells the header names: a 指标值 holding the points is then
the review's to tell (S112).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.importers.mapping.glued import glued_header_rest, leading_labels
from jixiao.importers.mapping.glued_points import levels
from jixiao.importers.mapping.header import GridHeader, parse_header
from jixiao.importers.mapping.vocabulary import compact
from jixiao.model.source import SourceRef

ROLES = ("level1", "level2", "level3", "value", "actual")
_NUMBER_ROLES = ("value", "weight", "actual", "score")
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
_RUN = re.compile(r"\d[\d.]*$")
_PLACEHOLDER = re.compile(r"[.…。·]+")  # '……': a row the form left empty
_WHOLE = Decimal(100)
MIN_ROWS = 3
_FRAGMENT = 12  # a label broken over lines: each piece is short
_MAX_FRAGMENTS = 3


def _pair_header(text: str, source: SourceRef) -> bool:
    """Whether the line is a glued grid header whose number columns are a 指标值 then
    an 实际完成值 (text columns may follow) and no row is glued after it."""
    if "级指标" not in text:
        return False  # the usual paragraph: no header word to start from
    found = glued_header_rest(text, source)
    if found is None or any(ch.isdigit() for ch in found[1]):
        return False
    header = parse_header(found[0])
    if header is None or "level3" not in header.roles:
        return False
    numbers = [role for role in header.roles if role in _NUMBER_ROLES]
    return numbers == ["value", "actual"] and header.roles.index("level3") < header.roles.index(
        "value"
    )


def cuts(run: str) -> list[tuple[str, str]]:
    """Every reading of a run of bare digits as points (above 0, at most 100) and a
    score at most those points."""
    found: list[tuple[str, str]] = []
    for at in range(1, len(run)):
        points, score = run[:at], run[at:]
        if not (_NUMBER.fullmatch(points) and _NUMBER.fullmatch(score)):
            continue
        if 0 < Decimal(points) <= _WHOLE and Decimal(score) <= Decimal(points):
            found.append((points, score))
    return found


@dataclass
class _Row:
    labels: list[str]
    name: str
    cuts: list[tuple[str, str]]
    source: SourceRef


@dataclass
class PairsGrid:
    """The rows of one such grid, gathered line by line and read when it is over."""

    rows: list[_Row] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # label pieces of the next row

    @staticmethod
    def start(text: str, source: SourceRef) -> PairsGrid | None:
        return PairsGrid() if _pair_header(text, source) else None

    def take(self, text: str, source: SourceRef) -> bool:
        """Whether the line belongs to the grid (a row, a piece of a row's labels, an
        empty row's '……'); the grid is over at any other line."""
        bare = compact(text)
        if _PLACEHOLDER.fullmatch(bare):
            self.pending = []  # the labels before an empty row are not the next row's
            return True
        run = _RUN.search(bare)
        if run is None:
            if len(bare) > _FRAGMENT or len(self.pending) >= _MAX_FRAGMENTS:
                return False
            self.pending.append(bare)
            return True
        joined = "".join(self.pending) + bare[: run.start()]
        self.pending = []
        labels = [cell.raw for cell in leading_labels(joined, source)]
        name = joined[sum(len(label) for label in labels) :]
        if not name:
            return False
        self.rows.append(_Row(labels, name, cuts(run.group()), source))
        return True

    def cells(self) -> list[tuple[list[str], SourceRef]]:
        """The rows read, in :data:`ROLES` order; none unless every row cut one way and
        the points add up to 100."""
        if len(self.rows) < MIN_ROWS or any(len(row.cuts) != 1 for row in self.rows):
            return []
        if sum(Decimal(row.cuts[0][0]) for row in self.rows) != _WHOLE:
            return []
        read: list[tuple[list[str], SourceRef]] = []
        for row in self.rows:
            level1, level2 = levels(row.labels)
            read.append(([level1, level2, row.name, *row.cuts[0]], row.source))
        return read

    @staticmethod
    def header() -> GridHeader:
        """The header the rows are read under."""
        return GridHeader(roles=list(ROLES), cols=list(range(len(ROLES))), texts=[""] * len(ROLES))
