"""HTML, legacy office files and the reader registry: the same grid from every format."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from jixiao.importers.api import import_file, read_blocks
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.errors import ImportFailed
from jixiao.importers.registry import readers, supported_suffixes
from tests.importers.grid_helpers import ROOT, SAMPLES, joined, row_starting, rows, sample_text
from tests.programs import require, require_shared

LEGACY = ROOT / "tests" / "fixtures" / "legacy"
needs_soffice = pytest.mark.usefixtures("soffice")


@pytest.fixture
def soffice() -> str:
    return require("soffice", "libreoffice")


# The 荣昌 目标表 as a government site publishes it: a layout table around the data
# table, merged cells across and down, a GBK page.
PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>荣昌区林业局项目绩效目标表</title><script>var 项目 = "不是数据";</script>
<style>td {{ color: red }}</style></head><body>
<nav><a href="/">首页</a> &gt; 政务公开 &gt; 预算公开</nav>
<table width="100%"><tr><td><div>项目绩效目标表</div><p>(2022年度)</p>
<table border="1">
<tr><td colspan="2">项目(专项)名称</td><td colspan="5">古昌镇大青冈村乡村振兴绿化美化项目</td></tr>
<tr><td rowspan="4">绩效指标</td><th>一级指标</th><th>二级指标</th><th>三级指标</th>
<th>计量单位</th><th>指标性质</th><th>指标值</th></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>绿化美化公路</td><td>米</td>
<td>=</td><td>3500</td></tr>
<tr><td>购买发放李子苗</td><td>株</td><td>=</td><td>15000</td></tr>
<tr><td>质量指标</td><td>树木成活率</td><td>%</td><td>≥</td><td>85</td></tr>
</table></td></tr></table>
<p>联系电话：19922989736</p></body></html>"""


def grid(blocks: list[Block]) -> list[list[tuple[int, int, int, bool, str]]]:
    return [
        [(c.col, c.span, c.rowspan, c.covered, c.text) for c in row.cells] for row in rows(blocks)
    ]


def write_page(tmp_path: Path) -> Path:
    path = tmp_path / "rongchang.html"
    path.write_bytes(PAGE.encode("gb18030"))
    return path


def test_html_page_gives_its_data_table_on_the_grid(tmp_path: Path) -> None:
    blocks = read_blocks(write_page(tmp_path))
    paragraphs = [block.text for block in blocks if isinstance(block, Paragraph)]
    assert paragraphs[:3] == ["荣昌区林业局项目绩效目标表", "项目绩效目标表", "(2022年度)"]
    assert paragraphs[-1] == "联系电话：19922989736"
    assert not any("首页" in text or "不是数据" in text for text in paragraphs)
    table = rows(blocks)
    assert len(table) == 5 and {row.table for row in table} == {1}
    header = row_starting(blocks, "绩效指标")
    assert joined(header) == "绩效指标|一级指标|二级指标|三级指标|计量单位|指标性质|指标值"
    assert header.cells[0].rowspan == 4
    second = table[3]
    assert [(c.col, c.covered) for c in second.cells[:3]] == [(0, True), (1, True), (2, True)]
    assert joined(second) == "购买发放李子苗|株|=|15000"
    assert (
        second.cells[3].col == 3
        and second.cells[3].source.describe() == "rongchang.html 表1第4行第4列"
    )


@needs_soffice
def test_doc_through_libreoffice_gives_the_same_grid_as_html(tmp_path: Path) -> None:
    doc = read_blocks(LEGACY / "rongchang_target.doc")
    assert grid(doc) == grid(read_blocks(write_page(tmp_path)))
    assert all(
        cell.source.file == "rongchang_target.doc" for row in rows(doc) for cell in row.cells
    )
    wps = read_blocks(LEGACY / "rongchang_target.wps")
    assert grid(wps) == grid(doc)


def test_pdf_table_gives_the_same_grid_as_html(tmp_path: Path) -> None:
    pdf = read_blocks(LEGACY / "rongchang_target.pdf")
    assert grid(pdf) == grid(read_blocks(write_page(tmp_path)))
    header = row_starting(pdf, "绩效指标")
    assert header.cells[0].rowspan == 4 and header.table == 1


def test_docx_and_xlsx_report_vertical_merges_as_rowspan(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate(
        [["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "3500"]]
    ):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).text, table.cell(2, 2).text = "质量指标", "85"
    table.cell(1, 0).merge(table.cell(2, 0))
    document.save(tmp_path / "merged.docx")
    word = grid(read_blocks(tmp_path / "merged.docx"))
    assert word[1][0] == (0, 1, 2, False, "产出指标") and word[2][0] == (0, 1, 1, True, "")

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in (
        ["一级指标", "二级指标", "指标值"],
        ["产出指标", "数量指标", 3500],
        [None, "质量指标", 85],
    ):
        sheet.append(values)
    sheet.merge_cells("A2:A3")
    book.save(tmp_path / "merged.xlsx")
    excel = grid(read_blocks(tmp_path / "merged.xlsx"))
    assert excel == word


def test_xls_is_read_directly_with_merges_and_cell_sources() -> None:
    blocks = read_blocks(LEGACY / "shizhu_disclosure.xls")
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "财政拨款收支总表"
    income = row_starting(blocks, "一般公共预算资金")
    assert joined(income) == "一般公共预算资金|15417.94|一般公共服务支出|4.94"
    assert income.cells[1].source.describe() == "shizhu_disclosure.xls!表一!B5"
    halves = row_starting(blocks, "收入")
    assert [(c.col, c.span) for c in halves.cells] == [(0, 2), (2, 2)]
    assert row_starting(blocks, "合计").cells[0].rowspan == 2


@needs_soffice
def test_wps_spreadsheet_goes_through_libreoffice() -> None:
    blocks = read_blocks(LEGACY / "shizhu_disclosure.et")
    assert grid(blocks) == grid(read_blocks(LEGACY / "shizhu_disclosure.xls"))
    assert row_starting(blocks, "合计").cells[0].source.file == "shizhu_disclosure.et"


def test_without_libreoffice_the_error_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where soffice is not installed
    with pytest.raises(ImportFailed) as failure:
        import_file(LEGACY / "rongchang_target.doc")
    message = str(failure.value)
    assert message.startswith("rongchang_target.doc: 未找到 LibreOffice（soffice），无法读取 .doc")
    assert "libreoffice-writer" in message and "\n" not in message


def test_registry_names_every_format() -> None:
    assert {".txt", ".html", ".htm", ".docx", ".xlsx", ".pdf", ".xls", ".doc", ".wps", ".et"} <= (
        supported_suffixes()
    )
    names = {reader.name for reader in readers()}
    assert {"网页", "旧版 Excel 工作簿", "Word 文档"} <= names


def test_unknown_suffix_lists_what_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "表.numbers"
    path.write_bytes(b"x")
    with pytest.raises(
        ImportFailed, match=r"^表\.numbers: 不支持的文件类型“\.numbers”；支持 .*\.xls"
    ):
        import_file(path)


def test_traditional_mirror_reads_simplified_with_pinyin_removed() -> None:
    from jixiao.importers.script import normalise_script
    from jixiao.importers.text_reader import read_text_blocks

    blocks = normalise_script(read_text_blocks(sample_text("target_guangdong_lechang"), "lc.txt"))
    header = row_starting(blocks, "绩效指标")
    assert (
        joined(header) == "绩效指标|一级目标|二级指标|三级指标|指标值|实际完成值|未达到指标值原因"
    )
    row = row_starting(blocks, "产出指标")
    assert joined(row) == "产出指标|数量指标|中等职业学校国家助学金应受助学生数|100%"
    # The raw text stays: the source remembers what the page said.
    assert (
        row.cells[2].located().raw
        == "中等職業(yè)學(xué)校國家助學(xué)金應(yīng)受助學(xué)生數(shù)"
    )


def test_simplified_documents_are_left_alone() -> None:
    from jixiao.importers.script import normalise_script
    from jixiao.importers.text_reader import read_text_blocks

    blocks = read_text_blocks(sample_text("target_chongqing_rongchang"), "rc.txt")
    before = [(b.text if isinstance(b, Paragraph) else b.texts) for b in blocks]
    after = [(b.text if isinstance(b, Paragraph) else b.texts) for b in normalise_script(blocks)]
    assert after == before


def test_traditional_pages_are_told_from_simplified_ones() -> None:
    from jixiao.textnorm import is_traditional

    require_shared(SAMPLES, "the real samples folder")
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert is_traditional(text) == ("tradmirror" in path.name), path.name
    for seed in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")):
        assert not is_traditional(seed.read_text(encoding="utf-8")), seed.name


def test_only_toned_pinyin_annotations_are_removed() -> None:
    from jixiao.textnorm import strip_pinyin

    assert strip_pinyin("學(xué)校績效目標(biāo)表") == "學校績效目標表"
    assert strip_pinyin("綠(lǜ)化（chǎn）") == "綠化"
    for kept in ("资金(万元)", "项目(a)", "(2022年度)", "单位(文字描述)", "Word(docx)"):
        assert strip_pinyin(kept) == kept
