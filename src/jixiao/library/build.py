"""Build the 指标库 (indicator library) from real 部门预算绩效文本."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.grammar import ValueKind, normalise, parse_value
from jixiao.grammar.numerals import format_number
from jixiao.library.keys import IndicatorKey, indicator_key
from jixiao.library.models import (
    IndicatorLibrary,
    LibraryEntry,
    QuantitativeSummary,
    ValueCount,
)
from jixiao.model import DepartmentPlan, Indicator

MAX_DESCRIPTIONS = 3


@dataclass
class _Tally:
    """Everything seen of one indicator while reading the plans."""

    level1: Counter[str] = field(default_factory=Counter)
    level2: Counter[str] = field(default_factory=Counter)
    level3: Counter[str] = field(default_factory=Counter)
    departments: set[str] = field(default_factory=set)
    values: list[str] = field(default_factory=list)
    descriptions: Counter[str] = field(default_factory=Counter)
    projects: list[str] = field(default_factory=list)

    def add(self, indicator: Indicator, department: str, project: str) -> None:
        self.level1[indicator.level1.strip()] += 1
        self.level2[indicator.level2.strip()] += 1
        self.level3[indicator.level3.strip()] += 1
        self.departments.add(department)
        self.values.append(indicator.value)
        description = indicator.description.strip()
        if description:
            self.descriptions[description] += 1
        self.projects.append(project)


def _top(counter: Counter[str]) -> str:
    # most_common keeps first-seen order among ties: deterministic for a given input.
    return counter.most_common(1)[0][0]


def _value_counts(values: list[str]) -> list[ValueCount]:
    """Values grouped by their canonical form (≥90% and ≥90百分比 are one value), each shown
    in its most common spelling; empty values are left out."""
    spellings: dict[str, Counter[str]] = {}
    measurable: dict[str, bool] = {}
    for raw in values:
        parsed = parse_value(raw)
        if parsed.kind is ValueKind.EMPTY:
            continue
        written = normalise(raw)[0].strip()
        group = parsed.canonical or written
        spellings.setdefault(group, Counter())[written] += 1
        measurable[group] = parsed.is_measurable
    counts = [
        ValueCount(text=_top(c), count=c.total(), measurable=measurable[g])
        for g, c in spellings.items()
    ]
    counts.sort(key=lambda v: -v.count)  # stable: ties stay in first-seen order
    return counts


def _quantitative(values: list[str]) -> QuantitativeSummary | None:
    """The common direction and unit of the quantitative values and their median number."""
    groups: dict[tuple[str | None, str | None], list[Decimal]] = {}
    for raw in values:
        parsed = parse_value(raw)
        if parsed.kind is not ValueKind.QUANTITATIVE or parsed.number is None:
            continue
        direction = parsed.direction.value if parsed.direction else None
        groups.setdefault((direction, parsed.unit), []).append(parsed.number)
    if not groups:
        return None
    (direction, unit), numbers = max(groups.items(), key=lambda item: len(item[1]))
    median = Decimal(statistics.median(numbers))
    return QuantitativeSummary(
        direction=direction,
        unit=unit,
        median=median,
        count=len(numbers),
        text=f"{direction or ''}{format_number(median)}{unit or ''}",
    )


def _descriptions(tally: _Tally, level3: str) -> list[str]:
    # A description that merely repeats the name teaches nothing: list the others first.
    ranked = sorted(tally.descriptions.items(), key=lambda item: (item[0] == level3, -item[1]))
    return [text for text, _ in ranked[:MAX_DESCRIPTIONS]]


def _entry(key: IndicatorKey, tally: _Tally) -> LibraryEntry:
    level3 = _top(tally.level3)
    return LibraryEntry(
        key="|".join(key),
        level1=_top(tally.level1),
        level2=_top(tally.level2),
        level3=level3,
        count=len(tally.projects),
        departments=len(tally.departments),
        values=_value_counts(tally.values),
        quantitative=_quantitative(tally.values),
        descriptions=_descriptions(tally, level3),
        projects=tally.projects,
    )


def build_library(plans: Iterable[DepartmentPlan]) -> IndicatorLibrary:
    """建立指标库: one entry per distinct indicator of ``plans``, most used first."""
    tallies: dict[IndicatorKey, _Tally] = {}
    plan_count = project_count = 0
    for plan in plans:
        plan_count += 1
        department = plan.department or plan.source_file
        for project in plan.projects:
            project_count += 1
            for indicator in project.indicators:
                key = indicator_key(indicator)
                if not key[2]:
                    continue  # a row without a name cannot be suggested
                tally = tallies.get(key)
                if tally is None:
                    tally = tallies[key] = _Tally()
                tally.add(indicator, department, project.name)
    entries = [_entry(key, tally) for key, tally in tallies.items()]
    entries.sort(key=lambda e: (-e.count, -e.departments))  # stable: first seen among ties
    return IndicatorLibrary(plan_count=plan_count, project_count=project_count, entries=entries)
