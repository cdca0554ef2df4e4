"""审核结果 (ReviewResult): what a review of one document returns (see :mod:`.engine`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from jixiao.checks import Finding
from jixiao.packs import PackVersion
from jixiao.review.grades import Grades


class ReviewResult(BaseModel):
    """审核结果: the findings and the grades of one document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(description="输入文件名")
    department: str | None = None
    year: int | None = None
    profile: str = Field(description="审核方案 id")
    framework: str = Field(description="指标体系版本, e.g. 88号")
    projects: int
    indicators: int
    findings: list[Finding]
    grades: Grades
    kind: str | None = Field(default=None, description="文档类别 the import saw")
    skipped_rules: list[str] = Field(
        default_factory=list, description="Rules not applied: the template has no such part"
    )
    family: str | None = Field(
        default=None, description="模板族 (profiles/review-families.json) the review chose"
    )
    produced_by: list[PackVersion] = Field(
        default_factory=list, description="扩展包及版本：审核时在用的规则与数据"
    )

    def by_rule(self) -> dict[str, int]:
        """Finding counts per rule id."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.rule] = counts.get(finding.rule, 0) + 1
        return dict(sorted(counts.items()))
