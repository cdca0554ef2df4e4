"""A 自评表's columns read against each other, round 8 of the held-out classes
(tests/review/defects/opinions_round8.py):

- N246: a 偏差原因 saying the target was not met (“未完成年度目标”) on a row whose 实际
  完成值 reaches it: one of the two is untrue;
- N247: the 年度目标实际完成情况 says the goal was not met (“未完成年度绩效目标”) while
  every row whose target can be compared reached it and none gives a 偏差原因;
- M120: a quantitative target (“≥95%”, “≥300人次”) whose 实际完成值 is a judgement or a
  yes/no answer with no figure (“良好”, “效果明显”, “有”): nothing to score it by;
- F114: the 年度目标实际完成情况 states a sum spent (“全年实际支出资金130万元”) that is not
  the table's 全年执行数, nor any other sum of its money block.

The words and the tolerance are data (``jixiao/profiles/review-selfeval-columns.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from jixiao.content_caches import content_cache
from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.model.plan import Project
from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import attainment_of, is_self_evaluation

TABLE = rule_table(__name__)
_DATA = "review-selfeval-columns.json"
_NEGATION_REACH = 3  # characters before a shortfall word where a negation undoes it
_WAN = Decimal(10000)
_STATEMENT_CHARS = 60  # a longer statement tells what was done; its shortfalls are of parts
_GOAL = "目标"
_SAID_IN_WORDS = (UnitKind.TIME, UnitKind.RATE)
UPWARD = (Direction.GE, Direction.GT, Direction.EQ, None)
# a figure of any kind: Arabic digits or the Chinese numerals a count is written in
_FIGURE = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]")


@cache
def _data() -> dict[str, object]:
    return load_data_file(_DATA)


def _words(key: str) -> tuple[str, ...]:
    raw = _data()[key]
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


def _alternation(key: str) -> str:
    return "|".join(map(re.escape, sorted(_words(key), key=len, reverse=True)))


# --- N246: a 偏差原因 saying missed on a met row ------------------------------------------


@cache
def _shortfall() -> re.Pattern[str]:
    """未完成, 未能按期完成, 尚未全部达到: a negator, maybe a modifier, a verb."""
    negator, modifier, verb = (
        _alternation(key)
        for key in ("shortfall_negators", "shortfall_modifiers", "shortfall_verbs")
    )
    return re.compile(f"(?:{negator})(?:{modifier})?(?:{verb})")


@content_cache(maxsize=1 << 10)
def _says_missed(deviation: str) -> str | None:
    """The shortfall word ``deviation`` states, unless a negation undoes it (无未完成情况)."""
    text = squeeze(deviation)
    negations = _words("shortfall_negations")
    for m in _shortfall().finditer(text):
        before = text[max(0, m.start() - _NEGATION_REACH) : m.start()]
        if not any(n in before for n in negations):
            return m.group(0)
    return None


def _missed_said_of_met(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        deviation = v.indicator.deviation
        if not deviation or not v.indicator.actual:
            continue
        said = _says_missed(deviation)
        if said is None or attainment_of(v.indicator) != 1:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的实际完成值{q(v.indicator.actual, 16)}已达到目标{q(v.raw, 16)}，"
                f"偏差原因却写{q(deviation, 24)}（{said}）：两处必有一处不实。",
                field="deviation",
                indicator_index=v.index,
            )
        )
    return hits


N246 = TABLE.rule("N246", _missed_said_of_met, applies_to=is_self_evaluation)


# --- N247: the completion statement saying missed where every row was met --------------


def _says_goal_missed(text: str) -> str | None:
    """The shortfall the statement gives of the 目标 (“未完成年度绩效目标”), if short and
    about the goal — not of the works (“主体工程尚未完成”, a multi-year project's state)."""
    said = squeeze(text)
    if not said or len(said) > _STATEMENT_CHARS or _GOAL not in said:
        return None
    return _says_missed(said)


def _met_rows(p: ProjectView) -> list[str] | None:
    """The names of the rows whose target is comparable, when every one was met and none
    gives a 偏差原因; else None."""
    met = []
    for i in p.project.indicators:
        share = attainment_of(i)
        if share is None:
            continue
        if share < 1 or (i.deviation or "").strip():
            return None
        met.append(i.level3)
    return met or None


def _completion_says_missed(p: ProjectView) -> list[Hit]:
    text = p.project.annual_goal_actual or ""
    said = _says_goal_missed(text)
    if said is None:
        return []
    met = _met_rows(p)
    if met is None:
        return []
    return [
        hit(
            f"年度总体目标的实际完成情况写{q(text, 30)}（{said}），而可比的{len(met)}项指标"
            "全部达到年度指标值、没有一项写偏差原因：自评结论与指标完成情况不符。",
            field="annual_goal_actual",
        )
    ]


N247 = TABLE.rule("N247", _completion_says_missed, applies_to=is_self_evaluation)


# --- M120: a judgement for the actual value of a quantitative target ---------------------


def figureless(v: IndicatorView, said: str) -> bool:
    """``said`` (an actual or a forecast) has no figure while the row's target is a quantity
    to reach: not a deadline, a standard or a ceiling, which are met in words."""
    value = v.value
    if not said or _FIGURE.search(said) or value.kind is not ValueKind.QUANTITATIVE:
        return False
    if value.number is None or not value.unit or value.unit_kind in _SAID_IN_WORDS:
        return False  # a deadline met is written “按时完成”, a standard (元/辆) “按标准发放”
    return value.direction in UPWARD  # “无上访” for “小于5次” is a figure: none


def _judged(p: ProjectView) -> list[Hit]:
    stock, nothing = phrases().stock_actuals, _words("none_actuals")
    hits = []
    for v in p.indicators:
        actual = (v.indicator.actual or "").strip()
        if not figureless(v, actual):
            continue
        said = squeeze(actual)
        if said in stock or said in nothing or said == squeeze(v.name):
            continue  # “已完成”: N208's; “无”: a figure of none; the name echoed: M119's
        hits.append(
            hit(
                f"{q(v.name, 24)}的目标是{q(v.raw, 16)}，实际完成值却只写{q(actual, 16)}，"
                "没有数值，无法与目标比较计分。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


M120 = TABLE.rule("M120", _judged, applies_to=is_self_evaluation)


# --- F114: the sum the completion statement says was spent ------------------------------


@cache
def _spending() -> re.Pattern[str]:
    spent, passed = _alternation("spending_words"), _alternation("allocation_words")
    return re.compile(
        f"(?:({passed})|{spent})[^0-9。；;，,]{{0,4}}?([0-9]+(?:\\.[0-9]+)?)\\s*(万元|万|元)(?![/／每])"
    )


@content_cache(maxsize=1 << 10)
def _stated_spending(text: str) -> tuple[tuple[Decimal, bool], ...]:
    """The sums (万元) ``text`` says were spent, each with whether it was only passed on
    (拨付), which may be the budget rather than what was spent."""
    sums = []
    for m in _spending().finditer(text):
        try:
            figure = Decimal(m.group(2))
        except InvalidOperation:  # pragma: no cover - the pattern admits digits only
            continue
        sums.append((figure / _WAN if m.group(3) == "元" else figure, m.group(1) is not None))
    return tuple(sums)


def _block(project: Project) -> tuple[Decimal, ...]:
    """The sums of the money block a 拨付 may fairly give."""
    sums = (
        project.spent,
        project.budget_total,
        project.budget_initial,
        project.budget_adjusted,
        project.budget_fiscal,
        project.budget_other,
    )
    return tuple(s for s in sums if s is not None)


def _spending_unlike(p: ProjectView) -> list[Hit]:
    project = p.project
    text, spent = project.annual_goal_actual, project.spent
    if not text or spent is None or spent <= 0 or "元" not in text:
        return []
    tolerance = spent * Decimal(str(_data()["spending_tolerance"]))
    tolerance = max(tolerance, p.plan.profile.thresholds.money_tolerance_wan)
    block = _block(project)
    unlike = [
        figure
        for figure, passed in _stated_spending(text)
        if all(abs(figure - b) > tolerance for b in (block if passed else (spent,)))
    ]
    if not unlike:
        return []
    return [
        hit(
            f"年度目标完成情况写支出{amount(unlike[0])}万元，而表中的全年执行数是"
            f"{amount(spent)}万元：自评数据前后不一致。",
            field="annual_goal_actual",
        )
    ]


F114 = TABLE.rule("F114", _spending_unlike, applies_to=is_self_evaluation)

RULES = (N246, N247, M120, F114)
