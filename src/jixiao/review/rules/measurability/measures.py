"""M105–M109: no unit, empty, a single grade, grades where a number belongs, approximations."""

from __future__ import annotations

import re

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView
from jixiao.review.examples import S000, S001, S003, indicator_example
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.common import display, number_example, q
from jixiao.review.rules.measurability.common import FAMILY

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
            origin=f"{S001} 项目2 第2项",
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
            origin=f"{S003} 项目13 第1项",
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
            origin=f"{S000} 项目8 第2项",
        ),
    ),
)
