"""The rules written for round 8 of the held-out classes (tests/review/defects/
opinions_round8.py): N246, N247, M120, F114, R134 and R135 find their classes on real documents
of other provinces, also in wording the injections never used, stay silent where the two
places agree (a reason for a missed row, a figure, a 拨付 of the budget, a current period,
a 中期 total above the year's), and say nothing on the corpus as it is."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"N246", "N247", "M120", "F114", "R134", "R135"}
EZHOU = "hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
LUAN = "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024"
RONGCHANG = "chongqing_rongchang-linyeju-daqinggang-lvhua_2022"
LICHENG = "shandong_jinan-licheng-wenhuaguan-mianfei-kaifang-spacerows-cut_2019"
YIXING = "jiangsu_ru8-yixing-jiben-gongwei-laokuangjia-cellperline-cut_nd"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: none of the six speaks on the plans and self-evaluations as they are
    (保山's “无上访” answers a ceiling; 芜湖's “按该标准发放” a 260元/辆 standard; 鄂州's
    completion states its 执行数 as the table does; the 中期 periods of 六安, 太湖 and 东莞
    include their tables' years) but M120 on 宜兴's “组织管理规范度 100%” answered “有”:
    a yes/no answer gives no rate to score either (classified real in the audit)."""
    assert spoken_on_corpus(NEW_RULES) == {(YIXING, "M120")}


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(EZHOU, "selfeval_deviation_says_missed", "N246", evaluations)
    assert _found(EZHOU, "selfeval_actual_in_words", "M120", evaluations)
    assert _found(EZHOU, "completion_spending_unlike_spent", "F114", evaluations)
    assert _found(LICHENG, "selfeval_completion_says_missed", "N247", evaluations)
    assert _found(LUAN, "midterm_period_before_year", "R134", plans)
    assert _found(RONGCHANG, "midterm_figure_below_annual", "R135", plans)


def _ezhou_row(actual: str, deviation: str) -> DepartmentPlan:
    """鄂州's 办结率 row (100%, scored 10 of 10) with ``actual`` and ``deviation``."""
    plan = _self_evaluations()[EZHOU].model_copy(deep=True)
    row = next(r for r in plan.projects[0].indicators if r.level3 == "政务服务工作办结率")
    row.actual, row.deviation = actual, deviation
    return plan


def test_reasons_saying_missed_in_other_wording() -> None:
    """A met row whose reason says it was not met, however put: flagged; a negated
    shortfall, or a reason for a row really missed: not."""
    for reason in ("因系统升级，年度任务尚未完成", "个别事项未能达到时限要求", "该项指标未达标"):
        assert [r for r, *_ in _rules_on(_ezhou_row("100%", reason), {"N246"})] == ["N246"]
    for actual, reason in (
        ("100%", "不存在未完成情况"),
        ("100%", "无"),
        ("92%", "部分事项未完成，下一步加强督办"),
    ):
        assert not _rules_on(_ezhou_row(actual, reason), {"N246"}), (actual, reason)


def test_actuals_in_words_the_injection_never_used() -> None:
    """A judgement or a yes/no answer with no figure for a 100% target: flagged; a figure
    (also in Chinese numerals), a stock “已完成” (N208's) or “无” (a figure of none): not."""
    for actual in ("优秀", "基本满足需求", "成效突出", "有", "是", "否"):
        assert [r for r, *_ in _rules_on(_ezhou_row(actual, ""), {"M120"})] == ["M120"], actual
    for actual in ("98.5%", "百分之百", "已完成", "无", "没有"):
        assert not _rules_on(_ezhou_row(actual, ""), {"M120"}), actual


def _licheng_completion(text: str) -> DepartmentPlan:
    """历城's five rows, all 100% of 100% and scored full, with ``text`` as 完成情况."""
    plan = _self_evaluations()[LICHENG].model_copy(deep=True)
    plan.projects[0].annual_goal_actual = text
    return plan


def test_completions_saying_missed_in_other_wording() -> None:
    """A short statement that the goal was not met over rows all met: flagged; one about
    the works (a multi-year project), a negated shortfall or a long account: not."""
    for text in ("年度绩效目标尚未全部达到。", "没有完成年度目标任务", "目标未如期实现。"):
        found = [r for r, *_ in _rules_on(_licheng_completion(text), {"N247"})]
        assert found == ["N247"], text
    for text in (
        "馆舍改造主体工程尚未完成，免费开放正常。",
        "不存在未完成的年度目标。",
        "全年免费开放，举办展览12场、培训班30期、讲座20场，惠及群众3万人次，"
        "因场馆改造个别活动延期，年度目标未全部完成，下一步将加强统筹安排，确保如期开展。",
    ):
        assert not _rules_on(_licheng_completion(text), {"N247"}), text


def _ezhou_completion(text: str) -> DepartmentPlan:
    plan = _self_evaluations()[EZHOU].model_copy(deep=True)
    plan.projects[0].annual_goal_actual = text
    return plan


def test_sums_spent_in_other_wording() -> None:
    """鄂州 spent 125.25 of 150万元: a completion giving another sum spent, in 万元 or 元:
    flagged; the sum spent, or a 拨付 of the budget: not."""
    for text in (
        "全年共使用资金98万元，保障了市民中心正常运行。",
        "项目实际支出1500000元。",
        "全年拨付资金160万元。",
    ):
        assert [r for r, *_ in _rules_on(_ezhou_completion(text), {"F114"})] == ["F114"], text
    for text in (
        "全年实际支出125.25万元，完成预算的83.50%。",
        "全年拨付资金150万元，执行数为125.25万元。",
        "本年度财政拨款为150万元。",
    ):
        assert not _rules_on(_ezhou_completion(text), {"F114"}), text


def _luan(midterm: str, year: int = 2024) -> DepartmentPlan:
    plan = _plans()[LUAN].model_copy(deep=True)
    plan.year = year
    plan.projects[0].midterm_goal = midterm
    return plan


def test_midterm_periods_in_other_wording() -> None:
    """A 中期 period ended before the year, however written: flagged; one running into or
    past the year, a single year, or a self-evaluation: not."""
    for midterm in ("中期目标(2020年—2022年)", "2021-2023年", "2019年至2021年农产品质检"):
        assert [r for r, *_ in _rules_on(_luan(midterm), {"R134"})] == ["R134"], midterm
    for midterm in ("中期目标(2024年—2026年)", "2022-2024年", "到2020年全面建成"):
        assert not _rules_on(_luan(midterm), {"R134"}), midterm
    evaluation = _luan("中期目标(2020年—2022年)")
    evaluation.kind = "self_evaluation"
    assert not _rules_on(evaluation, {"R134"})


def test_midterm_counts_in_other_wording() -> None:
    """六安's 监督抽检批次 is ≥100组 a year: a 中期 count below it: flagged; a count at or
    above it, or a rate (not added up over the years): not."""
    for midterm in ("三年监督抽检批次共60组", "监督抽检批次累计达到90组"):
        assert [r for r, *_ in _rules_on(_luan(midterm), {"R135"})] == ["R135"], midterm
    for midterm in ("三年监督抽检批次共300组", "监督抽检批次100组", "农产品例行监测合格率95%"):
        assert not _rules_on(_luan(midterm), {"R135"}), midterm
