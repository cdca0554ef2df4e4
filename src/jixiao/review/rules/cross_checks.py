"""What a reviewer finds reading two places of one table against each other, round 7 of
the held-out classes (tests/review/defects/opinions_round7.py):

- N243: a 时效 deadline later than the end of the project's own 项目期限 (实施期
  2023年1月至8月, 时效 “12月底前”): the work is timed after the project is over;
- N244: a 自评's 年度目标实际完成情况 states a figure for what an indicator measures that
  differs from that row's 实际完成值 (完成情况 “培训600人次”, 实际 “300人次”);
- N245: the completion statement gives an execution rate (预算执行率100%) that the table's
  执行率, or its 全年执行数 over the 预算数, does not give;
- R131: a plan's 立项依据 (or goal, or an indicator's 依据) cites a document numbered in a
  year after the budget year (〔2025〕 in a 2023 plan): it cannot have been the basis.

The words and the tolerance are data (``jixiao/profiles/review-two-places.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from jixiao.content_caches import content_cache
from jixiao.grammar import UnitKind, parse_value
from jixiao.model.plan import Project
from jixiao.review.context import ProjectView, rows_fact
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.lasting_goals import figure_unlike, goal_clauses
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_DATA = "review-two-places.json"
_TIME = "时效"
_HUNDRED = Decimal(100)
_NOT_COUNTS = (UnitKind.PERCENT, UnitKind.MONEY, UnitKind.TIME)


@cache
def _data() -> dict[str, object]:
    return load_data_file(_DATA)


def _words(key: str) -> tuple[str, ...]:
    raw = _data()[key]
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


# --- N243: a deadline after the project's term -------------------------------------------

# a year-month (2023年8月, 2023.8, 202308, 2023-8) or a month after a year (至12月)
_YEAR_MONTH = re.compile(
    r"((?:19|20)[0-9]{2})\s*(?:年|\.|-|/|－)?\s*([0-9]{1,2})(?![0-9])|([0-9]{1,2})\s*月"
)
_DIGIT = re.compile(r"[0-9]")  # a stated figure has one (lasting_goals._FIGURE)
_WINDOW = re.compile(r"[—\-~～至到－]\s*[0-9]")  # “1-12月”: a window, not a deadline
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _months(text: str, year: int | None) -> list[tuple[int, int]]:
    """The (year, month)s ``text`` names, in order; a month without a year takes the last
    year named before it (or ``year``)."""
    found = []
    current = year
    for m in _YEAR_MONTH.finditer(text):
        if m.group(1):
            current = int(m.group(1))
            month = int(m.group(2))
        else:
            month = int(m.group(3))
        if current is not None and 1 <= month <= 12:
            found.append((current, month))
    return found


def _deadline(raw: str, year: int) -> tuple[int, int] | None:
    text = raw.replace(" ", "")
    if _WINDOW.search(text):
        return None
    years = _YEAR.findall(text)
    if any(word in text for word in _words("year_end_words")):
        return (int(years[-1]) if years else year), 12
    months = _months(text, year)
    return months[-1] if months else None


def _deadline_rows(p: ProjectView) -> tuple[int, ...]:
    """Positions of the 时效 rows whose value is no rate (once per distinct rows)."""
    return tuple(
        [
            n
            for n, v in enumerate(p.indicators)
            if v.level2 == _TIME and v.value.unit_kind is not UnitKind.PERCENT
        ]
    )


def _after_term(p: ProjectView) -> list[Hit]:
    period, year = p.project.period, p.plan.plan.year
    if not period or year is None:
        return []
    ends = _months(period, None)
    if not ends:
        return []
    end = max(ends)
    hits = []
    views = p.indicators
    for n in rows_fact(p, _deadline_rows):
        v = views[n]
        deadline = _deadline(v.raw, year)
        if deadline is not None and deadline > end:
            hits.append(
                hit(
                    f"时效指标{q(v.name)}的时限{q(v.raw)}晚于项目期限{q(period)}的结束"
                    f"（{end[0]}年{end[1]}月）：项目结束后的完成时间无从考核。",
                    field="value",
                    indicator_index=v.index,
                )
            )
    return hits


N243 = TABLE.rule("N243", _after_term)


# --- N244, N245: the completion statement against the rows and the 执行率 ------------------


def _completion(p: ProjectView) -> str:
    return goal_clauses((p.project.annual_goal_actual or "",), "")


def _target_reached(target: Decimal | None, stated: Decimal, done: Decimal) -> bool:
    """The statement restates the target (围栏120米) and the row reached it (121.5米):
    “completed the target”, not another figure."""
    return target is not None and stated == target and done >= target


def _counted_rows(p: ProjectView) -> tuple[int, ...]:
    """Positions of the rows whose target is no rate, money or date: only their actuals
    are N244's (once per distinct rows; the actuals are read per project)."""
    return tuple([n for n, v in enumerate(p.indicators) if v.value.unit_kind not in _NOT_COUNTS])


def _figure_unlike_actual(p: ProjectView) -> list[Hit]:
    text = _completion(p)
    if not text or _DIGIT.search(text) is None:
        return []  # no figure stated: nothing to hold against the rows
    hits = []
    views = p.indicators
    for n in rows_fact(p, _counted_rows):
        v = views[n]
        actual = v.indicator.actual
        if not actual:
            continue
        done = parse_value(actual)
        unit = done.unit or v.value.unit
        if done.number is None or not unit or done.unit_kind in _NOT_COUNTS:
            continue  # rates, money and dates are N245's, F112's and N233's
        unlike = figure_unlike(text, v.name, done.number, unit)
        if unlike is not None and not _target_reached(v.value.number, unlike[1], done.number):
            name, figure = unlike
            hits.append(
                hit(
                    f"年度目标完成情况写{q(name)}{amount(figure)}{unit}，而指标{q(v.name, 24)}"
                    f"的实际完成值是{q(actual, 16)}：自评结论与指标完成情况不一致。",
                    field="actual",
                    indicator_index=v.index,
                )
            )
    return hits


N244 = TABLE.rule("N244", _figure_unlike_actual, applies_to=is_self_evaluation)


@cache
def _claim() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(_words("execution_claims"), key=len, reverse=True)))
    return re.compile(f"(?:{words})[^0-9%％。；;，,]{{0,4}}?([0-9]+(?:\\.[0-9]+)?)\\s*[%％]")


@content_cache(maxsize=1 << 10)
def _claimed_rates(text: str) -> tuple[Decimal, ...]:
    rates = []
    for m in _claim().finditer(text):
        try:
            rates.append(Decimal(m.group(1)))
        except InvalidOperation:  # pragma: no cover - the pattern admits digits only
            continue
    return tuple(rates)


def _table_rate(project: Project) -> Decimal | None:
    """The table's execution rate in percent: as stated, else 执行数 ÷ 预算数."""
    if project.execution_rate is not None:
        return project.execution_rate * _HUNDRED
    budget = project.budget_adjusted or project.budget_total
    if project.spent is None or not budget or budget <= 0:
        return None
    return project.spent / budget * _HUNDRED


def _rate_unlike_table(p: ProjectView) -> list[Hit]:
    text = p.project.annual_goal_actual
    if not text or ("%" not in text and "％" not in text):
        return []
    rate = _table_rate(p.project)
    if rate is None:
        return []
    tolerance = Decimal(str(_data()["execution_tolerance"]))
    claimed = [c for c in _claimed_rates(text) if abs(c - rate) > tolerance]
    if not claimed:
        return []
    shown = amount(rate.quantize(Decimal("0.01")))
    return [
        hit(
            f"年度目标完成情况写执行率{amount(claimed[0])}%，而表中的执行率是{shown}%"
            "（全年执行数÷预算数）：自评数据前后不一致。",
            field="annual_goal_actual",
        )
    ]


N245 = TABLE.rule("N245", _rate_unlike_table, applies_to=is_self_evaluation)


# --- R131: a basis numbered after the budget year ----------------------------------------


@cache
def _document_year() -> re.Pattern[str]:
    opening, closing = (re.escape(str(_data()[key])) for key in ("document_open", "document_close"))
    return re.compile(f"[{opening}]\\s*((?:19|20)[0-9]{{2}})\\s*[{closing}]\\s*第?[0-9]+\\s*号")


@content_cache(maxsize=1 << 12)
def _cited_years(text: str) -> tuple[int, ...]:
    return tuple(int(m.group(1)) for m in _document_year().finditer(text))


def _later_cited(project: Project, year: int) -> list[tuple[int, str]]:
    """(year, field) of each document numbered after ``year`` that the places a project
    writes its 依据 and goals cite (only texts numbering a document, “号”, are read)."""
    later = []
    for field, text in (
        ("basis", project.basis),
        ("annual_goal", project.annual_goal),
        ("midterm_goal", project.midterm_goal),
        ("purpose", project.purpose),
        ("overview", project.overview),
    ):
        if text and "号" in text:
            later += [(y, field) for y in _cited_years(text) if y > year]
    for goal in project.goals:
        if "号" in goal:
            later += [(y, "goals") for y in _cited_years(goal) if y > year]
    return later


def _rows_cited(p: ProjectView) -> int | None:
    """The latest year of a document the rows' 依据 cite (once per distinct rows)."""
    years = [y for v in p.indicators if "号" in v.basis for y in _cited_years(v.basis)]
    return max(years) if years else None


def _later_basis(p: ProjectView) -> list[Hit]:
    plan = p.plan.plan
    year = plan.year
    if year is None or plan.kind not in (None, "plan"):
        return []
    later = _later_cited(p.project, year)
    in_rows = rows_fact(p, _rows_cited)
    if in_rows is not None and in_rows > year:
        later.append((in_rows, "basis"))
    if not later:
        return []
    cited, field = min(later)
    return [
        hit(
            f"立项依据引用了{cited}年印发的文件（文号〔{cited}〕），晚于{year}年度："
            "预算编制时这份文件还没有，依据不实或照搬了后来的表。",
            field=field,
        )
    ]


R131 = TABLE.rule("R131", _later_basis)

RULES = (N243, N244, N245, R131)
