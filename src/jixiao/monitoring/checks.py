"""监控预警目录: the warnings of a monitoring round (ids P1xx).

A check's severity is the usual one; spending checks are raised as errors when they
turn the light red (:meth:`Check.found` with ``severity``).
"""

from __future__ import annotations

from jixiao.checks import Catalogue, Check, Severity

BEHIND_PLAN = Check(
    id="P101",
    severity=Severity.WARNING,
    title="支出进度落后于资金支出计划",
    explanation="截至监控日期的预算执行率低于资金支出计划在最近时点的累计比例。",
    suggestion="查明支出滞后的原因（采购、合同、验收、结算），加快支付；确实用不完的，及时调整预算。",
)
BEHIND_TIME = Check(
    id="P102",
    severity=Severity.WARNING,
    title="支出进度落后于序时进度",
    explanation="预算执行率低于序时进度（已过月数/12）。",
    suggestion="对照全年支出安排加快执行；季节性支出项目在原因说明中写明。",
)
LOW_FORECAST = Check(
    id="P103",
    severity=Severity.WARNING,
    title="预计年底预算执行率偏低",
    explanation="按已发生的支出和资金支出计划的节奏推算，年底执行率将明显低于100%。",
    suggestion="制定后续支出计划；预计形成结余的，按规定收回或调整用途。",
)
INDICATOR_MISS = Check(
    id="P104",
    severity=Severity.WARNING,
    title="指标预计完不成年度目标",
    explanation="全年预计完成情况未达到年度指标值。",
    suggestion="分析偏差原因，提出完善措施；目标确需调整的，按程序报批。",
)
INDICATOR_IMPOSSIBLE = Check(
    id="P105",
    severity=Severity.ERROR,
    title="指标填报“完全不可能”完成",
    explanation="单位自己判断该指标完全不可能完成，须查明原因，必要时暂缓或调减预算。",
    suggestion="说明原因和措施；无法完成的，调整绩效目标或相应资金。",
)
CAUSE_MISSING = Check(
    id="P106",
    severity=Severity.WARNING,
    title="有偏差但未说明原因或措施",
    explanation="预计完不成目标的指标，须选择偏差原因类型并说明原因和完善措施。",
    suggestion="选择偏差原因（经费保障、制度保障、人员保障、硬件条件保障、其他），填写说明和措施。",
)
DATA_MISSING = Check(
    id="P107",
    severity=Severity.ERROR,
    title="缺少预算数或累计支出",
    explanation="没有年度预算数或1–N月执行数，无法计算执行率。",
    suggestion="填写年度预算数和截至监控日期的累计支出（万元）。",
)
NO_SPEND_PLAN = Check(
    id="P108",
    severity=Severity.INFO,
    title="没有资金支出计划",
    explanation="项目没有填写资金支出计划，只能与序时进度比较。",
    suggestion="在绩效目标表中补充资金支出计划（3月底、6月底、10月底、12月底累计比例）。",
)
OPTIMISTIC_FORECAST = Check(
    id="P109",
    severity=Severity.INFO,
    title="填报的全年预计执行数与支出节奏不符",
    explanation="单位填报的全年预计执行率比按支出节奏推算的高出较多，预计可能偏乐观。",
    suggestion="核实后续支出安排，据实填报全年预计执行数。",
)
OVERSPENT = Check(
    id="P110",
    severity=Severity.ERROR,
    title="累计支出超过预算数",
    explanation="1–N月执行数已超过年度预算数。",
    suggestion="核对支出和预算调整情况，防止超预算支出。",
)
NOT_IN_PLAN = Check(
    id="P111",
    severity=Severity.WARNING,
    title="监控项目不在绩效目标中",
    explanation="按项目编码和名称都找不到对应的绩效目标表，无法对照支出计划和指标。",
    suggestion="核对项目编码和项目名称。",
)

CHECKS: tuple[Check, ...] = (
    BEHIND_PLAN,
    BEHIND_TIME,
    LOW_FORECAST,
    INDICATOR_MISS,
    INDICATOR_IMPOSSIBLE,
    CAUSE_MISSING,
    DATA_MISSING,
    NO_SPEND_PLAN,
    OPTIMISTIC_FORECAST,
    OVERSPENT,
    NOT_IN_PLAN,
)
CHECKS_BY_ID = Catalogue("监控预警", CHECKS)
