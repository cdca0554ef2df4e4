"""The rules written for round 4 of the reviewer-opinion classes
(tests/review/defects/opinions_round4.py): B107, F112, R124 and N233 find their held-out
classes on real documents of other provinces, also in wording the injections never used,
stay silent where the wording argues the figure, and say nothing on the corpus as it is."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"B107", "F112", "R124", "N233"}
HUANGSHAN = "anhui_huangshan-gonganju-xuelianggongcheng-bracket_2025"
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
TIANCHANG = "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"
JINZHAI = "anhui_jinzhai-chagu-meilixiangcun-zhengti_2023"
LINXIANG = "yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: none of the four speaks on the 61 plans and 70 self-evaluations as they
    are (乌海's goal “年度预算总金额3万元” equals its 预算数; 六安's “结转2024年” in 2025 is
    the year before)."""
    assert spoken_on_corpus(NEW_RULES) == set()


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(HUANGSHAN, "target_below_last_year", "B107", plans)
    assert _found(PUYANG, "goal_amount_unlike_budget", "F112", plans)
    assert _found(PUYANG, "goal_stale_year", "R124", plans)
    assert _found(TIANCHANG, "selfeval_goal_amount_unlike_budget", "F112", evaluations)
    assert _found(JINZHAI, "selfeval_late_full_score", "N233", evaluations)
    assert _found(LINXIANG, "selfeval_late_full_score", "N233", evaluations)


def _quantity_with_basis(basis: str) -> tuple[DepartmentPlan, int]:
    plan = _plans()[PUYANG].model_copy(deep=True)
    project = plan.projects[0]
    n, row = next((n, r) for n, r in enumerate(project.indicators, 1) if "数量" in r.level2)
    row.value, row.basis, row.description = "≥300人次", basis, ""
    return plan, n


def test_prior_figures_in_other_wording() -> None:
    """The recent years' average, last year by its number, a unit glued or spaced: flagged
    when above the target; a lower prior, another unit or a stated cause is not."""
    year = _plans()[PUYANG].year
    assert year is not None
    for basis in ("近三年平均完成450人次", f"{year - 1}年完成 360 人次", "去年共培训320人次"):
        plan, n = _quantity_with_basis(basis)
        assert _rules_on(plan, {"B107"}) == [("B107", 1, n)], basis
    for basis in (
        "上年实际完成280人次",
        "上年实际完成600人",
        "上年完成600人次，今年因场地改造减少",
        f"{year - 3}年完成600人次",
        "年度工作计划300人次",
    ):
        plan, n = _quantity_with_basis(basis)
        assert not _rules_on(plan, {"B107"}), basis


def _goal(goal: str, evaluation: bool = False) -> DepartmentPlan:
    source = _self_evaluations()[TIANCHANG] if evaluation else _plans()[PUYANG]
    plan = source.model_copy(deep=True)
    plan.projects[0].goals = [goal]
    plan.projects[0].annual_goal = None
    return plan


def test_goal_money_in_other_wording() -> None:
    """Money in 元 or 亿元, the budget named outright at a lower sum: flagged; the table's
    own amount, a multi-year or higher-level sum, a rate per head: not."""
    project = _plans()[PUYANG].projects[0]
    budget = project.budget_total or project.budget_adjusted
    assert budget is not None
    over_yuan = format((budget * 30000).normalize(), "f")
    under = format((budget / 2).normalize(), "f")
    same = format(budget.normalize(), "f")
    for goal in (f"本年度经费支出{over_yuan}元，完成库房消防改造", f"年度预算资金{under}万元"):
        assert _rules_on(_goal(goal), {"F112"}), goal
    for goal in (
        f"安排资金{same}万元，完成库房消防改造",
        f"项目总投资{over_yuan}元，本年完成库房消防改造",
        f"争取中央资金{over_yuan}元",
        f"其中培训经费{under}万元",
        "补助资金每人500元",
    ):
        assert not _rules_on(_goal(goal), {"F112"}), goal


def test_stale_goal_years_in_other_wording() -> None:
    year = _plans()[PUYANG].year
    assert year is not None
    old = year - 4
    dated = (f"{old}年度完成档案库房改造", f"目标1：{old}年底前完成改造", f"{old}年6月完成验收")
    for goal in dated:
        assert _rules_on(_goal(goal), {"R124"}) == [("R124", 1, None)], goal
    for goal in (
        f"档案数量较{old}年增长10%",
        f"落实《档案事业发展规划（{old}-{year + 2}年）》",
        f"按{old}年印发的消防规范完成改造",
        f"{year}年12月底前完成改造",
        f"完成{year - 1}年结转的改造任务",
        f"使用{old}年度结转资金完成改造",
        f"支付{old}年库房改造工程尾款",
        f"{old}年欠付的工程款全部结清",
    ):
        assert not _rules_on(_goal(goal), {"R124"}), goal


def _timed(value: str, actual: str, score: str = "5") -> DepartmentPlan:
    plan = _self_evaluations()[JINZHAI].model_copy(deep=True)
    row = next(r for r in plan.projects[0].indicators if "时效" in r.level2)
    row.value, row.actual, row.score = value, actual, Decimal(score)
    return plan


def test_late_completion_in_other_wording() -> None:
    year = _self_evaluations()[JINZHAI].year
    assert year is not None
    for value, actual in (
        (f"{year}年12月31日前", f"{year + 1}年1月15日"),
        ("6月底前", "8月"),
        (f"{year}年10月20日", f"{year}年10月28日"),
    ):
        assert _rules_on(_timed(value, actual), {"N233"}), (value, actual)
    for value, actual, score in (
        ("12月底前", "12月", "5"),
        ("6月底前", "8月", "3"),
        ("1-12月", "12月", "5"),
        ("9月前", "已完成", "5"),
    ):
        assert not _rules_on(_timed(value, actual, score), {"N233"}), (value, actual)
