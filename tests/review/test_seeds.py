"""The review on the five real seeds: findings a finance-bureau reviewer would make, and
no false alarms on cases checked by reading the documents."""

from __future__ import annotations

from jixiao.review import Severity
from tests.review.conftest import found, seed_plan, seed_report

# --------------------------------------------------------------------------- every seed


def test_every_finding_is_located_and_complete(any_seed: str) -> None:
    report = seed_report(any_seed)
    assert report.findings
    for finding in report.findings:
        assert finding.location is not None, finding.describe()
        assert finding.location.file == report.source
        assert finding.source == report.source
        assert finding.message and finding.suggestion
        assert "{" not in finding.suggestion
        if finding.indicator_index is not None:
            assert finding.project_index is not None
            project = seed_plan(any_seed).projects[finding.project_index - 1]
            assert project.indicators[finding.indicator_index - 1].level3.strip() == (
                finding.indicator
            )


def test_seeds_use_the_88_framework(any_seed: str) -> None:
    assert seed_report(any_seed).framework == "88号"


def test_no_structural_false_alarms(any_seed: str) -> None:
    """All seeds carry 产出/效益/满意度 with the required second levels, in the 88号 layout."""
    report = seed_report(any_seed)
    for rule in ("S101", "S102", "S103", "S104", "S110", "W103"):
        assert not found(report, rule), [f.message for f in found(report, rule)]


# --------------------------------------------------------------------------- seed 000


def test_000_yes_no_values_under_effects_are_not_measurable() -> None:
    report = seed_report("000")
    plan = seed_plan("000")
    for p, project in enumerate(plan.projects, start=1):
        for i, indicator in enumerate(project.indicators, start=1):
            binary = indicator.value.replace("\\", "/") == "是/否"
            assert bool(found(report, "M101", p, i)) == binary, (p, i, indicator.value)
    assert "提升公务用车管理水平" in found(report, "M101", 1, 5)[0].message


def test_000_counts_and_non_ecological_items() -> None:
    report = seed_report("000")
    assert found(report, "N104", 2, 1)  # 赔付次数 ≥90%
    assert found(report, "N104", 3, 1)  # …发放人数 100%
    assert found(report, "R101", 3, 7)  # 强化人力资源管理服务
    assert found(report, "R101", 8, 7)  # 改善楼内环境（办公环境）
    assert found(report, "N105", 8, 4)  # 成本指标“按期完成率 ≥90%”
    # no 指标值确定依据 anywhere: one finding per row, on every project
    missing = found(report, "S105")
    assert len(missing) == seed_plan("000").indicator_count == 72
    assert {f.project_index for f in missing} == set(range(1, 9))


def test_000_no_false_alarms() -> None:
    report = seed_report("000")
    assert not found(report, "N104", 7, 1)  # 保障食堂数量 1个
    for indicator in (7,):  # ecological items that are ecological
        assert not found(report, "R101", 1, indicator)  # 提倡绿色出行
        assert not found(report, "R101", 5, indicator)  # 节约水电、降低能耗
        assert not found(report, "R101", 7, indicator)  # 节约粮食反对浪费
    for rule in ("F101", "F103", "F104", "F105"):  # 25/50/75/100, 100/100/100, ≤248.96 = 预算
        assert not found(report, rule)


# --------------------------------------------------------------------------- seed 001


def test_001_yes_no_text_and_deadline_text() -> None:
    report = seed_report("001")
    assert found(report, "M101", 1, 5)  # 是否超预算支出
    assert found(report, "M103", 1, 4)  # 严格按照办公设备配置标准执行
    assert found(report, "M104", 1, 3)  # 预算年度结束前完成购置计划
    assert not found(report, "M103", 1, 3)
    assert all(f.severity is not Severity.ERROR for f in report.findings)


# --------------------------------------------------------------------------- seed 002


def test_002_spending_plans() -> None:
    report = seed_report("002")
    short = found(report, "F104", 3)
    assert short and "50%" in short[0].message
    assert short[0].location is not None and short[0].location.line == 163
    assert {f.project_index for f in found(report, "F104")} == {1, 3, 8}  # 12月底 empty
    assert not found(report, "F103") and not found(report, "F105")


def test_002_greater_or_equal_hundred_percent() -> None:
    report = seed_report("002")
    ge = found(report, "N102", 1, 3)
    assert ge and "≥100百分比" in ge[0].message
    assert not found(report, "N102", 3, 3)  # “100百分比” is fine
    assert len(found(report, "N102")) == 17
    assert found(report, "N103", 3, 9)  # 满意度“≤100百分比”


def test_002_costs_contradictions_and_copies() -> None:
    report = seed_report("002")
    assert found(report, "N106", 6, 6)  # 成本“≥25万元”
    assert found(report, "N105", 4, 6)  # 成本“≤162次”
    assert found(report, "W101", 7, 2)  # 每户小于90平米 vs ≥90平方米
    assert found(report, "W101", 8, 7)  # 大于150次 vs ≤150次
    assert not found(report, "W101", 1, 1)  # 不少于4次 vs ≥4次
    copied = found(report, "W104", 6, 2)
    assert copied and "电梯" in copied[0].message
    assert found(report, "R106", 6)  # 墙面隔断改造、换门、改电路: no indicator
    assert found(report, "R102", 4, 10)  # 满意度下的“考核结果”
    assert found(report, "R104", 8, 5)  # 时效指标“保证会议正常召开 ≥150次”


# --------------------------------------------------------------------------- seed 003


def test_003_cost_ceiling_above_budget() -> None:
    report = seed_report("003")
    over = found(report, "F101", 5, 9)
    assert over and "1402" in over[0].message and "4.75" in over[0].message
    assert over[0].severity is Severity.ERROR
    assert found(report, "F101", 7, 4)  # ≤500万元 vs 54.53
    assert not found(report, "F101", 9)  # ≤54671.41元 = 5.47万元 ≤ 5.47
    assert not found(report, "F101", 6)  # ≤1357万元 = 预算数


def test_003_no_false_alarms() -> None:
    report = seed_report("003")
    satisfaction = [f for f in report.findings if f.project_index == 1 and f.indicator_index == 7]
    assert satisfaction and all(f.field != "value" for f in satisfaction)  # “≥90%” is fine
    for rule in ("F103", "F104", "F105", "N101", "N102", "W104", "R101"):
        assert not found(report, rule), [f.message for f in found(report, rule)]
    assert found(report, "M102", 1, 6)  # 有效利用
    assert found(report, "N104", 4, 1)  # 办公设备购置数量 100%
    assert found(report, "S107")  # 分项绩效目标只有标题


# --------------------------------------------------------------------------- seed 004


def test_004_narrative_contradicts_tables() -> None:
    report = seed_report("004")
    narrative = found(report, "D108")
    assert len(narrative) == 1
    assert "8320.77" in narrative[0].message and "8900.03" in narrative[0].message
    assert {f.rule for f in report.findings if f.rule.startswith("D")} == {"D108"}


def test_004_cost_with_greater_or_equal() -> None:
    report = seed_report("004")
    cost = found(report, "N106", 18, 7)
    assert cost and "≥308万元" in cost[0].message
    assert found(report, "N108", 18, 6)  # 接待及时率 ≥24小时
    assert found(report, "N107", 5, 6)  # 重大活动响应及时率 ≤1小时
    assert found(report, "S109") and found(report, "F106")  # no 预算数, no 支出计划


def test_004_copies_and_vague_values() -> None:
    report = seed_report("004")
    rent = found(report, "W104", 2, 4)
    assert rent and "租金" in rent[0].message
    assert not found(report, "W104", 3)  # 修缮工程的“食堂维修” is its own
    assert len(found(report, "M102")) == 50  # 比上年有所提高
    assert not found(report, "R103")  # “更满意的会议服务” praises, it does not measure
