"""A 自评表's 年度目标实际完成情况 read against the rest of the table, round 9 of the
held-out classes (tests/review/defects/opinions_round9.py):

- N248: the statement is a placeholder (“无”, “/”) while the table is scored: the
  self-evaluation does not say what was achieved;
- N249: the statement repeats the 年度目标 (预期目标) word for word: it restates the plan
  instead of reporting what was done;
- W125: the statement is a bare verdict or procedure (“完成年度目标。”, “严格按照年初预算
  执行,采购手续合规合法,完成率100%。”): nothing it says was done can be checked against
  the goal (held-out round 16, 霍山 2024);
- N250: the statement frames itself by a year before the one evaluated (“2020年度，…” in a
  2023 自评) and names no later year: carried over from an earlier self-evaluation;
- F115: the statement says the money was spent in full (“项目资金已全部支付完毕”) while the
  table's 全年执行数 is well below its budget.

The words and the tolerance are data (``jixiao/profiles/review-completion-statement.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.review.context import ProjectView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_DATA = "review-completion-statement.json"
_MIN_GOAL_CHARS = 8  # a shorter 年度目标 (“见指标”) is not a statement one could copy
_NEGATOR_REACH = 3  # characters before a claim where a negator undoes it
_OPENING_CHARS = 3  # a year this near the start frames the whole statement (截至2020年底)
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


@cache
def _data() -> dict[str, object]:
    return load_data_file(_DATA)


def _words(key: str) -> tuple[str, ...]:
    raw = _data()[key]
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


def _scored(p: ProjectView) -> bool:
    project = p.project
    return project.total_score is not None or any(i.score is not None for i in project.indicators)


# --- N248: a placeholder for the statement ----------------------------------------------


def _blank_statement(p: ProjectView) -> list[Hit]:
    said = (p.project.annual_goal_actual or "").strip()
    if not said or said not in _words("placeholders") or not _scored(p):
        return []
    return [
        hit(
            f"年度总体目标的实际完成情况只写{q(said)}，而表已逐项打分：自评没有说明年度目标"
            "实际完成得怎样。",
            field="annual_goal_actual",
        )
    ]


N248 = TABLE.rule("N248", _blank_statement, applies_to=is_self_evaluation)


# --- N249: the statement copying the goal -----------------------------------------------


def _copied_goal(p: ProjectView) -> list[Hit]:
    goal = squeeze(p.project.annual_goal or "")
    said = squeeze(p.project.annual_goal_actual or "")
    if len(goal) < _MIN_GOAL_CHARS or said != goal:
        return []
    written = p.project.annual_goal or ""
    return [
        hit(
            f"年度总体目标的实际完成情况与年度目标一字不差（{q(written, 30)}）："
            "照抄了预期目标，没有写实际完成了什么。",
            field="annual_goal_actual",
        )
    ]


N249 = TABLE.rule("N249", _copied_goal, applies_to=is_self_evaluation)


# --- W125: the statement a bare verdict ----------------------------------------------


@cache
def _generic() -> frozenset[str]:
    return frozenset(squeeze(w) for w in _words("generic_conclusions"))


@cache
def _clause_break() -> re.Pattern[str]:
    return re.compile(f"[{_data()['clause_breaks']}]+")


_NUMBERING = re.compile(r"^[0-9]+")  # “1.完成年度目标” squeezes to “1完成年度目标”


def _bare_verdict(p: ProjectView) -> list[Hit]:
    said = (p.project.annual_goal_actual or "").strip()
    clauses = [_NUMBERING.sub("", squeeze(c)) for c in _clause_break().split(said)]
    clauses = [c for c in clauses if c]
    if not clauses or not all(c in _generic() for c in clauses):
        return []
    return [
        hit(
            f"年度总体目标的实际完成情况只写{q(said, 30)}：是笼统的结论或执行程序，没有写"
            "实际做成了什么（完成了几项、多少台套、服务了多少人），无法与年度目标逐项对照。",
            field="annual_goal_actual",
        )
    ]


W125 = TABLE.rule("W125", _bare_verdict, applies_to=is_self_evaluation)


# --- N250: the statement framed by a past year ------------------------------------------


@cache
def _frame() -> re.Pattern[str]:
    frames = "|".join(map(re.escape, sorted(_words("past_year_frames"), key=len, reverse=True)))
    return re.compile(f"(?<![0-9])((?:19|20)[0-9]{{2}})(?:{frames})")


def _past_year(p: ProjectView) -> list[Hit]:
    year = p.plan.plan.year
    said = p.project.annual_goal_actual or ""
    if year is None or not said:
        return []
    frames = [m for m in _frame().finditer(said) if int(m.group(1)) < year]
    if not frames:
        return []
    opens = frames[0].start() <= _OPENING_CHARS  # “2020年度，…”, “截至2020年底，…”
    if not opens and any(int(y) >= year for y in _YEAR.findall(said)):
        return []  # the year evaluated is named: earlier years within are comparisons
    return [
        hit(
            f"{year}年度的自评，年度目标实际完成情况写的却是{frames[0].group(1)}年"
            f"（{q(said, 30)}）：是照搬往年自评的。",
            field="annual_goal_actual",
        )
    ]


N250 = TABLE.rule("N250", _past_year, applies_to=is_self_evaluation)


# --- F115: a claim of full spending against 全年执行数 ---------------------------------


def _claim(text: str) -> str | None:
    """The words by which ``text`` says the money was spent in full, if it does: after a
    word for money (资金, 经费), not negated (未全部支付)."""
    said = squeeze(text)
    negators, money = _words("claim_negators"), _words("money_words")
    reach = int(str(_data()["money_reach"]))
    for word in _words("full_spending_claims"):
        at = said.find(word)
        while at >= 0:
            near = said[max(0, at - _NEGATOR_REACH) : at]
            of_money = any(m in said[max(0, at - reach) : at] for m in money)
            if of_money and not any(n in near for n in negators):
                return word
            at = said.find(word, at + 1)
    return None


def _claims_all_spent(p: ProjectView) -> list[Hit]:
    project = p.project
    budget, spent = project.budget_adjusted or project.budget_total, project.spent
    if not project.annual_goal_actual or not budget or budget <= 0 or spent is None:
        return []
    tolerance = Decimal(str(_data()["full_spending_tolerance"]))
    if spent >= budget * (1 - tolerance):
        return []
    word = _claim(project.annual_goal_actual)
    if word is None:
        return []
    return [
        hit(
            f"年度目标实际完成情况称资金{q(word)}，而全年执行数{amount(spent)}万元只占预算数"
            f"{amount(budget)}万元的{spent / budget:.0%}：自评结论与资金执行不符。",
            field="annual_goal_actual",
        )
    ]


F115 = TABLE.rule("F115", _claims_all_spent, applies_to=is_self_evaluation)

RULES = (N248, N249, W125, N250, F115)
