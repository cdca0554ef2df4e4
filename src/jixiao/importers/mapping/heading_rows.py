"""Heading rows over a breakdown: a scored row with no target that heads rows with targets.

An Anhui self-evaluation may group its indicators under a scored heading::

    数量指标 | ★补助各类粮食作物种植面积 | 10 |       |       | 10
             | 红薯种植面积               |    | 5.5亩 | 5.5亩 |

The heading carries the 分值 and 得分 but no 指标值 or 实际值; the rows under it carry
the values and no points. Such a heading is no indicator (it has nothing to measure
against): it is dropped, with a warning. A row is a heading when the rows right after
it, under the same labels, all have a target and no points. A last scored row without
a target, in a grid whose every other such row (two at least) was a heading, is a
heading whose breakdown the document no longer holds (a page or fragment cut there).
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef

Warn = Callable[[str, str, SourceRef | None], None]
HEADINGS_FOR_TRAILING = 2  # headings a grid must show before its cut last row is one too


def _points_only(indicator: Indicator) -> bool:
    return not indicator.value and not indicator.actual and indicator.weight is not None


def _breakdown_row(indicator: Indicator, heading: Indicator) -> bool:
    return (
        bool(indicator.value)
        and indicator.weight is None
        and indicator.score is None
        and (indicator.level1, indicator.level2) == (heading.level1, heading.level2)
    )


def heading_indexes(indicators: list[Indicator]) -> list[int]:
    """Positions of the heading rows among ``indicators`` (see the module's note)."""
    headings: list[int] = []
    others: list[int] = []
    for index, indicator in enumerate(indicators):
        if not _points_only(indicator):
            continue
        following = indicators[index + 1 : index + 2]
        if following and _breakdown_row(following[0], indicator):
            headings.append(index)
        else:
            others.append(index)
    last = len(indicators) - 1
    if others == [last] and len(headings) >= HEADINGS_FOR_TRAILING:
        headings.append(last)
    return headings


def drop_heading_rows(indicators: list[Indicator], warn: Warn) -> list[Indicator]:
    """``indicators`` without their heading rows, each dropped with a warning."""
    dropped = set(heading_indexes(indicators))
    if not dropped:
        return indicators
    for index in sorted(dropped):
        heading = indicators[index]
        warn(
            "heading-row",
            f"“{heading.level3}”只有分值、得分，是其下各明细指标的标题行，未作为指标导入",
            heading.sources.get("level3"),
        )
    return [indicator for index, indicator in enumerate(indicators) if index not in dropped]
