"""What a 自评表 concludes, checked by the official method (domain reference §7):

- N220: the 自评等级 it states is not the grade of its 总分 (stated, or Σ 得分 plus the
  执行率得分 when no 总分 is written) by the profile's bands (``selfeval_grades``: 优 ≥90,
  良 80–89, 中 60–79, 差 <60 and the words each is written with);
- N221: the 预算执行率得分 it states is not 执行率 × 分值 (capped at the profile's
  ``execution_cap``), at the precision the score is written with;
- N222: the 总分 is not Σ 得分 plus the 执行率得分 the table states, or, when it states
  none, the points its 全年执行数 and 预算数 give (N201 reads the total against Σ 得分 and
  the 执行率's 分值 alone; this one, within that range, against the 执行率's points).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.plan import Project
from jixiao.review.context import ProjectView
from jixiao.review.profile import StatedGrade
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.budget_lines import execution_weight_too_large
from jixiao.review.rules.common import amount
from jixiao.review.rules.score_sums import (
    HUNDRED,
    same_at_precision,
    stated_sums,
    total_arithmetic_wrong,
)
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_WRAPPING = str.maketrans("", "", "()（）[]【】 ")
_CENT = Decimal("0.01")


def _band_of_word(word: str, bands: list[StatedGrade]) -> StatedGrade | None:
    bare = word.translate(_WRAPPING).removesuffix("等级")
    return next((b for b in bands if bare in b.words), None)


def _band_of_total(total: Decimal, bands: list[StatedGrade]) -> StatedGrade:
    ordered = sorted(bands, key=lambda b: b.min_score, reverse=True)
    return next((b for b in ordered if total >= b.min_score), ordered[-1])


def _bands_text(bands: list[StatedGrade]) -> str:
    ordered = sorted(bands, key=lambda b: b.min_score, reverse=True)
    parts = [f"{b.grade}≥{amount(Decimal(str(b.min_score)))}" for b in ordered[:-1]]
    return "、".join([*parts, f"{ordered[-1].grade}<{amount(Decimal(str(ordered[-2].min_score)))}"])


def _total(project: Project) -> tuple[Decimal, str] | None:
    """The 总分 as stated, else Σ 得分 (+ the 执行率得分 stated) of a whole table."""
    if project.total_score is not None:
        return project.total_score, "总分"
    sums = stated_sums(project)
    if not sums.whole_table:
        return None
    if sums.weights == HUNDRED:
        return sums.scores, "各项得分合计"
    if project.execution_score is None:
        return None
    return sums.scores + project.execution_score, "各项得分与执行率得分合计"


def _grade_unlike_total(p: ProjectView) -> list[Hit]:
    project = p.project
    bands = p.plan.profile.thresholds.selfeval_grades
    stated = _band_of_word(project.grade or "", bands) if project.grade else None
    total = _total(project)
    if stated is None or total is None or len(bands) < 2:
        return []
    expected = _band_of_total(total[0], bands)
    if expected.grade == stated.grade:
        return []
    return [
        hit(
            f"自评等级写作“{project.grade}”，而{total[1]}{amount(total[0])}分按分档"
            f"（{_bands_text(bands)}）应为“{expected.grade}”。",
            field="grade",
            params={"grade": expected.grade},
        )
    ]


N220 = TABLE.rule("N220", _grade_unlike_total, applies_to=is_self_evaluation)


def _rates(project: Project) -> list[Decimal]:
    """The 执行率 as stated, then 全年执行数 ÷ each budget the table states."""
    rates = [project.execution_rate] if project.execution_rate is not None else []
    if project.spent is not None:
        budgets = (project.budget_adjusted, project.budget_total, project.budget_initial)
        rates += [project.spent / b for b in budgets if b is not None and b > 0]
    return rates


def _points_unlike_rate(p: ProjectView) -> list[Hit]:
    project = p.project
    weight, score = project.execution_weight, project.execution_score
    rates = _rates(project)
    if weight is None or score is None or weight <= 0 or not rates:
        return []
    if execution_weight_too_large(project):
        return []  # N236: the 分值 itself is wrong, the points cannot be checked by it
    cap = p.plan.profile.thresholds.execution_cap
    if any(same_at_precision(min(rate, cap) * weight, score) for rate in rates):
        return []
    rate = rates[0]
    expected = (min(rate, cap) * weight).quantize(_CENT)
    return [
        hit(
            f"预算执行率{amount((rate * 100).quantize(_CENT))}%、分值{amount(weight)}，"
            f"执行率得分应为{amount(expected)}分，表中写{amount(score)}分。",
            field="execution_score",
            params={"points": amount(expected)},
        )
    ]


N221 = TABLE.rule("N221", _points_unlike_rate, applies_to=is_self_evaluation)


def _execution_points(p: ProjectView, weight: Decimal) -> list[Decimal]:
    """The 执行率得分 the table's amounts give (执行率 × 分值, capped), when it states none."""
    cap = p.plan.profile.thresholds.execution_cap
    return [(min(rate, cap) * weight).quantize(_CENT) for rate in _rates(p.project)]


def _total_unlike_parts(p: ProjectView) -> list[Hit]:
    project = p.project
    stated, points = project.total_score, project.execution_score
    sums = stated_sums(project)
    if stated is None or not sums.whole_table or sums.weights == HUNDRED:
        return []
    if total_arithmetic_wrong(project):
        return []  # N201 says it: the total is not even within the 执行率's points
    how = ""
    if points is None:
        # no 执行率得分 written: the points its 执行数 and 预算数 give
        how = "（按全年执行数与预算数算出）"
        derived = _execution_points(p, project.execution_weight or sums.execution_weight)
        if not derived or any(same_at_precision(sums.scores + d, stated) for d in derived):
            return []
        points = derived[0]
    parts = sums.scores + points
    if same_at_precision(parts, stated):
        return []
    return [
        hit(
            f"总分{amount(stated)}，而各指标得分合计{amount(sums.scores)}加执行率得分"
            f"{how}{amount(points)}为{amount(parts)}。",
            field="total_score",
            params={"total": amount(parts)},
        )
    ]


N222 = TABLE.rule("N222", _total_unlike_parts, applies_to=is_self_evaluation)

RULES = (N220, N221, N222)
