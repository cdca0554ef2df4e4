"""Self-evaluation rows read by the shape of their cells, where no header lines them up.

Two flattenings lose a self-evaluation grid's columns but keep each row's cells in order:

* words separated by spaces under a scrambled header (an .xlsx rendered as text, its
  merged header cells out of order): ``指标6:举办健康教育宣传咨询活动 12次 96次 1 1``;
* cells glued without separators, rows one after the other on one line:
  ``数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10``.

The columns' order is the order in which the text's own header words name them
(年度指标值, 实际完成值, 分值, 得分 …). A row is taken only when every cell has the
shape of its column: a name with words; a target and an actual value that are
measures (sign, number, unit) or the same short word; a 分值 and a 得分 that are
plain numbers up to 100, the 得分 not above the 分值. Nothing that fits no such
reading is guessed: it is left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from jixiao.grammar.units import canonical_unit
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.glued_labels import (
    grid_labels,
    label_within,
    misread_label,
    next_label,
)
from jixiao.importers.mapping.glued_row_shapes import MEASURE as _MEASURE
from jixiao.importers.mapping.glued_row_shapes import POINTS as _POINTS
from jixiao.importers.mapping.glued_row_shapes import WORD as _WORD
from jixiao.importers.mapping.glued_row_shapes import row_pattern
from jixiao.importers.mapping.scoring_levels import scoring_labels
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

CORE = ("value", "actual", "weight", "score")
_POINTS_NOTE = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]")


def compact(text: str) -> str:
    """Text as written, in NFKC and without whitespace (characters are not simplified)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def column_order(texts: Iterable[str], *, scoring: bool = False) -> list[str] | None:
    """The self-evaluation columns (of :data:`CORE`) in the order header words name them.

    A header word broken over two cells ('实际' + '完成值') is read joined. With
    ``scoring``, a 评价内容 | 分值 | 自评分 grid (no target column) is one too.
    """
    words = vocabulary()
    order: list[str] = []
    items = [normalise(t) for t in texts]
    start = header_start(items)
    for index, text in enumerate(items[start:], start=start):
        for candidate in (text, text + (items[index + 1] if index + 1 < len(items) else "")):
            role = words.role_of(candidate) if is_header_word(candidate) else None
            if role in CORE and role not in order:
                order.append(role)
                break
    # a target, a 得分, and a 分值 or an actual value to tell the 得分 by
    found = set(order)
    if scoring and "value" not in found and {"weight", "score"} <= found:
        return [role for role in order if role in ("weight", "score")]
    return order if {"value", "score"} <= found and found & {"weight", "actual"} else None


def header_start(texts: list[str]) -> int:
    """Where the grid's header starts: at its first 一级 / 二级 / 三级 word (a 分值 or
    得分 before it, and rows of figures, belong to the budget lines above the grid)."""
    items = [normalise(t) for t in texts]
    return next((i for i, t in enumerate(items) if _names_levels(items, i)), len(items))


def _names_levels(items: list[str], index: int) -> bool:
    joined = items[index] + (items[index + 1] if index + 1 < len(items) else "")
    roles = {vocabulary().role_of(items[index]), vocabulary().role_of(joined)}
    return bool(roles & {"level1", "level2", "level3"}) and (
        is_header_word(items[index]) or is_header_word(joined)
    )


@cache
def _exact_header_words() -> frozenset[str]:
    return frozenset(name for _, exact, _ in vocabulary().roles for name in exact)


def is_header_word(text: str) -> bool:
    """An exact header word of the vocabulary (not a text that contains one)."""
    return text in _exact_header_words()


def _is_name(text: str) -> bool:
    words = vocabulary()
    return (
        len(text) >= 2
        and re.search(r"[^\W\d_]", text) is not None
        and re.fullmatch(_MEASURE, text) is None
        and words.role_of(text) is None
        and words.field_of(text) is None
        and level_kind(text) is None
    )


def fits(order: list[str], cells: list[str]) -> bool:
    """Whether ``cells`` have the shapes of the columns in ``order``."""
    by_role = dict(zip(order, cells, strict=True))
    for role, text in by_role.items():
        if role in ("weight", "score"):
            if not re.fullmatch(_POINTS, text):
                return False
        elif not (re.fullmatch(_MEASURE, text) or _qualitative(text, by_role)):
            return False
    if "weight" in by_role and "score" in by_role:
        return Decimal(by_role["score"]) <= Decimal(by_role["weight"])
    return True


def _qualitative(text: str, by_role: dict[str, str]) -> bool:
    """A word target ('及时') is taken when the actual value says the same word."""
    return bool(re.fullmatch(_WORD, text)) and by_role.get("value") == by_role.get("actual")


def spaced_rows(words: list[str], order: list[str]) -> list[tuple[int, list[str]]]:
    """Rows out of space-separated words, each with the index of its first word:
    一级 / 二级 labels alone, indicators whole."""
    rows: list[tuple[int, list[str]]] = []
    index = 0
    width = len(order)
    # names printed before their values (two wrapped name cells, then both value
    # groups): they take the next groups in order, while the run goes on unbroken
    waiting: list[tuple[int, str]] = []
    while index < len(words):
        word = compact(words[index])  # as written: the name keeps its characters
        label = _POINTS_NOTE.sub("", normalise(word))
        if level_kind(label) is not None:
            rows.append((index, [label]))
            waiting = []
            index += 1
            continue
        cells = [compact(w) for w in words[index + 1 : index + 1 + width]]
        phrase = _points_phrase(words, index + 1 + width)
        if _is_name(normalise(word)) and _row_cells(order, cells, width) and not phrase:
            if waiting:
                start, name = waiting.pop(0)
                rows.append((start, [name, *cells]))
                waiting.append((index, word))
            else:
                rows.append((index, [word, *cells]))
            index += 1 + width
            continue
        group = [compact(w) for w in words[index : index + width]]
        phrase = _points_phrase(words, index + width)
        if waiting and rows and _row_cells(order, group, width) and not phrase:
            start, name = waiting.pop(0)
            rows.append((start, [name, *group]))  # a group whose name came before
            index += width
            continue
        name, after = _name_before_name(words, index)
        if name:
            waiting.append((index, name))
            index = after
            continue
        waiting = []
        index += 1
    return sorted(rows)


def _row_cells(order: list[str], cells: list[str], width: int) -> bool:
    """Whether ``cells`` are one indicator's value cells: all there, of their shapes, and
    none of them a 一级 / 二级 label (which opens the next rows, never fills a value)."""
    return (
        len(cells) == width
        and fits(order, cells)
        and not any(level_kind(normalise(cell)) is not None for cell in cells)
    )


def _points_phrase(words: list[str], after: int) -> bool:
    """Whether the figures before ``after`` end in '… 0.5 分,': a 评价标准 sentence's
    points, not a row's 分值 and 得分."""
    return (
        after < len(words) and re.match(r"分(?:$|[,，;；。、])", compact(words[after])) is not None
    )


def _name_before_name(words: list[str], index: int) -> tuple[str, int]:
    """A name directly followed by another name (the end of a wrapped name, one
    character, joined to it), and where the next name starts; ('', index) otherwise."""
    name = compact(words[index])
    if not whole_name(name):
        return "", index
    after = index + 1
    if after < len(words) and re.fullmatch(r"[^\W\d_]", compact(words[after])):
        name, after = name + compact(words[after]), after + 1
    if after < len(words) and whole_name(compact(words[after])):
        return name, after
    return "", index


def whole_name(text: str) -> bool:
    """A name that can wait for its values: two letters or more, no piece of a
    sentence ('分,缺一项扣' of a 评价标准 text is none)."""
    bare = normalise(text)
    letters = len(re.findall(r"[^\W\d_]", bare))
    return _is_name(bare) and letters >= 2 and not re.search(r"[;；,，。、]", bare)


def glued_rows(text: str, order: list[str]) -> list[list[str]]:
    """Rows out of a line whose cells and rows were glued together.

    The scan reads a 一级 / 二级 label or a whole row at each place; where neither
    fits it goes on at the next label (the cells in between are left out). Where the
    权重 are written in percent ('≥10%115.25%20%20'), the '%' closing each one cuts the
    rows: that reading is kept when it reads more rows (a bare 权重 reading would cut
    '10%10' into '10%' + '1' + '0').
    """
    bare = compact(text)
    rows = _scan(bare, order, False)
    if "weight" not in order or "%" not in bare:
        return rows
    percent = _scan(bare, order, True)
    return percent if _full(percent) > _full(rows) else rows


def _full(rows: list[list[str]]) -> int:
    return sum(1 for row in rows if len(row) > 1)


def _scan(bare: str, order: list[str], percent: bool) -> list[list[str]]:
    rows: list[list[str]] = []
    position = next_label(bare, 0)  # the grid's first row starts with its 一级 label
    while position < len(bare):
        label = next((w for w in grid_labels() if bare.startswith(w, position)), None)
        after_level2 = bool(rows) and len(rows[-1]) == 1 and level_kind(rows[-1][0]) == "level2"
        short = label is not None and not label.endswith("指标") and label not in scoring_labels()
        if short and after_level2 and level_kind(label or "") == "level2":
            # a short 二级 word right after a 二级 label opens a name: '数量指标' + '成本控制…'
            # (a whole '…指标' label there is the next 二级, the first having no rows)
            label = None
        if label is not None and rows and rows[-1] == [label]:
            label = None  # a label read twice: the second opens a name ('财务管理制度…')
        misread = misread_label(bare, position) if label is None else None
        if misread is not None:
            label, length = misread
        else:
            length = len(label or "")
        if label is not None:
            rows.append([label])
            position += length
            note = _POINTS_NOTE.match(bare, position)
            position = note.end() if note else position
            continue
        row = _glued_at(bare, position, order, percent)
        inner = label_within(row[0][0]) if row is not None else 0
        if row is not None and inner:
            position += inner  # text no label reads ('益标效指…') before a whole label
            continue
        if row is not None:
            rows.append(row[0])
            position = row[1]
            continue
        position = next_label(bare, position + 1)
    return rows


def _glued_at(
    bare: str, position: int, order: list[str], percent: bool
) -> tuple[list[str], int] | None:
    """The row glued at ``position`` and where it ends, or None."""
    # a name that ends with its target is tried first: read as measures, its target
    # would be cut into a shorter actual value and a 得分 ('1000万元' + '100' + '0')
    for style in ("echoed", "twin", "doubled", "measured", "worded", "dashed"):
        match = row_pattern(tuple(order), style, percent).match(bare, position)
        if match is None or not _styled(style, match, order, percent):
            continue
        cells = [_points_read(role, match.group(role)) for role in order]
        if style == "echoed" and not _same_unit(match.group("echo"), match.group("actual")):
            continue  # ('覆盖1%' + '1%' + '10' + '0' for '覆盖' + '1%' + '1%' + '100')
        shaped = (
            fits(order, cells) if style not in ("twin", "dashed") else _points_fit(cells, order)
        )
        name = without_side_label(match.group("name"))
        if _is_name(name) and shaped:
            if style == "dashed":
                cells[order.index("value")] = ""  # the dash says: no target
            return [name, *cells], match.end()
    return None


def _styled(style: str, match: re.Match[str], order: list[str], percent: bool) -> bool:
    """Whether a 'twin' or 'dashed' reading holds: the repeated target is no bare
    number (a figure twice is read as measures), the dash stands alone, and no text
    cell runs over a label or a points note (the next rows' '(30分)数量指标')."""
    if style == "doubled":  # a label or the end after it (not the 万元 of 修修9910万元…)
        bare, end = match.string, match.end()
        after = end >= len(bare) or any(bare.startswith(w, end) for w in grid_labels())
        return {"value", "actual"} <= set(order) and after
    if style not in ("twin", "dashed"):
        return True
    text = match["value"] if style == "twin" else match["actual"]
    if any(label in normalise(text) for label in grid_labels()) or _BRACKET.search(
        match["name"] + text
    ):
        return False
    if style == "twin":  # ... nor stops before text no row opens, where measures go on
        measured = row_pattern(tuple(order), "measured", percent).match(match.string, match.start())
        stranded = (
            measured is not None and measured.end() > match.end() and not _opens(match, percent)
        )
        return (
            {"value", "actual"} <= set(order) and not _POINTS_ONLY.fullmatch(text) and not stranded
        )
    # a dash row's text actual ends where the next row (a dash row too) or label opens,
    # not inside a cell ('≥2倍' + '1' + '0' of '放大倍数≥2倍10倍10%10': 倍10%10 opens none)
    opens = _opens(match, percent, ("dashed",))
    return "actual" in order and not _DASH_ONLY.fullmatch(text) and opens


def _opens(match: re.Match[str], percent: bool, more: tuple[str, ...] = ()) -> bool:
    """Whether a label, a row or the line's end follows ``match`` ('修修' + '修' + '修' + '1'
    leaves '人1人1' of '修修修修1人1人1', which nothing opens; a dash-target row: too loose)."""
    bare, end, groups = match.string, match.end(), match.re.groupindex
    order = tuple(sorted((r for r in CORE if r in groups), key=groups.__getitem__))
    if end >= len(bare) or any(bare.startswith(w, end) for w in grid_labels()):
        return True
    styles = ("measured", "twin", "worded", "echoed", *more)
    rows = (row_pattern(order, s, percent).match(bare, end) for s in styles)
    names = (without_side_label(row["name"]) for row in rows if row is not None)
    return any(_is_name(n) and canonical_unit(n) is None for n in names)  # not '万元' left over


_BRACKET = re.compile(r"[(（][^)）]*$|^[^(（]*[)）]")  # a bracket left open or never opened


_POINTS_ONLY = re.compile(r"[\d.%]+")
_DASH_ONLY = re.compile(r"[一\-—－/]+")


def without_side_label(name: str) -> str:
    """A name without the grid's side label glued before it ('绩效指标' + '预决算信息公开性':
    the merged cell down the grid's left side, printed where the text reached it)."""
    for label in vocabulary().side_labels:
        if normalise(name).startswith(label) and len(name) > len(label) + 1:
            return name[len(label) :]
    return name


def _points_fit(cells: list[str], order: list[str]) -> bool:
    """The 得分 not above the 分值 (when the row has both)."""
    by_role = dict(zip(order, cells, strict=True))
    if "weight" in by_role and "score" in by_role:
        return Decimal(by_role["score"]) <= Decimal(by_role["weight"])
    return True


def _points_read(role: str, text: str) -> str:
    """A 分值 / 得分 cell with text recognition's letters for digits read as digits."""
    if role in ("weight", "score"):
        return text.translate(str.maketrans("lIO", "110")).removesuffix("%")
    return text


def _same_unit(value: str, actual: str | None) -> bool:
    unit = re.search(r"(?:%|[^\W\d_]+)$", value)
    return actual is None or (unit is not None and actual.endswith(unit.group()))
