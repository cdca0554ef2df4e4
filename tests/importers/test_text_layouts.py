"""Text renderings of tables from real pages, each layout recognised from the text."""

from __future__ import annotations

from jixiao.importers.blocks import Paragraph
from jixiao.importers.text_reader import read_text_blocks
from tests.importers.grid_helpers import joined, row_starting, rows, sample_text


def test_cell_per_line_with_bars_gives_whole_rows() -> None:
    blocks = read_text_blocks(sample_text("target_chongqing_rongchang"), "rc.txt")
    header = row_starting(blocks, "绩效指标")
    assert "|".join(header.texts) == "绩效指标|一级指标|二级指标|三级指标|计量单位|指标性质|指标值"
    first = row_starting(blocks, "产出指标")
    assert first.texts == ["产出指标", "数量指标", "绿化美化公路", "米", "=", "3500", ""]
    assert first.packed and first.table == header.table
    # The next row lost its merged 一级/二级 cells: packed left, padded at its end.
    second = row_starting(blocks, "购买发放李子苗")
    assert second.texts == ["购买发放李子苗", "株", "=", "15000", "", "", ""]
    applicant = row_starting(blocks, "申报单位")
    assert (
        joined(applicant) == "申报单位|区林业局|项目(专项)名称|古昌镇大青冈村乡村振兴绿化美化项目"
    )
    # Every cell knows its line: the 指标值 header sits six lines below 绩效指标.
    assert header.cells[6].source.line is not None
    assert header.cells[6].source.line - header.cells[0].source.line == 6


def test_pipe_rows_keep_column_positions() -> None:
    blocks = read_text_blocks(sample_text("disclosure_chongqing_shizhu"), "sz.txt")
    header = row_starting(blocks, "项目")
    assert joined(header) == "项目|预算数|项目|合计|一般公共预算|政府性基金预算|国有资本经营预算"
    total = row_starting(blocks, "收入合计")
    assert [cell.col for cell in total.cells if cell.text] == [0, 1, 2, 3, 4, 5]
    assert joined(total) == "收入合计|15,866.19|支出合计|15,866.19|15,591.61|274.58"
    code = row_starting(blocks, "2080201")
    assert joined(code) == "2080201|行政运行|392.58|392.58"
    # "Sheet N:" markers start a new table.
    assert code.table is not None and total.table is not None and code.table > total.table


def test_pipe_rows_with_leading_bars() -> None:
    blocks = read_text_blocks(sample_text("target_jiangxi_fuliang"), "fl.txt")
    header = row_starting(blocks, "一级指标")
    assert joined(header) == "一级指标|二级指标|三级指标|计算符号|目标值|度量单位|指标值说明"
    row = row_starting(blocks, "产出指标")
    assert joined(row).startswith("产出指标|数量指标|保障在职职工人数(人)|=|116|人|")
    assert row_starting(blocks, "保障遗属人数(人)").texts[:4] == [
        "保障遗属人数(人)",
        "=",
        "13",
        "人",
    ]


def test_pipe_rows_broken_over_two_lines_are_rejoined() -> None:
    blocks = read_text_blocks(sample_text("selfeval_sichuan_dyrmt-tielu"), "tl.txt")
    row = row_starting(blocks, "可持续影响指标")
    assert (
        joined(row) == "可持续影响指标|铁路沿线环境及安全整治管理机制健全性|定性|优良中低差|优|10"
    )
    assert joined(row_starting(blocks, "合计")) == "合计|100"


def test_bar_on_its_own_line_closes_each_cell() -> None:
    blocks = read_text_blocks(sample_text("disclosure_guangdong_unknown"), "gd.txt")
    assert (
        joined(row_starting(blocks, "項目"))
        == "項目|合計|一般公共預算|政府性基金預算|國有資本經營預算"
    )
    assert joined(row_starting(blocks, "行政經費")) == "行政經費|312.23|312.23|0.00|0.00"


def test_cells_separated_by_blank_lines_form_a_stream() -> None:
    blocks = read_text_blocks(sample_text("target_hubei_wuhan"), "wh.txt")
    stream = [row for row in rows(blocks) if row.stream]
    texts = [row.cells[0].text for row in stream]
    start = texts.index("一级指标")
    expected = "一级指标|二级指标|指标内容|指标值|备注|产出指标|数量指标|新增高新技术企业|15"
    assert "|".join(texts[start : start + 9]) == expected
    assert all(len(row.cells) == 1 for row in stream)
    assert len({row.table for row in stream}) == 1
    # The year title stays a paragraph.
    assert any(isinstance(b, Paragraph) and b.text == "(2021年度)" for b in blocks)


def test_stream_keeps_empty_cells_written_as_nbsp() -> None:
    blocks = read_text_blocks(sample_text("disclosure_hebei_shenze"), "sz.txt")
    texts = [row.cells[0].text for row in rows(blocks) if row.stream]
    start = texts.index("一、一般公共预算拨款收入")
    expected = "1|一、一般公共预算拨款收入|3415.94|一、一般公共服务支出|"
    assert "|".join(texts[start - 1 : start + 4]) == expected


def test_space_rows_split_at_spaces_outside_brackets() -> None:
    blocks = read_text_blocks(sample_text("target_hunan_nanyue"), "ny.txt")
    assert joined(row_starting(blocks, "贫困地区旅游景点开发数量(≥**个)")).endswith("|>=4个")
    header = row_starting(blocks, "绩效指标")
    assert joined(header) == "绩效指标|一级指标|二级指标|三级指标|指标值|备注"
    assert header.packed


def test_space_rows_of_a_self_evaluation() -> None:
    blocks = read_text_blocks(sample_text("selfeval_anhui_huoqiu"), "hq.txt")
    header = row_starting(blocks, "绩效指标")
    assert joined(header).endswith("|分值|得分|偏差原因分析及改进措施")
    assert (
        joined(row_starting(blocks, "年度资金总额:")) == "年度资金总额:|25|25|25|10|100.00%|10.00"
    )
    # A second project starts a second table.
    names = [row for row in rows(blocks) if row.cells[0].text == "项目名称"]
    assert len(names) == 2 and names[0].table != names[1].table


def test_monospaced_columns_place_indented_sub_rows() -> None:
    text = (
        "项目名称    档案数字化        金额      备注\n"
        "资金情况    年度资金总额      120       财政\n"
        "            其中：财政拨款    100\n"
        "            其他资金          20        自筹\n"
    )
    blocks = read_text_blocks(text, "mono.txt")
    sub = row_starting(blocks, "其中：财政拨款")
    assert [(cell.text, cell.col) for cell in sub.cells] == [("其中：财政拨款", 1), ("100", 2)]
    other = row_starting(blocks, "其他资金")
    assert [cell.col for cell in other.cells] == [1, 2, 3]
    assert not other.packed
