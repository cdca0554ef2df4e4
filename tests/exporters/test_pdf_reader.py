"""The PDF reader on PDFs laid out unlike ours: rows cut by page breaks, repeated
header rows, wrapped cells, justified prose, page numbers, and damaged or empty files.

The PDFs are real files, printed by WeasyPrint from small HTML pages written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from weasyprint import HTML

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph, Row
from jixiao.importers.errors import ImportFailed
from jixiao.importers.pdf_reader import read_pdf_blocks

STYLE = """
@page { size: A5; margin: 15mm 12mm; @bottom-right { content: "- " counter(page) " -"; } }
body { font-family: "Noto Sans CJK SC"; font-size: 9pt; }
p { text-align: justify; margin: 0 0 4pt; }
p.body { text-indent: 2em; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.5pt solid black; padding: 2pt; vertical-align: top; }
"""
LONG = "保障会议服务正常开展，提升服务质量，" * 14
GRID = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")


def print_pdf(path: Path, body: str) -> Path:
    HTML(string=f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>").write_pdf(
        path
    )
    return path


def indicator_row(level1: str, level3: str, description: str, value: str) -> str:
    cells = (level1, "数量指标", level3, description, value, "年度工作计划")
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def foreign_document(path: Path) -> Path:
    """A table running over three A5 pages with its header repeated and a row cut in two."""
    rows = [
        indicator_row("产出指标", f"会议场次{i}", "全年服务会议场次", "≥100场") for i in range(8)
    ]
    rows.append(indicator_row("产出指标", "服务质量", LONG, "≥95%"))
    rows += [indicator_row("效益指标", f"社会效益{i}", "会议按时召开", "=100%") for i in range(8)]
    header = "".join(f"<th>{name}</th>" for name in GRID)
    prose = "坚持和加强党的全面领导，聚焦机关事务重点工作和专项任务落实。" * 4
    body = f"""
    <p>2024年部门预算绩效文本</p>
    <p>第一部分 部门整体绩效目标</p>
    <p>一、总体绩效目标</p>
    <p class="body">{prose}</p>
    <p class="body">Word and Excel files are read the same way.</p>
    <p>第二部分 预算项目绩效目标</p>
    <p>1.会议服务费绩效目标表</p>
    <p>430005 张家口市机关后勤服务中心</p>
    <p style="text-align:right">单位：万元</p>
    <table><tr><td>项目名称</td><td colspan="2">会议服务费</td><td>预算数</td>
    <td colspan="2">9.20</td></tr>
    <tr><td>绩效目标</td><td colspan="5">1.保障会议正常召开<br>2.提升会议服务质量</td></tr>
    </table>
    <table><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table>
    """
    return print_pdf(path, body)


@pytest.fixture(scope="module")
def foreign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return foreign_document(tmp_path_factory.mktemp("pdf") / "foreign.pdf")


def test_foreign_layout_reads_field_by_field(foreign: Path) -> None:
    plan = import_file(foreign)
    assert plan.year == 2024
    prose = "坚持和加强党的全面领导，聚焦机关事务重点工作和专项任务落实。" * 4
    assert plan.overall_goal == prose + "\nWord and Excel files are read the same way."
    (project,) = plan.projects
    assert (project.unit_code, project.unit_name) == ("430005", "张家口市机关后勤服务中心")
    assert project.name == "会议服务费" and str(project.budget_total) == "9.20"
    assert project.goals == ["保障会议正常召开", "提升会议服务质量"]
    assert len(project.indicators) == 17
    cut = project.indicators[8]
    assert (cut.level3, cut.value, cut.description) == ("服务质量", "≥95%", LONG)
    assert [i.level1 for i in project.indicators] == ["产出指标"] * 9 + ["效益指标"] * 8
    assert [i.level3 for i in project.indicators[-8:]] == [f"社会效益{i}" for i in range(8)]


def test_repeated_headers_and_cut_rows_are_joined_with_a_warning(foreign: Path) -> None:
    plan = import_file(foreign)
    codes = [w.code for w in plan.warnings]
    assert "row-continued" in codes  # the row the page break cut in two
    assert not [c for c in codes if c in ("row-not-understood", "text-not-understood")]
    header_rows = [
        b for b in read_pdf_blocks(foreign) if isinstance(b, Row) and b.texts[:1] == ["一级指标"]
    ]
    assert len({row.source.page for row in header_rows}) >= 2  # repeated on each page


def test_page_numbers_are_not_text(foreign: Path) -> None:
    texts = [b.text for b in read_pdf_blocks(foreign) if isinstance(b, Paragraph)]
    assert not [t for t in texts if t.startswith("-")]
    assert "第二部分预算项目绩效目标" in texts


def test_wrapped_cell_keeps_spaces_between_words_only(tmp_path: Path) -> None:
    words = "performance budget management " * 3
    body = (
        "<p>1.测试项目绩效目标表</p><table style='width:60%'><tr>"
        + "".join(f"<th>{n}</th>" for n in GRID)
        + "</tr>"
        + indicator_row("产出指标", "覆盖率", words.strip(), "≥90%")
        + indicator_row("", "合格率", "验收合格数量/验收总数量", "100%")
        + "</table>"
    )
    plan = import_file(print_pdf(tmp_path / "words.pdf", body))
    first, second = plan.projects[0].indicators
    assert first.description == words.strip()
    assert second.description == "验收合格数量/验收总数量"
    assert second.level1 == "产出指标"  # an empty 一级指标 carries the one above


def test_pdf_without_text_gives_an_empty_plan_with_a_warning(tmp_path: Path) -> None:
    path = print_pdf(tmp_path / "scan.pdf", "<div style='height:80mm;background:#888'></div>")
    plan = import_file(path)
    assert plan.projects == [] and "no-structure" in [w.code for w in plan.warnings]


def test_truncated_pdf_fails_naming_the_file(foreign: Path, tmp_path: Path) -> None:
    cut = tmp_path / "截断.pdf"
    cut.write_bytes(foreign.read_bytes()[:2000])
    with pytest.raises(ImportFailed) as caught:
        import_file(cut)
    assert caught.value.file == "截断.pdf"


def test_paragraph_sources_give_page_and_line(foreign: Path) -> None:
    paragraphs = [b for b in read_pdf_blocks(foreign) if isinstance(b, Paragraph)]
    title = next(p for p in paragraphs if p.text == "2024年部门预算绩效文本")
    assert (title.source.page, title.source.line) == (1, 1)
    assert title.source.describe() == "foreign.pdf 第1页第1行"
    prose = next(p for p in paragraphs if p.text.startswith("坚持"))
    assert (prose.source.page, prose.source.line) == (1, 4)  # after the three headings


def test_unit_line_beside_money_unit_and_framed_paragraphs(tmp_path: Path) -> None:
    """The unit line and 单位：万元 on one line, and prose in a frame (a one-column table,
    as an Excel form prints) read as separate paragraphs."""
    body = f"""
    <p>2024年部门预算绩效文本</p><p>一、总体绩效目标</p>
    <table><tr><td>第一段目标。</td></tr></table>
    <p>三、工作保障措施</p>
    <table><tr><td>（一）完善制度建设<br>制定管理办法。</td></tr>
    <tr><td>（二）加强支出管理。</td></tr></table>
    <p>1.会议服务费绩效目标表</p>
    <p>430005 张家口市机关后勤服务中心<span style="float:right">单位：万元</span></p>
    <table><tr>{"".join(f"<th>{n}</th>" for n in GRID)}</tr>
    {indicator_row("产出指标", "会议场次", "全年服务会议场次", "≥100场")}</table>
    """
    plan = import_file(print_pdf(tmp_path / "form.pdf", body))
    assert plan.overall_goal == "第一段目标。"
    assert plan.measures == ["完善制度建设\n制定管理办法。", "加强支出管理。"]
    (project,) = plan.projects
    assert (project.unit_code, project.unit_name) == ("430005", "张家口市机关后勤服务中心")
    assert [w.code for w in plan.warnings if w.code.endswith("not-understood")] == []


def test_merged_level1_running_over_a_page_break(tmp_path: Path) -> None:
    """一级指标 merged down 30 rows, centred, over two pages: every row gets it."""
    rows = [
        "<tr>"
        + ('<td rowspan="30" style="vertical-align:middle">产出指标</td>' if i == 0 else "")
        + f"<td>数量指标</td><td>场次{i}</td><td>描述</td><td>≥{i}场</td><td>计划</td></tr>"
        for i in range(30)
    ]
    rows.append(indicator_row("效益指标", "按时", "会议按时召开", "=100%"))
    header = "".join(f"<th>{name}</th>" for name in GRID)
    body = (
        f"<p>1.会议服务费绩效目标表</p><table><thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    path = print_pdf(tmp_path / "merged.pdf", body)
    assert len({b.source.page for b in read_pdf_blocks(path)}) == 2
    indicators = import_file(path).projects[0].indicators
    assert [i.level1 for i in indicators] == ["产出指标"] * 30 + ["效益指标"]
    assert [i.level3 for i in indicators[:30]] == [f"场次{i}" for i in range(30)]
