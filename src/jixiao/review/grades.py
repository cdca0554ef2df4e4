"""The grades of a review (优/良/中/差 per project and per document) as pydantic models.

Apart from :mod:`jixiao.review.grading`, which computes them: a module that defines pydantic
models stays interpreted in the compiled build, and the grading is on the cold review's path.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from jixiao.checks import Severity


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
