"""自评表 (self-evaluation) arithmetic as a reviewer checks it: the stated 总分 against the
stated 得分, each 得分 against its 分值, the 分值 against 100, full or reduced points
against the 实际完成值, the 偏差原因 of a missed target, and how a 满意度 was obtained.

The rules read only what the document states (see :mod:`jixiao.review.rules.score_sums`)
and run on documents imported as self-evaluations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from importlib import resources

from jixiao.model.plan import Indicator
from jixiao.review.context import PlanView, ProjectView, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import amount, is_satisfaction, q
from jixiao.review.rules.score_sums import (
    HUNDRED,
    MAX_EXECUTION_WEIGHT,
    attainment,
    same_at_precision,
    stated_rows,
    stated_sums,
    total_arithmetic_wrong,
)

TABLE = rule_table(__name__)
SELF_EVALUATION = "self_evaluation"
_MIN_ROWS = 3  # fewer rows with 分值: a fragment, not a table whose 分值 should add up


def is_self_evaluation(view: PlanView) -> bool:
    """The document was imported as a self-evaluation: the precondition of N201–N214."""
    return view.plan.kind == SELF_EVALUATION


@cache
def _words() -> dict[str, list[str]]:
    raw = resources.files("jixiao.profiles").joinpath("selfeval-review.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(raw)
    return data


@cache
def _alternation(name: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _words()[name])))


def _survey_words() -> re.Pattern[str]:
    return _alternation("survey_words")


# a short 偏差原因 that only claims the target was met (“已按计划完成”, “不存在偏差”) and
# names no cause: said of a missed row it contradicts the 实际完成值 and explains nothing
_CLAIM = re.compile(r"完成|达到|实现|达标|无偏差|没有偏差|不存在偏差|未发生偏差|未出现偏差")
_CAUSE = re.compile(
    r"原因|因|由于|受|导致|影响|未完成|没有完成|未达|不足|减少|延|滞|差距|调整|下降"
)
_CLAIM_CHARS = 16


def _claims_met(said: str) -> bool:
    return len(said) <= _CLAIM_CHARS and bool(_CLAIM.search(said)) and not _CAUSE.search(said)


def _explained(indicator: Indicator) -> bool:
    """A 偏差原因 that says something: not blank, not a placeholder (“无”, “/”), not a bare
    claim that the target was met (“已全部完成”)."""
    said = (indicator.deviation or "").strip()
    if not said or said in _words()["placeholder_deviations"]:
        return False
    return not _claims_met(squeeze(said))


def attainment_of(i: Indicator) -> Decimal | None:
    """The share of its target a row's 实际完成值 reaches (1 when met), None when not comparable."""
    name = i.level3
    downward = words().downward_rates.search(name) or _alternation("ceiling_rates").search(name)
    return attainment(i, downward=bool(downward))


def _row(i: Indicator) -> str:
    return f"{q(i.level3, 24)}（目标{q(i.value, 16)}，实际{q(i.actual or '', 16)}）"


def _total(p: ProjectView) -> list[Hit]:
    project = p.project
    if not total_arithmetic_wrong(project):
        return []
    sums = stated_sums(project)
    rest = f"，另有预算执行率至多{amount(sums.execution_weight)}分" if sums.execution_weight else ""
    return [
        hit(
            f"总分{amount(project.total_score)}，而各指标得分合计{amount(sums.scores)}{rest}。",
            field="total_score",
        )
    ]


N201 = TABLE.rule("N201", _total, applies_to=is_self_evaluation)


def _over_weight(p: ProjectView) -> list[Hit]:
    return [
        hit(
            f"{q(i.level3, 24)}得分{amount(score)}，超过其分值{amount(weight)}。",
            field="score",
            indicator_index=index,
        )
        for index, i, weight, score in stated_rows(p.project)
        if score > weight
    ]


N202 = TABLE.rule("N202", _over_weight, applies_to=is_self_evaluation)


def _weights(p: ProjectView) -> list[Hit]:
    rows = [i.weight for i in p.project.indicators if i.weight is not None]
    if len(rows) < _MIN_ROWS or len(rows) != len(p.project.indicators):
        return []
    total = sum(rows, Decimal(0))
    # 90 leaves the 执行率's 10 points; under 90 a row may be cut off (stored fragments).
    if total <= HUNDRED - MAX_EXECUTION_WEIGHT or total == HUNDRED:
        return []
    return [
        hit(
            f"各指标分值合计{amount(total)}，加上预算执行率的分值也不是100分。",
            field="weight",
        )
    ]


N203 = TABLE.rule("N203", _weights, applies_to=is_self_evaluation)


def _reached_rows(p: ProjectView) -> Iterator[tuple[int, Indicator, Decimal, Decimal, Decimal]]:
    for index, i, weight, score in stated_rows(p.project):
        share = attainment_of(i)
        if share is not None and score <= weight:
            yield index, i, weight, score, share


def _missed_full(p: ProjectView) -> list[Hit]:
    # Full points for a shortfall the stated precision cannot show (4.84 of 5 → 5) is not one.
    return [
        hit(f"{_row(i)}未达到目标，却得满分{amount(score)}。", field="score", indicator_index=n)
        for n, i, weight, score, share in _reached_rows(p)
        if score == weight and not same_at_precision(weight * share, score)
    ]


N204 = TABLE.rule("N204", _missed_full, applies_to=is_self_evaluation)


def _met_reduced(p: ProjectView) -> list[Hit]:
    return [
        hit(
            f"{_row(i)}已达到目标，得分{amount(score)}低于分值{amount(weight)}，未说明扣分原因。",
            field="score",
            indicator_index=n,
        )
        for n, i, weight, score, share in _reached_rows(p)
        if share == 1 and score < weight and not _explained(i)
    ]


N205 = TABLE.rule("N205", _met_reduced, applies_to=is_self_evaluation)


def _unexplained(p: ProjectView) -> list[Hit]:
    hits = []
    for index, i in enumerate(p.project.indicators, start=1):
        share = attainment_of(i)
        if share is not None and share < 1 and not _explained(i):
            hits.append(
                hit(
                    f"{_row(i)}未达到目标，未填写偏差原因分析及改进措施。",
                    field="deviation",
                    indicator_index=index,
                )
            )
    return hits


N206 = TABLE.rule("N206", _unexplained, applies_to=is_self_evaluation)


def _survey(p: ProjectView) -> list[Hit]:
    project = p.project
    context = "｜".join([project.overview or "", project.annual_goal or "", *project.goals])
    if _survey_words().search(context):
        return []
    hits = []
    for v in p.indicators:
        i = v.indicator
        if not (i.actual or "").strip() or not is_satisfaction(v):
            continue
        said = "｜".join([i.actual or "", i.deviation or "", i.description, i.standard or ""])
        if not _survey_words().search(said) and any(c.isdigit() for c in i.actual or ""):
            hits.append(
                hit(
                    f"满意度{q(i.level3, 24)}实际完成{q(i.actual, 16)}，未说明通过何种调查取得。",
                    field="actual",
                    indicator_index=v.index,
                )
            )
    return hits


N207 = TABLE.rule("N207", _survey, applies_to=is_self_evaluation)


def _unmeasured_scored(p: ProjectView) -> list[Hit]:
    """Rows with a target and points but no 实际完成值, in a table whose other rows state one."""
    rows = p.project.indicators
    if not any((i.actual or "").strip() for i in rows):
        return []  # no 实际完成值 column read: nothing to compare
    return [
        hit(
            f"{q(i.level3, 24)}（目标{q(i.value, 16)}）没有填写实际完成值，"
            f"却得分{amount(i.score)}。",
            field="actual",
            indicator_index=n,
        )
        for n, i in enumerate(rows, start=1)
        if i.value.strip() and not (i.actual or "").strip() and i.score and i.score > 0
    ]


N229 = TABLE.rule("N229", _unmeasured_scored, applies_to=is_self_evaluation)

RULES = (N201, N202, N203, N204, N205, N206, N207, N229)
