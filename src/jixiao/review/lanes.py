"""规则分道 (lanes): the indicator rules that apply to a value kind, second level and
cost-ness, and the content rules among them to call for a set of facts.

A lane is computed once per (kind, level2, is_cost). Its content rules are chosen per set of
facts (:mod:`jixiao.review.triggers`), but only the facts some content rule of the lane
needs split that table: a fact no rule of the lane reads makes no new entry, so a process
reviewing its first documents builds few.
"""

from __future__ import annotations

from typing import NamedTuple

from jixiao.grammar import ValueKind
from jixiao.review.rule import IndicatorRule

LaneKey = tuple[ValueKind, str, bool]


class Lane(NamedTuple):
    content: tuple[IndicatorRule, ...]  # the rules that read the indicator alone
    contextual: tuple[IndicatorRule, ...]  # … and those that also read the project
    relevant: int  # the facts (bits) any content rule of the lane needs
    triggered: dict[int, tuple[IndicatorRule, ...]]  # facts & relevant → the rules to call
    needed: int  # the facts (bits) any contextual rule of the lane needs
    # facts & needed → the contextual rules whose needs hold, and whether any has a gate
    gated: dict[int, tuple[tuple[IndicatorRule, ...], bool]]


class Lanes:
    """The lanes of a set of indicator rules, built on first use."""

    __slots__ = ("masks", "rules", "table")

    def __init__(self, rules: tuple[IndicatorRule, ...], masks: dict[str, int]) -> None:
        self.rules = rules
        self.masks = masks  # each rule's needs as the bits of triggers.FACTS
        self.table: dict[LaneKey, Lane] = {}

    def lane(self, key: LaneKey) -> Lane:
        found = self.table.get(key)
        if found is None:
            kind, level2, is_cost = key
            applying = [r for r in self.rules if r.applies(kind, level2, is_cost)]
            content = tuple(r for r in applying if not r.uses_project)
            relevant = 0
            for rule in content:
                relevant |= self.masks[rule.id]
            contextual = tuple(r for r in applying if r.uses_project)
            needed = 0
            for rule in contextual:
                needed |= self.masks[rule.id]
            found = self.table[key] = Lane(content, contextual, relevant, {}, needed, {})
        return found

    def contextual(self, lane: Lane, facts: int) -> tuple[tuple[IndicatorRule, ...], bool]:
        """The contextual rules of ``lane`` whose needs are all among ``facts`` (a need of
        such a rule is necessary, as a content rule's), and whether any of them has a gate."""
        facts &= lane.needed
        found = lane.gated.get(facts)
        if found is None:
            masks, missing = self.masks, ~facts
            rules = tuple([r for r in lane.contextual if not masks[r.id] & missing])
            found = lane.gated[facts] = (rules, any(r.gate is not None for r in rules))
        return found

    def triggered(self, lane: Lane, facts: int) -> tuple[IndicatorRule, ...]:
        """The content rules of ``lane`` whose needs are all among ``facts`` (any facts:
        masked here by the lane's relevant ones)."""
        facts &= lane.relevant
        rules = lane.triggered.get(facts)
        if rules is None:
            masks = self.masks
            missing = ~facts
            rules = tuple([r for r in lane.content if not masks[r.id] & missing])
            lane.triggered[facts] = rules
        return rules
