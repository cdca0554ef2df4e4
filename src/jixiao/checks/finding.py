"""发现 (Finding): one problem a check found — in the review, a monitoring round, a
self-evaluation or an import — where, why and how to fix it.

One type for all of them, so that pages, outputs, 整改 and the API treat every finding
alike. ``rule`` is the id in its catalogue (N102 review, P101 monitoring, E101
self-evaluation, import codes such as ``spend-plan-misaligned``); ``pack`` names the pack
that produced it, so that a result can be traced a year later.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, WrapSerializer

from jixiao.checks.severity import Criterion, Severity
from jixiao.model.source import SourceRef
from jixiao.model.trusted import trusted


class Finding(BaseModel):
    """一条发现.

    ``project_index`` and ``indicator_index`` are 1-based, as the document numbers its
    project tables (“3.…绩效目标表”) and as a reader counts the rows of a grid. Monitoring
    and self-evaluation name the project instead of numbering it and have no 审核要点.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str = Field(description="规则/检查编号, e.g. 'N102', 'P101', 'E101'")
    title: str = Field(description="规则名称")
    severity: Severity
    criterion: Criterion | None = Field(default=None, description="审核要点 (审核规则才有)")
    source: str = Field(default="", description="输入文件名")
    project: str | None = Field(default=None, description="项目名称")
    project_index: int | None = Field(default=None, description="项目序号 (1起)")
    indicator: str | None = Field(default=None, description="三级指标名称")
    indicator_index: int | None = Field(default=None, description="指标在项目内的序号 (1起)")
    field: str | None = Field(default=None, description="字段, e.g. value, level2, spend_plan")
    message: str = Field(description="问题说明，引用原文或数字")
    suggestion: str = Field(description="修改建议")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0, description="把握程度 0–1")
    location: SourceRef | None = Field(default=None, description="原文位置")
    pack: str | None = Field(default=None, description="产生本条发现的规则包（名称@版本）")

    @classmethod
    def trusted(cls, values: dict[str, Any]) -> Finding:
        """A finding from values the engine has already typed, without validation.

        The engine builds one finding per hit on the hot path; validation would cost more
        than all the rules together. ``values`` must hold every field with its proper type
        (the tests compare such findings with validated ones).
        """
        return trusted(cls, values)

    @property
    def check(self) -> str:
        """The id under the name monitoring and self-evaluation publish it (``check``)."""
        return self.rule

    def describe(self) -> str:
        """One line for a terminal.

        A finding in a document is placed by number (``[N102 警告] 项目3 指标2: …``); one
        of monitoring or self-evaluation by name (``[E101 警告] 项目名 指标2“名称” …``).
        """
        prefix = f"[{self.rule} {self.severity.label}]"
        if self.project_index is not None or self.project is None:
            where = []
            if self.project_index is not None:
                where.append(f"项目{self.project_index}")
            if self.indicator_index is not None:
                where.append(f"指标{self.indicator_index}")
            place = " ".join(where)
            return f"{prefix} {place}: {self.message}" if place else f"{prefix} {self.message}"
        named = f"{self.project} "
        if self.indicator:
            named += f"指标{self.indicator_index}“{self.indicator}” "
        return f"{prefix} {named}{self.message}"


def _with_check(findings: list[Finding], handler: SerializerFunctionWrapHandler) -> Any:
    records = handler(findings)
    return [{"check": record["rule"], **record} for record in records]


CheckFindings = Annotated[list[Finding], WrapSerializer(_with_check)]
"""Findings of monitoring and self-evaluation: their records also carry ``check``, the
name these outputs have always given the id (``rule`` is the name the review gives it)."""
