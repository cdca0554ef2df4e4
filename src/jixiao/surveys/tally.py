"""统计 (tally): satisfaction rates per question, with definition, sample size and interval.

The rate is offered as the indicator's 实际完成值 in monitoring and self-evaluation, so it
carries what a reviewer asks of it: how it was counted, from how many answers, and how
precise that is (a Wilson 95% interval, honest for small samples and rates near 100%).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.grammar import Direction
from jixiao.surveys.profile import SurveyProfile
from jixiao.surveys.questionnaire import Question, Questionnaire

_Z95 = 1.959964
_CENT = Decimal("0.01")


class QuestionResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    project: str
    indicator: str
    counts: dict[str, int] = Field(description="各等级人数, keyed by level label")
    answered: int = Field(description="有效样本")
    satisfied: int
    rate: Decimal | None = Field(description="满意率（%）, 2 decimals; None without answers")
    score: Decimal | None = Field(description="加权满意度得分（0–100）")
    low: Decimal | None = Field(description="95%置信区间下限（%）")
    high: Decimal | None = Field(description="95%置信区间上限（%）")
    target_percent: Decimal | None
    met: bool | None = Field(description="是否达到目标; None when no target or no answers")
    actual_text: str = Field(description="作为实际完成值填报的文字, e.g. '92.31%（样本26份）'")
    notes: tuple[str, ...] = ()


class SurveyResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    definition: str
    responses: int
    questions: tuple[QuestionResult, ...]


def _percent(part: float) -> Decimal:
    return Decimal(str(part * 100)).quantize(_CENT, rounding=ROUND_HALF_UP)


def actual_text(rate: Decimal | None, answered: int) -> str:
    """The text offered as the indicator's 实际完成值: '92.31%（样本26份）' ('' without answers)."""
    return "" if rate is None else f"{rate}%（样本{answered}份）"


def wilson(successes: int, n: int) -> tuple[float, float]:
    """The Wilson score interval (95%) of a proportion, as fractions."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    denominator = 1 + _Z95**2 / n
    centre = (p + _Z95**2 / (2 * n)) / denominator
    half = _Z95 * math.sqrt(p * (1 - p) / n + _Z95**2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _met(rate: Decimal, question: Question) -> bool | None:
    target = question.target_percent
    if target is None:
        return None
    direction = question.target_direction or Direction.GE
    return {
        Direction.GE: rate >= target,
        Direction.GT: rate > target,
        Direction.EQ: rate == target,
        Direction.LE: rate <= target,
        Direction.LT: rate < target,
    }[direction]


def _result(question: Question, answers: Counter[str], profile: SurveyProfile) -> QuestionResult:
    counts = {level.label: answers.get(level.key, 0) for level in profile.levels}
    n = sum(counts.values())
    satisfied = sum(answers.get(level.key, 0) for level in profile.levels if level.satisfied)
    notes: list[str] = []
    if n and n < profile.minimum_sample:
        notes.append(f"样本仅{n}份，少于{profile.minimum_sample}份，代表性不足")
    if not n:
        return QuestionResult(
            key=question.key,
            project=question.project,
            indicator=question.indicator,
            counts=counts,
            answered=0,
            satisfied=0,
            rate=None,
            score=None,
            low=None,
            high=None,
            target_percent=question.target_percent,
            met=None,
            actual_text="",
            notes=("尚无有效问卷",),
        )
    rate = _percent(satisfied / n)
    weighted = sum(answers.get(level.key, 0) * level.score for level in profile.levels) / n
    low, high = wilson(satisfied, n)
    return QuestionResult(
        key=question.key,
        project=question.project,
        indicator=question.indicator,
        counts=counts,
        answered=n,
        satisfied=satisfied,
        rate=rate,
        score=Decimal(str(weighted)).quantize(_CENT, rounding=ROUND_HALF_UP),
        low=_percent(low),
        high=_percent(high),
        target_percent=question.target_percent,
        met=_met(rate, question),
        actual_text=actual_text(rate, n),
        notes=tuple(notes),
    )


def tally(
    questionnaire: Questionnaire,
    responses: Iterable[Mapping[str, str]],
    profile: SurveyProfile,
) -> SurveyResult:
    """Count ``responses`` (each: question key → level key); unknown keys are ignored."""
    per_question: dict[str, Counter[str]] = {q.key: Counter() for q in questionnaire.questions}
    total = 0
    for response in responses:
        counted = False
        for key, level in response.items():
            if key in per_question and profile.level(level) is not None:
                per_question[key][level] += 1
                counted = True
        total += counted
    return SurveyResult(
        title=questionnaire.title,
        definition=profile.rate_definition,
        responses=total,
        questions=tuple(_result(q, per_question[q.key], profile) for q in questionnaire.questions),
    )
