"""Word (.docx): the reader, the writer, and the round trip text -> model -> .docx -> model."""

from __future__ import annotations

import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.exporters.docx_writer import write_plan_docx
from jixiao.exporters.layout import chinese_number, plain_number
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph, Row
from jixiao.importers.docx_reader import read_docx_blocks
from jixiao.importers.errors import ImportFailed
from jixiao.importers.invented_rows import not_indicator
from jixiao.importers.labels import LEVEL1_NAMES, LEVEL2_NAMES
from jixiao.model.plan import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project, SubGoal, Unit
from jixiao.textnorm import clean_cell
from tests.conftest import (
    assert_same_fields,
    comparable,
    model_fields,
    seed_path,
    transcription,
)

# -- helpers ------------------------------------------------------------------------


def round_trip(plan: DepartmentPlan, tmp_path: Path, name: str = "plan.docx") -> DepartmentPlan:
    path = tmp_path / name
    write_plan_docx(plan, path)
    return import_file(path)


def body_texts(document: Any) -> list[str]:
    """The paragraphs' texts, without the 目录 entries (styles "toc 1", "toc 2")."""
    return [p.text for p in document.paragraphs if not p.style.name.startswith("toc ")]


def merge(table: Table, row: int, col: int, to_row: int, to_col: int, text: str = "") -> None:
    cell = table.cell(row, col).merge(table.cell(to_row, to_col))
    if text:
        cell.text = text


# -- the round trip of the five seeds --------------------------------------------------


def test_seed_round_trips_through_word(seed_stem: str, tmp_path: Path) -> None:
    from_text = import_file(seed_path(seed_stem))
    from_word = round_trip(from_text, tmp_path, f"{seed_stem}.docx")
    assert_same_fields(model_fields(from_word), model_fields(from_text))
    # …and so it still equals the hand transcription, field by field.
    assert comparable(from_word) == transcription(seed_stem)


def test_round_trip_warns_about_nothing_the_text_did_not(seed_stem: str, tmp_path: Path) -> None:
    from_text = import_file(seed_path(seed_stem))
    from_word = round_trip(from_text, tmp_path)
    structural = {"row-not-understood", "text-not-understood", "row-outside-table"}
    assert not [w for w in from_word.warnings if w.code in structural]


# -- a Word document of another shape, built by hand --------------------------------


def build_hand_made(path: Path) -> None:
    """An 8-column table unlike the writer's: unit line in row 1, spans in other places."""
    document = Document()
    document.add_paragraph("第二部分 预算项目绩效目标")
    document.add_paragraph("1.会议服务费绩效目标表")
    table = document.add_table(rows=12, cols=8)
    merge(table, 0, 0, 0, 5, "430005 张家口市机关后勤服务中心")
    merge(table, 0, 6, 0, 7, "单位：万元")
    table.cell(1, 0).text = "项目编码"
    merge(table, 1, 1, 1, 3, "13070024P000012100080")
    table.cell(1, 4).text = "项目名称"
    merge(table, 1, 5, 1, 7, "会议服务费")
    merge(table, 2, 0, 3, 0, "预算规模及资金用途")  # merged vertically over two rows
    for col, text in ((1, "预算数"), (2, "9.20"), (5, "9.20"), (6, "其他资金")):
        table.cell(2, col).text = text
    merge(table, 2, 3, 2, 4, "其中：财政资金")
    merge(table, 3, 1, 3, 7, "用于会议服务")
    merge(table, 4, 0, 5, 0, "资金支出计划（%）")
    spend = ((4, ("3月底", "6月底", "10月底", "12月底")), (5, ("25%", "50%", "", "100%")))
    row_texts: tuple[str, ...]
    for row, row_texts in spend:
        for (start, end), text in zip(((1, 2), (3, 4), (5, 5), (6, 7)), row_texts, strict=True):
            if end > start:
                merge(table, row, start, row, end, text)
            else:
                table.cell(row, start).text = text
    table.cell(6, 0).text = "绩效目标"
    goals = table.cell(6, 1).merge(table.cell(6, 7))
    goals.paragraphs[0].text = "1.保障会议正常召开"
    goals.add_paragraph("2.提升会议服务质量")
    header = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
    indicators = (
        ("产出指标", "数量指标", "会议场次", "全年服务会议场次", "≥100场", "年度工作计划"),
        ("", "质量指标", "服务差错率", "会议服务出现差错的比例", "≤1%", "服务合同"),
        ("效益指标", "社会效益指标", "保障会议运转", "会议按时召开", "是", "年度工作计划"),
        ("满意度指标", "服务对象满意度指标", "参会人员满意度", "满意人数占比", "≥95%", "问卷"),
    )
    for row, row_texts in enumerate((header, *indicators), start=7):
        for (start, end), text in zip(
            ((0, 0), (1, 1), (2, 2), (3, 4), (5, 5), (6, 7)), row_texts, strict=True
        ):
            if end > start:
                merge(table, row, start, row, end, text)
            elif text or start:
                table.cell(row, start).text = text
    merge(table, 8, 0, 9, 0, "产出指标")  # 一级指标 merged down over its two rows
    document.save(str(path))


def test_hand_made_word_table_is_read_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "hand.docx"
    build_hand_made(path)
    plan = import_file(path)
    assert [w.code for w in plan.warnings if w.code.startswith("row")] == []
    (project,) = plan.projects
    assert (project.unit_code, project.unit_name) == ("430005", "张家口市机关后勤服务中心")
    assert project.code == "13070024P000012100080"
    assert project.name == "会议服务费"
    assert project.budget_total == Decimal("9.20")
    assert project.budget_fiscal == Decimal("9.20")
    assert project.budget_other is None
    assert project.purpose == "用于会议服务"
    assert project.spend_plan == {
        "3月底": Decimal(25),
        "6月底": Decimal(50),
        "10月底": None,
        "12月底": Decimal(100),
    }
    assert project.goals == ["保障会议正常召开", "提升会议服务质量"]
    got = [
        (i.level1, i.level2, i.level3, i.description, i.value, i.basis) for i in project.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "会议场次", "全年服务会议场次", "≥100场", "年度工作计划"),
        ("产出指标", "质量指标", "服务差错率", "会议服务出现差错的比例", "≤1%", "服务合同"),
        ("效益指标", "社会效益指标", "保障会议运转", "会议按时召开", "是", "年度工作计划"),
        ("满意度指标", "服务对象满意度指标", "参会人员满意度", "满意人数占比", "≥95%", "问卷"),
    ]
    assert [(u.code, u.name) for u in plan.units] == [("430005", "张家口市机关后勤服务中心")]


def test_merged_cells_become_one_cell_or_an_empty_continuation(tmp_path: Path) -> None:
    path = tmp_path / "hand.docx"
    build_hand_made(path)
    rows = [b for b in read_docx_blocks(path) if isinstance(b, Row)]
    assert len(rows) == 12
    unit_row = rows[0]
    assert [(c.col, c.span, c.text) for c in unit_row.cells] == [
        (0, 6, "430005张家口市机关后勤服务中心"),
        (6, 2, "单位：万元"),
    ]
    purpose_row = rows[3]  # under the vertically merged 预算规模及资金用途
    assert [(c.col, c.span, c.text) for c in purpose_row.cells] == [
        (0, 1, ""),
        (1, 7, "用于会议服务"),
    ]
    grid_header = rows[7]
    assert [(c.col, c.span) for c in grid_header.cells] == [
        (0, 1),
        (1, 1),
        (2, 1),
        (3, 2),
        (5, 1),
        (6, 2),
    ]
    assert rows[9].cells[0].text == ""  # 产出指标 is not repeated
    goals = rows[6].cells[1]
    assert goals.raw == "1.保障会议正常召开\n2.提升会议服务质量"


def test_sources_point_at_table_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "hand.docx"
    build_hand_made(path)
    project = import_file(path).projects[0]
    code = project.sources["code"]
    assert (code.file, code.table, code.row, code.col) == ("hand.docx", 1, 2, 2)
    assert code.describe() == "hand.docx 表1第2行第2列"
    assert (project.sources["budget_fiscal"].row, project.sources["budget_fiscal"].col) == (3, 6)
    value = project.indicators[1].sources["value"]
    assert (value.table, value.row, value.col) == (1, 10, 6)
    level1 = project.indicators[1].sources["level1"]
    assert (level1.row, level1.col) == (9, 1)  # the merged 产出指标 cell it inherits
    heading = project.sources["name"]
    assert heading.table == 1
    paragraphs = [b for b in read_docx_blocks(path) if isinstance(b, Paragraph)]
    assert [(p.text, p.source.line) for p in paragraphs] == [
        ("第二部分预算项目绩效目标", 1),
        ("1.会议服务费绩效目标表", 2),
    ]


def test_round_trip_sources_are_word_locations(tmp_path: Path) -> None:
    plan = round_trip(import_file(seed_path("000_6fea33418e000787")), tmp_path)
    assert plan.sources["overall_goal"].line is not None
    first = plan.projects[0]
    assert first.sources["unit_code"].line is not None  # the unit line is a paragraph
    assert (first.sources["code"].table, first.sources["code"].row) == (1, 1)
    value = first.indicators[0].sources["value"]
    assert (value.table, value.row, value.col) == (1, 8, 6)
    second = plan.projects[1].indicators[-1].sources["basis"]
    assert (second.table, second.col) == (2, 7)


# -- what the reader leaves out or flattens ----------------------------------------------


def test_text_boxes_headers_footers_and_deletions_are_ignored(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "页眉文字"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    paragraph = document.add_paragraph("正文")
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')} xmlns:v='urn:schemas-microsoft-com:vml'><w:pict><v:shape>"
            "<v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f"<w:del {nsdecls('w')} w:id='1' w:author='a'><w:r><w:delText>删除</w:delText>"
            "</w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(f"<w:ins {nsdecls('w')} w:id='2' w:author='a'><w:r><w:t>插入</w:t></w:r></w:ins>")
    )
    path = tmp_path / "extras.docx"
    document.save(str(path))
    assert [b.text for b in read_docx_blocks(path) if isinstance(b, Paragraph)] == ["正文插入"]


def test_nested_table_is_flattened_into_its_cell(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "绩效目标"
    outer = table.cell(0, 1)
    outer.paragraphs[0].text = "1.甲"
    inner = outer.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "2.乙"
    inner.cell(1, 1).text = "3.丙"
    path = tmp_path / "nested.docx"
    document.save(str(path))
    (row,) = read_docx_blocks(path)
    assert isinstance(row, Row)
    assert [c.raw for c in row.cells] == ["绩效目标", "1.甲\n2.乙\n3.丙"]
    assert (row.source.table, row.source.row) == (1, 1)


def test_paragraphs_and_tables_keep_document_order(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("甲")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "表一"
    document.add_paragraph("乙")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "表二"
    path = tmp_path / "order.docx"
    document.save(str(path))
    blocks = read_docx_blocks(path)
    described = [
        b.text if isinstance(b, Paragraph) else f"{b.table}:{b.cells[0].text}" for b in blocks
    ]
    assert described == ["甲", "1:表一", "乙", "2:表二"]
    assert [b.source.line for b in blocks if isinstance(b, Paragraph)] == [1, 2]


def test_table_of_contents_entries_are_skipped(tmp_path: Path) -> None:
    document = Document()
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("目录", style="TOC Heading")
    document.add_paragraph("第二部分 预算项目绩效目标", style="toc 1")
    document.add_paragraph("1.会议服务费绩效目标表\t3", style="toc 1")
    document.add_paragraph("第二部分 预算项目绩效目标")
    path = tmp_path / "toc.docx"
    document.save(str(path))
    blocks = read_docx_blocks(path)
    assert [(b.text, b.source.line) for b in blocks if isinstance(b, Paragraph)] == [
        ("目录", 1),
        ("第二部分预算项目绩效目标", 4),
    ]


# -- damaged files ---------------------------------------------------------------------


def test_text_renamed_docx_fails_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "假文档.docx"
    path.write_text("第一部分 部门整体绩效目标", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"假文档\.docx"):
        import_file(path)


def test_truncated_docx_fails_with_the_file_name(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    write_plan_docx(import_file(seed_path("001_a168ace21779f849")), whole)
    data = whole.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100, 0):
        path = tmp_path / "截断.docx"
        path.write_bytes(data[:cut])
        with pytest.raises(ImportFailed, match=r"截断\.docx"):
            import_file(path)


def test_zip_that_is_not_a_word_document_fails_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    with pytest.raises(ImportFailed, match=r"archive\.docx: "):
        import_file(path)
    with pytest.raises(ImportFailed, match=r"archive\.docx: "):
        read_docx_blocks(path)


def test_corrupted_document_part_fails_with_the_file_name(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    Document().save(str(whole))
    path = tmp_path / "坏.docx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match=r"坏\.docx"):
        import_file(path)


def test_empty_document_gives_an_empty_plan_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    Document().save(str(path))
    plan = import_file(path)
    assert plan.projects == []
    assert "no-structure" in [w.code for w in plan.warnings]


# -- the writer's layout -------------------------------------------------------------------


def minimal_plan() -> DepartmentPlan:
    indicators = [
        Indicator(level1="产出指标", level2="数量指标", level3="甲", value="1次"),
        Indicator(level1="产出指标", level2="质量指标", level3="乙", value="100%"),
        Indicator(level1="满意度指标", level2="服务对象满意度指标", level3="丙", value="≥90%"),
    ]
    project = Project(name="会议服务费", goals=["保障会议"], indicators=indicators)
    return DepartmentPlan(source_file="x.json", projects=[project])


def test_unknown_parts_are_left_out_not_invented(tmp_path: Path) -> None:
    path = tmp_path / "minimal.docx"
    write_plan_docx(minimal_plan(), path)
    document = Document(str(path))
    assert body_texts(document) == ["目录", "第二部分 预算项目绩效目标", "1.会议服务费绩效目标表"]
    (table,) = document.tables
    first_cells = [table.cell(r, 0).text for r in range(len(table.rows))]
    # No 项目编码/预算/支出计划 rows: only 绩效目标 and the grid (seed 004's shape).
    assert first_cells == ["绩效目标", "一级指标", "产出指标", "产出指标", "满意度指标"]
    assert "None" not in "".join(c.text for row in table.rows for c in row.cells)


def test_level1_is_merged_vertically_and_fonts_are_chinese(tmp_path: Path) -> None:
    path = tmp_path / "minimal.docx"
    write_plan_docx(minimal_plan(), path)
    document = Document(str(path))
    (table,) = document.tables
    assert table.style is not None and table.style.name == "Table Grid"
    marks = [
        tc.tcPr.vMerge_val if tc.tcPr is not None else None
        for tc in (table._tbl.tr_lst[r].tc_lst[0] for r in range(2, 5))
    ]
    assert marks == ["restart", "continue", None]
    fonts = document.element.body.findall(f".//{qn('w:rFonts')}")
    assert fonts and all(f.get(qn("w:eastAsia")) == "宋体" for f in fonts)
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "宋体"


def test_cover_and_sub_goal_groups(tmp_path: Path) -> None:
    plan = DepartmentPlan(
        source_file="x.json",
        department="某某局",
        year=2024,
        overall_goal="第一段。\n第二段。",
        sub_goals=[
            SubGoal(title="同一标题", goal="目标一。", indicator="指标一。"),
            SubGoal(title="同一标题", goal="目标二。", indicator="指标二。"),
            SubGoal(title="只有标题"),
        ],
        measures=["完善制度建设\n正文一段。", "加强支出管理。"],
    )
    path = tmp_path / "cover.docx"
    write_plan_docx(plan, path)
    texts = body_texts(Document(str(path)))
    assert texts == [
        "某某局",
        "2024年部门预算绩效文本",
        "编制单位：某某局",
        "审核单位：",
        "目录",
        "第一部分 部门整体绩效目标",
        "一、总体绩效目标",
        "第一段。",
        "第二段。",
        "二、分项绩效目标",
        "（一）同一标题",
        "绩效目标：目标一。",
        "绩效指标：指标一。",
        "绩效目标：目标二。",
        "绩效指标：指标二。",
        "（二）只有标题",
        "三、工作保障措施",
        "（一）完善制度建设",
        "正文一段。",
        "（二）加强支出管理。",
    ]
    back = import_file(path)
    assert model_fields(back) == model_fields(plan)


_WORDS = st.text(alphabet="甲乙丙丁会议服务费用保障运行AB -%≥，", min_size=1, max_size=12)
_WORD = _WORDS.map(clean_cell).filter(bool)
_SENTENCE = _WORD.map(lambda text: f"{text}。")
_AMOUNT = st.one_of(st.none(), st.decimals(min_value=0, max_value=99999, places=2))
_PERCENT = st.one_of(st.none(), st.decimals(min_value=0, max_value=100, places=1))
_UNIT = st.one_of(st.none(), st.sampled_from([("430001", "甲局本级"), ("430002", "乙中心")]))
_LEVEL1 = sorted(LEVEL1_NAMES)


def _indicator(level1: str, level2: str, texts: tuple[str, str, str, str]) -> Indicator:
    level3, description, value, basis = texts
    return Indicator(
        level1=level1,
        level2=level2,
        level3=level3,
        description=description,
        value=value,
        basis=basis,
    )


# An imported shape: a row the import itself keeps (not one it drops as invented, such as a
# name opening with the unit of a number cut off before it: '%，…').
_INDICATOR = st.builds(
    _indicator,
    st.sampled_from(_LEVEL1),
    st.sampled_from(sorted(LEVEL2_NAMES - LEVEL1_NAMES)),
    st.tuples(_WORD, *[st.one_of(st.just(""), _WORD)] * 3),
).filter(lambda row: not_indicator(row, lambda: "") is None)


@st.composite
def _projects(draw: st.DrawFn) -> Project:
    unit = draw(_UNIT)
    spend = draw(st.tuples(*[_PERCENT] * 4))
    indicators = draw(st.lists(_INDICATOR, min_size=1, max_size=6))
    return Project(
        unit_code=unit[0] if unit else None,
        unit_name=unit[1] if unit else None,
        code=draw(st.one_of(st.none(), st.from_regex(r"13[0-9A-Z]{18}", fullmatch=True))),
        name=draw(_WORD),
        budget_total=draw(_AMOUNT),
        budget_fiscal=draw(_AMOUNT),
        budget_other=draw(_AMOUNT),
        purpose=draw(st.one_of(st.none(), _SENTENCE)),
        spend_plan=dict(zip(SPEND_CHECKPOINTS, spend, strict=True)),
        goals=draw(st.lists(_SENTENCE, max_size=3)),
        # The grid lists indicators grouped by 一级指标, as every table does.
        indicators=sorted(indicators, key=lambda i: _LEVEL1.index(i.level1)),
    )


_TITLED = st.builds(
    SubGoal,
    title=_WORD,
    goal=st.one_of(st.none(), _SENTENCE),
    indicator=st.one_of(st.none(), _SENTENCE),
)
_UNTITLED = st.builds(SubGoal, goal=_SENTENCE, indicator=st.one_of(st.none(), _SENTENCE))


@st.composite
def plans(draw: st.DrawFn) -> DepartmentPlan:
    """Plans as an import leaves them: clean text, units listed, titles carried down."""
    projects = draw(st.lists(_projects(), max_size=3))
    units = {
        p.unit_code: Unit(code=p.unit_code, name=p.unit_name)
        for p in projects
        if p.unit_code and p.unit_name
    }
    return DepartmentPlan(
        source_file="generated.json",
        # Without a department the importer names it after the first unit.
        department=draw(_WORD.map(lambda w: f"{w}局"))
        if units
        else draw(st.one_of(st.none(), _WORD.map(lambda w: f"{w}局"))),
        year=draw(st.one_of(st.none(), st.integers(2000, 2099))),
        overall_goal=draw(st.one_of(st.none(), _SENTENCE)),
        sub_goals=draw(st.one_of(st.lists(_TITLED, max_size=4), st.lists(_UNTITLED, max_size=3))),
        measures=draw(st.lists(_SENTENCE, max_size=3)),
        projects=projects,
        units=list(units.values()),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_imported_shape_survives_word(plan: DepartmentPlan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        back = round_trip(plan, Path(folder))
    assert model_fields(back) == model_fields(plan)


def test_numbers_are_written_plainly() -> None:
    assert [plain_number(Decimal(v)) for v in ("5.91", "0", "12.94", "75.00")] == [
        "5.91",
        "0",
        "12.94",
        "75.00",
    ]
    assert plain_number(Decimal("1E+2")) == "100"
    assert [chinese_number(n) for n in (1, 10, 12, 20, 21, 99)] == [
        "一",
        "十",
        "十二",
        "二十",
        "二十一",
        "九十九",
    ]
