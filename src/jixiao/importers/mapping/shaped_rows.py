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

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

CORE = ("value", "actual", "weight", "score")
_POINTS = r"(?:100|[1-9]?\d)(?:\.\d+)?"  # a 分值 or 得分: a plain number up to 100
_SIGN = r"(?:>=|<=|[≥≤<>=]|大于等于|小于等于|不低于|不少于|不高于|不超过)"
_MEASURE = _SIGN + r"?\d+(?:\.\d+)?(?:%|[^\W\d_]{0,4}?)"
_UNIT_MEASURE = _SIGN + r"?\d+(?:\.\d+)?(?:%|[^\W\d_]{1,4}?)"  # a measure with its unit
_WORD = r"[^\W\d_]{1,10}?"  # a qualitative value: 及时, 显著提升
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
        if _is_name(normalise(word)) and len(cells) == width and fits(order, cells) and not phrase:
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
        if waiting and rows and len(group) == width and fits(order, group) and not phrase:
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


@cache
def _glued_row(order: tuple[str, ...], style: str) -> re.Pattern[str]:
    """A glued row's pattern. ``style``: 'measured' (measures), 'worded' (a word target
    and the same word as the actual value) or 'echoed' (a name that ends with its own
    target: '每年财政补助1000万元' + '1000万元' + '1000万元')."""
    if style == "echoed":
        parts = [rf"(?P<name>[^\d≥≤<>=.]{{2,60}}?(?P<echo>{_UNIT_MEASURE}))"]
    else:
        parts = [r"(?P<name>[^\d≥≤<>=.]{2,60}?)"]
    word_role = ""  # the first of target / actual, whose word the other repeats
    for role in order:
        if role in ("weight", "score"):
            parts.append(f"(?P<{role}>{_POINTS})")
        elif style == "echoed" and role == "value":
            parts.append(f"(?P<{role}>(?P=echo))")
        elif style != "worded":
            parts.append(f"(?P<{role}>{_MEASURE})")
        elif not word_role:
            parts.append(f"(?P<{role}>{_WORD})")
            word_role = role
        else:
            parts.append(f"(?P<{role}>(?P={word_role}))")
    return re.compile("".join(parts) + r"(?!\d|\.\d|%)")


@cache
def _labels() -> list[str]:
    words = vocabulary()
    return sorted({*words.level1, *words.level2}, key=len, reverse=True)


def glued_rows(text: str, order: list[str]) -> list[list[str]]:
    """Rows out of a line whose cells and rows were glued together.

    The scan reads a 一级 / 二级 label or a whole row at each place; where neither
    fits it goes on at the next label (the cells in between are left out).
    """
    bare = compact(text)
    rows: list[list[str]] = []
    position = _next_label(bare, 0)  # the grid's first row starts with its 一级 label
    while position < len(bare):
        label = next((w for w in _labels() if bare.startswith(w, position)), None)
        after_level2 = bool(rows) and len(rows[-1]) == 1 and level_kind(rows[-1][0]) == "level2"
        short = label is not None and not label.endswith("指标")
        if short and after_level2 and level_kind(label or "") == "level2":
            # a short 二级 word right after a 二级 label opens a name: '数量指标' + '成本控制…'
            # (a whole '…指标' label there is the next 二级, the first having no rows)
            label = None
        if label is not None:
            rows.append([label])
            position += len(label)
            note = _POINTS_NOTE.match(bare, position)
            position = note.end() if note else position
            continue
        row = _glued_at(bare, position, order)
        if row is not None:
            rows.append(row[0])
            position = row[1]
            continue
        position = _next_label(bare, position + 1)
    return rows


def _glued_at(bare: str, position: int, order: list[str]) -> tuple[list[str], int] | None:
    """The row glued at ``position`` and where it ends, or None."""
    # a name that ends with its target is tried first: read as measures, its target
    # would be cut into a shorter actual value and a 得分 ('1000万元' + '100' + '0')
    for style in ("echoed", "measured", "worded"):
        match = _glued_row(tuple(order), style).match(bare, position)
        if match is None:
            continue
        cells = [match.group(role) for role in order]
        if style == "echoed" and not _same_unit(match.group("echo"), match.group("actual")):
            continue  # ('覆盖1%' + '1%' + '10' + '0' for '覆盖' + '1%' + '1%' + '100')
        if _is_name(match.group("name")) and fits(order, cells):
            return [match.group("name"), *cells], match.end()
    return None


def _same_unit(value: str, actual: str | None) -> bool:
    unit = re.search(r"(?:%|[^\W\d_]+)$", value)
    return actual is None or (unit is not None and actual.endswith(unit.group()))


def _next_label(bare: str, start: int) -> int:
    found = [i for w in _labels() if (i := bare.find(w, start)) >= 0]
    return min(found, default=len(bare))
