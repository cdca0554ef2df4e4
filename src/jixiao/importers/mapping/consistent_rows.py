"""A packed row's placement checked against what its own cells say.

:func:`jixiao.importers.mapping.align.align` places a packed row (a text rendering that
dropped merged cells) by the kind of its first cell. Tables whose columns hold other
labels than the framework's put that placement in contradiction with the row itself:

* an unknown heading in the 一级 column and the framework's 一级 names (产出指标 …) in the
  二级 column (``实施效果指标 | 产出指标 | 建设项目个数 | 1``): the row lands one column
  left, its first cell in the stub column beside the grid;
* a non-standard 二级 label (``预算(或投资规模)控制指标 | 年度预算执行率 | ≥90%``) read as
  a name: the row runs past the header's last column;
* a 一级 label over a row that carries on an earlier 二级 (``产出指标 | 开设课程数量 |
  220``): a figure lands in the name's column.

When the first placement is contradicted, the row is placed the first way that is not:
by position from the first label column (a row as wide as the grid), by its name (the
first cell that is no label goes under 三级指标, the labels before it to their columns),
or from the right (its last cell under the header's last column, or its last column with
a role).
"""

from __future__ import annotations

import re
from functools import partial

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping import align as _align
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

Placement = list[tuple[int, Cell]]

# columns in which a framework label (产出指标, 数量指标 …) cannot stand
_NOT_LABEL_ROLES = frozenset(
    {"level3", "value", "midterm_value", "actual", "expected", "sign", "unit", "weight", "score"}
)
# a target or figure: '220', '≥90%', '280人次', '100%'
_FIGURE = re.compile(r"[≥≤><=]*\d+(?:\.\d+)?(?:%|[^\d\s]{0,3})")
_SERIAL_HEADERS = frozenset({"序号", "编号"})


def _figure(text: str) -> bool:
    return bool(_FIGURE.fullmatch(normalise(text)))


# a target as written in one cell: a figure, or a short qualitative word (规范, 及时, 优良)
_SHORT_WORD = 4


def _reads_as_value(text: str) -> bool:
    bare = normalise(text)
    return _figure(bare) or (0 < len(bare) <= _SHORT_WORD and not any(ch.isdigit() for ch in bare))


def _not_a_name(text: str) -> bool:
    bare = normalise(text)
    return _figure(bare) or bare in ("定量", "定性") or vocabulary().sign(text) is not None


def _label_columns(header: GridHeader) -> list[int]:
    return [p for p in (header.position("level1"), header.position("level2")) if p is not None]


def _last_column(header: GridHeader) -> int:
    """The header's last column with a heading (a rendering pads rows with empty cells)."""
    return max((i for i, text in enumerate(header.texts) if normalise(text)), default=-1)


def contradicted(header: GridHeader, placed: Placement, carried: str = "") -> bool:
    """Whether a placement puts a cell where its text cannot stand (``carried``: the 二级
    label the row inherits)."""
    name = header.position("level3")
    if name is None:
        return False
    first = min([*_label_columns(header), name])
    last = _last_column(header)
    for position, cell in placed:
        if not cell.text:
            continue
        if position < 0 or position > last:
            return True  # past the grid
        role = header.roles[position]
        heading = normalise(header.texts[position])
        if role is None and position < first and heading not in _SERIAL_HEADERS:
            return True  # in the stub beside the grid ('绩效指标'), left of the labels
        label = role in _NOT_LABEL_ROLES and _align.level_kind(cell.text) is not None
        named = role == "level3" and _under_other_label(header, placed, cell, carried)
        if label and not named:
            return True  # a framework label under the name or a value
        if role == "level3" and _not_a_name(cell.text):
            return True  # a figure, a sign or a 定量 / 定性 type as the indicator's name
        if role in ("sign", "unit", "weight", "score") and not _align.fits(role, cell.text):
            return True  # a sentence under 计量单位, a figure under 指标值类型
        if role in ("value", "midterm_value") and vocabulary().sign(cell.text) is not None:
            return True  # a bare sign as the target: its column is elsewhere (正向 | = | 8)
    filled = [(position, cell) for position, cell in placed if cell.text]
    if len(filled) < 2 or _align.level_kind(filled[0][1].text) is None:
        return False
    # a row opening with a label that stops before any value: a packed row's last cell
    # is its value (the blanks a flattening drops are the merged labels on the left)
    return header.roles[filled[-1][0]] in ("level2", "level3")


_REMARK = re.compile(r"[(（][^)）]*[)）]$")


def _label_like(text: str) -> bool:
    """A framework label, or a label of the template's own ('经济效益指标(选填)')."""
    bare = _REMARK.sub("", normalise(text))
    return _align.level_kind(text) is not None or bare.endswith("指标")


def _under_other_label(header: GridHeader, placed: Placement, name: Cell, carried: str) -> bool:
    """A label word named under the row's own (or inherited), different 二级 label
    ('成本指标 | 社会成本指标 | 定量 | 100 | %'): the indicator reader takes it as the
    row's name."""
    level2 = header.position("level2")
    stated = next((c.text for p, c in placed if p == level2 and c.text), None)
    other = stated if stated is not None else carried
    if not other or normalise(other) == normalise(name.text):
        return False
    words = vocabulary()
    if stated is None:  # inherited: only a 二级 that is 一级 in the 2021 framework (成本指标)
        return bool(words.level(other, words.level1)) and bool(words.level(other, words.level2))
    return words.level(other, words.level2) is not None  # (效益指标 is no 二级)


def _from_labels(header: GridHeader, cells: list[Cell]) -> Placement | None:
    """A row as wide as the grid from its first label column, read by position."""
    columns = _label_columns(header)
    if not columns:
        return None
    start = min(columns)
    if len(cells) != _last_column(header) - start + 1:
        return None
    return [(start + offset, cell) for offset, cell in enumerate(cells)]


def _by_name(header: GridHeader, cells: list[Cell], carried: str = "") -> Placement | None:
    """The first cell that is no framework label under 三级指标, the cells after it in
    the next columns, the labels before it in their own columns — a framework 一级 name
    in the 二级 column when the table keeps them there (the inherited 二级 is one)."""
    name = header.position("level3")
    at = next((i for i, c in enumerate(cells) if not _label_like(c.text)), None)
    if name is None or at is None or at > 2:
        return None
    placed: Placement = []
    free = [p for p in (header.position("level2"), header.position("level1")) if p is not None]
    for index, cell in enumerate(cells[:at]):
        following = cells[index + 1].text if index + 1 < len(cells) else ""
        kind = _align.level_kind(cell.text, following)
        if kind == "level1" and _align.level_kind(carried) == "level1":
            kind = "level2"  # (实施效果指标 | 产出指标 | … above: 效益指标 sits under 二级)
        position = header.position(kind) if kind else None
        if position is None or position not in free:
            return None
        free.remove(position)
        placed.append((position, cell))
    placed.extend((name + offset, cell) for offset, cell in enumerate(cells[at:]))
    return placed


def _ending_at(header: GridHeader, cells: list[Cell], last: int) -> Placement | None:
    start = last - len(cells) + 1
    columns = _label_columns(header)
    if not columns or start < min(columns):
        return None
    return [(start + offset, cell) for offset, cell in enumerate(cells)]


def _by_content(header: GridHeader, cells: list[Cell]) -> Placement | None:
    """Labels and the name as :func:`_by_name` places them, then each later cell in the
    column its text can fill: a sign under 指标性质 / 指标方向 wherever the template put
    the sign, the first figure under the target, a unit under 计量单位, the next figures
    under 分值 / 得分; a direction word (正向 / 反向) in no column."""
    placed = _by_name(header, cells)
    name = header.position("level3")
    if placed is None or name is None:
        return None
    at = next(i for i, (position, _) in enumerate(placed) if position == name)
    head, rest = placed[: at + 1], [cell for _, cell in placed[at + 1 :]]
    free = [r for r in ("sign", "value", "unit", "weight", "score") if header.has(r)]
    for cell in rest:
        text = normalise(cell.text)
        if text in _DIRECTIONS:
            continue
        if vocabulary().sign(cell.text) is not None:
            role = "sign"
        elif _figure(text) and ("value" in free or "weight" in free):
            role = "value" if "value" in free else "weight"
        elif _align.fits("unit", cell.text):
            role = "unit"
        else:
            return None
        if role not in free:
            return None
        free.remove(role)
        position = header.position(role)
        assert position is not None
        head.append((position, cell))
    return None if "value" in free else head  # (no target read: not this layout)


_DIRECTIONS = frozenset({"正向", "反向", "正向指标", "反向指标"})


def _from_right(header: GridHeader, cells: list[Cell]) -> Placement | None:
    """The row's last cell under the header's last column."""
    return _ending_at(header, cells, _last_column(header))


def _from_last_role(header: GridHeader, cells: list[Cell]) -> Placement | None:
    """The row's last cell under the last column that has a role (a 备注 column left
    empty after it)."""
    last = max((i for i, role in enumerate(header.roles) if role), default=-1)
    return _ending_at(header, cells, last)


def _has_name(header: GridHeader, placed: Placement) -> bool:
    name = header.position("level3")
    return any(position == name and cell.text for position, cell in placed)


def consistent(
    header: GridHeader, cells: list[Cell], placed: Placement, carried: str = ""
) -> Placement:
    """``placed`` when nothing contradicts it, else the first placement of ``cells``
    (the row's non-empty cells) that nothing contradicts."""
    if not contradicted(header, placed, carried):
        return placed
    ways = (
        _from_labels,
        partial(_by_name, carried=carried),
        _from_right,
        _from_last_role,
        _by_content,
    )
    for way in ways:
        other = way(header, cells)
        if (
            other is not None
            and _has_name(header, other)
            and not contradicted(header, other, carried)
        ):
            return other
    return placed


_YEAR = re.compile(r"\d{4}年度?")


def header_continuation(cells: list[Cell]) -> bool:
    """A second header row under the value columns ('2021年实际实现值 | 预期2022年实现值'):
    every cell a column heading once its year is taken out, none a figure."""
    texts = [normalise(c.text) for c in cells if c.text.strip()]
    if not texts:
        return False
    words = vocabulary()
    for text in texts:
        bare = _YEAR.sub("", text)
        if not bare or _figure(text):
            return False
        if words.role_of(bare) is None and not (bare.endswith("值") and len(bare) <= 8):
            return False
    return True


def regroup_by_values(header: GridHeader, cells: list[Cell]) -> list[list[Cell]] | None:
    """Rows out of a stream whose level labels are not the indicator framework's (决策 |
    项目立项 | 立项程序规范性 | 规范 | 规范 …), or None when one of them is (产出指标 …).

    The header says how many value cells follow a name; a cell is a row's name when the
    cells after it read as that many values, and a label (of this row) when they do not.
    """
    filled = [c for c in cells if c.text]
    labels = _label_columns(header)
    needed = header.core_after_name()
    words = vocabulary()
    framework = [
        words.level(c.text, words.level1) or words.level(c.text, words.level2) for c in filled
    ]
    if not labels or needed < 1 or any(framework):
        return None  # (an evaluation framework's 项目立项 / 资金投入 may be known: no matter)
    rows: list[list[Cell]] = []
    current: list[Cell] = []
    index = 0
    while index < len(filled):
        cell = filled[index]
        after = filled[index + 1 : index + 1 + needed]
        named = len(after) == needed and all(_reads_as_value(c.text) for c in after)
        if named and not _reads_as_value(cell.text):
            rows.append([*current, cell, *after])
            current, index = [], index + 1 + needed
            continue
        if len(current) >= len(labels):  # more labels than label columns: not this layout
            return None
        current.append(cell)
        index += 1
    if current:
        rows.append(current)  # a row cut by the fragment's end
    return rows
