"""N256: a 自评 row whose 实际完成值 grades itself in words below 达成 (“部分达成”, “基本
完成”, “未完成”) and keeps more of its 分值 than that grade allows — round 11 of the
held-out classes (tests/review/defects/opinions_round11.py). The official rule for a
qualitative result (domain.md §7): 达成 80–100% of the 分值, 部分达成 60–80%, 未达成 0–60%.
N204 and N240 compare figures only; a worded actual has no share to compare.

The wordings and each grade's top share are data (``worded_grades`` of
``jixiao/profiles/review-selfeval-columns.json``), the same grades as the evaluation
profiles' ``qualitative_bands``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.content_caches import content_cache
from jixiao.review.context import ProjectView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.score_sums import stated_rows
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_PERCENT = Decimal(100)
_FIGURE = re.compile(r"[0-9０-９]")  # “不合格率0.5%” is a figure, not a grade


@cache
def _grades() -> tuple[tuple[str, Decimal, tuple[str, ...]], ...]:
    """(grade, top share of the 分值, wordings) below 达成, longest wordings first."""
    raw = load_data_file("review-selfeval-columns.json")["worded_grades"]
    assert isinstance(raw, list)
    return tuple(
        (str(g["grade"]), Decimal(str(g["top"])), tuple(sorted(g["words"], key=len, reverse=True)))
        for g in raw
    )


@content_cache(maxsize=1 << 12)
def _grade_of(actual: str) -> tuple[str, Decimal, str] | None:
    """The grade (and its top share, and the wording) an actual in words opens with; None
    for an actual with a figure (“不合格率0.5%” is compared as a figure)."""
    if _FIGURE.search(actual):
        return None
    said = squeeze(actual)
    for grade, top, words in _grades():
        for word in words:
            if said.startswith(word):
                return grade, top, word
    return None


def _scored_above_grade(p: ProjectView) -> list[Hit]:
    hits = []
    for index, i, weight, score in stated_rows(p.project):
        actual = i.actual
        graded = _grade_of(actual) if actual else None
        if graded is None or weight <= 0 or squeeze(actual or "") == squeeze(i.value):
            continue  # a target “基本完成” answered “基本完成” is met
        grade, top, word = graded
        if score <= weight * top:
            continue
        hits.append(
            hit(
                f"{q(i.level3, 24)}的实际完成值写{q(actual or '', 16)}（{word}，即{grade}），按定性"
                f"计分最多得分值的{amount(top * _PERCENT)}%（{amount(weight * top)}分），"
                f"却得{amount(score)}分（分值{amount(weight)}）。",
                field="score",
                indicator_index=index,
            )
        )
    return hits


N256 = TABLE.rule("N256", _scored_above_grade, applies_to=is_self_evaluation)

RULES = (N256,)
