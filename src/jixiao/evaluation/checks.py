"""自评检查目录: what the scoring engine reports besides scores (ids E1xx)."""

from __future__ import annotations

from jixiao.checks import Catalogue, Check, Severity

MISSED_UNEXPLAINED = Check(
    id="E101",
    severity=Severity.WARNING,
    title="指标未完成且未说明偏差原因",
    explanation="未完成年度指标值的，自评表须填写偏差原因分析及改进措施（财预〔2020〕10号）。",
    suggestion="在“偏差原因分析及改进措施”栏说明未完成的原因和下一步措施。",
)
OVERSHOOT_UNEXPLAINED = Check(
    id="E102",
    severity=Severity.WARNING,
    title="大幅超额完成且未说明原因",
    explanation="实际完成值远超目标值，多半是目标定得偏低；须说明原因，并在下年度调高目标。",
    suggestion="说明超额完成的原因；编制下年度目标时以本年实际为历史标准调高指标值。",
)
UNSCORABLE = Check(
    id="E103",
    severity=Severity.ERROR,
    title="实际完成值无法计分",
    explanation="实际完成值与年度指标值无法比较（缺数值、单位不一致，或定性指标未写明达成程度）。",
    suggestion="按年度指标值的口径填写实际完成值（同一计量单位），定性指标写明达成/部分达成/未达成。",
)
ZERO_BUDGET = Check(
    id="E104",
    severity=Severity.INFO,
    title="全年预算数为0",
    explanation="全年预算数为0时预算执行率无意义，按评价方案的 zero_budget 设置计分。",
    suggestion="核对全年预算数；项目确已取消的，说明情况。",
)
SPENT_WITHOUT_BUDGET = Check(
    id="E105",
    severity=Severity.ERROR,
    title="无预算但有支出",
    explanation="全年预算数为0而全年执行数大于0，账表不符。",
    suggestion="核对全年预算数（含调整、追加）和全年执行数。",
)
MONEY_MISSING = Check(
    id="E106",
    severity=Severity.ERROR,
    title="缺少全年预算数或全年执行数",
    explanation="预算执行率 = 全年执行数 / 全年预算数，缺任一项都无法计分，该项按0分计。",
    suggestion="填写全年预算数和全年执行数（万元）。",
)
WEIGHTS_RESCALED = Check(
    id="E107",
    severity=Severity.WARNING,
    title="指标分值合计与一级指标分值不符",
    explanation="一级指标内各指标分值之和应等于该一级指标的分值，已按比例折算。",
    suggestion="调整各指标分值，使其合计等于一级指标分值。",
)
LEVEL_WITHOUT_POINTS = Check(
    id="E108",
    severity=Severity.WARNING,
    title="一级指标不在评分方案中",
    explanation="该一级指标不属于评价方案的任何分值部分，分值为0。",
    suggestion="把指标归入产出、效益或满意度指标，或在评价方案中为其设置分值。",
)
POOL_EMPTY = Check(
    id="E109",
    severity=Severity.WARNING,
    title="一级指标缺失，分值未分配",
    explanation="评价方案为该部分设置了分值，但项目没有相应指标，这部分分值无从得分。",
    suggestion="补充相应的一级指标及三级指标。",
)
OVERSPENT = Check(
    id="E110",
    severity=Severity.WARNING,
    title="执行数超过预算数",
    explanation="全年执行数超过全年预算数，执行率超过100%，计分以满分为限。",
    suggestion="核对是否存在超预算支出或预算调整未登记。",
)

CHECKS: tuple[Check, ...] = (
    MISSED_UNEXPLAINED,
    OVERSHOOT_UNEXPLAINED,
    UNSCORABLE,
    ZERO_BUDGET,
    SPENT_WITHOUT_BUDGET,
    MONEY_MISSING,
    WEIGHTS_RESCALED,
    LEVEL_WITHOUT_POINTS,
    POOL_EMPTY,
    OVERSPENT,
)
CHECKS_BY_ID = Catalogue("自评检查", CHECKS)
