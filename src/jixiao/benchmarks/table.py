"""The benchmark table (基准表): categories of recurring cost and their reference ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import cast

from jixiao import packs
from jixiao.textnorm.wordsearch import alternation


@dataclass(frozen=True, slots=True)
class Category:
    """A kind of cost measured per unit: 物业费 per ㎡ and year, wages per person and year."""

    id: str
    label: str
    project_words: re.Pattern[str]  # (of ``words``)
    exclude_words: re.Pattern[str]
    quantity_units: frozenset[str]
    unit: str
    low: Decimal
    high: Decimal
    source: str
    words: tuple[str, ...] = ()  # the project words, as listed

    def matches(self, text: str) -> bool:
        """Whether a project (name and purpose) is of this category."""
        return bool(self.project_words.search(text)) and not self.exclude_words.search(text)


@dataclass(frozen=True, slots=True)
class BenchmarkTable:
    categories: tuple[Category, ...]
    note: str
    # every category's project words in one pattern: a text none of them is in (most
    # projects) falls in no category, told by one search instead of one per category
    any_words: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        words = [w for c in self.categories for w in c.words]
        object.__setattr__(self, "any_words", alternation(words))

    def category(self, text: str) -> Category | None:
        """The first category a project's name (and purpose) falls in."""
        if self.any_words.search(text) is None:
            return None
        for category in self.categories:
            if category.matches(text):
                return category
        return None

    def by_id(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)


def _strings(raw: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], raw.get(key, []))]


@cache
def load_benchmarks(name: str = "benchmarks-unit-costs.json") -> BenchmarkTable:
    """The benchmark data file ``<name>``, merged over the installed packs."""
    data: dict[str, object] = packs.merged_data(name)
    categories = tuple(
        Category(
            id=str(raw["id"]),
            label=str(raw["label"]),
            project_words=alternation(_strings(raw, "project_words")),
            exclude_words=alternation(_strings(raw, "exclude_words")),
            quantity_units=frozenset(_strings(raw, "quantity_units")),
            unit=str(raw["unit"]),
            low=Decimal(str(raw["low"])),
            high=Decimal(str(raw["high"])),
            source=str(raw["source"]),
            words=tuple(_strings(raw, "project_words")),
        )
        for raw in cast(list[dict[str, object]], data["categories"])
    )
    return BenchmarkTable(categories, str(data.get("note", "")))
