"""A figure whose commas group no thousands ('1,5') is never read as a number: the text
stays, the figure is empty and a number-ambiguous warning names the cell."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.disclosure import parse_amount
from jixiao.model.plan import DepartmentPlan
from jixiao.textnorm.digit_groups import is_ambiguous, ungrouped

# a 自评表 whose 年初预算数 and one 得分 are written with a decimal comma
ROWS = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "社区绿化养护项目"],
    ["主管部门", "某区住房和城乡建设局", "实施单位", "某区园林绿化中心"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "1,5", "1,500", "1,200", "10", "80%", "8"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "养护绿地面积", "≥1500平方米", "1600平方米", "20", "20"],
    ["产出指标", "质量指标", "苗木成活率", "≥95%", "96%", "20", "1,5"],
    ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "10", "10"],
]


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "自评表"
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(ROWS[0][0])
    table = document.add_table(rows=len(ROWS) - 1, cols=8)
    for r, row in enumerate(ROWS[1:]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))
    return path


def _ambiguous(plan: DepartmentPlan) -> list[tuple[str, str]]:
    return [
        (w.message, w.source.describe())
        for w in plan.warnings
        if w.code == "number-ambiguous" and w.source is not None
    ]


def _check_figures(plan: DepartmentPlan) -> None:
    (project,) = plan.projects
    assert project.budget_initial is None  # '1,5' is not read as 15
    assert (project.budget_adjusted, project.spent) == (Decimal(1500), Decimal(1200))
    scores = {i.level3: i.score for i in project.indicators}
    assert scores == {"养护绿地面积": Decimal(20), "苗木成活率": None, "群众满意度": Decimal(10)}


def test_xlsx_ambiguous_budget_and_score_are_named_not_read(tmp_path: Path) -> None:
    plan = import_file(_xlsx(tmp_path / "绿化自评.xlsx"))
    _check_figures(plan)
    warned = _ambiguous(plan)
    assert [where for _, where in warned] == ["绿化自评.xlsx!自评表!C5", "绿化自评.xlsx!自评表!G8"]
    assert all("“1,5”" in message for message, _ in warned)


def test_docx_ambiguous_budget_and_score_are_named_not_read(tmp_path: Path) -> None:
    plan = import_file(_docx(tmp_path / "绿化自评.docx"))
    _check_figures(plan)
    assert [where for _, where in _ambiguous(plan)] == [
        "绿化自评.docx 表1第4行第3列",
        "绿化自评.docx 表1第7行第7列",
    ]


def test_hebei_budget_line_with_a_decimal_comma_is_named_once(tmp_path: Path) -> None:
    path = tmp_path / "半截.txt"
    path.write_text("1.半截项目绩效目标表\n项目名称\t半截项目\n预算数\t12,3456\n", encoding="utf-8")
    plan = import_file(path)
    (project,) = plan.projects
    assert project.budget_total is None
    codes = [w.code for w in plan.warnings]
    assert codes.count("number-ambiguous") == 1 and "amount-unreadable" not in codes
    (warning,) = [w for w in plan.warnings if w.code == "number-ambiguous"]
    assert warning.source is not None and warning.source.line == 3


def _grouped(whole: int) -> str:
    return f"{whole:,}"


@given(
    st.integers(0, 10**12), st.none() | st.integers(0, 9999), st.sampled_from(["", "万元", "元"])
)
def test_every_well_grouped_number_reads_as_its_value(
    whole: int, decimals: int | None, unit: str
) -> None:
    written = _grouped(whole) + (f".{decimals}" if decimals is not None else "")
    value = Decimal(written.replace(",", ""))
    assert ungrouped(written) == written.replace(",", "")
    assert not is_ambiguous(written + unit)
    factor = Decimal("0.0001") if unit == "元" else Decimal(1)
    assert amount(written + unit, Decimal(1)) == value * factor


# digit groups of which at least one after the first is not three digits long
_BAD_GROUPS = st.lists(st.integers(1, 6), min_size=1, max_size=4).filter(
    lambda sizes: any(size != 3 for size in sizes)
)


@given(st.integers(1, 999), _BAD_GROUPS, st.data())
def test_every_badly_grouped_number_is_never_read(
    first: int, sizes: list[int], data: st.DataObject
) -> None:
    groups = [data.draw(st.text("0123456789", min_size=size, max_size=size)) for size in sizes]
    written = ",".join([str(first), *groups])
    assert ungrouped(written) is None
    assert is_ambiguous(written) and is_ambiguous(written + "万元")
    assert amount(written, Decimal(1)) is None


def test_ordinary_texts_are_not_ambiguous() -> None:
    assert not is_ambiguous("1.5")
    assert not is_ambiguous("1,500")
    assert not is_ambiguous("完成1,5号楼改造")  # words: not a figure cell


def test_disclosure_amounts_share_the_reading() -> None:
    assert parse_amount("1,500") == Decimal(1500)
    assert parse_amount("1，234.5") == Decimal("1234.5")  # a full-width separator, well grouped
    assert parse_amount("1,5") is None and parse_amount("12,3456") is None


def _prose_report(path: Path, budget: str) -> Path:
    """A self-evaluation told wholly in prose, its budget written ``budget``."""
    document = docx.Document()
    document.add_paragraph("某区2024年社区绿化养护项目绩效自评报告")
    document.add_paragraph("一、项目基本情况")
    document.add_paragraph(f"该项目全年预算数为{budget}万元，全年执行数1200万元。")
    document.add_paragraph("二、绩效目标完成情况：绿地养护面积1600平方米，群众满意度92%。")
    document.save(str(path))
    return path


def test_a_budget_told_in_prose_with_a_decimal_comma_is_named_with_its_line(
    tmp_path: Path,
) -> None:
    plan = import_file(_prose_report(tmp_path / "绿化自评报告.docx", "1,5"))
    assert all(p.budget_total is None for p in plan.projects)  # neither 15 nor 1
    (warning,) = [w for w in plan.warnings if w.code == "number-ambiguous"]
    assert "“1,5万元”的逗号不是千分位" in warning.message
    assert warning.source is not None and warning.source.line == 3  # the budget's line


def test_a_budget_told_in_prose_in_thousands_is_read_and_not_named(tmp_path: Path) -> None:
    plan = import_file(_prose_report(tmp_path / "绿化自评报告.docx", "1,500"))
    assert [p.budget_total for p in plan.projects] == [Decimal(1500)]
    assert not [w for w in plan.warnings if w.code == "number-ambiguous"]
