"""The engine: a JSON-serialisable report, grades by the documented formula, profiles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.grammar import parse_value
from jixiao.review import Finding, Profile, Severity, load_profile, review_plan
from jixiao.review.context import build_view
from jixiao.review.engine import _setup, forget_shared
from jixiao.review.examples import indicator, plan, project
from jixiao.review.grading import band, grade
from jixiao.review.profile import Grading
from tests.review.conftest import seed_plan, seed_report


def test_report_round_trips_through_json() -> None:
    report = seed_report("002")
    data = json.loads(report.model_dump_json())
    assert data["framework"] == "88号" and data["profile"] == "hebei-county"
    assert len(data["findings"]) == len(report.findings)
    first = data["findings"][0]
    assert set(first) >= {"rule", "title", "severity", "criterion", "message", "location"}
    assert first["criterion"] in {"完整性", "相关性", "适当性", "可行性", "规范性"}
    assert data["grades"]["document"]["grade"] in {"优", "良", "中", "差"}
    assert [g["project_index"] for g in data["grades"]["projects"]] == list(range(1, 9))
    assert report.by_rule()["N102"] == 17


def test_values_are_parsed_once_per_review() -> None:
    source = seed_plan("003")
    view = build_view(source, load_profile(), _setup(load_profile()).lexicon)
    for pv in view.projects:
        for iv in pv.indicators:
            assert iv.value is parse_value(iv.indicator.value)  # the cached parse, reused


def _finding(rule: str, severity: Severity, confidence: float, project: int | None) -> Finding:
    return Finding(
        rule=rule,
        title="t",
        severity=severity,
        criterion="完整性",  # type: ignore[arg-type]
        source="x.txt",
        project_index=project,
        message="m",
        suggestion="s",
        confidence=confidence,
    )


def test_grade_formula() -> None:
    grading = Grading()
    findings = [
        _finding("A", Severity.ERROR, 1.0, 1),  # 10
        *[_finding("B", Severity.WARNING, 1.0, 1) for _ in range(10)],  # 40 → capped 20
        _finding("C", Severity.INFO, 0.5, 2),  # 0.5
        _finding("D", Severity.ERROR, 0.9, None),  # document: 9
    ]
    grades = grade(findings, ["甲", "乙"], grading)
    assert [g.score for g in grades.projects] == [70.0, 99.5]
    assert [g.grade for g in grades.projects] == ["中", "优"]
    assert grades.projects[0].deductions == {"A": 10.0, "B": 20.0}
    assert grades.document.score == round((70.0 + 99.5) / 2 - 9, 1)
    assert grades.document.counts[Severity.WARNING] == 10


@pytest.mark.parametrize(
    ("score", "expected"),
    [(100, "优"), (90, "优"), (89.9, "良"), (80, "良"), (60, "中"), (59.9, "差")],
)
def test_bands(score: float, expected: str) -> None:
    assert band(score, Grading()) == expected


def test_clean_project_is_excellent() -> None:
    clean = plan(
        project(
            indicator("数量指标", "维修维护次数", "≥30次", "定期对设备设施维修维护次数"),
            indicator("质量指标", "维修维护工程合格率", "=100%", "验收合格工程占全部工程的比例"),
            indicator("时效指标", "完成时间", "≤12月", "维修维护及设备采购完成时间"),
            indicator("成本指标", "项目总成本", "≤507万元", "项目预算控制数"),
            # a unit cost beside the total (C108: a total alone restates the budget)
            indicator("成本指标", "每次维修维护成本", "≤16.9万元/次", "项目预算÷维修维护次数"),
            indicator("社会效益指标", "设施正常运转率", "≥95%", "设施正常运转天数占比"),
            indicator("服务对象满意度指标", "楼内单位满意度", "≥90%", "楼内单位对保障服务满意度"),
            name="后勤中心运行费",
            budget="507.00",
            goals=["对机关办公楼基础设施进行维修维护，保障设施正常运转。"],
        ),
        sub_goals=[
            {"title": "后勤保障", "goal": "保障办公楼运行。", "indicator": "满意率90%以上。"}
        ],
    )
    report = review_plan(clean)
    assert report.findings == []
    assert report.grades.document.grade == "优" and report.grades.document.score == 100


def test_profile_switches_rules_and_severities(tmp_path: Path) -> None:
    base = load_profile("hebei-county")
    custom = base.model_copy(
        update={
            "id": "custom",
            "disabled_rules": ["N102"],
            "severity": {"M101": Severity.ERROR},
        }
    )
    report = review_plan(seed_plan("002"), custom)
    assert "N102" not in report.by_rule()
    path = tmp_path / "p.json"
    path.write_text(custom.model_dump_json(), encoding="utf-8")
    loaded = load_profile(path)
    assert loaded.disabled_rules == ["N102"]
    m101 = [f for f in review_plan(seed_plan("000"), loaded).findings if f.rule == "M101"]
    assert m101 and all(f.severity is Severity.ERROR for f in m101)


def test_unknown_profile_is_reported() -> None:
    with pytest.raises(ValueError, match="hebei-county"):
        load_profile("nowhere")


def test_thresholds_come_from_the_profile() -> None:
    base = load_profile()
    lenient = base.model_copy(
        update={
            "id": "lenient",
            "thresholds": base.thresholds.model_copy(update={"cost_overshoot": 500}),
        }
    )
    assert isinstance(lenient, Profile)
    report = review_plan(seed_plan("003"), lenient)
    assert "F101" not in report.by_rule()


def test_2021_framework_is_detected() -> None:
    grid = [
        indicator("经济成本指标", "项目总成本", "≤18万元", "购置费用", level1="成本指标"),
        indicator("数量指标", "购置数量", "1辆", "购置数量"),
        indicator("质量指标", "购置质量合格率", "100%", "验收合格率"),
        indicator("时效指标", "购置完成时间", "≤12月", "完成时间"),
        indicator("社会效益指标", "公务出行保障率", "≥95%", "用车需求满足比例"),
        indicator("服务对象满意度指标", "使用单位满意度", "≥90%", "使用单位满意度"),
    ]
    report = review_plan(plan(project(*grid, name="购置公务用车", budget="18.00")))
    assert report.framework == "2021"
    structural = [f for f in report.findings if f.rule in ("S101", "S102", "S110")]
    assert not structural, [f.message for f in structural]
    over = review_plan(plan(project(*grid, name="购置公务用车", budget="10.00"))).by_rule()
    assert over.get("F101") == 1  # 经济成本 is a cost in the 2021 layout


def test_trusted_findings_equal_validated_ones() -> None:
    for finding in seed_report("004").findings:
        data = json.loads(finding.model_dump_json())
        assert Finding.model_validate(data) == finding


def test_shared_verdicts_are_placed_per_occurrence() -> None:
    row = indicator("服务对象满意度指标", "服务对象满意度", "是/否", "满意程度")
    two = plan(project(row, name="甲项目"), project(row, name="乙项目"))
    found = [f for f in review_plan(two).findings if f.rule == "M101"]
    assert [(f.project_index, f.project, f.indicator_index) for f in found] == [
        (1, "甲项目", 1),
        (2, "乙项目", 1),
    ]


def test_shared_state_does_not_change_results() -> None:
    warm = review_plan(seed_plan("002"))
    forget_shared()
    cold = review_plan(seed_plan("002"))
    assert warm.findings == cold.findings
    assert warm.grades == cold.grades


def test_a_project_with_no_indicators_is_told_which_levels_to_add() -> None:
    """A new project in the editor has no rows yet: S101's suggestion names the levels the
    framework requires instead of showing its template ('补充{levels}…')."""
    report = review_plan(plan(project(name="新建项目", budget="10.00")))
    (s101,) = [f for f in report.findings if f.rule == "S101"]
    assert "{" not in s101.suggestion
    assert "产出指标" in s101.suggestion and "效益指标" in s101.suggestion
