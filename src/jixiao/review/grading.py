"""评分与等级 (grades): 优/良/中/差 per project and per document, derived from findings.

Formula (weights, cap and bands live in the profile's ``grading``):

* a finding costs ``weight[severity] × confidence`` points (default 错误10, 警告4, 提示1);
* per project, the points of one rule are capped at ``cap_per_rule`` (default 20), so a
  fault repeated on every row weighs like a serious fault, not like ten;
* project score = ``start`` (100) − the capped points of the findings on that project,
  including its indicators and plan-level findings that point at it; never below 0;
* document score = mean of the project scores − the capped points of the findings on the
  document as a whole (department part, disclosure tables); never below 0;
* grade bands: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (中 and 差 go back to the unit).
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel, ConfigDict, Field

from jixiao.review.finding import Finding, Severity
from jixiao.review.profile import Grading


class Grade(BaseModel):
    """A score and its grade for a project or the whole document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    project_index: int | None = Field(default=None, description="None for the document")
    project: str | None = None
    score: float
    grade: str = Field(description="优/良/中/差")
    deductions: dict[str, float] = Field(
        default_factory=dict, description="扣分 per rule id, after the cap"
    )
    counts: dict[Severity, int] = Field(default_factory=dict, description="发现数 by severity")


class Grades(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    document: Grade
    projects: list[Grade] = Field(default_factory=list)


def band(score: float, grading: Grading) -> str:
    for entry in sorted(grading.bands, key=lambda b: b.min_score, reverse=True):
        if score >= entry.min_score:
            return entry.grade
    return grading.bands[-1].grade


def _deductions(findings: list[Finding], grading: Grading) -> dict[str, float]:
    points: dict[str, float] = defaultdict(float)
    for finding in findings:
        points[finding.rule] += grading.weights.get(finding.severity, 0.0) * finding.confidence
    return {rule: round(min(p, grading.cap_per_rule), 2) for rule, p in sorted(points.items())}


def _counts(findings: list[Finding]) -> dict[Severity, int]:
    counts = {s: 0 for s in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def grade(findings: list[Finding], projects: list[str], grading: Grading) -> Grades:
    """Grades for a document whose projects are named ``projects`` (in order)."""
    by_project: dict[int | None, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_project[finding.project_index].append(finding)
    project_grades = []
    for index, name in enumerate(projects, start=1):
        own = by_project.get(index, [])
        cut = _deductions(own, grading)
        score = round(max(0.0, grading.start - sum(cut.values())), 1)
        project_grades.append(
            Grade(
                project_index=index,
                project=name,
                score=score,
                grade=band(score, grading),
                deductions=cut,
                counts=_counts(own),
            )
        )
    general = by_project.get(None, [])
    cut = _deductions(general, grading)
    base = (
        sum(g.score for g in project_grades) / len(project_grades)
        if project_grades
        else grading.start
    )
    score = round(max(0.0, base - sum(cut.values())), 1)
    document = Grade(
        score=score,
        grade=band(score, grading),
        deductions=cut,
        counts=_counts(findings),
    )
    return Grades(document=document, projects=project_grades)
