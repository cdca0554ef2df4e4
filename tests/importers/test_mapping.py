"""The generic header-driven mapper on documents of other provinces' layouts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan


def _import(tmp_path: Path, text: str, name: str = "doc.txt") -> DepartmentPlan:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(path)


PLAN = """项目绩效目标表
(2022年度)
项目名称 | 绿化美化项目 | 项目负责人 | 胡某
主管部门 | 031-某区林业局 | 实施单位 | 某区林业局
项目起止时间 | 2022.1-2022.12
资金情况(元) | 年度资金总额: | 1,535,184
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标性质 | 中期指标值 | 年度指标值
产出指标 | 数量指标 | 绿化美化公路 | 米 | = | 7000 | 3500
购买发放李子苗 | 株 | 004 >= | 30000 | 15000
指标1 | | | |
质量指标 | 树木成活率 | % | ≥ | 85 | 85
满意度指标(10分) | 服务对象满意度指标 | 群众满意度 | % | >= | 90 | 90
"""


def test_sign_number_and_unit_columns_join_and_labels_carry_down(tmp_path: Path) -> None:
    plan = _import(tmp_path, PLAN)
    assert (plan.kind, plan.year) == ("plan", 2022)
    (project,) = plan.projects
    assert project.name == "绿化美化项目"
    assert project.department == "某区林业局"  # the unit code prefix dropped
    assert project.period == "2022.1-2022.12"
    assert project.budget_total == Decimal("153.5184")  # 元 -> 万元
    rows = [(i.level1, i.level2, i.level3, i.value, i.midterm_value) for i in project.indicators]
    assert rows == [
        ("产出指标", "数量指标", "绿化美化公路", "=3500米", "7000"),
        ("产出指标", "数量指标", "购买发放李子苗", "≥15000株", "30000"),
        ("产出指标", "质量指标", "树木成活率", "≥85%", "85"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "90"),
    ]
    # the raw label stays in the source of the framework name
    assert project.indicators[3].sources["level1"].raw == "满意度指标(10分)"
    assert project.indicators[1].sources["sign"].raw == "004 >="
    assert project.indicators[1].sources["sign"].line == 9


SELF_EVALUATION = """项目支出绩效自评表
(2022年度)
项目名称 科技特派员创业行动经费
主管部门 031-霍邱县科学技术局 实施单位 031001-霍邱县科学技术局
项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额: 25 25 20 10 80.00% 8.00
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标(50分) 数量指标 开展县域结对交流活动 ≥3次 2 10 6 天气原因推迟一次
质量指标 培训合格率 ≥90% 95% 20 20
总分 100 94.00
项目名称 地震经费
主管部门 031-霍邱县科学技术局 实施单位 031001-霍邱县科学技术局
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 地震监测点 ≥4个 4 10 10
"""


def test_self_evaluation_reads_actuals_scores_and_budget_line(tmp_path: Path) -> None:
    plan = _import(tmp_path, SELF_EVALUATION)
    assert plan.kind == "self_evaluation"
    assert plan.kind_evidence == "项目支出绩效自评表"
    first, second = plan.projects
    assert (first.name, second.name) == ("科技特派员创业行动经费", "地震经费")
    assert (first.budget_initial, first.budget_adjusted, first.spent) == (25, 25, 20)
    assert first.execution_rate == Decimal("0.8")
    assert first.total_score == Decimal("94.00")
    one = first.indicators[0]
    assert (one.value, one.actual, one.weight, one.score) == ("≥3次", "2", 10, 6)
    assert one.deviation == "天气原因推迟一次"
    assert first.indicators[1].level2 == "质量指标"
    assert [i.level3 for i in second.indicators] == ["地震监测点"]


def test_word_table_with_merged_labels(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("2023年度部门整体绩效目标表")
    table = document.add_table(rows=4, cols=5)
    header = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值"]
    data = [
        ["产出指标", "数量指标", "保障在职人数", "=", "116"],
        ["产出指标", "数量指标", "保障退休人数", "=", "81"],
        ["效益指标", "社会效益指标", "群众满意度", "≥", "90%"],
    ]
    for r, values in enumerate([header, *data]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "产出指标"  # merged: printed once
    table.cell(1, 1).merge(table.cell(2, 1)).text = "数量指标"
    path = tmp_path / "整体.docx"
    document.save(str(path))
    plan = import_file(path)
    assert plan.kind == "plan" and plan.year == 2023
    got = [(i.level1, i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert got == [
        ("产出指标", "数量指标", "保障在职人数", "=116"),
        ("产出指标", "数量指标", "保障退休人数", "=81"),
        ("效益指标", "社会效益指标", "群众满意度", "≥90%"),
    ]


def test_disclosure_table_and_horizontal_three_public(tmp_path: Path) -> None:
    text = (
        "2023年区本级三公经费预算公开报表\n"
        "“三公”经费预算表\n"
        "合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费\n"
        "444.16 | 1.7 | 196.48 | 245.98\n"
    )
    plan = _import(tmp_path, text)
    assert plan.kind == "disclosure" and plan.year == 2023
    assert plan.disclosure is not None
    (table,) = plan.disclosure.tables
    assert [(r.name, r.cells) for r in table.rows] == [
        ("合计", ["444.16"]),
        ("因公出国(境)费", ["1.7"]),
        ("公务接待费", ["196.48"]),
        ("公务用车购置及运行费", ["245.98"]),
    ]
