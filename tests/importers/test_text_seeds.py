"""The five seeds import exactly as a careful reader transcribed them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.importers.api import import_file
from tests.conftest import comparable, seed_path, transcription


def test_seed_matches_hand_transcription(seed_stem: str) -> None:
    plan = import_file(seed_path(seed_stem))
    expected = transcription(seed_stem)
    got = comparable(plan)
    for key in ("department", "year", "units", "overall_goal", "sub_goals", "measures"):
        assert got[key] == expected[key], key
    assert len(got["projects"]) == len(expected["projects"])
    for got_project, want_project in zip(got["projects"], expected["projects"], strict=True):
        # Project by project, so a failure names the project that differs.
        assert got_project == want_project, want_project["name"]


@pytest.mark.parametrize(
    ("stem", "projects", "indicators"),
    [
        ("000_6fea33418e000787", 8, 72),
        ("001_a168ace21779f849", 3, 18),
        ("002_9d52ecbd56ee9879", 8, 81),
        ("003_8840c27e1ab8127d", 14, 111),
        ("004_c52ee38ce6c6c3d2", 19, 193),
    ],
)
def test_seed_counts(stem: str, projects: int, indicators: int) -> None:
    plan = import_file(seed_path(stem))
    assert len(plan.projects) == projects
    assert plan.indicator_count == indicators


def test_every_indicator_value_points_at_its_line() -> None:
    plan = import_file(seed_path("000_6fea33418e000787"))
    first = plan.projects[0].indicators[0]
    assert first.value == "≥90%"
    assert first.sources["value"].file == "000_6fea33418e000787.txt"
    assert first.sources["value"].line == 104
    cost = plan.projects[5].indicators[3]
    assert (cost.level3, cost.value) == ("当年项目支出", "≤248.96万元")
    assert cost.sources["value"].line == 681
    assert cost.sources["level1"].line == 656  # the merged 产出指标 cell it inherits


def test_pdf_spaces_are_removed_and_raw_text_kept() -> None:
    plan = import_file(seed_path("002_9d52ecbd56ee9879"))
    project = plan.projects[0]
    assert project.code == "13082123P00003210004K"
    source = project.sources["code"]
    assert (source.line, source.col, source.raw) == (105, 2, "13082123P00003210004 K")
    assert project.budget_total == Decimal("2.00")
    assert project.budget_other is None


def test_page_break_continuation_is_joined_and_reported() -> None:
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    indicator = plan.projects[3].indicators[7]
    assert indicator.level2 == "可持续影响指标"
    assert indicator.description == "设备使用率=设备实际使用时间/设备计划使用时间*100%"
    assert indicator.basis == "年度工作计划"
    lines = {w.source.line for w in plan.warnings if w.code == "row-continued" and w.source}
    assert lines == {137, 163, 189}


def test_repeated_overflow_is_not_doubled() -> None:
    plan = import_file(seed_path("004_c52ee38ce6c6c3d2"))
    face_recognition = plan.projects[12]
    assert face_recognition.name == "人脸识别设备服务费"
    assert face_recognition.indicators[6].basis == (
        "《关于全区人脸识别测温系统建设的工作报告》及年度工作计划"
    )
    codes = [w.code for w in plan.warnings]
    assert codes.count("continuation-repeated") == 2


def test_shifted_row_is_repaired_with_a_warning() -> None:
    plan = import_file(seed_path("004_c52ee38ce6c6c3d2"))
    row = plan.projects[2].indicators[10]
    assert (row.level1, row.level2, row.level3, row.value, row.basis) == (
        "产出指标",
        "质量指标",
        "高压电缆抢修验收合格率",
        "≥90%",
        "验收单",
    )
    shifted = [w for w in plan.warnings if w.code == "row-shifted"]
    assert [w.source.line for w in shifted if w.source] == [620]


def test_misaligned_spending_plan_is_read_in_order() -> None:
    plan = import_file(seed_path("002_9d52ecbd56ee9879"))
    video = plan.projects[7]
    assert video.spend_plan == {
        "3月底": Decimal("20"),
        "6月底": Decimal("50"),
        "10月底": Decimal("75"),
        "12月底": None,
    }
    assert any(
        w.code == "spend-plan-misaligned" and w.source and w.source.line == 294
        for w in plan.warnings
    )


def test_identity_inferred_only_with_a_warning() -> None:
    plan = import_file(seed_path("000_6fea33418e000787"))
    assert (plan.department, plan.year) == ("秦皇岛市北戴河区机关事务管理局", 2021)
    assert {w.code for w in plan.warnings} == {"department-from-unit", "year-inferred"}
    no_year = import_file(seed_path("001_a168ace21779f849"))
    assert no_year.year is None
    assert "year-missing" in {w.code for w in no_year.warnings}


def test_sub_goal_targets_are_found() -> None:
    plan = import_file(seed_path("000_6fea33418e000787"))
    targets = [(t.subject, t.value) for t in plan.sub_goals[0].targets]
    assert targets == [("各部门满意率", "达到90%以上")]
    energy = plan.sub_goals[5].targets
    assert [(t.subject, t.value) for t in energy] == [
        ("公共机构节能检查覆盖率", "达90%以上"),
        ("节能统计覆盖率", "达90%以上"),
    ]
