"""Put a data row's cells in their header columns.

Flattening loses merged cells: a row under a merged 一级 / 二级 label starts
with fewer cells than the header (the label was printed once, above), and the
blank cells of a text rendering may collect at the row's end. So a row is
aligned by what its first cell *is* — a 一级 label, a 二级 label or an
indicator's name — unless it fills the header's full width, when positions hold.
A row number under a 序号 column is set aside first; a row with more cells than fit
from the name on opens with labels the vocabulary does not know (部门整体 评价得分表);
a scoring row whose empty target cells were dropped gives its 分值 and 得分 last.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import copy

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping import consistent_rows
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.nature_cells import natures_in_place
from jixiao.importers.mapping.restated_name import without_names_again
from jixiao.importers.mapping.scoring_levels import scoring_level
from jixiao.importers.mapping.tailless import tailless_cells
from jixiao.importers.mapping.vocabulary import normalise, vocabulary


def level_kind(text: str, following: str = "") -> str | None:
    """'level1', 'level2' or None for an indicator's name.

    成本指标 and 满意度指标 are 一级 in the 2021 framework and 二级 in older ones:
    they are 一级 when a 二级 label follows them, 二级 otherwise.
    """
    words = vocabulary()
    is1 = words.level(text, words.level1) is not None
    is2 = words.level(text, words.level2) is not None
    if is1 and is2:
        return "level1" if following and words.level(following, words.level2) else "level2"
    if is1:
        return "level1"
    if is2:
        return "level2"
    return scoring_level(text)  # 项目决策 / 资金管理 … of a scoring grid


def _trimmed(cells: list[Cell]) -> list[Cell]:
    end = len(cells)
    while end and not cells[end - 1].text:
        end -= 1
    return cells[:end]


def align(
    header: GridHeader, cells: list[Cell], packed: bool = False, carried: str = ""
) -> dict[str, Cell]:
    """The row's cells keyed by role (cells without a role are dropped); ``carried`` is
    the 二级 label the row inherits from the rows above."""
    cells = _without_side_label(header, _trimmed(cells))
    if not cells:
        return {}
    by_position = _positional(header, cells, packed)
    if by_position is None:
        placed = _anchored(header, cells)
        filled = [c for c in cells if c.text]
        by_position = consistent_rows.consistent(header, filled, placed, carried)
    mapped: dict[str, Cell] = {}
    for position, cell in by_position:
        if 0 <= position < header.width:
            role = header.roles[position]
            if role is not None and role not in mapped:
                mapped[role] = cell
            elif role == "sign" and _signs_better(mapped[role], cell):
                mapped[role] = cell  # 正向 | 大于等于 under 指标性质 | 指标方向
    return natures_in_place(mapped)


def _signs_better(first: Cell, then: Cell) -> bool:
    """Whether a second 符号 column's cell is the row's sign and the first one's is not."""
    words = vocabulary()
    return words.sign(first.text) is None and words.sign(then.text) is not None


def _without_side_label(header: GridHeader, cells: list[Cell]) -> list[Cell]:
    """A vertical 绩效指标 merged down the grid's left, printed in the first data row where
    the header has no column for it (一级指标 | 二级指标 | … | 指标值, then 绩效指标 | 产出指标 |
    数量指标 | …): not the row's 一级; the row's own cells move one column left."""
    if len(cells) < 2 or normalise(cells[0].text) not in vocabulary().side_labels:
        return cells
    at = {col: i for i, col in enumerate(header.cols)}.get(cells[0].col)
    if at is not None and header.roles[at] is None:
        return cells  # the header's own side column (a 绩效指标 cell before 一级指标)
    if level_kind(cells[1].text, cells[2].text if len(cells) > 2 else "") != "level1":
        return cells
    moved = [copy(cell) for cell in cells[1:]]
    for cell in moved:
        cell.col -= 1
    return moved


def _positional(
    header: GridHeader, cells: list[Cell], packed: bool
) -> list[tuple[int, Cell]] | None:
    """Cells that keep their grid column: the row starts with a blank (a merged cell
    left empty) or with what the header expects in its first cell's column."""
    index = {col: i for i, col in enumerate(header.cols)}
    whole = header.fixed and len(cells) == header.width  # every cell, none lost
    if (packed and not whole) or cells[0].col not in index:
        return None
    if cells[0].text and not header.fixed:
        following = cells[1].text if len(cells) > 1 else ""
        kind = level_kind(cells[0].text, following) or "level3"
        if header.roles[index[cells[0].col]] != kind:
            return None
    return [(index[c.col], c) for c in cells if c.col in index]


_SERIAL = re.compile(r"^\d{1,3}$")


def _anchored(header: GridHeader, cells: list[Cell]) -> list[tuple[int, Cell]]:
    start = next(i for i, c in enumerate(cells) if c.text)
    cells = cells[start:]
    serial = _serial_position(header)
    if serial is not None and len(cells) > 1 and _SERIAL.match(cells[0].text):
        # '2 | 工作计划(6分) | …': the row's number under 序号, then the row itself
        return [(serial, cells[0]), *_anchored(header, cells[1:])]
    following = cells[1].text if len(cells) > 1 else ""
    kind = level_kind(cells[0].text, following) or "level3"
    anchor = header.position(kind)
    if anchor is None and kind != "level3":
        # a template with one label column: 质量 / 成本 written under 一级指标
        anchor = header.position("level1" if kind == "level2" else "level2")
        if kind == "level1" and anchor is not None and level_kind(following) == "level2":
            anchor -= 1  # '产出指标 数量指标 name value' under a header that lost its 一级

    if anchor is None:
        anchor = header.position("level3") or 0
    if kind == "level3":
        anchor = _anchor_by_label(header, cells, anchor)
    if kind == "level3" and anchor == header.position("level3"):
        anchor = _right_aligned(header, cells, anchor)
    placed = [(anchor + offset, cell) for offset, cell in enumerate(cells)]
    name = header.position("level3")
    at = next((i for i, (position, _) in enumerate(placed) if position == name), None)
    if name is None or at is None:
        return placed
    tail = [c for _, c in placed[at + 1 :]]
    scored = scored_tail(header, name, tail) or points_first_tail(header, name, tail)
    if scored is not None:
        return placed[: at + 1] + scored
    if at == 0:
        # (only rows opening with their labels are surely indicator rows)
        return placed[:1] + unit_fitted_tail(header, name, placed[1:])
    return placed[: at + 1] + typed_tail(header, name, [c for _, c in placed[at + 1 :]])


_FIGURE = re.compile(r"^\d+(?:\.\d+)?%?$")
_POINTS = re.compile(r"^(\d+(?:\.\d+)?)分?$")
_FIGURE_WITH_UNIT = re.compile(r"^[≥≤><=]*\d+(?:\.\d+)?[^\d.%]")
# what a 指标性质 column holds when it holds no sign
_NATURES = frozenset({"定性", "定量", "正向", "反向"})
_TARGET_ROLES = frozenset({"value", "actual", "midterm_value", "sign", "unit"})


def points_pair(cells: list[Cell]) -> bool:
    """Whether two cells read as a 分值 and its 得分 (points, the 得分 not above)."""
    found = [_POINTS.match(normalise(cell.text)) for cell in cells]
    if len(found) != 2 or found[0] is None or found[1] is None:
        return False
    return float(found[1].group(1)) <= float(found[0].group(1))


def scored_tail(header: GridHeader, name: int, cells: list[Cell]) -> list[tuple[int, Cell]] | None:
    """The cells after a packed row's name under 指标值 … | 实际完成值 | 分值 | 得分, when
    the flattening dropped empty cells: the last two are the 分值 and 得分 (points, the
    得分 not above the 分值); before them either nothing (a scoring row whose target and
    actual were left empty: '指标1:工程质量合格 10 10') or one cell for each of the
    指标值 and 实际完成值 columns (their 符号 / 单位 cells empty: '有效 | 有效 | 10 | 10').
    None when the cells do not read so."""
    weight, score = header.position("weight"), header.position("score")
    if weight is None or score is None or not name < weight < score or len(cells) < 2:
        return None
    between = header.roles[name + 1 : weight]
    if not any(role in _TARGET_ROLES for role in between):
        return None
    if not points_pair(cells[-2:]):
        return None
    targets = [name + 1 + i for i, role in enumerate(between) if role in ("value", "actual")]
    rest = cells[:-2]
    if rest and (len(rest) != len(targets) or len(rest) == len(between)):
        return None  # (a row with every cell is read by position)
    return [*zip(targets, rest, strict=False), (weight, cells[-2]), (score, cells[-1])]


def points_first_tail(
    header: GridHeader, name: int, cells: list[Cell]
) -> list[tuple[int, Cell]] | None:
    """The two cells after a name under 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 that
    read as points ('★补助各类粮食作物种植面积 | 10 | 10', a heading row over its breakdown):
    its 分值 and 得分, no target. None when the cells do not read so."""
    weight, score = header.position("weight"), header.position("score")
    if weight is None or score is None or not name < weight < score or len(cells) != 2:
        return None
    if not any(role in _TARGET_ROLES for role in header.roles[weight + 1 : score]):
        return None
    if not points_pair(cells):
        return None
    return [(weight, cells[0]), (score, cells[1])]


def fits(role: str | None, text: str) -> bool:
    """Whether a cell's text can stand in a column of that role."""
    bare = normalise(text)
    if role == "sign":  # a known sign, or any short symbol ('═' for '=')
        symbol = len(bare) <= 2 and not any(ch.isalnum() for ch in bare)
        return symbol or vocabulary().sign(text) is not None or bare in _NATURES
    if role == "unit":
        return len(bare) <= 6 and not any(ch.isdigit() for ch in bare)
    if role in ("weight", "score"):
        return bool(_FIGURE.match(bare))
    return True


def unit_fitted_tail(
    header: GridHeader, name: int, placed: list[tuple[int, Cell]]
) -> list[tuple[int, Cell]]:
    """A short row's cells after its name, kept by position unless one would put a
    figure with its unit under 分值 / 得分 ('其中桃树种植面积 | 1.5亩 | 1.5亩' under
    三级指标 | 分值 | 年度指标值 | 全年实际值): points are bare figures, so each cell then
    goes to the next column its text can fill."""
    misfit = any(
        header.roles[position] in ("weight", "score")
        and _FIGURE_WITH_UNIT.match(normalise(cell.text))
        for position, cell in placed
        if position < header.width
    )
    if not misfit:
        return placed
    return _each_where_it_fits(header, name, [cell for _, cell in placed])


def typed_tail(header: GridHeader, name: int, cells: list[Cell]) -> list[tuple[int, Cell]]:
    """The cells after a packed row's name, when the flattening dropped some (an empty
    符号 or 单位 cell): each goes to the next column whose role its text can fill."""
    positions = list(range(name + 1, header.width))
    split_value = (header.has("sign") or header.has("unit")) and not header.has("actual")
    if len(cells) >= len(positions) or not split_value:
        return [(name + 1 + offset, cell) for offset, cell in enumerate(cells)]
    return _each_where_it_fits(header, name, cells)


def _each_where_it_fits(header: GridHeader, name: int, cells: list[Cell]) -> list[tuple[int, Cell]]:
    """Each cell after the name in the next column whose role its text can fill, in order."""
    positions = list(range(name + 1, header.width))
    placed: list[tuple[int, Cell]] = []
    slot = 0
    for index, cell in enumerate(cells):
        left = len(cells) - index  # cells still to place, this one included
        while slot < len(positions) - left and not fits(header.roles[positions[slot]], cell.text):
            slot += 1
        if slot >= len(positions):
            break
        placed.append((positions[slot], cell))
        slot += 1
    return placed


def grid_side(header: GridHeader) -> int:
    """Where a stream's rows start under ``header``: at its 序号 column, printed on every
    row, else at its first column with a role (a vertical 绩效指标 left of the levels spans
    every row: printed once, no column)."""
    serial = _serial_position(header)
    if serial is not None:
        return serial
    return next((i for i, role in enumerate(header.roles) if role is not None), 0)


def _serial_position(header: GridHeader) -> int | None:
    """The position of a 序号 column left of the grid's labels, if the header has one."""
    first = min(
        (p for p in (header.position(r) for r in ("level1", "level2", "level3")) if p is not None),
        default=0,
    )
    return next((i for i in range(first) if normalise(header.texts[i]) in ("序号", "编号")), None)


def _right_aligned(header: GridHeader, cells: list[Cell], anchor: int) -> int:
    """A row with more cells than the name's column and those after it can take opens
    with labels the vocabulary does not know ('规划(15分) | 基础信息(3分) | 基础信息完整性
    | 3 | …' in a 部门整体 scoring table): its cells end at the header's last column."""
    overflow = len(cells) - (header.width - anchor)
    labels = [p for p in (header.position("level1"), header.position("level2")) if p is not None]
    if overflow <= 0 or not labels or anchor - overflow < min(labels):
        return anchor
    # what would become labels reads as labels: short words, not figures or sentences
    label_cells = [normalise(c.text) for c in cells[:overflow]]
    if any(len(text) > 16 or _FIGURE.match(text) or _is_remark(text) for text in label_cells):
        return anchor
    return anchor - overflow


def _anchor_by_label(header: GridHeader, cells: list[Cell], anchor: int) -> int:
    """A row opening with columns left of the grid (单位名称, 项目名称, 预算数 on a
    project's first row) is placed by its 一级 label, further in."""
    level1 = header.position("level1")
    if not level1:
        return anchor
    found = next(
        (i for i, c in enumerate(cells[1 : level1 + 1], start=1) if level_kind(c.text)), None
    )
    following = cells[found + 1].text if found is not None and found + 1 < len(cells) else ""
    if found is None or level_kind(cells[found].text, following) != "level1":
        return anchor
    return level1 - found


def label_fragment(text: str) -> str | None:
    """A level label split over two cells: the start gives the whole label, the end ''.

    '社会公众或服务' + … + '对象满意度指标' (a merged cell wrapped in the flattening).
    """
    bare = normalise(text)
    words = vocabulary()
    if len(bare) < 3 or level_kind(bare) is not None:
        return None
    for alias, name in (*words.level2.items(), *words.level1.items()):
        if len(alias) > len(bare) + 1 and alias.endswith("指标"):
            if alias.startswith(bare) and not bare.endswith("指标"):
                return name
            if alias.endswith(bare):
                return ""
    return None


def _is_remark(text: str) -> bool:
    return len(text) > 16 or any(mark in text for mark in "，。；,;")


def regroup(header: GridHeader, cells: list[Cell]) -> list[list[Cell]]:
    """Rows out of a stream of cells that lost its row boundaries.

    A row is its leading labels, the indicator's name and the columns the header
    needs after the name; a label cell always starts a new row.
    """
    cells = cells if header.doubled else without_names_again(cells)  # 中期 | 年度 halves repeat
    by_values = consistent_rows.regroup_by_values(header, cells)
    if by_values is not None:
        return by_values
    needed = header.core_after_name()
    # A short text met again and again (计划标准 in every row) is a tail column's
    # value, not an indicator's name: names do not repeat.
    seen = Counter(normalise(c.text) for c in cells if c.text)
    untailed = (
        tailless_cells(needed, cells, lambda text: level_kind(text) is not None)
        if header.has_optional_tail()
        else set()
    )
    rows: list[list[Cell]] = []
    current: list[Cell] = []
    after_name = -1  # cells taken since the name, -1 before the name
    for cell in cells:
        if not cell.text:
            continue
        fragment = label_fragment(cell.text)
        after_label = bool(current) and level_kind(current[-1].text) is not None
        if fragment == "" or (normalise(cell.text) == "指标" and after_label):
            continue  # the tail of a split label ('经济效益' + '指标')
        if fragment:
            cell = copy(cell)
            cell.text = fragment  # the whole label; the raw text stays as read
        kind = level_kind(cell.text)
        if kind == "level1" and current and level_kind(current[-1].text) == "level2":
            kind = None  # '服务对象满意度指标 | 满意度 | 90%': under a 二级 it names the row
        is_label = kind is not None
        restated = any(level_kind(c.text) == kind for c in current)  # 二级 after a bare 二级
        if is_label and (after_name >= 0 or restated):
            rows.append(current)
            current, after_name = [], -1
        remark = _is_remark(cell.text) and id(cell) not in untailed
        tail = remark or (seen[normalise(cell.text)] >= 3 and not is_label)
        if not current and rows and tail and header.has_optional_tail():
            rows[-1].append(cell)  # the 偏差原因 / 说明 sentence after a complete row
            continue
        current.append(cell)
        if is_label:
            continue
        after_name += 1
        if after_name >= needed:
            rows.append(current)
            current, after_name = [], -1
    if current:
        rows.append(current)
    if header.doubled:  # a 年度 half restating its 中期 half word for word is read once
        texts = [[normalise(c.text) for c in row] for row in rows]
        return [row for i, row in enumerate(rows) if not i or texts[i] != texts[i - 1]]
    return rows
