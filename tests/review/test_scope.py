"""A table of another province's template is reviewed for what it has."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.review import review_plan
from tests.conftest import seed_path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_a_single_table_of_another_province_is_not_reviewed_for_hebei_parts() -> None:
    plan = import_file(CORPUS / "plan" / "chongqing_rongchang-linyeju-daqinggang-lvhua_2022.txt")
    assert plan.template == "generic" and plan.kind == "plan"
    report = review_plan(plan)
    rules = {f.rule for f in report.findings}
    assert not rules & {"S106", "S107", "S108", "F106", "F104", "S105"}
    assert {"S106", "F106"} <= set(report.skipped_rules)
    assert report.kind == "plan"
    # what the table itself lacks is still said: it ends after 质量指标 (the stored page is
    # cut there), so the missing levels are S111's “ends before” rather than S101's error
    assert "S111" in rules


def test_a_hebei_text_keeps_every_rule() -> None:
    plan = import_file(seed_path("000_6fea33418e000787"))
    assert plan.template == "hebei"
    plan.overall_goal = None
    plan.sub_goals = []
    for project in plan.projects:
        project.spend_plan = dict.fromkeys(project.spend_plan)
    report = review_plan(plan)
    assert report.skipped_rules == []
    assert {"S106", "F106"} <= {f.rule for f in report.findings}


def test_scoring_rows_of_a_self_evaluation_are_no_goal_indicators() -> None:
    """项目决策 / 项目管理 rows score the project (分值, 得分) and carry no 指标值: the goal
    rules stay silent on them, while the 产出 / 效益 rows beside them are still reviewed."""
    path = CORPUS / "self_evaluation" / "ningxia_yinchuan-liuzhong-chuzhong-gongyongjingfei_2021"
    plan = import_file(path.with_suffix(".txt"))
    rows = plan.projects[0].indicators
    scoring = {i for i, row in enumerate(rows, start=1) if row.level1 in ("项目决策", "项目管理")}
    assert len(scoring) == 8 and all(not rows[i - 1].value for i in scoring)
    findings = review_plan(plan).findings
    assert not [f for f in findings if f.indicator_index in scoring]
    assert not {"M106", "S110"} & {f.rule for f in findings}
    # the goal rows keep their numbering and their findings (项目效益 is a goal level)
    assert {("C101", 12), ("C101", 13), ("M102", 14)} <= {
        (f.rule, f.indicator_index) for f in findings
    }
    assert rows[13].sources["level1"].raw == "项目效益"
