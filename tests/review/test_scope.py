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
