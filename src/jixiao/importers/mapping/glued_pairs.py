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

A 得分表 glued the same way (its number columns a 分值 then a 得分) is read alike, its
rows often opened by group labels closed by their points (``项目决策(25分)绩效目标(6分)
目标内容22``). A page cut after a few rows leaves no 100 to add up to; the groups' own
points then make the cut as certain: the rows are read when each belongs to a group
whose stated points its rows add up to exactly (绩效目标(6分): 2 + 2 + 2).
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
SCORED_ROLES = ("level1", "level2", "level3", "weight", "score")
_NUMBER_ROLES = ("value", "weight", "actual", "score")
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
_RUN = re.compile(r"\d[\d.]*$")
_PLACEHOLDER = re.compile(r"[.…。·]+")  # '……': a row the form left empty
_WHOLE = Decimal(100)
MIN_ROWS = 3
_FRAGMENT = 12  # a label broken over lines: each piece is short
_MAX_FRAGMENTS = 3
_GROUP_POINTS = re.compile(r"[(（](\d+(?:\.\d+)?)分[)）]")  # 绩效目标(6分)


def _pair_header(text: str, source: SourceRef) -> tuple[str, ...] | None:
    """The roles read when the line is a glued grid header whose number columns are a
    指标值 then an 实际完成值, or a 分值 then a 得分 (text columns may follow), and no
    row is glued after it; None otherwise."""
    if "级指标" not in text:
        return None  # the usual paragraph: no header word to start from
    found = glued_header_rest(text, source)
    if found is None or any(ch.isdigit() for ch in found[1]):
        return None
    header = parse_header(found[0])
    if header is None or "level3" not in header.roles:
        return None
    numbers = [role for role in header.roles if role in _NUMBER_ROLES]
    pairs: dict[tuple[str, ...], tuple[str, ...]] = {
        ("value", "actual"): ROLES,
        ("weight", "score"): SCORED_ROLES,
    }
    roles = pairs.get(tuple(numbers))
    if roles is None or header.roles.index("level3") > header.roles.index(numbers[0]):
        return None
    return roles


def noted_labels(text: str) -> tuple[list[tuple[str, Decimal]], str]:
    """The group labels a row opens with, each closed by its points ('项目决策(25分)
    绩效目标(6分)目标内容': 项目决策 25, 绩效目标 6), and the text after them."""
    labels: list[tuple[str, Decimal]] = []
    at = 0
    for note in _GROUP_POINTS.finditer(text):
        label = text[at : note.start()]
        if not label or len(label) > _FRAGMENT or any(ch.isdigit() for ch in label):
            break
        labels.append((label, Decimal(note.group(1))))
        at = note.end()
    return labels, text[at:]


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
    group: int | None  # the row's innermost group stating its points (its index)


@dataclass
class PairsGrid:
    """The rows of one such grid, gathered line by line and read when it is over."""

    roles: tuple[str, ...]
    rows: list[_Row] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # label pieces of the next row
    groups: list[Decimal] = field(default_factory=list)  # the points each group states

    @staticmethod
    def start(text: str, source: SourceRef) -> PairsGrid | None:
        roles = _pair_header(text, source)
        return PairsGrid(roles) if roles else None

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
        noted, joined = noted_labels(joined)
        labels = [label for label, _ in noted]
        labels += [cell.raw for cell in leading_labels(joined, source)][: 2 - len(labels)]
        name = joined[sum(len(label) for label in labels[len(noted) :]) :]
        if not name:
            return False
        group = self.rows[-1].group if self.rows else None
        if noted:
            self.groups.append(noted[-1][1])
            group = len(self.groups) - 1
        elif labels:
            group = None  # a new group whose points are not stated
        self.rows.append(_Row(labels, name, cuts(run.group()), source, group))
        return True

    def cells(self) -> list[tuple[list[str], SourceRef]]:
        """The rows read, in the roles' order; none unless every row cut one way and the
        points add up to 100, or each group's rows to the points it states."""
        if len(self.rows) < MIN_ROWS or any(len(row.cuts) != 1 for row in self.rows):
            return []
        whole = sum(Decimal(row.cuts[0][0]) for row in self.rows) == _WHOLE
        if not (whole or self._groups_add_up()):
            return []
        read: list[tuple[list[str], SourceRef]] = []
        for row in self.rows:
            level1, level2 = levels(row.labels)
            read.append(([level1, level2, row.name, *row.cuts[0]], row.source))
        return read

    def _groups_add_up(self) -> bool:
        """Whether every row is in a group stating its points and each group's rows add
        up to them exactly."""
        added = [Decimal(0)] * len(self.groups)
        for row in self.rows:
            if row.group is None:
                return False
            added[row.group] += Decimal(row.cuts[0][0])
        return added == self.groups

    def header(self) -> GridHeader:
        """The header the rows are read under."""
        roles: list[str | None] = list(self.roles)
        return GridHeader(roles=roles, cols=list(range(len(roles))), texts=[""] * len(roles))
