"""The rules written for round 7 of the held-out classes (tests/review/defects/
opinions_round7.py): R130, N242, N243, N244, N245 and R131 find their classes on real
documents of other provinces, also in wording the injections never used, stay silent where
the two places agree (a statement restating a reached target, a rate within rounding, a
window of months, a self-evaluation citing a later document), and say nothing on the
corpus as it is."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"R130", "N242", "N243", "N244", "N245", "R131"}
JINGMEN = "hubei_ru10-jingmen-wenwu-baohu-niandu-zongmubiao-prose-pipe_2022"
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
JINAN = "anhui_ru11-jinan-canlian-jingzhun-kangfu-mubiao-cut_2023"
MALUKENG = "yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023"
EZHOU = "hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
LICHENG = "shandong_jinan-licheng-wenhuaguan-mianfei-kaifang-spacerows-cut_2019"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: none of the six speaks on the plans and self-evaluations as they are
    (荆门's goal and indicators both say 86% and 96%; 马鹿坑's completion restates the
    reached 120米; 鄂州's completion says the table's 83.50%; no cost actual is above what
    was spent but 鄂州's, which copies the budget (N232's))."""
    assert spoken_on_corpus(NEW_RULES) == set()


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(JINGMEN, "goal_rate_unlike_indicator", "R130", plans)
    assert _found(PUYANG, "deadline_after_period", "N243", plans)
    assert _found(JINAN, "basis_cites_later_document", "R131", plans)
    assert _found(MALUKENG, "completion_figure_unlike_actual", "N244", evaluations)
    assert _found(EZHOU, "completion_rate_unlike_execution", "N245", evaluations)
    assert _found(LICHENG, "selfeval_cost_actual_above_spent", "N242", evaluations)


def _jingmen(goal: str) -> DepartmentPlan:
    plan = _plans()[JINGMEN].model_copy(deep=True)
    plan.projects[0].goals = [goal]
    plan.projects[0].annual_goal = goal
    return plan


def test_goal_rates_in_other_wording() -> None:
    """A rate the goal states otherwise than the indicator: flagged; the same rate, or a
    goal not naming the indicator: not."""
    for goal in ("确保文物展品安全保障率不低于90%。", "文物保护项目验收合格率要达到95%。"):
        assert [r for r, *_ in _rules_on(_jingmen(goal), {"R130"})] == ["R130"], goal
    for goal in ("文物展品安全保障率≥96%，验收合格率≥86%。", "展品安全保障有力，合格率达到90%。"):
        assert not _rules_on(_jingmen(goal), {"R130"}), goal


NANXIAN = "hunan_ru12r-nanxian-zhufang-baozhang-zichan-chuzu-niandubiao-pipe-cut_2024"


def test_a_name_with_a_comma_is_found_in_the_goal() -> None:
    """南县's 满意度 row is named with a 、 ('税务局对我单位税费缴纳及时、足额的满意度',
    =100%): the goal's clauses are cut at the 、 too, so the name is cut the same way
    before it is looked for. The table's own goal names it with no rate: silent."""
    plans = _plans()
    plan = plans[NANXIAN].model_copy(deep=True)
    project = plan.projects[-1]
    assert not _rules_on(plan, {"R130"})
    project.annual_goal = (
        "收取国有资产出租收入55万元；确保税务局对我单位税费缴纳及时、足额的满意度不低于90%。"
    )
    assert [r for r, *_ in _rules_on(plan, {"R130"})] == ["R130"]
    project.annual_goal = "确保税务局对我单位税费缴纳及时、足额的满意度达到100%。"
    assert not _rules_on(plan, {"R130"})


def _puyang(period: str, deadline: str) -> DepartmentPlan:
    plan = _plans()[PUYANG].model_copy(deep=True)
    plan.projects[0].period = period
    row = next(r for r in plan.projects[0].indicators if "时效" in r.level2)
    row.value = deadline
    return plan


def test_deadlines_against_terms_in_other_wording() -> None:
    """A deadline after the term's end, however both are written: flagged; a deadline
    within the term, a term running into the next year or a window of months: not."""
    for period, deadline in (
        ("2021.1-2021.6", "2021年9月30日前"),
        ("202101-202109", "年底前完工"),
        ("2021年3月至10月", "12月底前"),
    ):
        assert [r for r, *_ in _rules_on(_puyang(period, deadline), {"N243"})] == ["N243"]
    for period, deadline in (
        ("2021年1月-12月", "2021年12月31日"),
        ("2021年4月-2022年2月", "年底前"),
        ("2021年1月至2021年6月", "1-12月"),
        ("2021年1月至2021年6月", "6月底前"),
    ):
        assert not _rules_on(_puyang(period, deadline), {"N243"}), (period, deadline)


def _jinan(basis: str) -> DepartmentPlan:
    plan = _plans()[JINAN].model_copy(deep=True)
    plan.projects[0].basis = basis
    return plan


def test_later_documents_in_other_wording() -> None:
    """Document numbers after the budget year in any of the brackets: flagged; the budget
    year's own, earlier ones, a year not in a document number, or a self-evaluation: not."""
    for basis in ("财社[2024]88号", "依据合政办【2026】第3号文件", "皖残联(2024)12号"):
        assert [r for r, *_ in _rules_on(_jinan(basis), {"R131"})] == ["R131"], basis
    for basis in ("皖财社〔2023〕15号", "皖政办秘〔2016〕190号", "到2025年康复服务覆盖率达85%"):
        assert not _rules_on(_jinan(basis), {"R131"}), basis
    evaluation = _jinan("财社〔2024〕88号")
    evaluation.kind = "self_evaluation"
    assert not _rules_on(evaluation, {"R131"})


def _malukeng(statement: str) -> DepartmentPlan:
    plan = _self_evaluations()[MALUKENG].model_copy(deep=True)
    plan.projects[0].annual_goal_actual = statement
    return plan


def test_completion_figures_in_other_wording() -> None:
    """A completion statement giving a row another figure than its actual: flagged; the
    actual itself, or the reached target restated: not."""
    for statement in ("新建野生动物收容所180平方米。", "建成钢结构圈养围栏共计100米，收容所1间。"):
        assert [r for r, *_ in _rules_on(_malukeng(statement), {"N244"})] == ["N244"]
    for statement in ("建成野生动物收容所204.46平方米。", "钢结构圈养围栏120米已完成。"):
        assert not _rules_on(_malukeng(statement), {"N244"}), statement


def _ezhou(statement: str) -> DepartmentPlan:
    plan = _self_evaluations()[EZHOU].model_copy(deep=True)
    plan.projects[0].annual_goal_actual = statement
    return plan


def test_execution_claims_in_other_wording() -> None:
    """An execution rate the table does not give: flagged; the table's rate within a point,
    or a percentage of something else: not."""
    for statement in ("资金支付率为95%。", "全年支出进度100%，工作全部完成。"):
        assert [r for r, *_ in _rules_on(_ezhou(statement), {"N245"})] == ["N245"]
    for statement in ("预算执行率83.5%。", "执行率约84%", "群众满意度100%。"):
        assert not _rules_on(_ezhou(statement), {"N245"}), statement


def test_cost_actuals_against_spending() -> None:
    """历城's cost actual (45万, spent 45万): above the spending flagged whatever its
    money unit; equal, or a unit cost, not."""
    for actual in ("60万元", "520000元", "0.6亿元"):
        plan = _self_evaluations()[LICHENG].model_copy(deep=True)
        row = next(r for r in plan.projects[0].indicators if "成本" in r.level2)
        row.actual = actual
        assert [r for r, *_ in _rules_on(plan, {"N242"})] == ["N242"], actual
    for actual in ("45万", "45.3万元", "300元/人"):
        plan = _self_evaluations()[LICHENG].model_copy(deep=True)
        row = next(r for r in plan.projects[0].indicators if "成本" in r.level2)
        row.actual = actual
        assert not _rules_on(plan, {"N242"}), actual
    assert _self_evaluations()[LICHENG].projects[0].spent == Decimal("45")
