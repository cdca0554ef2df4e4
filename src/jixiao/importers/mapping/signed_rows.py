"""Indicator rows with no header above them, read by their 指标性质 / 指标值 / 度量单位 cells.

A page that starts in the middle of a table (a stored fragment, the second page of
a PDF) has rows but no header. The 一体化 templates that split the target into
指标性质 | 指标值 | 度量单位 columns give such rows a shape no other row has::

    成本指标 | 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5
    可持续影响指标 | 机制健全性 | 定性 | 优良中低差 | 优 | 10

leading 一级 / 二级 labels, a name, a sign (or 定性 / 定量) followed by the number and
its unit — or by the word of a qualitative target. What comes after the target is
read only where every template puts it: a self-evaluation's 实际完成值 right after
the target, then the 分值 and the 得分 (plain numbers, the 得分 not above the
分值). A single cell after the target could be a plan's 分值 as well as an actual
value, so it is left unread.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.importers.blocks import Paragraph, Row
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.shaped_rows import compact, is_header_word
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.importers.text_spaces import spaced_words

# The columns of the rows this module rebuilds, in order.
ROLES: list[str | None] = ["level1", "level2", "level3", "value", "actual", "weight", "score"]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_POINTS = re.compile(r"(?:100|[1-9]?\d)(?:\.\d+)?")
_NATURES = ("定性", "定量")  # 指标性质 written as the kind of target instead of a sign


def headerless_rows(block: Row | Paragraph) -> list[list[str]]:
    """The signed rows a row is (one) or a glued line holds, in :data:`ROLES` order."""
    if isinstance(block, Paragraph):
        return glued_signed_rows(spaced_words(block.raw))
    texts = [c.text for c in block.cells]
    row = signed_row(texts) or restated_row(texts)
    return [row] if row is not None else []


def header() -> GridHeader:
    """The header of a grid of such rows."""
    return GridHeader(roles=list(ROLES), cols=list(range(len(ROLES))), texts=[""] * len(ROLES))


def _is_unit(text: str) -> bool:
    bare = normalise(text)
    return 0 < len(bare) <= 4 and not any(ch.isdigit() for ch in bare) and not _sign(bare)


def _sign(text: str) -> str | None:
    """The symbol of a 指标性质 cell, '' for 定性 / 定量, None when it is no such cell."""
    bare = normalise(text)
    if bare in _NATURES:
        return ""
    return vocabulary().sign(bare)


def _is_name(text: str) -> bool:
    bare = normalise(text)
    words = vocabulary()
    return (
        len(bare) >= 2
        and re.search(r"[^\W\d_]", bare) is not None
        and level_kind(bare) is None
        and not is_header_word(bare)  # (a name may contain one: '结余率(计算方法为…)')
        and words.field_of(bare) is None
        and _sign(bare) is None
    )


def signed_row(texts: list[str]) -> list[str] | None:
    """The row's cells in :data:`ROLES` order ('' where it has none), or None when the
    row has not the shape of a signed target."""
    cells = [t for t in texts if normalise(t)]
    if not any(_sign(t) is not None for t in cells[1:]):
        return None  # (most rows: no 指标性质 cell)
    labels: dict[str, str] = {}
    index = 0
    while index < len(cells) and index < 2:
        following = cells[index + 1] if index + 1 < len(cells) else ""
        kind = level_kind(normalise(cells[index]), normalise(following))
        if kind is None or kind in labels:
            break
        labels[kind] = cells[index]
        index += 1
    if index + 2 >= len(cells) or not _is_name(cells[index]):
        return None
    name, sign = cells[index], _sign(cells[index + 1])
    if sign is None:
        return None
    target = normalise(cells[index + 2])
    rest = cells[index + 3 :]
    if _NUMBER.fullmatch(target.replace(",", "")):
        unit = rest[0] if rest and _is_unit(rest[0]) else ""
        rest = rest[1:] if unit else rest
        value = sign + target + normalise(unit)
    elif sign == "" and not _NUMBER.match(target):
        value = target  # 定性 | 优良中低差
    else:
        return None
    return [labels.get("level1", ""), labels.get("level2", ""), name, value, *_after(rest)]


_RESTATED_WIDTH = 5  # 一级 | 二级 | 三级 | 目标 | 实际


def restated_row(texts: list[str]) -> list[str] | None:
    """A self-evaluation row that restates both its labels, then its name, target and
    actual value (``项目完成指标 | 质量指标 | 改善养老服务基础条件 | 改善条件 | 明显改善``):
    five filled cells, the second a 二级 label, the first a 一级 one (or a label the
    template names ``…指标``), the last no bare number (a plan's 分值) and the target no
    description (``反映…``). None for any other row."""
    cells = [t.lstrip("|").strip() for t in texts if normalise(t.lstrip("|"))]
    if len(cells) != _RESTATED_WIDTH or level_kind(normalise(cells[1])) != "level2":
        return None
    first, second = normalise(cells[0]), normalise(cells[1])
    known = level_kind(first, second) == "level1"
    if not known and not (first.endswith("指标") and len(first) > 4):
        return None
    name, target, actual = cells[2:]
    openers = vocabulary().description_openers
    if not _is_name(name) or _NUMBER.fullmatch(normalise(actual).replace(",", "")):
        return None
    if normalise(target).startswith(openers) or level_kind(normalise(target)):
        return None
    # (a 一级 the vocabulary does not know is left out: the grid reads no unknown label)
    return [cells[0] if known else "", cells[1], name, target, actual, "", ""]


def _after(rest: list[str]) -> list[str]:
    """实际完成值, 分值, 得分 after the target, when their shapes say so."""
    bare = [normalise(t) for t in rest]
    if len(bare) not in (2, 3) or not all(_POINTS.fullmatch(t) for t in bare[1:]):
        return ["", "", ""]
    if len(bare) == 3 and Decimal(bare[2]) > Decimal(bare[1]):
        return ["", "", ""]
    return [*bare, ""][:3]


# A target glued to its name, opening with an explicit sign: '足额保障率=100%'.
_GLUED_TARGET = re.compile(r"(?P<name>.+?)(?P<value>[=≥≤<>]\d+(?:\.\d+)?(?:%|[^\W\d_]{0,4}))")
_GLUED_SIGN = re.compile(r"[=≥≤<>]\d")
MIN_GLUED_ROWS = 2  # fewer signed targets on a line is no table


def glued_signed_rows(words: list[str]) -> list[list[str]]:
    """Rows (in :data:`ROLES` order) out of a line's space-separated words, each word
    an indicator glued to its signed target ('产出指标数量指标足额保障率=100%'), the
    line opening with a 一级 / 二级 label; none when the line is not such a table.

    The sign is where the name ends; without one the cut would be a guess. The
    number after each target (a 分值 or an actual value) is left unread.
    """
    if not any(_GLUED_SIGN.search(word) for word in words):
        return []  # (most lines: no signed target at all)
    rows: list[list[str]] = []
    for word in words:
        labels, rest = _leading_labels(normalise(word))
        written = compact(word)  # the name as written (the labels are read simplified)
        match = _GLUED_TARGET.fullmatch(written[len(written) - len(rest) :])
        if match is None or not _is_name(match.group("name")):
            continue
        if not rows and not labels:
            return []  # a grid's row opens with its labels
        level1, level2 = labels.get("level1", ""), labels.get("level2", "")
        rows.append([level1, level2, match.group("name"), match.group("value"), "", "", ""])
    return rows if len(rows) >= MIN_GLUED_ROWS else []


@cache
def _known_labels() -> list[str]:
    words = vocabulary()
    return sorted({*words.level1, *words.level2}, key=len, reverse=True)


def _leading_labels(bare: str) -> tuple[dict[str, str], str]:
    """The 一级 / 二级 labels a glued word opens with, and the rest of it."""
    found: dict[str, str] = {}
    known = _known_labels()
    for _ in range(2):
        label = next((w for w in known if bare.startswith(w) and len(bare) > len(w)), None)
        if label is None:
            break
        after = bare[len(label) :]
        following = next((w for w in known if after.startswith(w)), "")
        kind = level_kind(label, following)
        if kind is None or kind in found:
            break
        found[kind] = label
        bare = after
    return found, bare
