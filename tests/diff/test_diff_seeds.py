"""版本差异 on the seed documents: each edit gives exactly the change a reader expects."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.diff import Change, ChangeKind, ChangeScope, PlanDiff, diff_plans
from jixiao.exporters.docx_writer import write_plan_docx
from jixiao.exporters.plan_xlsx import write_plan_xlsx
from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan, Indicator
from tests.review.conftest import SEEDS, seed_plan


def edited(short: str) -> tuple[DepartmentPlan, DepartmentPlan]:
    old = seed_plan(short)
    return old, old.model_copy(deep=True)


def only(diff: PlanDiff) -> Change:
    assert len(diff.changes) == 1, [c.describe() for c in diff.changes]
    return diff.changes[0]


def what(change: Change) -> tuple[ChangeScope, ChangeKind, str]:
    return change.scope, change.kind, change.field


@pytest.mark.parametrize("short", sorted(SEEDS))
def test_a_plan_equals_its_copy(short: str) -> None:
    old, new = edited(short)
    diff = diff_plans(old, new)
    assert diff.changes == []
    assert diff.is_empty
    assert diff.summary() == "两个版本内容相同"


def test_provenance_is_not_content() -> None:
    old, new = edited("003")
    new.source_file = "另一个文件.docx"
    new.warnings.clear()
    for project in new.projects:
        project.sources.clear()
        for indicator in project.indicators:
            indicator.sources.clear()
    assert old.warnings or any(p.sources for p in old.projects)  # something was dropped
    assert diff_plans(old, new).is_empty


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_word_or_excel_round_trip_changes_nothing(tmp_path: Path, suffix: str) -> None:
    old = seed_plan("003")
    path = tmp_path / f"003{suffix}"
    (write_plan_docx if suffix == ".docx" else write_plan_xlsx)(old, path)
    again = import_file(path)
    assert again.sources != old.sources or again.source_file != old.source_file
    assert diff_plans(old, again).is_empty


def test_one_edited_value_is_one_change() -> None:
    old, new = edited("003")
    project = new.projects[7]
    indicator = next(i for i in project.indicators if "满意度" in i.level3)
    before = indicator.value
    indicator.value = "≥95%"
    assert before != indicator.value
    change = only(diff_plans(old, new))
    assert what(change) == (ChangeScope.INDICATOR, ChangeKind.CHANGED, "value")
    assert (change.before, change.after) == (before, "≥95%")
    assert change.label == f"项目「{project.name}」 · 指标「{indicator.level3}」 · 指标值"
    assert (change.project, change.indicator) == (project.name, indicator.level3)
    assert change.describe() == f"修改 {change.label}：{before} → ≥95%"


def test_budget_and_spend_plan_are_project_changes() -> None:
    old, new = edited("003")
    project = new.projects[1]
    assert project.budget_total == Decimal("3.60")
    project.budget_total = Decimal("4.6")
    project.spend_plan["6月底"] = Decimal(55)
    changes = diff_plans(old, new).changes
    assert [(c.scope, c.kind, c.field, c.before, c.after) for c in changes] == [
        (ChangeScope.PROJECT, ChangeKind.CHANGED, "budget_total", "3.60", "4.6"),
        (ChangeScope.PROJECT, ChangeKind.CHANGED, "spend_plan.6月底", "50", "55"),
    ]
    assert changes[0].label == f"项目「{project.name}」 · 预算数（万元）"


def test_the_same_amount_written_differently_is_no_change() -> None:
    old, new = edited("003")
    assert new.projects[1].budget_total == Decimal("3.60")
    new.projects[1].budget_total = Decimal("3.6")
    assert diff_plans(old, new).is_empty


def test_added_and_removed_indicators() -> None:
    old, new = edited("003")
    project = new.projects[0]
    removed = project.indicators.pop(2)
    project.indicators.append(
        Indicator(
            level1="效益指标",
            level2="可持续影响指标",
            level3="办公用房数据更新机制",
            value="≥1次/年",
            basis="年度工作计划",
        )
    )
    diff = diff_plans(old, new)
    assert [(c.scope, c.kind) for c in diff.changes] == [
        (ChangeScope.INDICATOR, ChangeKind.ADDED),
        (ChangeScope.INDICATOR, ChangeKind.REMOVED),
    ]
    added, gone = diff.changes
    assert added.after == "效益指标/可持续影响指标/办公用房数据更新机制：≥1次/年"
    assert added.before is None
    assert gone.indicator == removed.level3 and gone.after is None
    assert gone.before is not None and removed.level3 in gone.before
    assert diff.summary() == "2 处修改：2 个指标"


def test_a_swap_is_one_move_and_a_reversal_keeps_the_middle() -> None:
    old, new = edited("003")
    rows = new.projects[0].indicators
    rows[0], rows[1] = rows[1], rows[0]
    change = only(diff_plans(old, new))
    assert change.kind is ChangeKind.MOVED and change.scope is ChangeScope.INDICATOR
    assert (change.before, change.after) == ("第1项", "第2项")

    old, new = edited("003")
    rows = new.projects[2].indicators
    assert len(rows) == 11
    rows.reverse()
    diff = diff_plans(old, new)
    assert len(diff.changes) == 10  # all but the middle row moved
    assert {c.kind for c in diff.changes} == {ChangeKind.MOVED}
    assert rows[5].level3 not in {c.indicator for c in diff.changes}


def test_moving_a_project_is_one_move() -> None:
    old, new = edited("004")
    new.projects.insert(0, new.projects.pop(6))
    change = only(diff_plans(old, new))
    assert (change.scope, change.kind) == (ChangeScope.PROJECT, ChangeKind.MOVED)
    assert change.label == "项目「东区物业费」"
    assert (change.before, change.after) == ("第7项", "第1项")


@pytest.mark.parametrize("short", ["003", "004"])  # 003 has 项目编码, 004 has none
def test_a_renamed_project_is_one_change(short: str) -> None:
    old, new = edited(short)
    before = new.projects[1].name
    new.projects[1].name = "办公楼物业管理"
    change = only(diff_plans(old, new))
    assert what(change) == (ChangeScope.PROJECT, ChangeKind.CHANGED, "name")
    assert (change.before, change.after) == (before, "办公楼物业管理")
    assert change.label == "项目「办公楼物业管理」 · 项目名称"


def test_a_renamed_indicator_is_one_change() -> None:
    old, new = edited("004")
    row = new.projects[1].indicators[0]
    assert row.level3 == "物业服务面积"
    row.level3 = "物业管理服务面积"
    change = only(diff_plans(old, new))
    assert (change.field, change.before, change.after) == (
        "level3",
        "物业服务面积",
        "物业管理服务面积",
    )


def test_added_and_removed_projects() -> None:
    old, new = edited("001")
    gone = new.projects.pop(0)
    new.projects.append(seed_plan("004").projects[1].model_copy(deep=True))
    diff = diff_plans(old, new)
    assert [(c.scope, c.kind, c.before, c.after) for c in diff.changes] == [
        (ChangeScope.PROJECT, ChangeKind.ADDED, None, "办公楼物业费"),
        (ChangeScope.PROJECT, ChangeKind.REMOVED, gone.name, None),
    ]


def test_department_goals_measures_and_summary() -> None:
    old, new = edited("003")
    assert new.overall_goal and len(new.measures) >= 2
    new.overall_goal += "全面提升服务保障水平。"
    new.measures.pop(1)
    new.projects[0].budget_total = Decimal(10)
    new.projects[0].indicators[0].value = "≥2次"
    new.projects[5].indicators[1].value = "≥99%"
    diff = diff_plans(old, new)
    plan = diff.of(ChangeScope.PLAN)
    assert [(c.kind, c.field) for c in plan] == [
        (ChangeKind.CHANGED, "overall_goal"),
        (ChangeKind.REMOVED, ""),
    ]
    assert plan[1].label == "工作保障措施第2条" and plan[1].before == old.measures[1]
    assert diff.summary() == "5 处修改：2 处部门目标，1 个项目，2 个指标"


def test_an_edited_measure_is_one_change() -> None:
    old, new = edited("003")
    new.measures[0] = new.measures[0].replace("持续", "继续", 1)
    change = only(diff_plans(old, new))
    assert (change.scope, change.kind, change.label) == (
        ChangeScope.PLAN,
        ChangeKind.CHANGED,
        "工作保障措施第1条 · 内容",
    )


def test_an_edited_sub_goal_and_project_goal_are_one_change_each() -> None:
    old, new = edited("000")
    sub_goal = new.sub_goals[0]
    assert sub_goal.indicator
    sub_goal.indicator = sub_goal.indicator.replace("良好", "优质", 1)
    new.projects[0].goals[1] += "确保全年无安全事故。"
    first, second = diff_plans(old, new).changes
    assert what(first) == (ChangeScope.PLAN, ChangeKind.CHANGED, "indicator")
    assert first.label == "分项绩效目标「综合办公楼日常维修维护」 · 绩效指标"
    assert what(second) == (ChangeScope.PROJECT, ChangeKind.CHANGED, "text")
    assert second.label == f"项目「{new.projects[0].name}」 · 绩效目标第2条 · 内容"
    assert second.after == new.projects[0].goals[1]
