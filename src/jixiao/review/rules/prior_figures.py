"""What reviewers write back, round 4 of the held-out classes (tests/review/defects/
opinions_round4.py): a target against the figures stated around it.

- B107: a “≥” quantity whose 指标值确定依据 states last year's (or the recent years')
  actual above the target, with no reason for the lower target: 指标值低于历史水平;
- F112: the goal states the money the project spends (“年度安排资金1600万元”) above every
  amount of its own table, or names the year's budget at another amount: 目标与预算不一致;
- R124: a goal that dates its work two or more years before the budget year (“2020年，
  完成…” in a 2023 table): the goal was copied from an old table;
- N233: a 自评 时效 row done after its deadline (target “9月前”, actual “11月”) that keeps
  its full 分值: 时效指标未按期完成却得满分.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.content_caches import content_cache
from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_NUMBER = r"([0-9]+(?:\.[0-9]+)?)"
# last year (or a year by its number: the one before the budget year counts), the recent
# years' average (历史标准), then a figure and the unit written after it
_PRIOR_FIGURE = re.compile(
    r"(?:上一?年度?|去年|前一年|近三年平?均?|前三年平?均?|三年平均|往年|((?:19|20)[0-9]{2})\s*年度?)"
    r"[^0-9，。；;,\n]{0,8}?" + _NUMBER + r"\s*([^\s0-9.，。；;,、（）()]{1,4})"
)
# a lower target argued for: a cause or a change of the work
_REASON = re.compile(
    r"因|由于|受|减少|下降|调减|压减|缩减|调整|不再|取消|完工|结束|收尾|剩余|余下|新增|分年|分期"
)
_OUT_OF_SCOPE = (UnitKind.PERCENT, UnitKind.MONEY, UnitKind.TIME)
# any of the prior words (or a year) at all: most bases hold none
_ANY_PRIOR = re.compile(r"上一?年|去年|前一年|三年|往年|(?:19|20)[0-9]{2}")


def _prior_figures(basis: str, last: int | None, unit: str) -> list[Decimal]:
    """The figures in ``unit`` the basis states for last year or the recent years."""
    figures = []
    for m in _PRIOR_FIGURE.finditer(basis):
        year, figure, written = m.group(1), m.group(2), m.group(3)
        if (year and int(year) != last) or not written.startswith(unit):
            continue
        figures.append(Decimal(figure))
    return figures


_UNIT_WRITTEN = re.compile(r"[0-9]\s*([^\s0-9.，。；;、（）()]{1,3})\s*$")


def _unit_written(raw: str) -> str:
    m = _UNIT_WRITTEN.search(raw)
    return m.group(1) if m else ""


def _below_prior(v: IndicatorView) -> Hit | None:
    value = v.value
    basis = v.basis
    if not basis or value.kind is not ValueKind.QUANTITATIVE or value.number is None:
        return None
    if value.direction not in (Direction.GE, Direction.GT, Direction.EQ, None):
        return None
    unit = value.unit or _unit_written(v.raw)  # a unit the grammar does not know (“70村”)
    if not unit:
        return None
    if value.unit_kind in _OUT_OF_SCOPE or _ANY_PRIOR.search(basis) is None:
        return None
    if _REASON.search(basis) or _REASON.search(v.description):
        return None
    year = v.plan.plan.year
    prior = _prior_figures(basis, year - 1 if year else None, unit)
    higher = [figure for figure in prior if figure > value.number]
    if not higher:
        return None
    return hit(
        f"{q(v.name)}的目标{q(v.raw)}低于依据所写的往年实际{amount(higher[0])}{unit}"
        f"（{q(basis, 30)}），未说明为何调低：目标设置偏低、缺乏挑战性。",
        field="value",
    )


B107 = TABLE.rule("B107", _below_prior)

# money the goal says the project spends this year
_MONEY = re.compile(
    r"(安排|投入|预算|资金|经费|拨付|下达|支出|总金额|总额)[^0-9，。；;,\n]{0,6}?"
    + _NUMBER
    + r"\s*(亿元|万元|元)"
)
_MULTI_YEAR = re.compile(
    r"总投资|累计|计划投资|概算|总计划|[两二三四五]年|三年|五年|分年|分期|中央|省级|省|市级|县级"
)
_PER_HEAD = re.compile(r"^\s*(?:/|每|／)")
_WHOLE = re.compile(r"年度预算|预算总|项目预算|全年预算|预算资金|安排资金|安排专项资金")
_SCALE = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}
_TOLERANCE = Decimal("0.01")


def _goal_amounts(text: str) -> list[tuple[Decimal, str, bool]]:
    """(万元, as written, names the year's whole budget) of the money phrases of ``text``."""
    found = []
    for m in _MONEY.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        if _MULTI_YEAR.search(before + m.group(0)) or _PER_HEAD.match(text[m.end() :]):
            continue
        if text[m.end() : m.end() + 1] in ("/", "／") or "每" in m.group(0):
            continue
        try:
            wan = Decimal(m.group(2)) * _SCALE[m.group(3)]
        except InvalidOperation:  # pragma: no cover - the pattern admits digits only
            continue
        whole = _WHOLE.search(before + m.group(0)) is not None
        found.append((wan, m.group(0), whole))
    return found


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(_TOLERANCE, abs(b) * Decimal("0.005"))


def _goal_money(p: ProjectView) -> list[Hit]:
    project = p.project
    goals, annual = project.goals, project.annual_goal or ""
    if "元" not in annual and not any("元" in goal for goal in goals):
        return []  # (most projects: no money in the goals)
    text = "；".join([*goals, annual])
    budgets = [
        Decimal(b)
        for b in (
            project.budget_total,
            project.budget_adjusted,
            project.budget_initial,
            project.budget_fiscal,
            project.budget_other,
            project.spent,
        )
        if b
    ]
    if not budgets:
        return []
    top = max(budgets)
    for wan, written, whole in _goal_amounts(text):
        if any(_same(wan, b) for b in budgets):
            continue
        if wan > top or whole:
            return [
                hit(
                    f"绩效目标写{q(written, 24)}，与本表的预算数{amount(top)}万元不一致："
                    "目标中的资金规模应与预算数相符。",
                    field="goals",
                )
            ]
    return []


F112 = TABLE.rule("F112", _goal_money)

_YEAR = r"((?:19|20)[0-9]{2})\s*年"
# a year that dates the goal's work: opening a clause, or the year's own span
_DATED = re.compile(
    r"(?:^|[：:。；;，,\s、）)])\s*(?:目标\s*[0-9一二三四五六七八九十]+\s*[：:、.．]?\s*)?"
    + _YEAR
    + r"|"
    + _YEAR
    + r"(?=度|底|末|内|全年|[0-9]{1,2}\s*月)"
)
# a period, a document's year, a comparison, or money left from that year (结转, 欠款,
# 尾款: paying it off is this year's work): the year does not date the goal's work
_NOT_DATING = re.compile(
    r"^\s*(?:年?\s*度?\s*(?:[—\-~～至到－]|以来|起|印发|出台|发布|颁布|版|修订|制定|批复|为基|基期"
    r"|同比|结转|结余|欠|尾款|遗留|剩余|应付|未付|工程款))"
)
_COMPARED_BEFORE = re.compile(
    r"(?:较|比|与|同|自|从|截至|截止|至|支付|偿还|清偿|兑付|补发|结算|[—\-~～－])\s*$"
)


@content_cache(maxsize=1 << 12)
def _stale_years(text: str, year: int) -> tuple[int, ...]:
    found = []
    for m in _DATED.finditer(text):
        group = 1 if m.group(1) else 2
        old = int(m.group(group))
        if old > year - 2:
            continue
        before = text[max(0, m.start(group) - 3) : m.start(group)]
        after = text[m.end(group) :]
        if _COMPARED_BEFORE.search(before) or _NOT_DATING.match(after[1:] if after else ""):
            continue
        found.append(old)
    return tuple(found)


def _stale_goal(p: ProjectView) -> list[Hit]:
    year = p.plan.plan.year
    project = p.project
    if year is None:
        return []
    for goal in [*project.goals, project.annual_goal or ""]:
        if "年" not in goal:
            continue
        old = _stale_years(goal, year)
        if old:
            return [
                hit(
                    f"{year}年度的绩效目标写着{old[0]}年（{q(goal, 30)}），"
                    "疑似照搬往年的目标，未按本年度更新。",
                    field="goals",
                )
            ]
    return []


R124 = TABLE.rule("R124", _stale_goal)

_WHEN = re.compile(
    r"^\s*(?:((?:19|20)[0-9]{2})\s*年\s*)?([0-9]{1,2})\s*月\s*(?:([0-9]{1,2})\s*日)?"
)
# a period (“1月-12月”, “2023年1月至12月”) is no deadline
_PERIOD = re.compile(r"[—\-~～至到－]")
_TIME = "时效"


def _when(text: str, year: int | None) -> tuple[int, int, int] | None:
    """(year, month, day) a time value states (day 31 when it names none)."""
    m = _WHEN.match(text.replace("完成时间为", "").replace("于", ""))
    if m is None:
        return None
    y = int(m.group(1)) if m.group(1) else year
    month = int(m.group(2))
    if y is None or not 1 <= month <= 12:
        return None
    return y, month, int(m.group(3)) if m.group(3) else 31


def _late_full(p: ProjectView) -> list[Hit]:
    year = p.plan.plan.year
    hits = []
    for v in p.indicators:
        i = v.indicator
        if v.level2 != _TIME or not i.actual or i.weight is None or i.score is None:
            continue
        if i.score < i.weight or i.weight <= 0 or _PERIOD.search(v.raw):
            continue
        deadline, done = _when(v.raw, year), _when(i.actual, year)
        if deadline is None or done is None:
            continue
        if done[:2] > deadline[:2] or (done[:2] == deadline[:2] and done[2] > deadline[2]):
            hits.append(
                hit(
                    f"时效指标{q(v.name)}的期限是{q(v.raw)}，实际{q(i.actual)}晚于期限，"
                    f"却得满分{amount(i.score)}。",
                    field="score",
                    indicator_index=v.index,
                )
            )
    return hits


N233 = TABLE.rule("N233", _late_full, applies_to=is_self_evaluation)

RULES = (B107, F112, R124, N233)
