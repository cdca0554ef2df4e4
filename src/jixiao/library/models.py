"""指标库 (indicator library) data: entries built from real plans, and suggestions.

All models are pydantic and JSON-serialisable, so a web layer can cache a built library.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from jixiao.library.similarity import NameIndex
from jixiao.model.money import Amount


class ValueCount(BaseModel):
    """A 指标值 as written and how many rows used it (spellings of one canonical value merged)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The most common spelling, e.g. ≥90%")
    count: int
    measurable: bool = Field(description="可衡量: a number with a unit, or a graded value")


class QuantitativeSummary(BaseModel):
    """定量指标值概况: the common direction and unit and the median of their numbers."""

    model_config = ConfigDict(extra="forbid")

    direction: str | None = Field(description="Most common direction (≥ ≤ = > <), None if bare")
    unit: str | None = Field(description="Most common canonical unit, e.g. %, 万元, 平方米")
    median: Amount = Field(description="Median number among values with that direction+unit")
    count: int = Field(description="How many values had that direction and unit")
    text: str = Field(description="The summary rendered as a value, e.g. ≥90%")


class LibraryEntry(BaseModel):
    """指标库条目: one distinct indicator (by normalised 一级/二级/三级) and how it was used."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="一级|二级|三级, normalised (“产出|数量|物业服务面积”)")
    level1: str = Field(description="一级指标, most common spelling")
    level2: str = Field(description="二级指标, most common spelling")
    level3: str = Field(description="三级指标, most common spelling")
    count: int = Field(description="Rows using this indicator (出现次数)")
    departments: int = Field(description="Distinct departments using it (部门数)")
    values: list[ValueCount] = Field(description="指标值 found, most common first")
    quantitative: QuantitativeSummary | None = None
    descriptions: list[str] = Field(description="Example 绩效指标描述, most common first")
    projects: list[str] = Field(
        description="Names of the projects it appeared in, once per occurrence (for ranking)"
    )

    @property
    def measurable(self) -> bool:
        """Whether any value found is measurable (可衡量)."""
        return any(value.measurable for value in self.values)

    @property
    def typical_value(self) -> str:
        """典型指标值: the most common measurable value, else the most common value."""
        for value in self.values:
            if value.measurable:
                return value.text
        return self.values[0].text if self.values else ""


class IndicatorLibrary(BaseModel):
    """指标库: every distinct indicator of a collection of 部门预算绩效文本."""

    model_config = ConfigDict(extra="forbid")

    plan_count: int = Field(description="Plans the library was built from")
    project_count: int = Field(description="Projects the library was built from")
    entries: list[LibraryEntry] = Field(description="Most used first")
    _index: NameIndex | None = PrivateAttr(default=None)

    @property
    def name_index(self) -> NameIndex:
        """The project-name index used to rank suggestions; built once, on first use."""
        if self._index is None:
            self._index = NameIndex(name for e in self.entries for name in e.projects)
        return self._index


class Suggestion(BaseModel):
    """推荐指标: an indicator proposed for a project, with its typical value and why."""

    model_config = ConfigDict(extra="forbid")

    level1: str
    level2: str
    level3: str
    typical_value: str = Field(description="典型指标值, e.g. ≥90%")
    other_values: list[str] = Field(description="Other values found, most common first")
    description: str = Field(description="An example 绩效指标描述")
    count: int = Field(description="How many rows in the library use it")
    score: float = Field(description="Ranking score: similarity of projects, then frequency")
    reason: str = Field(description="Why it is suggested, in Chinese")
