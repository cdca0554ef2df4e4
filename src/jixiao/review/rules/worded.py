"""Worded rules: a rule whose whole check is the ``hit`` entry of its table.

Many indicator rules say one fixed sentence once the engine has dispatched them by value
kind (是/否, 模糊, 文字 …), at most narrowed to a second level and to an indicator that
mentions none of its level's lexicon words. Their table entry holds that sentence and
those conditions, and this one check serves them all::

    "hit": {"message": "指标{indicator}的指标值{value}是模糊表述……", "field": "value",
            "example": true, "only_level2": "时效", "unless_level2": ["时效"], "misfit": true,
            "unless_placeholder": true}

Placeholders: ``indicator`` (二级/三级 as the reader finds it), ``name``, ``value``,
``description`` (quoted), ``level2`` (as written). ``example`` fills the suggestion's
``{example}`` with a well-formed target for the indicator. ``unless_placeholder`` leaves
a “本项目不适用此指标” row to M117, which says what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from string import Formatter
from typing import Any

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import is_placeholder_row
from jixiao.review.rule import Hit, IndicatorCheck, hit
from jixiao.review.rules.common import display, misfits, number_example, q

_PLACEHOLDERS: dict[str, Callable[[IndicatorView], str]] = {
    "indicator": lambda v: q(display(v)),
    "name": lambda v: q(v.name),
    "value": lambda v: q(v.raw),
    "description": lambda v: q(v.description, 30),
    "level2": lambda v: v.indicator.level2,
}


def worded_check(spec: Mapping[str, Any]) -> IndicatorCheck:
    """The check a ``hit`` entry describes; its message template is parsed here, once."""
    message: str = spec["message"]
    used = tuple(
        (name, _PLACEHOLDERS[name]) for _, name, _, _ in Formatter().parse(message) if name
    )
    field: str | None = spec.get("field")
    example = bool(spec.get("example"))
    only: str | None = spec.get("only_level2")
    unless = frozenset(spec.get("unless_level2", ()))
    misfit = bool(spec.get("misfit"))
    unless_placeholder = bool(spec.get("unless_placeholder"))
    if misfit and only is None:
        raise ValueError("“misfit” needs the level it reads: “only_level2”")

    def check(v: IndicatorView) -> Hit | None:
        level = v.level2
        if (only is not None and level != only) or level in unless:
            return None
        if misfit and not misfits(v, level):
            return None
        if unless_placeholder and is_placeholder_row(v.name, v.raw):
            return None
        values = {}  # (a loop: a comprehension costs a frame per hit)
        for name, shown in used:
            values[name] = shown(v)
        text = message.format_map(values)
        return hit(text, field=field, params={"example": number_example(v)} if example else None)

    return check
