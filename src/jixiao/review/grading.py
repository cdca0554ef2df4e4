"""评分与等级 (grades): 优/良/中/差 per project and per document, derived from findings.

Formula (weights, cap and bands live in the profile's ``grading``):

* a finding costs ``weight[severity] × confidence`` points (default 错误10, 警告4, 提示1);
* per project, the points of one rule are capped at ``cap_per_rule`` (default 20), so a
  fault repeated on every row weighs like a serious fault, not like ten; ``rule_caps``
  lowers the cap of rules whose per-row findings (one finding per place) describe one
  lapse of the project, e.g. no 指标值确定依据 on any row;
* project score = ``start`` (100) − the capped points of the findings on that project,
  including its indicators and plan-level findings that point at it; never below 0;
* document score = mean of the project scores − the capped points of the findings on the
  document as a whole (department part, disclosure tables); never below 0;
* grade bands: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (中 and 差 go back to the unit).
"""

from __future__ import annotations

import math

from jixiao.checks import Finding, Severity, trusted
from jixiao.model.trusted import trusted_builder
from jixiao.review.grades import Grade, Grades
from jixiao.review.profile import Band, Grading

# The models live in `grades` so that this module, which holds no pydantic model, can be
# compiled (mypyc-modules.txt); they stay importable from here as they always were.
__all__ = ["Grade", "Grades", "Tally", "band", "grade", "grade_tallies"]


_SEVERITIES = tuple(Severity)


def band(score: float, grading: Grading, bands: list[Band] | None = None) -> str:
    """The grade of a score: the first band (highest first) whose minimum it reaches."""
    bands = bands or grading.ordered_bands()
    for entry in bands:
        if score >= entry.min_score:
            return entry.grade
    return bands[-1].grade


def rounded(value: float, digits: int) -> float:
    """``round(value, digits)``, the same float, without the decimal conversion ``round``
    makes (~3,000 instructions a call: ``_Py_dg_dtoa``, then parsing the digits back).

    A whole number is returned as it is. Otherwise, for 0–3 digits: ``scaled`` is
    ``value·10ᵈ`` within half an ulp (< 2⁻²³ below 10⁹), so when it lies within ¼ of a
    whole number ``k`` (no tie near) ``k`` is ``value·10ᵈ`` rounded, whatever the rounding
    mode, and ``round`` returns the float nearest ``k/10ᵈ`` — what one IEEE division of the
    two exact floats gives. ``k`` 0 is left to ``round`` (the sign of zero), as are NaN,
    the infinities and the rest. (The scales are written here, not a module ``Final``:
    compiled, a ``Final`` tuple defined after the function was unset when it ran.)"""
    if value % 1.0 == 0.0:
        return value
    if 0 <= digits <= 3:
        scale = 1.0 if digits == 0 else 10.0 if digits == 1 else 100.0 if digits == 2 else 1000.0
        scaled = value * scale
        if -1e9 < scaled < 1e9:
            whole = math.floor(scaled + 0.5)
            if whole != 0 and abs(scaled - whole) < 0.25:
                return whole / scale
    return round(value, digits)


def _capped(points: dict[str, float], grading: Grading) -> dict[str, float]:
    caps = grading.rule_caps
    cap = grading.cap_per_rule
    return {rule: rounded(min(p, caps.get(rule, cap)), 2) for rule, p in sorted(points.items())}


def _grade(
    index: int | None, name: str | None, score: float, cut: dict[str, float],
    counts: dict[Severity, int], grading: Grading, bands: list[Band],
) -> Grade:  # fmt: skip
    return trusted(
        Grade,
        {
            "project_index": index,
            "project": name,
            "score": score,
            "grade": band(score, grading, bands),
            "deductions": cut,
            "counts": counts,
        },
    )


class Tally:
    """The points (before the cap) per rule and the finding counts by severity of one
    project, or of the document as a whole."""

    __slots__ = ("counts", "graded", "points")

    def __init__(
        self, points: dict[str, float] | None = None, counts: dict[Severity, int] | None = None
    ) -> None:
        self.points = {} if points is None else points
        self.counts = dict.fromkeys(_SEVERITIES, 0) if counts is None else counts
        # (grading, capped deductions, score, grade) once graded: a list of rows' tally is
        # shared by every project with those rows and never added to (copied first)
        self.graded: tuple[Grading, dict[str, float], float, str] | None = None

    def add(self, rule: str, severity: Severity, confidence: float, grading: Grading) -> None:
        """Count one finding (findings of one rule in the order they are reported)."""
        points = self.points
        points[rule] = points.get(rule, 0.0) + grading.weights.get(severity, 0.0) * confidence
        self.counts[severity] += 1
        self.graded = None

    def copy(self) -> Tally:
        return Tally(dict(self.points), dict(self.counts))


def grade(findings: list[Finding], projects: list[str], grading: Grading) -> Grades:
    """Grades for a document whose projects are named ``projects`` (in order)."""
    tallies: dict[int | None, Tally] = {}
    for finding in findings:
        where = finding.project_index
        own = tallies.get(where)
        if own is None:
            own = tallies[where] = Tally()
        own.add(finding.rule, finding.severity, finding.confidence, grading)
    return grade_tallies(tallies, projects, grading)


def grade_tallies(
    tallies: dict[int | None, Tally], projects: list[str], grading: Grading
) -> Grades:
    """Grades from the tallies of the projects (by 1-based index) and of the document
    (``None``); the engine keeps them as it reports findings.

    The same figures as :func:`_capped`, :func:`band` and :func:`_grade` per project, with
    the profile's caps, bands and start read once per document instead of once per project.
    """
    bands = grading.ordered_bands()
    cutoffs = [(entry.min_score, entry.grade) for entry in bands]
    lowest = bands[-1].grade
    caps = grading.rule_caps
    cap = grading.cap_per_rule
    start = grading.start
    build = trusted_builder(Grade)
    total = dict.fromkeys(_SEVERITIES, 0)
    for tally in tallies.values():
        for severity, count in tally.counts.items():
            total[severity] += count
    project_grades = []
    scores: list[float] = []  # (summed by sum(), as before: the same float on every Python)
    for index, name in enumerate(projects, start=1):
        own = tallies.get(index)
        graded = None if own is None else own.graded
        if own is not None and graded is not None and graded[0] is grading:
            _, cut, score, letter = graded
            cut = dict(cut)
            counts = dict(own.counts)
        else:
            if own is not None:
                cut = {
                    r: rounded(min(p, caps.get(r, cap)), 2) for r, p in sorted(own.points.items())
                }
                counts = dict(own.counts)  # (a tally may be shared by projects with these rows)
            else:
                cut = {}
                counts = dict.fromkeys(_SEVERITIES, 0)
            score = rounded(max(0.0, start - sum(cut.values())), 1)
            letter = lowest
            for least, band_grade in cutoffs:  # (band: the first whose minimum it reaches)
                if score >= least:
                    letter = band_grade
                    break
            if own is not None:
                own.graded = (grading, dict(cut), score, letter)
        scores.append(score)
        project_grades.append(
            build(
                {
                    "project_index": index,
                    "project": name,
                    "score": score,
                    "grade": letter,
                    "deductions": cut,
                    "counts": counts,
                }
            )
        )
    whole = tallies.get(None)
    cut = _capped(whole.points, grading) if whole is not None else {}
    base = sum(scores) / len(scores) if scores else start
    score = rounded(max(0.0, base - sum(cut.values())), 1)
    document = _grade(None, None, score, cut, total, grading, bands)
    return trusted(Grades, {"document": document, "projects": project_grades})
