"""Small helpers shared by the rule families: quoting, money units, level tests."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Final

from jixiao.grammar import Direction, IndicatorValue, UnitKind, ValueKind, parse_value
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.profile import load_data_file

MONEY_UNITS: Final = frozenset({"元", "千元", "万元", "亿元"})
UPWARD: Final = frozenset({Direction.GE, Direction.GT})
DOWNWARD: Final = frozenset({Direction.LE, Direction.LT})
PERCENT: Final = "%"
SATISFACTION: Final = "服务对象满意度"
_DIGIT: Final = re.compile("[0-9]")


def q(text: str | None, limit: int = 40) -> str:
    """Quote a piece of the document: “…”, shortened to ``limit`` characters."""
    text = text or ""
    # whitespace other than an ASCII space is not printable: a printable text without a
    # space has none to collapse (split and join skipped, on most texts)
    if " " in text or not text.isprintable():
        text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"


def amount(value: Decimal | None) -> str:
    """An amount for a message: no exponent, no trailing zeros (“5.91”, “100”)."""
    if value is None:
        return "—"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def is_money(value: IndicatorValue) -> bool:
    """A money amount or a money rate (元, 万元, 元/人, 元/平方米/天)."""
    if value.unit_kind is UnitKind.MONEY:
        return True
    unit = value.unit
    return unit is not None and unit.split("/", 1)[0] in MONEY_UNITS


# a name measuring satisfaction (“提供更满意的会议服务” praises, it does not measure)
_SATISFACTION_MEASURE = re.compile("满意(?:度|率|程度)")


def measures_satisfaction(name: str) -> bool:
    """Whether an indicator's name measures satisfaction, wherever it is filed."""
    return _SATISFACTION_MEASURE.search(name) is not None


def is_satisfaction(v: IndicatorView) -> bool:
    """Filed as satisfaction (满意度指标 / 服务对象满意度)."""
    return v.level2 == SATISFACTION or v.level1 in v.plan.framework.satisfaction_first


EFFECT_LEVEL: Final = "效益"  # the key of the 一级 效益指标 (also the trigger fact ``effect``)


def is_effect(v: IndicatorView) -> bool:
    """Filed under 效益指标."""
    return v.level1 == EFFECT_LEVEL


def misfits(v: IndicatorView, level: str) -> bool:
    """Filed under ``level`` yet mentioning none of its lexicon words."""
    entry = v.plan.lexicon.level(level)
    return entry is not None and not entry.fits(v.text)


def display(v: IndicatorView) -> str:
    """The indicator as a reader finds it: “数量指标/赔付次数”."""
    return f"{v.indicator.level2}/{v.name}" if v.indicator.level2 else v.name


def number_example(v: IndicatorView) -> str:
    """A well-formed target value to suggest for this kind of indicator."""
    level = v.level2
    if v.is_cost:
        return "≤X万元（不超过预算数）"
    if level == "时效":
        return "≤X个工作日、≤11月底，或“按时完成率=100%”"
    if level == SATISFACTION or v.facts.satisfaction:
        return "≥90%（以问卷调查的满意人数占比计）"
    if level == "数量":
        return "≥X次/人/台（写明计量单位）"
    if level == "质量":
        return "合格率≥95%、达标率=100%"
    return "可核验的数值（如“≥95%”“≥X次”），确实无法量化时写成分级档次“好/较好/一般/差”"


def stated_quantity(text: str, *, directed: bool = False) -> IndicatorValue | None:
    """A single quantity with its unit stated in a text (“每年抽查不少于4次”), if any;
    with ``directed``, only one that also states a direction."""
    if not _DIGIT.search(text):
        return None
    stated = parse_value(text)
    if stated.kind is not ValueKind.QUANTITATIVE or stated.number is None or not stated.unit:
        return None
    if stated.upper is not None or (directed and stated.direction is None):
        return None
    return stated


# What a project rule reads besides its indicator rows (``ProjectRule.shared_by``): projects
# with the same rows share the hits of a rule for the same value of these.
def rows_alone(p: ProjectView) -> None:
    """Nothing but the rows."""
    return None


def rows_and_goals(p: ProjectView) -> tuple[str, ...]:
    """The rows and the project's 绩效目标."""
    return tuple(p.project.goals)


def rows_and_goal_texts(p: ProjectView) -> tuple[tuple[str, ...], str | None]:
    """The rows, the project's 绩效目标 and its 年度目标."""
    project = p.project
    return tuple(project.goals), project.annual_goal


def rows_and_template(p: ProjectView) -> str | None:
    """The rows and the document's template (another province's table may be cut short)."""
    return p.plan.plan.template


@cache
def data_words(name: str, key: str) -> tuple[str, ...]:
    """The word list ``key`` of the data file ``name`` (merged over the installed packs)."""
    raw = load_data_file(name)[key]
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


def alternation(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of ``words``, the longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
