"""归属与对应 (fit): an indicator under the wrong second level; goals no indicator measures.

What each second level should mention is data: the lexicon file
``jixiao/profiles/lexicon-levels.json`` (section ``levels``), one entry per second level
with the rule that reads it, the words that show the fit and phrases to ignore
(“办公环境” is not the environment of 生态效益).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.checks import Criterion, Severity
from jixiao.grammar import UnitKind, ValueKind
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.examples import (
    S000,
    S001,
    S002,
    S003,
    S004,
    indicator,
    indicator_example,
    project,
    project_example,
)
from jixiao.review.lexicon import Lexicon
from jixiao.review.rule import Hit, IndicatorRule, ProjectRule
from jixiao.review.rules.common import is_satisfaction, q

FAMILY = "fit"


def _misfit(v: IndicatorView, level: str) -> bool:
    """Filed under ``level`` yet mentioning none of its lexicon words."""
    entry = v.plan.lexicon.level(level)
    return entry is not None and not entry.fits(v.text)


def _not_ecological(v: IndicatorView) -> Hit | None:
    if v.level2 != "生态效益" or not _misfit(v, "生态效益"):
        return None
    return Hit(
        f"生态效益指标{q(v.name)}（描述：{q(v.indicator.description, 30)}）"
        "说的不是节能、节水、减排、环保等生态环境效果。",
        field="level2",
    )


R101 = IndicatorRule(
    id="R101",
    title="生态效益指标与生态环境无关",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.75,
    levels=frozenset({"生态效益"}),
    check=_not_ecological,
    explanation=(
        "生态效益指标反映项目对自然环境和资源的影响：节能降耗、节水节电、减排、垃圾分类、"
        "绿化等。“强化人力资源管理服务”“改善办公环境”不是生态效益；项目确无生态效益的，"
        "可以不设该二级指标。判断用的词语见术语表。"
    ),
    suggestion="改设真正的生态效益指标（如“人均用电量下降率≥2%”），项目无生态效益的删去此项。",
    examples=(
        indicator_example(
            "“强化人力资源管理服务”",
            fails=True,
            level2="生态效益指标",
            level3="强化人力资源管理服务",
            description="强化人力资源管理服务，保障后勤工作正常运转",
            value="是/否",
            origin=f"{S000} 项目3 第7项",
        ),
        indicator_example(
            "“改善楼内环境”（办公环境）",
            fails=True,
            level2="生态效益指标",
            level3="改善楼内环境",
            description="为办公人员提供安全、舒适的办公环境",
            value="是/否",
            origin=f"{S000} 项目8 第7项",
        ),
        indicator_example(
            "“节约成本”：节约水电、降低能耗",
            fails=False,
            level2="生态效益指标",
            level3="节约成本",
            description="节约水，电等资源，降低能耗，实现绿色办公",
            value="是/否",
            origin=f"{S000} 项目5 第7项",
        ),
    ),
)


def _satisfaction_without_satisfaction(v: IndicatorView) -> Hit | None:
    if not is_satisfaction(v) or not _misfit(v, "服务对象满意度"):
        return None
    return Hit(
        f"满意度指标{q(v.name)}（描述：{q(v.indicator.description, 30)}）"
        "没有衡量服务对象的满意程度。",
        field="level3",
    )


R102 = IndicatorRule(
    id="R102",
    title="满意度指标未反映服务对象满意度",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_satisfaction_without_satisfaction,
    explanation=(
        "服务对象满意度指标衡量服务对象对项目实施的满意程度，一般通过问卷调查取得"
        "（满意人数/调查人数）。写成工作要求或考核结果的，不是满意度。"
    ),
    suggestion="改为“××（服务对象）满意度≥90%”，并在描述中写明调查对象和计算方法。",
    examples=(
        indicator_example(
            "“提高服务水平”放在满意度下",
            fails=True,
            level2="服务对象满意度指标",
            level3="提高服务水平",
            description="提高服务水平",
            value="100百分比",
            origin=f"{S002} 项目7 第10项",
        ),
        indicator_example(
            "“被接待人员满意”",
            fails=False,
            level2="服务对象满意度指标",
            level3="圆满完成接待任务",
            description="被接待人员满意",
            value="≥95%",
            origin=f"{S002} 项目2 第10项（改写指标值）",
        ),
    ),
)


_SATISFACTION_MEASURE = re.compile("满意(?:度|率)")


def _satisfaction_elsewhere(v: IndicatorView) -> Hit | None:
    if not v.facts.satisfaction or is_satisfaction(v) or not v.level2:
        return None
    if not _SATISFACTION_MEASURE.search(v.name):
        return None  # “提供更满意的会议服务” praises, it does not measure
    return Hit(
        f"指标{q(v.name)}衡量满意度，却放在{q(v.indicator.level2)}下。",
        field="level2",
    )


R103 = IndicatorRule(
    id="R103",
    title="满意度指标放在了其他二级指标下",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_satisfaction_elsewhere,
    explanation="满意度是独立的一级指标（满意度指标—服务对象满意度指标），不应放在数量、质量或效益指标下。",
    suggestion="把该指标移到“满意度指标—服务对象满意度指标”下。",
    examples=(
        indicator_example(
            "满意度放在数量指标下",
            fails=True,
            level2="数量指标",
            level3="就餐人员满意度",
            description="调查中满意人数占调查总人数比例",
            value="≥95%",
        ),
        indicator_example(
            "满意度放在满意度指标下",
            fails=False,
            level2="服务对象满意度指标",
            level3="就餐人员满意度",
            description="调查中满意人数占调查总人数比例",
            value="≥95%",
            origin=f"{S004} 项目14 第10项",
        ),
    ),
)


def _timeless(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效":
        return None
    value = v.value
    if value.unit_kind is UnitKind.TIME or value.kind is ValueKind.TEXT:
        return None
    if not _misfit(v, "时效"):
        return None
    return Hit(
        f"时效指标{q(v.name)}（描述：{q(v.indicator.description, 30)}，"
        f"指标值{q(v.indicator.value)}）没有体现完成时限或及时性。",
        field="level2",
    )


R104 = IndicatorRule(
    id="R104",
    title="时效指标未体现时间要求",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.7,
    levels=frozenset({"时效"}),
    check=_timeless,
    explanation=(
        "时效指标衡量完成的时限或及时程度（完成时间、响应时间、及时率）。"
        "名称、描述和指标值都不涉及时间的，应归入数量或质量指标。"
    ),
    suggestion="改为时限或及时率，如“≤11月底”“按时完成率=100%”；原指标移到相应的二级指标下。",
    examples=(
        indicator_example(
            "“保证会议正常召开 ≥150次”",
            fails=True,
            level2="时效指标",
            level3="保证会议正常召开",
            description="保证所有会议正常召开",
            value="≥150次",
            origin=f"{S002} 项目8 第5项",
        ),
        indicator_example(
            "“支付及时率”",
            fails=False,
            level2="时效指标",
            level3="评估费用支付及时率",
            description="11月底前完成评估，评估完成及时支付",
            value="100%",
            origin=f"{S003} 项目1 第4项",
        ),
    ),
)


def _not_economic(v: IndicatorView) -> Hit | None:
    if v.level2 != "经济效益" or not _misfit(v, "经济效益"):
        return None
    return Hit(
        f"经济效益指标{q(v.name)}（描述：{q(v.indicator.description, 30)}）"
        "没有体现节约资金、降低成本、增加收入等经济效果。",
        field="level2",
    )


R105 = IndicatorRule(
    id="R105",
    title="经济效益指标未体现经济效果",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.INFO,
    confidence=0.6,
    levels=frozenset({"经济效益"}),
    check=_not_economic,
    explanation=(
        "经济效益指标反映项目带来的经济效果：节约的资金、降低的成本、增加的收入、"
        "招商引资等。管理水平、服务保障一类的表述属于社会效益或可持续影响。"
    ),
    suggestion="改设可计量的经济效益（如“节约维修费用≥X万元”），或移到社会效益指标下。",
    examples=(
        indicator_example(
            "“改善办公环境”放在经济效益下",
            fails=True,
            level2="经济效益指标",
            level3="改善办公环境",
            description="改善办公环境",
            value="是/否",
            origin=f"{S000} 项目6 第5项",
        ),
        indicator_example(
            "“资金使用效益”",
            fails=False,
            level2="经济效益指标",
            level3="资金使用效益",
            description="资金使用效益",
            value="是否超预算支出",
            origin=f"{S001} 项目1 第5项",
        ),
    ),
)

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1 << 15)
def _bigrams(text: str) -> frozenset[str]:
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(grams)


@lru_cache(maxsize=64)
def _stop_bigrams(lexicon: Lexicon) -> frozenset[str]:
    return _bigrams("|".join(lexicon.goal_stop_words))


@lru_cache(maxsize=1 << 14)
def _probe(goal: str, lexicon: Lexicon) -> frozenset[str]:
    """The bigrams that show a goal is measured, or nothing when the goal is too generic.

    A goal is judged only with at least two key bigrams once stop words (保障, 正常,
    运转 …) and particles are cut out; it counts as measured when any of its bigrams,
    stop-word bigrams aside, occurs in an indicator (bigrams across a stop word count
    there: “保障率” still matches).
    """
    if len(_bigrams(lexicon.goal_stop.sub("|", goal))) < 2:
        return frozenset()
    return _bigrams(goal) - _stop_bigrams(lexicon)


def _unmeasured_goals(p: ProjectView) -> list[Hit]:
    if not p.indicators or not p.project.goals:
        return []
    lexicon = p.plan.lexicon
    probes = [(n, g, _probe(g, lexicon)) for n, g in enumerate(p.project.goals, start=1)]
    if not any(grams for _, _, grams in probes):
        return []
    measured = "｜".join([v.text for v in p.indicators])
    orphans = [(n, g) for n, g, grams in probes if grams and not any(x in measured for x in grams)]
    if orphans:
        listed = "；".join(f"{n}.{q(g, 30)}" for n, g in orphans)
        return [
            Hit(
                f"绩效目标{listed}没有任何指标衡量。",
                field="goals",
                confidence=0.6 if len(orphans) == 1 else 0.7,
            )
        ]
    return []


R106 = ProjectRule(
    id="R106",
    title="绩效目标没有对应的指标",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.65,
    check=_unmeasured_goals,
    explanation=(
        "绩效指标是绩效目标的细化，每条绩效目标都应有指标衡量。某条目标的关键词"
        "在所有指标的名称和描述中都找不到时，说明这条目标没有被分解成指标。"
        "常见于照抄其他项目指标的目标表。通用词（保障、正常、运转等）不计。"
    ),
    suggestion="为该目标设置相应的产出或效益指标，如“墙面隔断改造面积≥X平方米”“换门数量X樘”。",
    examples=(
        project_example(
            "目标“整栋楼换门”，指标里没有门",
            fails=True,
            project=project(
                indicator("数量指标", "办公设施维护", "≥2次/月", "办公设施维护"),
                indicator("数量指标", "电梯维保", "≥12次/月", "电梯维保"),
                indicator("质量指标", "机关用房安全", "100百分比", "保障用房安全"),
                name="纪委楼维修改造项目尾款",
                goals=["整栋墙面隔断改造、粉刷、吊顶", "整栋楼换门", "整栋楼改电路、改水项目"],
            ),
            shows=(
                "绩效目标：1.整栋墙面隔断改造、粉刷、吊顶 2.整栋楼换门 3.整栋楼改电路、改水项目；"
                "指标：办公设施维护、电梯维保、机关用房安全……"
            ),
            origin=f"{S002} 项目6",
        ),
        project_example(
            "目标中的“公务用车”有指标衡量",
            fails=False,
            project=project(
                indicator(
                    "数量指标", "全区公务用车入网数量", "≥90%", "区公务用车“全省一张网”覆盖率"
                ),
                name="公务用车制度改革费",
                goals=["保障全区公务用车正常运行", "加强公务用车管理与监督"],
            ),
            shows=(
                "绩效目标：1.保障全区公务用车正常运行 2.加强公务用车管理与监督；"
                "指标：全区公务用车入网数量"
            ),
            origin=f"{S000} 项目1",
        ),
    ),
)

RULES = (R101, R102, R103, R104, R105, R106)
