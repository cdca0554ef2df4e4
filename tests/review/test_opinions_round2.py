"""The rules written for round 2 of the reviewer-opinion classes
(tests/review/defects/opinions_round2.py): each finds its held-out class on real documents of
other provinces, also in wording the injections never used, and none speaks on those
documents as they are (one N231, the glued “290%”, is classified in the audit)."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from tests.review.defects import detected, places, said
from tests.review.defects.mutations import MUTATIONS
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus

NEW_RULES = {"W118", "R119", "N230", "N231"}
HUAIBEI = "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025"
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
NINGHE = "tianjin_ru5-ninghe-minbanyuan-fangzu-kangyi-guozhai_2020"
TIANCHANG = "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"
SUIXI = "anhui_suixi-minzhengju-linshi-jiuzhu_2019"


def _rules_on(plan: DepartmentPlan, rules: set[str]) -> list[tuple[str, int | None, int | None]]:
    return [
        (f.rule, f.project_index, f.indicator_index)
        for f in review_plan(plan).findings
        if f.rule in rules
    ]


def test_the_new_rules_speak_once_on_the_unchanged_corpus() -> None:
    """Measured: on the corpus's plans and self-evaluations the four rules give three findings,
    N231 on 长江禁捕's “290%” (audit: defensible), R119 on 荆门's 效益指标 “文物保护修缮个数”
    (held-out round 10; audit: real) and R119 on 莆田's 社会效益 “奖励制修订标准项目 4项”
    (import-unseen round 14; audit: real)."""
    assert spoken_on_corpus(NEW_RULES) == {
        ("unknown_changjiang-jinbu-yuchuan-butie-glued-docpreview_2020", "N231"),
        ("hubei_ru10-jingmen-wenwu-baohu-niandu-zongmubiao-prose-pipe_2022", "R119"),
        (
            "fujian_ru14-putian-shichang-jianguanju-biaozhunhua-buzhu-zixping-baogao-prose-cut_2024",
            "R119",
        ),
    }


def _found(name: str, mutation: str, rule: str, plans: dict[str, DepartmentPlan]) -> bool:
    plan = plans[name]
    mutated = plan.model_copy(deep=True)
    target = MUTATIONS[mutation](mutated)
    assert target is not None
    findings = review_plan(plan).findings
    return detected(
        target, (rule,), places(findings), review_plan(mutated).findings, said(findings)
    )


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(PUYANG, "goal_placeholder", "S104", plans)
    assert _found(PUYANG, "goal_is_project_name", "W118", plans)
    assert _found(HUAIBEI, "satisfaction_sample_size", "N230", plans)
    assert _found(NINGHE, "output_count_as_benefit", "R119", plans)
    assert _found(TIANCHANG, "selfeval_bounded_rate_over_hundred", "N231", evaluations)
    assert _found(SUIXI, "selfeval_missed_claimed_met", "N206", evaluations)


def _with_goal(goal: str) -> DepartmentPlan:
    plan = _plans()[PUYANG].model_copy(deep=True)
    plan.projects[0].goals = [goal]
    return plan


def test_goals_in_words_the_injection_never_used() -> None:
    """Placeholders and name-only goals the mutation does not write; a goal that says what
    the work achieves is left alone."""
    name = _plans()[PUYANG].projects[0].name
    assert _rules_on(_with_goal("暂无。"), {"S104"})
    assert _rules_on(_with_goal(f"1.按期实施{name}的各项建设"), {"W118"})
    assert not _rules_on(_with_goal(f"完成{name}，保证馆库和档案实体安全"), {"W118", "S104"})


def _missed_with(deviation: str) -> DepartmentPlan:
    plan = _self_evaluations()[SUIXI].model_copy(deep=True)
    MUTATIONS["selfeval_missed_claimed_met"](plan)
    row = next(i for p in plan.projects for i in p.indicators if i.deviation)
    row.deviation = deviation
    return plan


def test_a_claim_of_completion_is_no_reason_but_a_cause_is() -> None:
    before = len(_rules_on(_self_evaluations()[SUIXI], {"N206"}))
    assert len(_rules_on(_missed_with("已圆满完成年度任务"), {"N206"})) == before + 1
    assert len(_rules_on(_missed_with("不存在偏差"), {"N206"})) == before + 1
    assert len(_rules_on(_missed_with("受疫情影响未完成"), {"N206"})) == before
    assert len(_rules_on(_missed_with("救助对象动态调整，按实际完成"), {"N206"})) == before


def test_an_effect_count_stays_an_effect() -> None:
    """受益人数, 岗位 and visitors under 社会效益 are effects; things handed out are not."""
    plan = _plans()[NINGHE].model_copy(deep=True)
    row = next(i for i in plan.projects[0].indicators if "效益" in i.level1)
    for name, value, flagged in (
        ("受益幼儿人数", "≥600人", False),
        ("提供就业岗位", "≥5个", False),
        ("发放防疫物资", "≥300套", True),
        ("慰问困难教师", "≥20人", True),
    ):
        row.level3, row.value = name, value
        assert bool(_rules_on(plan, {"R119"})) is flagged, name
