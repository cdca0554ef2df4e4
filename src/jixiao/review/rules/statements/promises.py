"""W106–W108: what the description promises against the value and the name."""

from __future__ import annotations

from jixiao.checks import Criterion, Severity
from jixiao.grammar import Direction, ValueKind
from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.examples import indicator, project, project_example
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, q, stated_quantity
from jixiao.review.rules.statements.common import (
    CITY,
    EZHOU,
    FAMILY,
    FENGJIE,
    NINGJIN,
    YUEYANG,
)


def _partial(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.number >= 100:
        return None
    if value.direction not in (None, Direction.GE, Direction.GT, Direction.EQ):
        return None
    match = words().universal.search(v.indicator.description) or words().universal.search(v.name)
    if match is None:
        return None
    return Hit(
        f"{q(v.indicator.description or v.name)}说的是{q(match.group(0))}，"
        f"指标值{q(v.indicator.value)}却只要求一部分。",
        field="value",
    )


W106 = IndicatorRule(
    id="W106",
    title="描述说“全部”“全覆盖”，指标值却不到100%",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.8,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_partial,
    explanation=(
        "描述或名称写“全部”“所有”“全覆盖”“应保尽保”，指标值却是“≥95%”：两者必有一处"
        "不实，年终自评会按低的一个打分。"
    ),
    suggestion="统一口径：确需全部完成的写“=100%”，否则删去“全部”“全覆盖”等字样。",
    examples=(
        project_example(
            "“辖区道路全部清扫保洁” ≥99%",
            fails=True,
            project=project(
                indicator("社会效益指标", "清扫保洁覆盖率", "≥99%", "辖区道路全部清扫保洁"),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="社会效益指标｜清扫保洁覆盖率｜辖区道路全部清扫保洁｜≥99%",
            origin=f"{CITY} “清扫保洁覆盖率 ≥99%”，描述为构造",
        ),
        project_example(
            "“建档立卡学生全面覆盖” 100%",
            fails=False,
            project=project(
                indicator("质量指标", "建档立卡学生全面覆盖", "100%", "建档立卡学生全面覆盖"),
                name="高中助学金",
            ),
            shows="质量指标｜建档立卡学生全面覆盖｜100%",
            origin=NINGJIN,
        ),
    ),
)


def _number_differs(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.number is None or value.unit is None or value.upper is not None:
        return None
    stated = stated_quantity(v.indicator.description)
    if stated is None or stated.unit != value.unit or stated.number == value.number:
        return None
    if value.unit == PERCENT and stated.direction is None:
        return None  # “覆盖率达到90%的村” describes, it does not set the target
    return Hit(
        f"绩效指标描述写{q(v.indicator.description)}（{amount(stated.number)}{stated.unit}），"
        f"指标值却是{q(v.indicator.value)}。",
        field="value",
    )


W107 = IndicatorRule(
    id="W107",
    title="描述中的数字与指标值不符",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.75,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_number_differs,
    explanation=(
        "描述里写了要求（“24小时内办结”“每年检查4次”），指标值却是另一个数（“≤48小时”"
        "“≥6次”），年终按哪个考核说不清。计量单位相同而数字不同时提示；方向相反由W101提示。"
    ),
    suggestion="统一描述与指标值中的数字。",
    examples=(
        project_example(
            "描述“24小时内完成”，指标值“≤48小时”",
            fails=True,
            project=project(
                indicator("时效指标", "维修响应时间", "≤48小时", "接报修后24小时内完成维修"),
                name="办公大楼运行保障",
            ),
            shows="时效指标｜维修响应时间｜接报修后24小时内完成维修｜≤48小时",
            origin=f"构造，仿{EZHOU}的维修维护指标",
        ),
        project_example(
            "描述与指标值一致",
            fails=False,
            project=project(
                indicator("数量指标", "大楼安检巡察次数", "200次", "全年安检巡察200次"),
                name="办公大楼运行保障",
            ),
            shows="数量指标｜大楼安检巡察次数｜全年安检巡察200次｜200次",
            origin=EZHOU,
        ),
    ),
)


def _level_as_name(v: IndicatorView) -> Hit | None:
    name = squeeze(v.name)
    if name not in words().level_names:
        return None
    return Hit(f"三级指标{q(v.name)}只是层级名称，没有说明衡量什么。", field="level3")


W108 = IndicatorRule(
    id="W108",
    title="三级指标名称照抄层级名称",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_level_as_name,
    explanation=(
        "三级指标要写具体衡量的内容；写成“社会成本指标”“数量指标”等层级名称，等于没有设置指标。"
    ),
    suggestion="写出具体的指标，如“业务工作支出安排金额”“价格认定完成件数”。",
    examples=(
        project_example(
            "三级指标“社会成本指标”",
            fails=True,
            project=project(
                indicator("成本指标", "社会成本指标", "100%", "该指标主要考察总成本控制情况"),
                name="部门整体支出",
            ),
            shows="成本指标｜社会成本指标｜100 %｜该指标主要考察总成本控制情况",
            origin=YUEYANG,
        ),
        project_example(
            "三级指标“项目建设成本”",
            fails=False,
            project=project(indicator("成本指标", "项目建设成本", "≤65万元"), budget="65"),
            shows="成本指标｜项目建设成本｜≤65万元",
            origin=FENGJIE,
        ),
    ),
)
