"""M101–M104: a target written as 是/否, a vague phrase, a text or a deadline in words."""

from __future__ import annotations

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView
from jixiao.review.examples import S000, S001, S003, S004, indicator_example
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.common import display, number_example, q
from jixiao.review.rules.measurability.common import FAMILY


def _binary(v: IndicatorView) -> Hit | None:
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是“是/否”型表述，"
        "只能回答做没做，衡量不了做到什么程度。",
        field="value",
        params={"example": number_example(v)},
    )


M101 = IndicatorRule(
    id="M101",
    title="指标值为是/否型，不可衡量",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.95,
    kinds=frozenset({ValueKind.BINARY}),
    check=_binary,
    explanation=(
        "绩效指标应当细化、量化。“是/否”“是否超预算支出”“合格/不合格”这类指标值只有"
        "两种结果，年终自评时无法衡量完成程度，也无法按比例计分，审核时应退回修改。"
    ),
    suggestion="改写为可核验的目标值，如{example}。",
    examples=(
        indicator_example(
            "效益指标填“是/否”",
            fails=True,
            level2="经济效益指标",
            level3="提升公务用车管理水平",
            description="提升公务用车管理水平",
            value="是/否",
            origin=f"{S000} 项目1 第5项",
        ),
        indicator_example(
            "成本写成“是否超预算支出”",
            fails=True,
            level2="经济效益指标",
            level3="资金使用效益",
            description="资金使用效益",
            value="是否超预算支出",
            origin=f"{S001} 项目1 第5项",
        ),
        indicator_example(
            "满意度写成百分比",
            fails=False,
            level2="服务对象满意度指标",
            level3="服务对象满意度",
            description="对公务用车调度管理，派车及时等方面的满意程度",
            value="≥90%",
            origin=f"{S000} 项目1 第9项",
        ),
    ),
)


def _vague(v: IndicatorView) -> Hit | None:
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是模糊表述，"
        "没有可以核验的目标值，年终无法判断是否完成。",
        field="value",
        params={"example": number_example(v)},
    )


M102 = IndicatorRule(
    id="M102",
    title="指标值为模糊表述，不可衡量",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.95,
    kinds=frozenset({ValueKind.VAGUE}),
    check=_vague,
    explanation=(
        "“进一步”“进一步保障”“比上年有所提高”“有效利用”“正常运转”等表述只表达愿望，"
        "没有数值、没有档次，无法据以评价，是审核中最常见的退回理由。"
    ),
    suggestion=(
        "写明具体目标值，如{example}；与上年比较的，写明上年实际值和本年目标值"
        "（如“≥上年的105%”并注明上年数）。"
    ),
    examples=(
        indicator_example(
            "“比上年有所提高”",
            fails=True,
            level2="社会效益指标",
            level3="提高群众办事便利度",
            description="提高群众办事便利度",
            value="比上年有所提高",
            origin=f"{S004} 项目2 第7项",
        ),
        indicator_example(
            "“有效利用”",
            fails=True,
            level2="社会效益指标",
            level3="实现办公用房有效利用",
            description="实现市级党政机关办公用房资源有效利用",
            value="有效利用",
            origin=f"{S003} 项目1 第6项",
        ),
        indicator_example(
            "满意度“≥90%”",
            fails=False,
            level2="服务对象满意度指标",
            level3="被评估单位满意度",
            description="被评估单位满意度",
            value="≥90%",
            origin=f"{S003} 项目1 第7项",
        ),
    ),
)


def _text(v: IndicatorView) -> Hit | None:
    if v.level2 == "时效":
        return None  # M104
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是一句说明，不是目标值，"
        "无法按完成程度计分。",
        field="value",
        params={"example": number_example(v)},
    )


M103 = IndicatorRule(
    id="M103",
    title="指标值写成文字说明，未量化",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.75,
    kinds=frozenset({ValueKind.TEXT}),
    check=_text,
    explanation=(
        "“严格按照办公设备配置标准执行”“按合同执行”这类指标值是工作要求，不是目标值。"
        "它们虽然可以判断是否遵守，但只有“是/否”两种结果，应改为数值或比率。"
    ),
    suggestion="改写为{example}；遵守标准类的要求可写成“超标准支出金额=0元”或“执行率=100%”。",
    examples=(
        indicator_example(
            "成本指标写成执行要求",
            fails=True,
            level2="成本指标",
            level3="费用标准",
            description="费用标准",
            value="严格按照办公设备配置标准执行",
            origin=f"{S001} 项目1 第4项",
        ),
        indicator_example(
            "时效指标的期限文字（由M104提示）",
            fails=False,
            level2="时效指标",
            level3="购置完成时间",
            description="购置完成时间",
            value="预算年度结束前完成购置计划",
            origin=f"{S001} 项目1 第3项",
        ),
    ),
)


def _deadline_text(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效":
        return None
    return Hit(
        f"时效指标{q(v.name)}的指标值{q(v.indicator.value)}写成了文字，"
        "建议写成可直接比对的期限或及时率。",
        field="value",
    )


M104 = IndicatorRule(
    id="M104",
    title="时效指标的期限写成文字",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.7,
    kinds=frozenset({ValueKind.TEXT}),
    levels=frozenset({"时效"}),
    check=_deadline_text,
    explanation=(
        "“预算年度结束前完成购置计划”“每月底完成”能判断是否按期，但写法不统一，"
        "不便汇总和监控。规范写法是方向+数值+单位：“≤12月”“≤7个工作日”，或“按时完成率=100%”。"
    ),
    suggestion="改写为“≤X月”“≤X个工作日”或“按时完成率=100%”。",
    examples=(
        indicator_example(
            "“预算年度结束前完成购置计划”",
            fails=True,
            level2="时效指标",
            level3="购置完成时间",
            description="购置完成时间",
            value="预算年度结束前完成购置计划",
            origin=f"{S001} 项目1 第3项",
        ),
        indicator_example(
            "“≤12月”",
            fails=False,
            level2="时效指标",
            level3="活动完成时限",
            description="宣传活动完成时间",
            value="≤12月",
            origin=f"{S003} 项目2 第3项",
        ),
    ),
)
