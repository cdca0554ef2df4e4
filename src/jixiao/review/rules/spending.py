"""时效与资金支出计划 (spending): deadlines written as percentages, deadlines against the
cumulative plan, recurring spending spread evenly, and a plan without gaps."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.grammar import Direction, ValueKind
from jixiao.model import SPEND_CHECKPOINTS
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.examples import indicator, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, ProjectRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, q

FAMILY = "money"
_NINGJIN = "河北宁晋县教育局2019年高中助学金项目绩效评价指标表（samples/real）"
_HEBEI_PLAN = "构造：河北部门预算绩效文本的资金支出计划格式（3月底/6月底/10月底/12月底累计%）"
_MONTH = {"3月底": 3, "6月底": 6, "10月底": 10, "12月底": 12}
_EVEN = {
    "3月底": Decimal(25),
    "6月底": Decimal(50),
    "10月底": Decimal("83.3"),
    "12月底": Decimal(100),
}
_UNEVEN = Decimal(30)  # points a recurring plan may stray from an even spread
_LATE = Decimal(50)  # cumulative percent below which spending lags a finished task


def _deadline_as_percent(v: IndicatorView) -> Hit | None:
    if v.value.unit != PERCENT:
        return None
    description = v.indicator.description
    match = words().deadline.search(description)
    if match is None or not any(c.isdigit() for c in description):
        return None
    return Hit(
        f"绩效指标描述给出了期限{q(description, 30)}，指标值却是百分比{q(v.indicator.value)}。",
        field="value",
    )


F108 = IndicatorRule(
    id="F108",
    title="时效指标的期限写在描述里，指标值却是百分比",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.7,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    levels=frozenset({"时效"}),
    check=_deadline_as_percent,
    explanation=(
        "时效指标衡量的是时间：描述写“11月底前完成”“5个工作日内办结”，指标值就应是"
        "期限（≤11月、≤5个工作日）；写成“按时完成率100%”虽可考核，却把期限藏在了描述里。"
    ),
    suggestion="把期限写进指标值，如“≤11月”“≤5个工作日”。",
    examples=(
        project_example(
            "描述“每月10日前发放”，指标值“100%”",
            fails=True,
            project=project(
                indicator("时效指标", "及时发放率", "100%", "助学金于每月10日前发放到学生账户"),
                name="高中助学金",
            ),
            shows="时效指标｜及时发放率｜助学金于每月10日前发放到学生账户｜100%",
            origin=f"{_NINGJIN} “及时发放率 达到目标值 100%”，描述为构造",
        ),
        project_example(
            "描述无期限",
            fails=False,
            project=project(
                indicator("时效指标", "及时发放率", "100%", "达到目标值"),
                name="高中助学金",
            ),
            shows="时效指标｜及时发放率｜达到目标值｜100%",
            origin=_NINGJIN,
        ),
    ),
)


def _deadline_month(v: IndicatorView) -> int | None:
    value = v.value
    if v.level2 != "时效" or value.unit != "月" or value.number is None:
        return None
    if value.direction not in (None, Direction.LE, Direction.LT, Direction.EQ):
        return None
    month = int(value.number)
    return month if 1 <= month <= 12 and month == value.number else None


def _lagging(p: ProjectView) -> list[Hit]:
    if not p.spend:
        return []
    plan = dict(p.spend)
    for v in p.indicators:
        month = _deadline_month(v)
        if month is None or month >= 12:
            continue
        checkpoint = next((c for c in SPEND_CHECKPOINTS if _MONTH[c] >= month), None)
        share = plan.get(checkpoint or "")
        if share is not None and share < _LATE:
            return [
                Hit(
                    f"时效指标{q(v.name)}要求{month}月完成，资金支出计划到{checkpoint}"
                    f"累计只有{amount(share)}%。",
                    field="spend_plan",
                    indicator_index=v.index,
                )
            ]
    return []


F109 = ProjectRule(
    id="F109",
    title="完成期限与资金支出计划不符",
    family=FAMILY,
    criterion=Criterion.FEASIBILITY,
    severity=Severity.WARNING,
    confidence=0.6,
    check=_lagging,
    explanation=(
        "时效指标说任务在某月完成，资金支出计划到那个节点却连一半都没付，"
        "要么期限不实，要么支出计划是随手填的（验收后付尾款的，可在依据中说明）。"
    ),
    suggestion="按实施进度重排资金支出计划，或改正完成期限。",
    examples=(
        project_example(
            "“≤6月”完成，6月底累计10%",
            fails=True,
            project=project(
                indicator("时效指标", "设备购置完成时间", "≤6月"),
                name="办公设备购置",
                spend=("0", "10", "60", "100"),
            ),
            shows="时效指标｜设备购置完成时间｜≤6月；资金支出计划：0/10/60/100",
            origin=_HEBEI_PLAN,
        ),
        project_example(
            "“≤6月”完成，6月底累计80%",
            fails=False,
            project=project(
                indicator("时效指标", "设备购置完成时间", "≤6月"),
                name="办公设备购置",
                spend=("20", "80", "100", "100"),
            ),
            shows="时效指标｜设备购置完成时间｜≤6月；资金支出计划：20/80/100/100",
            origin=_HEBEI_PLAN,
        ),
    ),
)


def _uneven(p: ProjectView) -> list[Hit]:
    lists = words()
    text = p.project.name + "｜" + (p.project.purpose or "")
    if len(p.spend) < 4 or not lists.recurring_spending.search(p.project.name):
        return []
    if lists.one_off_projects.search(text):
        return []
    worst = max(p.spend, key=lambda item: abs(item[1] - _EVEN[item[0]]))
    checkpoint, share = worst
    if abs(share - _EVEN[checkpoint]) <= _UNEVEN:
        return []
    shown = "/".join(amount(s) for _, s in p.spend)
    return [
        Hit(
            f"{q(p.project.name)}是按月发生的经常性支出，资金支出计划却是{shown}："
            f"{checkpoint}累计{amount(share)}%，均衡支出约为{amount(_EVEN[checkpoint])}%。",
            field="spend_plan",
        )
    ]


F110 = ProjectRule(
    id="F110",
    title="经常性支出的支出计划不均衡",
    family=FAMILY,
    criterion=Criterion.FEASIBILITY,
    severity=Severity.WARNING,
    confidence=0.65,
    check=_uneven,
    explanation=(
        "房租、工资、水电、物业费等按月或按季支付，累计支出计划应大致均衡（3月底约25%、"
        "6月底约50%、10月底约83%）；某一节点偏离30个百分点以上，多半是照抄的进度。"
        "年付一次的租金可在依据中说明。经常性支出的词表是数据。"
    ),
    suggestion="按支付周期排列资金支出计划，如按月支付的写25/50/83/100。",
    examples=(
        project_example(
            "“水电费”计划 5/10/20/100",
            fails=True,
            project=project(
                indicator("数量指标", "保障办公楼数量", "=1栋"),
                name="机关办公楼水电费",
                spend=("5", "10", "20", "100"),
            ),
            shows="项目：机关办公楼水电费；资金支出计划：5/10/20/100",
            origin=_HEBEI_PLAN,
        ),
        project_example(
            "“水电费”计划 25/50/80/100",
            fails=False,
            project=project(
                indicator("数量指标", "保障办公楼数量", "=1栋"),
                name="机关办公楼水电费",
                spend=("25", "50", "80", "100"),
            ),
            shows="项目：机关办公楼水电费；资金支出计划：25/50/80/100",
            origin=_HEBEI_PLAN,
        ),
    ),
)


def _gaps(p: ProjectView) -> list[Hit]:
    plan = p.project.spend_plan
    filled = [c for c in SPEND_CHECKPOINTS if plan.get(c) is not None]
    if not filled:
        return []
    last = SPEND_CHECKPOINTS.index(filled[-1])
    empty = [c for c in SPEND_CHECKPOINTS[:last] if plan.get(c) is None]
    if not empty:
        return []
    return [
        Hit(
            f"资金支出计划{'、'.join(empty)}未填写，而其后的节点已填写。",
            field="spend_plan",
        )
    ]


F111 = ProjectRule(
    id="F111",
    title="资金支出计划中间有空档",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_gaps,
    explanation=(
        "资金支出计划是累计进度，每个节点都要填：前面空着、后面有数，监控时无法比较"
        "序时进度。尚未支出的节点填0。12月底未达100%由F104提示。"
    ),
    suggestion="逐个节点填写累计百分比，未支出的填0。",
    examples=(
        project_example(
            "3月底、6月底空着，10月底60%",
            fails=True,
            project=project(
                indicator("数量指标", "购置数量", "=2台"),
                name="办公设备购置",
                spend=(None, None, "60", "100"),
            ),
            shows="资金支出计划：—/—/60/100",
            origin=_HEBEI_PLAN,
        ),
        project_example(
            "0/0/60/100",
            fails=False,
            project=project(
                indicator("数量指标", "购置数量", "=2台"),
                name="办公设备购置",
                spend=("0", "0", "60", "100"),
            ),
            shows="资金支出计划：0/0/60/100",
            origin=_HEBEI_PLAN,
        ),
    ),
)

RULES = (F108, F109, F110, F111)
