"""The rules written for round 3 of the reviewer-opinion classes
(tests/review/defects/opinions_round3.py): R121 and R122 find their held-out classes on real
documents of other provinces, also in wording the injections never used, and speak on the
corpus as it is only where the audit classified them (two R121 findings); N222 reads a total
against the 执行率得分 the amounts give when the table states none."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from tests.review.defects.mutations import MUTATIONS
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found  # the same check as round 2's classes

NEW_RULES = {"R121", "R122"}
YUEYANG = "hunan_yueyangxian-nongtian-gaobiaozhun_2022"
HUAIBEI = "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025"
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
LINXIANG = "yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023"
CHIZHOU = "anhui_chizhou-guichi-tangxizhen-cunji-yunzhuan_2022"
TIANCHANG = "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"


def _rules_on(plan: DepartmentPlan, rules: set[str]) -> list[tuple[str, int | None, int | None]]:
    return [
        (f.rule, f.project_index, f.indicator_index)
        for f in review_plan(plan).findings
        if f.rule in rules
    ]


def test_the_new_rules_speak_only_where_the_audit_classified_them() -> None:
    """Measured: 城市管理's “保障期限 2020年1月--2020年11月” (real) and 黄石图书馆's
    “≥360天服务读者” (defensible) under 可持续影响; R122 is silent on the corpus."""
    assert spoken_on_corpus(NEW_RULES) == {
        ("unknown_chengshiguanli-bingmei-baojie-kangyiguozhai_2020", "R121"),
        ("hubei_huangshi-tushuguan-gongxiang-gongcheng_2022", "R121"),
    }


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(YUEYANG, "sustainable_one_year", "R121", plans)
    assert _found(PUYANG, "goal_figure_unlike_indicator", "R122", plans)
    assert _found(LINXIANG, "selfeval_goal_figure_unlike_indicator", "R122", evaluations)
    assert _found(LINXIANG, "selfeval_score_above_weight", "N202", evaluations)
    assert _found(LINXIANG, "selfeval_met_docked", "N205", evaluations)


def _lasting(value: str) -> DepartmentPlan:
    plan = _plans()[YUEYANG].model_copy(deep=True)
    row = next(i for i in plan.projects[0].indicators if "可持续" in i.level2)
    row.value = value
    return plan


def test_lasting_terms_the_injection_never_wrote() -> None:
    """Half a year, a year's days, the year's end in words are flagged; terms beyond a year
    and words of lasting are not."""
    for value in ("6个月", "≤365天", "年底前", "2022年1月至2022年12月"):
        assert _rules_on(_lasting(value), {"R121"}), value
    for value in ("≥20年", ">1年", "3年", "长期", "持续发挥效益", "2022年1月—2026年12月"):
        assert not _rules_on(_lasting(value), {"R121"}), value


def _goal(goal: str) -> DepartmentPlan:
    plan = _self_evaluations()[LINXIANG].model_copy(deep=True)
    plan.projects[0].goals = []
    plan.projects[0].annual_goal = goal
    return plan


def test_goal_figures_in_other_wording() -> None:
    """The goal names the row in brackets or with a joining word; the same figure, another
    unit (万) or a figure of another thing is no contradiction."""
    assert _rules_on(_goal("新建野生动物收容所不少于300平方米，钢结构圈养围栏120米"), {"R122"})
    assert _rules_on(_goal("钢结构圈养围栏（新建）共计150米"), {"R122"})
    assert not _rules_on(_goal("野生动物收容所1间200平方米，钢结构圈养围栏120米"), {"R122"})
    assert not _rules_on(_goal("野生动物收容所0.03万平方米"), {"R122"})
    assert not _rules_on(_goal("收容野生动物近百头，投资300平方米以内"), {"R122"})


def test_a_row_in_brackets_is_read_through_them() -> None:
    """“补助村(社区)数量 =8个” against a goal “补助村(社区)数量共16个”."""
    plan = _self_evaluations()[CHIZHOU].model_copy(deep=True)
    assert MUTATIONS["selfeval_goal_figure_unlike_indicator"](plan) is not None
    row = next(i for i, r in enumerate(plan.projects[0].indicators, 1) if "社区" in r.level3)
    assert _rules_on(plan, {"R122"}) == [("R122", 1, row)]


def test_a_total_against_the_points_the_amounts_give() -> None:
    """天长's table states no 执行率得分: 880 spent of 880 gives the 执行率 its 10 points, so
    Σ 得分 90 makes 100 — the stated total; a total of 95 or 92.5 is flagged, one of 100 not."""
    plan = _self_evaluations()[TIANCHANG]
    assert not _rules_on(plan, {"N201", "N222"})
    for total, flagged in (("95", True), ("92.5", True), ("100", False)):
        changed = plan.model_copy(deep=True)
        changed.projects[0].total_score = Decimal(total)
        assert bool(_rules_on(changed, {"N222"})) is flagged, total
