"""The Word and Excel exports' structure: cover, 目录 fields, sections, rows kept whole,
repeated headers, disclosure sheets — what a reader of the file relies on."""

from __future__ import annotations

import re
from collections.abc import Callable

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook

from jixiao.exporters.plan_xlsx import DEPARTMENT_SHEET, NARRATIVE_SHEET
from jixiao.model.plan import DepartmentPlan
from tests.exporters.conftest import Exported

SEED_004 = "004_c52ee38ce6c6c3d2"


def test_word_cover_toc_and_footer(
    exported: Exported, seed_plan: Callable[[str], DepartmentPlan]
) -> None:
    plan = seed_plan(SEED_004)
    document = Document(str(exported(SEED_004, "docx")))
    texts = [p.text for p in document.paragraphs[:5]]
    assert texts == [
        "秦皇岛经济技术开发区机关事务服务中心",
        "2023年部门预算绩效文本",
        "编制单位：秦皇岛经济技术开发区机关事务服务中心",
        "审核单位：",
        "目录",
    ]
    body = document.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    toc = [p for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert plan.disclosure is not None
    assert len(toc) == 3 + len(plan.projects) + len(plan.disclosure.tables) + len(
        plan.disclosure.sections
    )
    for paragraph in toc:
        instructions = "".join(t.text for t in paragraph._p.iter(qn("w:instrText")))
        target = re.fullmatch(r"\s*PAGEREF (\S+) \\h\s*", instructions)
        assert target is not None and target.group(1) in bookmarks, paragraph.text
    footer = document.sections[0].footer.paragraphs[0]
    assert "PAGE" in "".join(t.text for t in footer._p.iter(qn("w:instrText")))
    assert document.sections[0].different_first_page_header_footer  # none on the cover


def test_word_wide_tables_in_landscape_sections_and_rows_kept_whole(
    exported: Exported,
) -> None:
    document = Document(str(exported(SEED_004, "docx")))
    orientations = [s.orientation for s in document.sections]
    assert WD_ORIENT.LANDSCAPE in orientations and orientations[0] == WD_ORIENT.PORTRAIT
    assert orientations[-1] == WD_ORIENT.PORTRAIT  # back to portrait after them
    for table in document.tables:
        rows = table._tbl.tr_lst
        assert all(
            tr.trPr is not None and tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows
        )
    procurement = next(t for t in document.tables if t.rows[0].cells[0].text == "政府采购项目来源")
    repeated = [tr.trPr.find(qn("w:tblHeader")) is not None for tr in procurement._tbl.tr_lst]
    assert repeated[:3] == [True, True, True] and not any(repeated[3:])


def test_excel_disclosure_sheets(
    exported: Exported, seed_plan: Callable[[str], DepartmentPlan]
) -> None:
    plan = seed_plan(SEED_004)
    assert plan.disclosure is not None
    workbook = load_workbook(exported(SEED_004, "xlsx"))
    names = workbook.sheetnames
    assert names[0] == DEPARTMENT_SHEET and names[-1] == NARRATIVE_SHEET
    disclosure_sheets = [n for n in names if n.startswith("公开表")]
    assert len(disclosure_sheets) == len(plan.disclosure.tables)
    assert disclosure_sheets[0] == "公开表1 部门预算收支总表"
    sheet = workbook[disclosure_sheets[0]]
    assert sheet["A1"].value == "第三部分 部门预算公开"
    assert sheet["A2"].value == "1、部门预算收支总表"
    assert sheet.print_title_rows is not None
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "8900.03" in values and "一、一般公共预算拨款收入" in values
