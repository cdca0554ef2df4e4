"""Layouts the seeds do not show: the importer must read them by structure."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed

# A project table in tab-separated rows where the goals cell wraps onto the next
# lines, headings in markdown, parts in the reverse order, full-width digits and
# a project without 项目编码 or 预算数.
REORDERED = """\
# 某县财政局 2025 年部门预算绩效文本

## 第二部分 预算项目绩效目标

### 1、档案数字化经费绩效目标表

430002 某县档案馆

单位：万元

项目名称\t档案数字化经费\t\t\t
资金支出计划（%）\t3 月底\t6 月底\t10 月底\t12 月底
\t１０%\t４０%\t８０%\t１００%
绩效目标\t1.完成馆藏档案数字化
2.建立检索系统\t\t\t
一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据
产出指标\t数量指标\t数字化档案卷数\t全年完成的卷数\t≥ 5000 卷\t年度工作计划
\t时效指标\t完成时间\t年底前完成\t≤12 个月\t合同约定
满意度指标\t服务对象满意度指标\t查档群众满意度\t调查满意率\t≥90%\t历史标准

# 第一部分 部门整体绩效目标

## 一、总体绩效目标

做好档案数字化工作。

## 二、分项绩效目标

（一）档案数字化

绩效目标：完成馆藏档案数字化。

绩效指标：数字化完成率达到95%以上。

## 三、工作保障措施

（一）加强组织领导。
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_reordered_markdown_document(tmp_path: Path) -> None:
    plan = import_file(write(tmp_path, "reordered.md", REORDERED))
    assert (plan.department, plan.year) == ("某县财政局", 2025)
    assert plan.overall_goal == "做好档案数字化工作。"
    assert [(s.title, s.goal) for s in plan.sub_goals] == [("档案数字化", "完成馆藏档案数字化。")]
    assert plan.measures == ["加强组织领导。"]
    (project,) = plan.projects
    assert (project.unit_code, project.unit_name) == ("430002", "某县档案馆")
    assert (project.code, project.budget_total) == (None, None)
    assert project.name == "档案数字化经费"
    assert project.spend_plan == {
        "3月底": Decimal(10),
        "6月底": Decimal(40),
        "10月底": Decimal(80),
        "12月底": Decimal(100),
    }
    assert project.goals == ["完成馆藏档案数字化", "建立检索系统"]
    assert [(i.level1, i.level2, i.level3, i.value) for i in project.indicators] == [
        ("产出指标", "数量指标", "数字化档案卷数", "≥5000卷"),
        ("产出指标", "时效指标", "完成时间", "≤12个月"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig", "utf-16"])
def test_chinese_encodings(tmp_path: Path, encoding: str) -> None:
    plan = import_file(write(tmp_path, f"doc-{encoding}.txt", REORDERED, encoding))
    assert plan.projects[0].name == "档案数字化经费"
    assert plan.department == "某县财政局"


def test_html_and_latex_in_cells(tmp_path: Path) -> None:
    text = (
        "1.会议服务费绩效目标表\n"
        "绩效目标\t<p>1.保障会议</p> <p>2.提升服务</p>\n"
        "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
        "产出指标\t质量指标\t服务合格率\t<b>合格</b>服务占比\t$\\geq 90\\%$\t合同\n"
    )
    (project,) = import_file(write(tmp_path, "html.txt", text)).projects
    assert project.goals == ["保障会议", "提升服务"]
    indicator = project.indicators[0]
    assert (indicator.description, indicator.value) == ("合格服务占比", "≥90%")
    assert indicator.sources["value"].raw == "$\\geq 90\\%$"


def test_partial_document_gives_what_it_can(tmp_path: Path) -> None:
    text = "1.半截项目绩效目标表\n项目名称\t半截项目\n预算数\t不详\n"
    plan = import_file(write(tmp_path, "partial.txt", text))
    (project,) = plan.projects
    assert project.name == "半截项目"
    codes = {w.code for w in plan.warnings}
    assert {"amount-unreadable", "project-without-indicators"} <= codes
    unreadable = next(w for w in plan.warnings if w.code == "amount-unreadable")
    assert unreadable.source is not None and unreadable.source.line == 3


def test_text_without_structure_is_reported(tmp_path: Path) -> None:
    plan = import_file(write(tmp_path, "novel.txt", "从前有座山。\n山里有座庙。\n"))
    assert plan.projects == []
    assert "no-structure" in {w.code for w in plan.warnings}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("scan.pdf", b"%PDF-1.4", "不是有效的 PDF 文件或文件已损坏"),
        ("fake.pdf", b"<html></html>", "不是有效的 PDF"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "旧版 .doc"),
        ("binary.txt", b"\x00\x01\x02\x00" * 10, "二进制"),
        ("fake.docx", b"not a zip", "已损坏"),
        ("fake.xlsx", b"PK\x03\x04broken", "已损坏"),
    ],
)
def test_unreadable_files_fail_with_one_clear_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as failure:
        import_file(path)
    text = str(failure.value)
    assert text.startswith(f"{name}: ") and message in text and "\n" not in text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"nothing\.txt: 文件不存在"):
        import_file(tmp_path / "nothing.txt")
