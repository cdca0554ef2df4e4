"""Defect classes for checks the domain reference describes that the catalogue lacked until
R113, B106, N212 and N213 (docs/rules/coverage.md): an output filed under the wrong 产出
second level, a cost ceiling above the 预算支出标准 its basis cites, a self-evaluation's
预算执行率 the amounts do not give, a large overshoot left unexplained.

The level mutations move a row the document itself filed under 时效 (or 质量) to another
second level and change nothing else, so the names are the documents' own, not the rule's
word list. Both were narrowed after their first run (12/31 and 8/27 found; docs/rules/
recall.md 首次): the 时效 rows to those that measure time by their value (a duration, a date,
a rate), the 质量 rows to rates that are not completion shares — rows the document itself
misfiled are another defect (R104). The two self-evaluation classes run on the corpus's
self-evaluations (``"corpus": "self_evaluation"`` in catalogue.json)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import Direction, UnitKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import Target, _first, _keys, _money_cost, _number, mutation

_PERCENT = "%"
_DATE_WORDS = re.compile(r"[0-9]\s*月|年\s*[底末]|[0-9]{4}\s*年")
_COMPLETION = re.compile(r"(?:完成|到位|覆盖|发放|下达|执行|支付|拨付|结业|参与)率")


def _output(ind: Indicator, level2: str) -> bool:
    return _keys(ind)[1] == level2 and "产出" in ind.level1


def _timed(ind: Indicator, v: IndicatorValue) -> bool:
    """A 时效 row that measures time by its value: a duration or date, or a rate (及时率);
    a row the document filed under 时效 that measures nothing of time is R104's."""
    timed = v.unit_kind is UnitKind.TIME or _DATE_WORDS.search(ind.value) is not None
    rate = v.unit == _PERCENT and ind.level3.rstrip("%％)） ").endswith("率")
    return _output(ind, "时效") and (timed or rate)


@mutation
def timeliness_under_quality(plan: DepartmentPlan) -> Target | None:
    """A 时效 row of the document (a deadline or a timeliness rate) moved under 质量指标."""
    return _first(plan, _timed, lambda ind, _v: setattr(ind, "level2", "质量指标"))


def _quality_rate(name: str) -> bool:
    name = name.rstrip("%％)） ")
    return name.endswith("率") and _COMPLETION.search(name) is None


@mutation
def quality_rate_under_quantity(plan: DepartmentPlan) -> Target | None:
    """A 质量 rate of the document (a name ending in 率, its value a percentage) moved under
    数量指标; not a completion share (完成率, 到位率, 覆盖率, 参与率, 结业率: how much of the
    planned quantity was delivered), which may stand under 数量 as well."""
    return _first(
        plan,
        lambda ind, v: _output(ind, "质量") and v.unit == _PERCENT and _quality_rate(ind.level3),
        lambda ind, _v: setattr(ind, "level2", "数量指标"),
    )


def _ceiling(ind: Indicator, v: IndicatorValue) -> bool:
    downward = v.direction in (Direction.LE, Direction.LT, None)
    return _money_cost(ind, v) and downward and v.number is not None and v.number > 0


@mutation
def cost_above_basis_standard(plan: DepartmentPlan) -> Target | None:
    """The basis of a money cost cites a 预算支出标准 a fifth below the ceiling."""

    def cite(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        lower = format((v.number * Decimal("0.8")).quantize(Decimal("0.01")).normalize(), "f")
        ind.basis = f"按预算支出标准{lower}{v.unit}测算"
        if v.direction is None:
            ind.value = f"≤{_number(v)}{v.unit}"

    return _first(plan, _ceiling, cite)


@mutation
def execution_rate_unlike_amounts(plan: DepartmentPlan) -> Target | None:
    """A self-evaluation whose 全年执行数 is cut by a third, its stated 执行率 kept."""
    for p, project in enumerate(plan.projects, start=1):
        budget = project.budget_adjusted or project.budget_total or project.budget_initial
        if project.execution_rate is not None and project.spent and budget:
            project.spent = (project.spent * Decimal("0.66")).quantize(Decimal("0.01"))
            return Target(p, frozenset())
    return None


@mutation
def overshoot_unexplained(plan: DepartmentPlan) -> Target | None:
    """A met ≥ target's 实际完成值 doubled, its 偏差原因 left empty."""

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT)
        positive = v.number is not None and v.number > 0
        return bool(ind.actual) and up and positive and v.unit != _PERCENT

    def double(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        doubled = format((v.number * 2).normalize(), "f")
        ind.actual = f"{doubled}{v.unit or ''}"
        ind.deviation = None

    return _first(plan, fits, double)


# Checks domain.md §5 lists that no class injected until the reviewer-opinion round
# (opinions.py): a social item under 生态效益 or 经济效益, a goal no indicator measures,
# fiscal and other money that no longer add up to the budget. Measured on main first.

_NATURE = re.compile(r"生态|环境|绿化|节能|节水|节电|减排|排放|污染|水质|空气|森林|植被|垃圾|能耗")
_ECONOMY = re.compile(r"经济|收入|增收|节约|成本|利润|产值|税|资金|元")
_UNRELATED_GOALS = (
    "新建乡镇污水处理站2座，日处理能力达到500吨",
    "完成高标准农田建设1.2万亩",
    "新增城市公共停车泊位300个",
    "完成老旧电梯更新改造40台",
)


def _social(ind: Indicator) -> bool:
    return "社会" in ind.level2 and ind.level3.strip() != ""


def _social_moved(plan: DepartmentPlan, level2: str, related: re.Pattern[str]) -> Target | None:
    """A 社会效益 row of the document whose words are unrelated to ``level2``, moved there."""
    return _first(
        plan,
        lambda ind, _v: _social(ind) and not related.search(ind.level3 + ind.description),
        lambda ind, _v: setattr(ind, "level2", level2),
    )


@mutation
def social_item_under_ecology(plan: DepartmentPlan) -> Target | None:
    return _social_moved(plan, "生态效益指标", _NATURE)


@mutation
def social_item_under_economy(plan: DepartmentPlan) -> Target | None:
    return _social_moved(plan, "经济效益指标", _ECONOMY)


@mutation
def goal_without_indicator(plan: DepartmentPlan) -> Target | None:
    """A goal about other work (a works target of another sector) added to a project's goals."""
    seed = plan.projects[0].name if plan.projects else ""
    for p, project in enumerate(plan.projects, start=1):
        if not project.goals or len(project.indicators) < 3:
            continue
        words = "｜".join(i.level3 + i.description for i in project.indicators)
        fitting = [
            g for g in _UNRELATED_GOALS if g[2:6] not in words and g[2:6] not in project.name
        ]
        if fitting:
            project.goals.append(fitting[len(seed) % len(fitting)])
            return Target(p, frozenset())
    return None


@mutation
def fiscal_and_other_unlike_budget(plan: DepartmentPlan) -> Target | None:
    """Other money stated so that fiscal + other exceeds the budget by a fifth of it."""
    for p, project in enumerate(plan.projects, start=1):
        total, fiscal = project.budget_total, project.budget_fiscal
        if total and fiscal is not None and total > 0 and fiscal <= total:
            project.budget_other = (total - fiscal + total / 5).quantize(Decimal("0.01"))
            return Target(p, frozenset())
    return None
