"""What a pack registers for the review (hook ``rule_sets``): rule families and their rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jixiao.review.rule import AnyRule


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rule families (id → Chinese name) and rules, in the order the review runs them.

    A rule's family must be one of the families registered by this or an earlier pack."""

    families: Mapping[str, str]
    rules: tuple[AnyRule, ...]
