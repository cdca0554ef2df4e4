"""A prose report's completions restated by name, sections after its targets.

A 自评报告 may state its targets in sentences (``绩效目标:老年人日间照料中心资金完成173万元``)
and, under the heading of what was done (``(一)项目完成情况``), restate each by its name
with the figure reached: ``1.老年人日间照料中心资金完成61.99万元。群众满意度达90%以上。``
A restated item names a target read earlier that has no actual yet — by the whole name,
or by its tail when the target's name opens with the project's subject
(``老年人日间照料中心群众满意度`` restated as ``群众满意度``) — and its figure is that
target's actual. Items naming no such target are not read: a completion section's other
figures (``申报预算资金173万元``) are no indicators.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.model.plan import Indicator

COMPLETION_HEADING = "完成情况"  # '(一)项目完成情况': the section of what was done
_TAIL_MIN = 4  # a tail shorter than this names too little to pick one target
_HEADING_END = ".。:："


def opens_completion(text: str) -> bool:
    """Whether a paragraph ends with the heading of a report's completion section."""
    return text.rstrip(_HEADING_END).endswith(COMPLETION_HEADING)


def _target(name: str, targets: list[Indicator]) -> Indicator | None:
    open_targets = [t for t in targets if t.actual is None and t.value]
    exact = [t for t in open_targets if t.level3 == name]
    if exact:
        return exact[0]
    if len(name) < _TAIL_MIN:
        return None
    tails = [t for t in open_targets if t.level3.endswith(name)]
    return tails[0] if len(tails) == 1 else None


def read_restated(
    items: list[str], targets: list[Indicator], parse: Callable[[str], Indicator | None]
) -> None:
    """Give each target an item restates its actual (``parse`` reads an item's name and
    figure)."""
    for item in items:
        read = parse(item)
        if read is None:
            continue
        target = _target(read.level3, targets)
        if target is not None:
            target.actual = read.value
