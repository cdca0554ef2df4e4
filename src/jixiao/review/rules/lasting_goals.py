"""What reviewers write back, round 3 of the held-out classes (tests/review/defects/
opinions_round3.py):

- R121: a 可持续影响 indicator whose value is a term of one year or less (“1年”, “12个月”,
  “2023年12月底前”, “2020年1月--2020年11月”): 可持续影响 is the lasting effect after the
  year, a term inside it is not lasting;
- R122: the project's goal states a figure for the very thing an indicator measures that
  differs from the indicator's value (goal “培训人次600人次”, indicator “≥300人次”):
  绩效目标与绩效指标不一致;
- R130: the same for a rate (goal “群众满意度达到85%以上”, indicator “≥95%”), round 7
  (tests/review/defects/opinions_round7.py): a goal and its indicator that disagree on
  the share to reach.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.content_caches import content_cache
from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, amount, q, rows_and_goal_texts

TABLE = rule_table(__name__)

_LASTING = "可持续"
_YEAR_MONTHS = 12
# months in one unit of a term (年, 月, 天 …)
_MONTHS: dict[str, Decimal] = {
    "年": Decimal(12),
    "个月": Decimal(1),
    "月": Decimal(1),
    "周": Decimal(12) / Decimal(52),
    "天": Decimal(12) / Decimal(365),
    "日": Decimal(12) / Decimal(365),
}
_DATE = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*(?:([0-9]{1,2})\s*月)?")
_WITHIN_YEAR = re.compile(r"^(?:当年|本年度?内?|年内|年底前|年末前|当年有效)$")


def _term_months(v: IndicatorView) -> Decimal | None:
    """The term a time value states, in months; None for another value."""
    value = v.value
    if value.kind is not ValueKind.QUANTITATIVE or value.unit_kind is not UnitKind.TIME:
        return None
    per = _MONTHS.get(value.unit or "")
    if per is None or value.number is None or value.direction is Direction.GT:
        return None
    return value.number * per


def _dated_within_a_year(raw: str, year: int | None) -> bool:
    """A period of two dates at most a year apart, or a deadline inside the budget year."""
    dates = [(int(y), int(m) if m else _YEAR_MONTHS) for y, m in _DATE.findall(raw)]
    if len(dates) >= 2:
        (y0, m0), (y1, m1) = dates[0], dates[-1]
        return 0 <= (y1 - y0) * _YEAR_MONTHS + (m1 - m0) < _YEAR_MONTHS
    return len(dates) == 1 and year is not None and dates[0][0] <= year


def _one_year_lasting(v: IndicatorView) -> Hit | None:
    if _LASTING not in v.level2:
        return None
    raw = v.raw.strip()
    months = _term_months(v)
    short = months is not None and months <= _YEAR_MONTHS
    if not short and months is None:
        short = bool(_WITHIN_YEAR.match(squeeze(raw))) or _dated_within_a_year(
            raw, v.plan.plan.year
        )
    if not short:
        return None
    return hit(
        f"可持续影响指标{q(v.name, 24)}的指标值{q(raw, 24)}是一年以内的期限：可持续影响衡量"
        "项目完成后效果能持续多久、形成了什么长效机制，年度内的期限只是本年的产出或时效。",
        field="value",
    )


R121 = TABLE.rule("R121", _one_year_lasting)

# words a name ends with that a goal leaves out (“培训人次” → goal “培训600人次”)
_NAME_TAILS = ("数量", "个数", "总数", "次数", "数")
_SHORTEST = 3  # characters of a name to look for: shorter ones (“人数”) match anything
_JOIN = r"[^0-9\n]{0,4}?"  # 达到, 共, 不少于, ≥ between name and figure (within a clause)
_FIGURE = r"([0-9]+(?:\.[0-9]+)?)"
_CLAUSES = re.compile(r"[，。；;,、：:\n]")
_LIGHT = re.compile(r"[\s()（）【】\[\]“”\"]")  # dropped from names and clauses alike


@content_cache(maxsize=1 << 14)
@content_cache(maxsize=1 << 12)
def figure_names(name: str) -> tuple[str, ...]:
    """The ways a statement names what ``name`` measures (once per name: N244 asks for each
    row with an actual, on every review)."""
    key = _LIGHT.sub("", name)
    numbered = phrases().name_numbering.match(key)
    if numbered is not None and numbered.end() < len(key):
        key = key[numbered.end() :]  # “指标2:毛发检查试剂数量”: the template's number dropped
    # a name with a 、 or comma in it (“缴纳及时、足额的满意度”) is cut where the goal's
    # clauses are, so it is found in them (goal_clauses)
    key = "\n".join(c for c in _CLAUSES.split(key) if c)
    names = [key] if len(key) >= _SHORTEST else []
    for tail in _NAME_TAILS:
        if key.endswith(tail) and len(key) - len(tail) >= _SHORTEST:
            names.append(key[: -len(tail)])
            break
    return tuple(names)


@content_cache(maxsize=1 << 12)
def _figure_after(name: str, unit: str) -> re.Pattern[str]:
    return re.compile(re.escape(name) + _JOIN + _FIGURE + re.escape(_LIGHT.sub("", unit)))


_DIGIT = re.compile(r"[0-9]")


@content_cache(maxsize=1 << 12)
def goal_clauses(goals: tuple[str, ...], annual: str) -> str:
    """The goals and the annual goal, clause by clause, with brackets and spaces dropped
    (“补助村(社区)数量共16个” → “补助村社区数量共16个”); empty when they hold no figure."""
    parts = [*goals, annual]
    if not any(_DIGIT.search(part) for part in parts):
        return ""
    clauses = (_LIGHT.sub("", c) for part in parts for c in _CLAUSES.split(part))
    return "\n".join(c for c in clauses if c)


def stated_figures(goal: str, name: str, unit: str) -> list[Decimal]:
    if name not in goal:
        return []  # (most rows: the goal does not name them)
    figures = []
    for match in _figure_after(name, unit).finditer(goal):
        try:
            figures.append(Decimal(match.group(1)))
        except InvalidOperation:  # pragma: no cover - the pattern admits digits only
            continue
    return figures


def figure_unlike(
    text: str, name: str, number: Decimal, unit: str, *, every: bool = False
) -> tuple[str, Decimal] | None:
    """(name as found, the figure) when ``text`` states a figure in ``unit`` for the thing
    ``name`` measures and none of its figures is ``number`` (``every``: one of them is
    not)."""
    for key in figure_names(name):
        figures = stated_figures(text, key, unit)
        if figures:
            other = [f for f in figures if f != number]
            if other and (every or len(other) == len(figures)):
                return key, other[0]
            return None
    return None


def _goal_unlike(p: ProjectView, percent: bool) -> list[Hit]:
    """The goal's figures against the indicators' values: counts and measures (R122) or,
    with ``percent``, rates (R130)."""
    project = p.project
    goal = goal_clauses(tuple(project.goals), project.annual_goal or "")
    if not goal or (percent and "%" not in goal):
        return []
    hits = []
    for v in p.indicators:
        value = v.value
        kind, unit = value.unit_kind, value.unit
        if value.kind is not ValueKind.QUANTITATIVE or value.number is None or not unit:
            continue
        if (kind is UnitKind.PERCENT) is not percent or value.direction in DOWNWARD:
            continue
        if kind in (UnitKind.MONEY, UnitKind.TIME, None):
            continue
        unlike = figure_unlike(goal, v.name, value.number, unit, every=percent)
        if unlike is not None:
            name, figure = unlike
            hits.append(
                hit(
                    f"绩效目标写{q(name)}{amount(figure)}{unit}，而指标{q(v.name, 24)}"
                    f"的指标值是{q(v.raw, 16)}：目标与指标说的不是同一个数。",
                    field="value",
                    indicator_index=v.index,
                )
            )
    return hits


def _figure_unlike_goal(p: ProjectView) -> list[Hit]:
    return _goal_unlike(p, percent=False)


def _rate_unlike_goal(p: ProjectView) -> list[Hit]:
    return _goal_unlike(p, percent=True)


# both read the goals and the rows only: once per distinct (rows, goals)
R122 = TABLE.rule("R122", _figure_unlike_goal, shared_by=rows_and_goal_texts)
R130 = TABLE.rule("R130", _rate_unlike_goal, shared_by=rows_and_goal_texts)

RULES = (R121, R122, R130)
