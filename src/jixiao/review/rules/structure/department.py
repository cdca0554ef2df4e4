"""S106–S109: the department part — overall goal, sub-goals, measures, budget."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks import Criterion, Severity
from jixiao.model import SubGoal
from jixiao.review.context import PlanView
from jixiao.review.examples import S000, S003, S004, plan, plan_example, project
from jixiao.review.rule import Hit, PlanRule
from jixiao.review.rules.common import q
from jixiao.review.rules.structure.common import FAMILY


def _no_overall_goal(view: PlanView) -> Iterator[Hit]:
    if not (view.plan.overall_goal or "").strip():
        yield Hit("部门整体绩效目标中没有总体绩效目标。", field="overall_goal")


S106 = PlanRule(
    id="S106",
    title="缺少部门总体绩效目标",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_no_overall_goal,
    explanation="部门预算绩效文本第一部分应有总体绩效目标，概括部门全年履职要达到的结果。",
    suggestion="补写总体绩效目标，围绕部门职责说明全年要完成的主要任务和效果。",
    examples=(
        plan_example(
            "没有总体绩效目标",
            fails=True,
            plan=plan(project(name="示例项目"), overall_goal=None),
            shows="一、总体绩效目标：（空）",
        ),
        plan_example(
            "有总体绩效目标",
            fails=False,
            plan=plan(
                project(name="示例项目"), overall_goal="提升会议、食堂、物业的管理服务水平。"
            ),
            shows="一、总体绩效目标：……提升会议、食堂、物业的管理服务水平……",
            origin=f"{S000}",
        ),
    ),
)


def _incomplete(sub: SubGoal) -> bool:
    return not (sub.goal or "").strip() or not (sub.indicator or "").strip()


def _sub_goals(view: PlanView) -> Iterator[Hit]:
    subs = view.plan.sub_goals
    if not subs:
        yield Hit("部门整体绩效目标中没有分项绩效目标。", field="sub_goals")
        return
    bare = [s for s in subs if _incomplete(s)]
    if bare:
        titles = "、".join(q(s.title or s.goal or "", 20) for s in bare[:4])
        more = "等" if len(bare) > 4 else ""
        location = next(iter(bare[0].sources.values()), None)
        yield Hit(
            f"{len(bare)}个分项绩效目标（共{len(subs)}个）没有写明绩效目标或绩效指标，"
            f"只有标题：{titles}{more}。",
            field="sub_goals",
            location=location,
        )


S107 = PlanRule(
    id="S107",
    title="分项绩效目标缺失或不完整",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.85,
    check=_sub_goals,
    explanation=(
        "分项绩效目标应逐项写明绩效目标和绩效指标（最好含可量化的目标，如“满意率90%以上”），"
        "只列标题无法据以考核部门整体绩效。"
    ),
    suggestion="为每个分项补写“绩效目标：……”和“绩效指标：……”，指标尽量量化。",
    examples=(
        plan_example(
            "分项目标只有标题",
            fails=True,
            plan=plan(
                project(name="示例项目"),
                sub_goals=[{"title": "持续推进政治机关建设。"}, {"title": "进一步提升统计质量。"}],
            ),
            shows="二、分项绩效目标：（一）持续推进政治机关建设。（二）进一步提升统计质量。",
            origin=f"{S003}",
        ),
        plan_example(
            "分项目标有目标和指标",
            fails=False,
            plan=plan(
                project(name="示例项目"),
                sub_goals=[
                    {
                        "title": "公务用车制度改革",
                        "goal": "全面落实公务用车标准化管理。",
                        "indicator": "确保公车派遣工作有序进行，满意率90%以上。",
                    }
                ],
            ),
            shows="公务用车制度改革｜绩效目标：全面落实……｜绩效指标：……满意率90%以上。",
            origin=f"{S000}",
        ),
    ),
)


def _no_measures(view: PlanView) -> Iterator[Hit]:
    if not any(m.strip() for m in view.plan.measures):
        yield Hit("部门整体绩效目标中没有工作保障措施。", field="measures")


S108 = PlanRule(
    id="S108",
    title="缺少工作保障措施",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.8,
    check=_no_measures,
    explanation="部门整体绩效目标的第三部分是工作保障措施，说明靠什么实现目标。",
    suggestion="补写工作保障措施，如预算编制、执行监控、制度建设等方面的具体措施。",
    examples=(
        plan_example(
            "没有保障措施",
            fails=True,
            plan=plan(project(name="示例项目"), measures=[]),
            shows="三、工作保障措施：（空）",
        ),
        plan_example(
            "有保障措施",
            fails=False,
            plan=plan(
                project(name="示例项目"), measures=["科学编制部门预算，提高预算编制准确性。"]
            ),
            shows="三、工作保障措施：（一）科学编制部门预算，提高预算编制准确性。",
            origin=f"{S000}",
        ),
    ),
)


def _no_budget(view: PlanView) -> Iterator[Hit]:
    missing = [p for p in view.projects if p.project.budget_total is None]
    if not missing:
        return
    shown = "、".join(f"{p.index}.{p.project.name}" for p in missing[:5])
    more = f"等{len(missing)}个项目" if len(missing) > 5 else ""
    which = "全部" if len(missing) == len(view.projects) else ""
    yield Hit(
        f"{which}{len(missing)}个项目的绩效目标表没有预算数：{shown}{more}；"
        "成本指标与资金规模是否匹配无法核对。",
        field="budget_total",
        project_index=missing[0].index if len(missing) == 1 else None,
    )


S109 = PlanRule(
    id="S109",
    title="项目绩效目标表缺少预算数",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.8,
    check=_no_budget,
    explanation=(
        "绩效目标表应列明预算数及其资金来源（财政资金、其他资金），审核据此判断资金规模"
        "与绩效目标是否匹配、成本指标是否超出预算。"
    ),
    suggestion="在每个项目的绩效目标表中填写预算数、财政资金和其他资金。",
    examples=(
        plan_example(
            "表中无预算数",
            fails=True,
            plan=plan(project(name="办公楼日常专用设备维护费", budget=None)),
            shows="1.办公楼日常专用设备维护费：预算数（未列）",
            origin=f"{S004} 项目1",
        ),
        plan_example(
            "列明预算数",
            fails=False,
            plan=plan(project(name="公务用车制度改革费", budget="5.91")),
            shows="1.公务用车制度改革费：预算数5.91万元",
            origin=f"{S000} 项目1",
        ),
    ),
)
