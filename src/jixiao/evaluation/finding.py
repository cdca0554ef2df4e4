"""Typed findings of monitoring (预警) and self-evaluation (自评提示).

Each finding comes from a :class:`Check` of a small catalogue (``monitoring.checks``,
``evaluation.checks``): a stable id, a severity, a title, an explanation of why it
matters and a suggestion, as the review rules carry. A finding adds the place and a
message quoting the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from jixiao.review.finding import Severity


@dataclass(frozen=True, slots=True)
class Check:
    """One entry of a finding catalogue."""

    id: str
    severity: Severity
    title: str
    explanation: str
    suggestion: str

    def found(
        self,
        message: str,
        *,
        project: str | None = None,
        indicator: str | None = None,
        indicator_index: int | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this check; ``severity`` overrides the usual one."""
        return Finding(
            check=self.id,
            severity=severity or self.severity,
            title=self.title,
            message=message,
            suggestion=self.suggestion,
            project=project,
            indicator=indicator,
            indicator_index=indicator_index,
        )


class Finding(BaseModel):
    """一条提示: what a check found, where, and what to do."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    check: str = Field(description="检查编号, e.g. 'E101'")
    severity: Severity
    title: str
    message: str = Field(description="说明，引用数字")
    suggestion: str = Field(description="建议")
    project: str | None = Field(default=None, description="项目名称")
    indicator: str | None = Field(default=None, description="三级指标名称")
    indicator_index: int | None = Field(default=None, description="指标序号 (1起)")

    def describe(self) -> str:
        where = "".join(
            part
            for part in (
                f"{self.project} " if self.project else "",
                f"指标{self.indicator_index}“{self.indicator}” " if self.indicator else "",
            )
        )
        return f"[{self.check} {self.severity.label}] {where}{self.message}"


def index_checks(checks: tuple[Check, ...]) -> dict[str, Check]:
    """Checks by id; ids must be unique."""
    by_id: dict[str, Check] = {}
    for check in checks:
        if check.id in by_id:
            raise ValueError(f"检查编号重复：{check.id}")
        by_id[check.id] = check
    return by_id
