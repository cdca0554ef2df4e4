"""审核发现 (Finding): one problem the automated review found, where, why and how to fix it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.source import SourceRef

_Model = TypeVar("_Model", bound=BaseModel)
_FIELDS: dict[type[BaseModel], set[str]] = {}  # shared: the models built this way are frozen


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of pydantic model ``cls`` from complete, already typed ``values``.

    No validation and no copying: for objects the review builds by the thousand from
    values it typed itself. Every field must be present.
    """
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = set(cls.model_fields)
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", fields)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


class Severity(StrEnum):
    """严重程度: 错误 must be fixed, 警告 should be, 提示 is advice."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


class Criterion(StrEnum):
    """审核要点: the official criteria (完整性/相关性/适当性/可行性) and 规范性 for form."""

    COMPLETENESS = "完整性"
    RELEVANCE = "相关性"
    APPROPRIATENESS = "适当性"
    FEASIBILITY = "可行性"
    CONFORMITY = "规范性"


class Finding(BaseModel):
    """一条审核发现.

    ``project_index`` and ``indicator_index`` are 1-based, as the document numbers its
    project tables (“3.…绩效目标表”) and as a reader counts the rows of a grid.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str = Field(description="规则编号, e.g. 'N102'")
    title: str = Field(description="规则名称")
    severity: Severity
    criterion: Criterion
    source: str = Field(description="输入文件名")
    project: str | None = Field(default=None, description="项目名称")
    project_index: int | None = Field(default=None, description="项目序号 (1起)")
    indicator: str | None = Field(default=None, description="三级指标名称")
    indicator_index: int | None = Field(default=None, description="指标在项目内的序号 (1起)")
    field: str | None = Field(default=None, description="字段, e.g. value, level2, spend_plan")
    message: str = Field(description="问题说明，引用原文")
    suggestion: str = Field(description="修改建议")
    confidence: float = Field(ge=0.0, le=1.0, description="把握程度 0–1")
    location: SourceRef | None = Field(default=None, description="原文位置")

    @classmethod
    def trusted(cls, values: dict[str, Any]) -> Finding:
        """A finding from values the engine has already typed, without validation.

        The engine builds one finding per hit on the hot path; validation would cost more
        than all the rules together. ``values`` must hold every field with its proper type
        (the tests compare such findings with validated ones).
        """
        return trusted(cls, values)

    def describe(self) -> str:
        """One line for a terminal: ``[N102 警告] 项目3 指标2: …``."""
        where = []
        if self.project_index is not None:
            where.append(f"项目{self.project_index}")
        if self.indicator_index is not None:
            where.append(f"指标{self.indicator_index}")
        prefix = f"[{self.rule} {self.severity.label}]"
        place = " ".join(where)
        return f"{prefix} {place}: {self.message}" if place else f"{prefix} {self.message}"


class Verdict(NamedTuple):
    """A finding without its place: what a rule said about an indicator's content.

    Identical indicators (same levels, name, description and value) get the same verdicts,
    so the engine computes them once and places them wherever the indicator occurs.
    """

    rule: str
    title: str
    severity: Severity
    criterion: Criterion
    field: str | None
    message: str
    suggestion: str
    confidence: float
