"""N101–N104, N107, N109, N110: rates and percentages — over 100%, “≥100%”, a count in %."""

from __future__ import annotations

import re

from jixiao.checks import Criterion, Severity
from jixiao.grammar import Direction, UnitKind
from jixiao.review.context import IndicatorView
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
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.common import (
    DOWNWARD,
    PERCENT,
    UPWARD,
    display,
    is_effect,
    is_satisfaction,
    q,
)
from jixiao.review.rules.numbers.common import FAMILY, HUNDRED, QUANT, bounded


def _over_hundred(v: IndicatorView) -> Hit | None:
    value = v.value
    top = value.upper if value.upper is not None else value.number
    if (
        value.unit != PERCENT
        or top is None
        or top <= HUNDRED
        or value.direction in DOWNWARD
        or not bounded(v)
    ):
        return None
    return Hit(
        f"指标{q(display(v))}是比率，指标值{q(v.indicator.value)}超过100%，不可能实现。",
        field="value",
    )


N101 = IndicatorRule(
    id="N101",
    title="比率或满意度超过100%",
    family=FAMILY,
    criterion=Criterion.FEASIBILITY,
    severity=Severity.ERROR,
    confidence=0.9,
    kinds=QUANT,
    check=_over_hundred,
    explanation=(
        "合格率、完成率、覆盖率、满意度等比率以100%为上限，目标值超过100%无法实现，"
        "多半是把数量或增长幅度误写成了比率。增长率、增幅不受此限。"
    ),
    suggestion="比率目标不超过100%（通常“≥90%”或“=100%”）；要表达增长的，改用“增长率”并写明基数。",
    examples=(
        indicator_example(
            "合格率“≥120%”",
            fails=True,
            level2="质量指标",
            level3="维修维护工程合格率",
            description="验收合格工程占全部工程的比例",
            value="≥120%",
        ),
        indicator_example(
            "增长率可以超过100%",
            fails=False,
            level2="经济效益指标",
            level3="招商引资金额增长率",
            description="招商引资金额对比上年度增长率",
            value="≥110%",
        ),
    ),
)


def _ge_hundred(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        value.unit != PERCENT
        or value.number != HUNDRED
        or value.direction not in UPWARD
        or value.upper is not None
        or v.plan.lexicon.not_bounded.search(v.name)
    ):
        return None
    written = q(v.indicator.value)
    if value.direction is Direction.GT:
        why = f"{written}要求超过100%，比率做不到"
    else:
        why = f"{written}中的“≥”没有意义，比率最多只能等于100%"
    return Hit(f"指标{q(display(v))}的指标值{why}。", field="value")


N102 = IndicatorRule(
    id="N102",
    title="“≥100%”应写作“=100%”",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.9,
    kinds=QUANT,
    check=_ge_hundred,
    explanation=(
        "比率的上限就是100%，“≥100%”实际只能等于100%，“>100%”则不可能；"
        "这种写法说明目标值是随手填的。满意度等本不可能达到100%的指标，还应重新测算目标。"
    ),
    suggestion="要求全部完成的写“=100%”；满意度、覆盖率等写实际可达的目标，如“≥90%”。",
    examples=(
        indicator_example(
            "“≥100百分比”",
            fails=True,
            level2="质量指标",
            level3="不断加强公务用车监管政策更新落实",
            description="及时跟进落实省市车改政策",
            value="≥100百分比",
            origin=f"{S002} 项目1 第3项",
        ),
        indicator_example(
            "“100百分比”",
            fails=False,
            level2="质量指标",
            level3="餐饮节约",
            description="杜绝浪费，提倡节约用餐",
            value="100百分比",
            origin=f"{S002} 项目3 第3项",
        ),
    ),
)

_CONTROL = re.compile("执行|控制|超支|支出|使用率|偏差|误差|差错|投诉|事故|损耗")


def _vacuous_ceiling(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        value.unit != PERCENT
        or value.direction not in DOWNWARD
        or value.number is None
        or value.number < HUNDRED
        or v.is_cost
    ):
        return None
    if not (is_effect(v) or is_satisfaction(v)) and (
        not v.facts.bounded_rate or _CONTROL.search(v.name)
    ):
        return None
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是“不超过100%”，"
        "任何结果都满足，等于没有目标。",
        field="value",
    )


N103 = IndicatorRule(
    id="N103",
    title="“≤100%”的目标任何结果都满足",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=QUANT,
    check=_vacuous_ceiling,
    explanation=(
        "效益、满意度和合格率类比率越高越好，写“≤100%”时0%也算达标，目标形同虚设，"
        "通常是把“≥”误写成了“≤”。预算执行率、成本控制率等控制类比率除外。"
    ),
    suggestion="改为下限目标，如“≥90%”；要求全部完成的写“=100%”。",
    examples=(
        indicator_example(
            "满意度“≤100百分比”",
            fails=True,
            level2="服务对象满意度指标",
            level3="节约型机关创建不断提升",
            description="保障节约型机关建设持续发展",
            value="≤100百分比",
            origin=f"{S002} 项目3 第9项",
        ),
        indicator_example(
            "预算执行率“≤100%”是控制目标",
            fails=False,
            level2="质量指标",
            level3="预算执行率",
            description="实际支出占预算的比例",
            value="≤100%",
        ),
    ),
)


def _percent_on_count(v: IndicatorView) -> Hit | None:
    if v.value.unit != PERCENT or not v.facts.count or is_satisfaction(v):
        return None
    explained = v.plan.lexicon.rate_name.search(v.indicator.description) is not None
    return Hit(
        f"指标{q(display(v))}按名称是数量，指标值却是百分比{q(v.indicator.value)}，"
        "名称与指标值不一致。",
        field="value",
        confidence=0.65 if explained else None,
    )


N104 = IndicatorRule(
    id="N104",
    title="数量类指标用了百分比",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=QUANT,
    check=_percent_on_count,
    explanation=(
        "名称为“数量”“次数”“人数”“台数”的指标，目标值应是个数（次、人、台）；"
        "写成百分比时无法知道要完成多少，年终也无法核对。"
    ),
    suggestion="把指标值改为数量（如“≥N次”“=N人”），或把指标名称改为相应的比率（如“…完成率”）。",
    examples=(
        indicator_example(
            "“赔付次数 ≥90%”",
            fails=True,
            level2="数量指标",
            level3="赔付次数",
            description="按照合同规定范围内，发生意外损失，保险公司可赔付次数",
            value="≥90%",
            origin=f"{S000} 项目2 第1项",
        ),
        indicator_example(
            "“购置数量 1辆”",
            fails=False,
            level2="数量指标",
            level3="购置数量",
            description="购置数量",
            value="1辆",
            origin=f"{S001} 项目3 第1项",
        ),
    ),
)


def _rate_not_percent(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        not v.facts.bounded_rate
        or v.facts.satisfaction
        or value.unit is None
        or value.unit_kind in (UnitKind.PERCENT, UnitKind.PERCENT_POINT, UnitKind.SCORE)
    ):
        return None
    return Hit(
        f"指标{q(display(v))}按名称是比率，指标值{q(v.indicator.value)}却不是百分比，"
        "名称与指标值不一致。",
        field="value",
    )


N107 = IndicatorRule(
    id="N107",
    title="比率类指标的指标值不是百分比",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.8,
    kinds=QUANT,
    check=_rate_not_percent,
    explanation=(
        "名称为“…率”的指标，目标值应是百分比；写成小时、次数或金额时，"
        "要么名称错了（应为“…时限”“…次数”），要么指标值错了。"
    ),
    suggestion="名称与指标值保持一致：比率写“≥95%”，时限类把名称改为“…响应时间”并写“≤1小时”。",
    examples=(
        indicator_example(
            "“用车到位时效率 ≤24小时”",
            fails=True,
            level2="时效指标",
            level3="用车到位时效率",
            description="用车到位时效率",
            value="≤24小时",
            origin=f"{S004} 项目6 第5项",
        ),
        indicator_example(
            "“延保和维修及时率 100%”",
            fails=False,
            level2="时效指标",
            level3="延保和维修及时率",
            description="及时续期保险和维护",
            value="100%",
            origin=f"{S004} 项目4 第3项",
        ),
    ),
)


def _perfect_satisfaction(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        value.unit != PERCENT
        or value.number is None
        or value.direction not in (None, Direction.EQ)
        or not (is_satisfaction(v) or v.facts.satisfaction)
        or value.number < v.plan.profile.thresholds.satisfaction_ceiling
    ):
        return None
    return Hit(
        f"满意度指标{q(v.name)}的目标值为{q(v.indicator.value)}，要求每一位受访者都满意，"
        "通常难以实现。",
        field="value",
    )


N109 = IndicatorRule(
    id="N109",
    title="满意度目标为100%",
    family=FAMILY,
    criterion=Criterion.FEASIBILITY,
    severity=Severity.WARNING,
    confidence=0.6,
    kinds=QUANT,
    check=_perfect_satisfaction,
    explanation=(
        "满意度通过问卷调查计算（满意人数/受访人数），100%意味着没有一个人不满意，"
        "目标偏离实际，也失去了衡量改进的作用。一般按历史水平设定，如“≥90%”“≥95%”。"
    ),
    suggestion="参照以往调查结果设定，如“≥90%”或“≥95%”。",
    examples=(
        indicator_example(
            "满意度“100%”",
            fails=True,
            level2="服务对象满意度指标",
            level3="满意度",
            description="使用单位对定位系统设备运行的满意度",
            value="100%",
            origin=f"{S003} 项目3 第11项",
        ),
        indicator_example(
            "满意度“≥95%”",
            fails=False,
            level2="服务对象满意度指标",
            level3="使用人员满意度",
            description="调查中满意人数占调查总人数比例",
            value="≥95%",
            origin=f"{S004} 项目1 第15项",
        ),
    ),
)


def _percent_spelt(v: IndicatorView) -> Hit | None:
    if "百分比" not in v.indicator.value:
        return None
    return Hit(f"指标值{q(v.indicator.value)}把“%”写成“百分比”。", field="value")


N110 = IndicatorRule(
    id="N110",
    title="百分号写成“百分比”",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.95,
    check=_percent_spelt,
    explanation="指标值中的百分比应写作“%”（如“≥90%”），“≥90百分比”不规范，也不便汇总。",
    suggestion="把“百分比”统一改为“%”，如“≥90%”。",
    examples=(
        project_example(
            "“≥95百分比”",
            fails=True,
            project=project(
                indicator("质量指标", "接待完成率", "≥95百分比", "接待完成率"),
                name="各项公务接待活动",
            ),
            shows="质量指标｜接待完成率｜≥95百分比",
            origin=f"{S001} 项目2",
        ),
        project_example(
            "“≥95%”",
            fails=False,
            project=project(
                indicator("质量指标", "接待完成率", "≥95%", "接待完成率"),
                name="各项公务接待活动",
            ),
            shows="质量指标｜接待完成率｜≥95%",
        ),
    ),
)
