"""S101–S105, S110, S111: a project's goal table — required levels, names, goals, basis."""

from __future__ import annotations

from jixiao.checks import Criterion, Severity
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.examples import (
    S000,
    S001,
    S003,
    indicator,
    indicator_example,
    plan,
    plan_example,
    project,
)
from jixiao.review.examples import project_example as _project_example
from jixiao.review.rule import Hit, IndicatorRule, ProjectRule
from jixiao.review.rules.common import q
from jixiao.review.rules.structure.common import FAMILY, after_the_end, full_grid


def _missing_first(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    if not p.indicators:
        return [Hit("项目没有填写任何绩效指标。", field="indicators")]
    # a first level is there when its items are, even filed elsewhere (S110 says where)
    present = {v.level1 for v in p.indicators} | {fw.parent.get(v.level2) for v in p.indicators}
    missing = [
        fw.display.get(k, k)
        for k in fw.required_first
        if k not in present and not after_the_end(p, k)
    ]
    if missing:
        return [
            Hit(
                f"指标体系缺少一级指标：{'、'.join(missing)}（{fw.spec.title}要求必须设置）。",
                field="level1",
                params={"levels": "、".join(missing)},
            )
        ]
    return []


S101 = ProjectRule(
    id="S101",
    title="缺少必设的一级指标",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.ERROR,
    confidence=0.9,
    check=_missing_first,
    explanation=(
        "项目绩效指标须覆盖指标体系规定的一级指标：88号文体系为产出、效益、满意度，"
        "2021年体系另有成本指标。缺少一级指标的目标表不完整。必设层级由审核方案规定。"
    ),
    suggestion="补充{levels}及其下的二级、三级指标。",
    examples=(
        _project_example(
            "没有满意度指标",
            fails=True,
            project=project(*full_grid(satisfaction=False), name="购置公务用车"),
            shows="产出指标（数量、质量、时效、成本）＋效益指标（经济效益），无满意度指标",
        ),
        _project_example(
            "产出、效益、满意度齐全",
            fails=False,
            project=project(*full_grid(), name="购置公务用车"),
            shows="产出指标（数量、质量、时效、成本）＋效益指标（经济效益）＋满意度指标",
            origin=f"{S001} 项目3（改写）",
        ),
    ),
)


def _missing_second(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    first = {v.level1 for v in p.indicators}
    second = {v.level2 for v in p.indicators}
    missing = [
        fw.display.get(k, k)
        for k in fw.required_second
        if k not in second and fw.parent.get(k) in first and not after_the_end(p, k)
    ]
    if missing:
        return [
            Hit(
                f"缺少二级指标：{'、'.join(missing)}。",
                field="level2",
                params={"levels": "、".join(missing)},
            )
        ]
    return []


S102 = ProjectRule(
    id="S102",
    title="缺少必设的二级指标",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_missing_second,
    explanation=(
        "产出指标一般应同时设置数量、质量、时效、成本四个二级指标，满意度指标下设服务对象"
        "满意度；效益指标下的二级指标按项目实际选择。必设的二级指标由审核方案规定。"
    ),
    suggestion="补充{levels}，每个二级指标下至少设一个三级指标。",
    examples=(
        _project_example(
            "产出指标缺少时效指标",
            fails=True,
            project=project(*full_grid(timeliness=False), name="购置公务用车"),
            shows="产出指标：数量、质量、成本（无时效）",
        ),
        _project_example(
            "四个产出二级指标齐全",
            fails=False,
            project=project(*full_grid(), name="购置公务用车"),
            shows="产出指标：数量、质量、时效、成本",
        ),
    ),
)


def _empty_name(v: IndicatorView) -> Hit | None:
    if v.name:
        return None
    return Hit(
        f"{v.indicator.level2 or v.indicator.level1}下的三级指标名称为空"
        f"（指标值{q(v.indicator.value)}）。",
        field="level3",
    )


S103 = IndicatorRule(
    id="S103",
    title="三级指标名称为空",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.ERROR,
    confidence=0.9,
    check=_empty_name,
    explanation="每个二级指标下的每一行都要写明三级指标名称，说明衡量的是什么。",
    suggestion="填写三级指标名称，如“维修维护次数”“验收合格率”。",
    examples=(
        indicator_example(
            "名称为空",
            fails=True,
            level2="质量指标",
            level3="",
            description="验收合格工程占全部工程的比例",
            value="100%",
        ),
        indicator_example(
            "名称齐全",
            fails=False,
            level2="质量指标",
            level3="维修维护工程合格率",
            description="验收合格工程占全部工程的比例",
            value="100百分比",
            origin=f"{S003} 项目13 第2项",
        ),
    ),
)


def _no_goals(p: ProjectView) -> list[Hit]:
    if not any(g.strip() for g in p.project.goals):
        return [Hit(f"项目{q(p.project.name)}没有填写绩效目标。", field="goals")]
    return []


S104 = ProjectRule(
    id="S104",
    title="项目未填写绩效目标",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_no_goals,
    explanation="绩效目标说明项目一年内要达到的产出和效果，是设置指标的依据，不能空缺。",
    suggestion="按“做什么、做到什么程度、产生什么效果”写2～3条绩效目标。",
    examples=(
        _project_example(
            "绩效目标为空",
            fails=True,
            project=project(indicator("数量指标", "维修次数", "≥30次"), goals=[]),
            shows="绩效目标：（空）",
        ),
        _project_example(
            "有绩效目标",
            fails=False,
            project=project(
                indicator("数量指标", "维修维护次数", "≥30次"),
                name="后勤中心运行费2024",
                goals=["对机关办公楼基础设施进行修理修缮及日常设备采购，保障办公大楼运行正常。"],
            ),
            shows="绩效目标：1.对机关办公楼基础设施进行修理修缮及日常设备采购……",
            origin=f"{S003} 项目13",
        ),
    ),
)


def _no_basis(v: IndicatorView) -> Hit | None:
    if v.indicator.basis.strip():
        return None
    return Hit("本行未填写指标值确定依据。", field="basis")


S105 = IndicatorRule(
    id="S105",
    title="未填写指标值确定依据",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_no_basis,
    explanation=(
        "指标值确定依据说明目标值从何而来：计划标准、历史标准（以往数值或三年平均）、"
        "行业标准、预算支出标准或其他标准。没有依据，审核无从判断目标是否适当。"
    ),
    suggestion="逐项写明依据，如“年度工作计划”“合同约定”“近三年平均值”“支出标准”。",
    examples=(
        _project_example(
            "依据为空",
            fails=True,
            project=project(
                indicator("数量指标", "赔付次数", "≥1次", "保险公司可赔付次数", basis=""),
                name="政府大楼保险",
            ),
            shows="数量指标｜赔付次数｜≥1次｜指标值确定依据：（空）",
            origin=f"{S000} 项目2（全部指标未填依据）",
        ),
        _project_example(
            "写明依据",
            fails=False,
            project=project(
                indicator("数量指标", "接待批次", "≥40批次", basis="根据上年的接待批次推算"),
                name="各项公务接待活动",
            ),
            shows="数量指标｜接待批次｜≥40批次｜根据上年的接待批次推算",
            origin=f"{S001} 项目2 第1项",
        ),
    ),
)


def _older_satisfaction(v: IndicatorView) -> bool:
    """满意度 under 效益指标: the place older templates of other provinces give it."""
    return v.plan.plan.template == "generic" and v.level1 == "效益" and "满意" in v.level2


def _unknown_level(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    ind = v.indicator
    if not ind.level1.strip() and v.plan.plan.template == "generic":
        return None  # the template has no 一级 column: nothing was written to judge
    if v.level1 not in fw.first_keys:
        return Hit(
            f"一级指标{q(ind.level1)}不属于{fw.spec.title}。",
            field="level1",
            params={"levels": "、".join(fw.spec.levels)},
        )
    if v.level2 not in fw.second_keys:
        return Hit(
            f"二级指标{q(ind.level2)}不属于{fw.spec.title}。",
            field="level2",
            params={"levels": "、".join(fw.spec.levels.get(fw.display[v.level1], []))},
        )
    parent = fw.parent[v.level2]
    if parent != v.level1 and not _older_satisfaction(v):
        return Hit(
            f"二级指标{q(ind.level2)}应归入{q(fw.display[parent])}，表中却放在{q(ind.level1)}下。",
            field="level2",
            params={"levels": "、".join(fw.spec.levels.get(fw.display[v.level1], []))},
        )
    return None


S110 = IndicatorRule(
    id="S110",
    title="指标层级名称不符合指标体系",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_unknown_level,
    explanation=(
        "一级、二级指标须使用所选指标体系的规范名称和归属关系（如数量指标属于产出指标），"
        "自创层级或放错位置会使汇总、自评打分出错。体系版本由审核方案规定或自动识别。"
    ),
    suggestion="使用规范的层级名称，该一级指标下可用：{levels}。",
    examples=(
        indicator_example(
            "“效果指标”不是规范的一级指标",
            fails=True,
            level1="效果指标",
            level2="社会效益指标",
            level3="保障机关正常运转",
            description="保障机关正常运转",
            value="≥95%",
        ),
        indicator_example(
            "规范层级",
            fails=False,
            level2="社会效益指标",
            level3="设施正常运转率",
            description="设施正常运转率",
            value="≥90%",
            origin=f"{S000} 项目8 第6项",
        ),
    ),
)


def _cut_short(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    if p.plan.plan.template != "generic" or not p.indicators:
        return []
    present = {v.level1 for v in p.indicators} | {v.level2 for v in p.indicators}
    required = (*fw.required_first, *fw.required_second)
    after = [fw.display.get(k, k) for k in required if k not in present and after_the_end(p, k)]
    if not after:
        return []
    last = p.indicators[-1]
    return [
        Hit(
            f"绩效指标表在“{last.indicator.level2 or last.indicator.level1}/{last.name}”之后结束，"
            f"其后应有的{'、'.join(after)}没有读到：或是缺少，或是文档在此被截断。",
            field="indicators",
            params={"levels": "、".join(after)},
        )
    ]


S111 = ProjectRule(
    id="S111",
    title="指标表在必设层级之前结束",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.6,
    check=_cut_short,
    explanation=(
        "其他省份模板的指标表按产出、效益、满意度的顺序排列；表格在某一层级之后就结束、"
        "其后的必设层级一个都没有时，既可能是漏填，也可能是网页或分页截断了表格。"
        "此时不按“缺少必设层级”（S101、S102）报错，而是提示核对原件。"
    ),
    suggestion="核对原件：确实缺少的，补充{levels}；表格被截断的，重新导入完整文档。",
    examples=(
        plan_example(
            "表格在“质量指标/树木成活率”之后结束",
            fails=True,
            plan=plan(
                project(
                    indicator("数量指标", "绿化美化公路", "=3500米"),
                    indicator("质量指标", "树木成活率", "≥85%"),
                    name="古昌镇大青冈村乡村振兴绿化美化项目",
                ),
                template="generic",
            ),
            shows="数量指标｜绿化美化公路｜=3500米；质量指标｜树木成活率｜≥85%（其后无时效、成本、效益、满意度）",
            origin="重庆荣昌区林业局2022年大青冈村绿化美化项目绩效目标表（samples/real，页面在时效指标处截断）",
        ),
        _project_example(
            "河北文本缺满意度：按S101报错，不在此列",
            fails=False,
            project=project(*full_grid(satisfaction=False), name="购置公务用车"),
            shows="产出指标＋效益指标，无满意度指标（河北部门预算绩效文本）",
        ),
    ),
)
