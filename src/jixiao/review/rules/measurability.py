"""可衡量性 (measurability): a target must be a number with a unit, or graded levels."""

from __future__ import annotations

import re

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView
from jixiao.review.examples import indicator_example
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.common import display, number_example, q

FAMILY = "measurability"
_S000 = "种子000（秦皇岛市北戴河区机关事务管理局）"
_S001 = "种子001（曹妃甸区政务接待中心）"
_S003 = "种子003（张家口市机关事务管理局）"
_S004 = "种子004（秦皇岛经济技术开发区机关事务服务中心）"


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
            origin=f"{_S000} 项目1 第5项",
        ),
        indicator_example(
            "成本写成“是否超预算支出”",
            fails=True,
            level2="经济效益指标",
            level3="资金使用效益",
            description="资金使用效益",
            value="是否超预算支出",
            origin=f"{_S001} 项目1 第5项",
        ),
        indicator_example(
            "满意度写成百分比",
            fails=False,
            level2="服务对象满意度指标",
            level3="服务对象满意度",
            description="对公务用车调度管理，派车及时等方面的满意程度",
            value="≥90%",
            origin=f"{_S000} 项目1 第9项",
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
            origin=f"{_S004} 项目2 第7项",
        ),
        indicator_example(
            "“有效利用”",
            fails=True,
            level2="社会效益指标",
            level3="实现办公用房有效利用",
            description="实现市级党政机关办公用房资源有效利用",
            value="有效利用",
            origin=f"{_S003} 项目1 第6项",
        ),
        indicator_example(
            "满意度“≥90%”",
            fails=False,
            level2="服务对象满意度指标",
            level3="被评估单位满意度",
            description="被评估单位满意度",
            value="≥90%",
            origin=f"{_S003} 项目1 第7项",
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
            origin=f"{_S001} 项目1 第4项",
        ),
        indicator_example(
            "时效指标的期限文字（由M104提示）",
            fails=False,
            level2="时效指标",
            level3="购置完成时间",
            description="购置完成时间",
            value="预算年度结束前完成购置计划",
            origin=f"{_S001} 项目1 第3项",
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
            origin=f"{_S001} 项目1 第3项",
        ),
        indicator_example(
            "“≤12月”",
            fails=False,
            level2="时效指标",
            level3="活动完成时限",
            description="宣传活动完成时间",
            value="≤12月",
            origin=f"{_S003} 项目2 第3项",
        ),
    ),
)


_UNIT_IN_NAME = re.compile(r"[（(][^（()）]{1,6}[）)]$")
_UNKNOWN_UNIT = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,2}$")


def _no_unit(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit is not None:
        return None
    if _UNIT_IN_NAME.search(v.name) or _UNKNOWN_UNIT.match(value.unparsed):
        return None  # “面积(亩) 80000”, “≥70村”, “25TB”: a unit the grammar's table lacks
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}只有数字，没有计量单位，"
        "不知道是百分比、次数还是金额。",
        field="value",
    )


M105 = IndicatorRule(
    id="M105",
    title="定量指标缺少计量单位",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.9,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_no_unit,
    explanation="定量指标值由方向、数值和计量单位组成，缺少单位时数值含义不明，无法核验。",
    suggestion="补上计量单位，如“≥95%”“≥4次”“≤9.2万元”。",
    examples=(
        indicator_example(
            "“≥95”没有单位",
            fails=True,
            level2="质量指标",
            level3="验收合格率",
            description="验收合格率",
            value="≥95",
        ),
        indicator_example(
            "“≥95%”",
            fails=False,
            level2="质量指标",
            level3="接待完成率",
            description="接待完成率",
            value="≥95百分比",
            origin=f"{_S001} 项目2 第2项",
        ),
    ),
)


def _empty(v: IndicatorView) -> Hit | None:
    shown = f"只写了{q(v.indicator.value)}" if v.indicator.value.strip() else "为空"
    return Hit(f"指标{q(display(v))}的指标值{shown}，没有目标值。", field="value")


M106 = IndicatorRule(
    id="M106",
    title="指标值为空",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.ERROR,
    confidence=0.95,
    kinds=frozenset({ValueKind.EMPTY}),
    check=_empty,
    explanation="每个三级指标都要有指标值，空白、“/”“待定”都不能作为年度目标。",
    suggestion="填写目标值，如“≥95%”“≥4次”“≤9.2万元”。",
    examples=(
        indicator_example(
            "指标值为“/”",
            fails=True,
            level2="数量指标",
            level3="维修次数",
            description="全年维修次数",
            value="/",
        ),
        indicator_example(
            "指标值“≥30次”",
            fails=False,
            level2="数量指标",
            level3="维修维护次数",
            description="定期对设备设施维修维护次数",
            value="≥30次",
            origin=f"{_S003} 项目13 第1项",
        ),
    ),
)


def _single_grade(v: IndicatorView) -> Hit | None:
    value = v.value
    if len(value.levels) != 1 or value.direction is not None:
        return None
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}只写了一个评价词，"
        "没有分级分档，也没有说明达到哪一档算完成。",
        field="value",
    )


M107 = IndicatorRule(
    id="M107",
    title="定性指标未分级分档",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.6,
    kinds=frozenset({ValueKind.GRADED}),
    check=_single_grade,
    explanation=(
        "确实难以量化的指标可以用定性指标值，但应分级分档（如“好/较好/一般/差”），"
        "并写明目标档次；只写“良好”“较好”等单个评价词，容易变成自我评价的套话。"
    ),
    suggestion="写成分档并标明目标档次，如“≥较好（好/较好/一般/差）”，能量化的改为数值。",
    examples=(
        indicator_example(
            "只写“良好”",
            fails=True,
            level2="社会效益指标",
            level3="服务保障水平",
            description="机关后勤服务保障水平",
            value="良好",
        ),
        indicator_example(
            "分档“好/较好/一般/差”",
            fails=False,
            level2="社会效益指标",
            level3="服务保障水平",
            description="机关后勤服务保障水平",
            value="好/较好/一般/差",
        ),
    ),
)


def _graded_where_number(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    if v.level2 not in fw.numeric_keys:
        return None
    return Hit(
        f"{v.indicator.level2}{q(v.name)}的指标值{q(v.indicator.value)}是定性档次，"
        "该类指标应当给出数值。",
        field="value",
        params={"example": number_example(v)},
    )


M108 = IndicatorRule(
    id="M108",
    title="应定量的指标用了定性档次",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.8,
    kinds=frozenset({ValueKind.GRADED}),
    check=_graded_where_number,
    explanation=(
        "数量、成本和服务对象满意度都可以计量（满意度以问卷中满意人数占比计），"
        "不应使用“好/较好/一般”等定性档次；哪些二级指标必须定量由审核方案规定。"
    ),
    suggestion="改为数值目标，如{example}。",
    examples=(
        indicator_example(
            "满意度写成档次",
            fails=True,
            level2="服务对象满意度指标",
            level3="服务对象满意度",
            description="干部职工对服务的满意程度",
            value="满意/基本满意/不满意",
        ),
        indicator_example(
            "社会效益用档次",
            fails=False,
            level2="社会效益指标",
            level3="服务保障水平",
            description="机关后勤服务保障水平",
            value="好/较好/一般/差",
        ),
    ),
)


def _approximate(v: IndicatorView) -> Hit | None:
    if not any(p.startswith("近似值") for p in v.value.problems):
        return None
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是约数，没有方向，"
        "年终无法判断是否达到。",
        field="value",
    )


M109 = IndicatorRule(
    id="M109",
    title="指标值为约数（约、左右）",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.9,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_approximate,
    explanation="“约90%”“100次左右”没有明确的达标界限，应写成“≥”“≤”或“=”。",
    suggestion="写成带方向的目标值，如“≥90%”“≥100次”。",
    examples=(
        indicator_example(
            "“约90%”",
            fails=True,
            level2="质量指标",
            level3="设备完好率",
            description="设备完好率",
            value="约90%",
        ),
        indicator_example(
            "“≥90%”",
            fails=False,
            level2="质量指标",
            level3="竣工验收合格率",
            description="竣工验收合格率",
            value="≥90%",
            origin=f"{_S000} 项目8 第2项",
        ),
    ),
)

RULES = (M101, M102, M103, M104, M105, M106, M107, M108, M109)
