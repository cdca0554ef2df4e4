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

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

# The columns of the rows this module rebuilds, in order.
ROLES: list[str | None] = ["level1", "level2", "level3", "value", "actual", "weight", "score"]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_POINTS = re.compile(r"(?:100|[1-9]?\d)(?:\.\d+)?")
_NATURES = ("定性", "定量")  # 指标性质 written as the kind of target instead of a sign


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
        and words.role_of(bare) is None
        and words.field_of(bare) is None
        and _sign(bare) is None
    )


def signed_row(texts: list[str]) -> list[str] | None:
    """The row's cells in :data:`ROLES` order ('' where it has none), or None when the
    row has not the shape of a signed target."""
    cells = [t for t in texts if normalise(t)]
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


def _after(rest: list[str]) -> list[str]:
    """实际完成值, 分值, 得分 after the target, when their shapes say so."""
    bare = [normalise(t) for t in rest]
    if len(bare) not in (2, 3) or not all(_POINTS.fullmatch(t) for t in bare[1:]):
        return ["", "", ""]
    if len(bare) == 3 and Decimal(bare[2]) > Decimal(bare[1]):
        return ["", "", ""]
    return [*bare, ""][:3]
