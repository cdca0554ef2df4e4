"""Where a table ends and the next begins, each read by a general rule tested on generated
input (hypothesis) with a counter-example, and on the real document that showed it:

* an indicator grid ends at the header of a different, wider table under it — more cells
  than a stream of the grid's rows, no level and no rate, worded as column names ('序号',
  '备注', a unit in brackets) — not read as invented indicator rows (吕梁 护工培训's OCR
  page: its 9-column subsidy table under the grid read as two indicators, now none);
* a numbered row whose words would name a table ('二十二、国有资本经营预算支出', empty of
  amounts) continues the numbering of the rows above it and stays a row of that table,
  not the title of a new one (深泽 收支总表 written as an HTML / Word / Excel table lost it).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.route import assemble_document
from jixiao.importers.text_reader import read_text_blocks
from tests.importers.corpus_metrics import CORPUS, measure_stem

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME = st.text(alphabet="培训学员考核验收任务完成及时就业质量", min_size=4, max_size=10)
FIGURE = st.sampled_from(["12500名", "11所", "100%", "98.79%", "3000元/人", "有效减轻"])
COLUMN = st.sampled_from(
    ["学校性质", "培训机构", "补助标准(元/人)", "奖补标准（元/人）", "合格人数", "补助资金"]
)
GRID_HEADER = "一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 |"


def _indicators(text: str) -> list[tuple[str, str, str]]:
    plan = assemble_document(read_text_blocks(text, "generated.txt"), "generated.txt")
    return [(i.level3, i.value, i.actual or "") for p in plan.projects for i in p.indicators]


def _grid(items: list[tuple[str, str, str]]) -> list[str]:
    lines = ["项目支出绩效自评表", GRID_HEADER]
    for index, (name, target, actual) in enumerate(items):
        lead = "产出指标 | 数量指标" if index == 0 else "|"
        lines.append(f"{lead} | {name} | {target} | {actual} |")
    return lines


def _first(item: tuple[str, str, str]) -> str:
    return item[0]


ITEMS = st.lists(st.tuples(NAME, FIGURE, FIGURE), min_size=2, max_size=5, unique_by=_first)


def test_lvliang_subsidy_table_is_no_indicator() -> None:
    result = measure_stem("shanxi_ru5-lvliang-hugong-peixun-ocr-pipe_2021")
    assert (result.found, result.expected) == (13, 13)
    assert (result.actual_found, result.actual_expected) == (13, 13)
    assert result.invented == []


@SETTINGS
@given(items=ITEMS, columns=st.lists(COLUMN, min_size=6, max_size=7), note=st.booleans())
def test_grid_ends_at_a_wider_header(
    items: list[tuple[str, str, str]], columns: list[str], note: bool
) -> None:
    """The next table's header (序号 … 备注) and its numbered rows add no indicator."""
    header = ["序号", *columns, *(["备注"] if note else [])]
    lines = [*_grid(items), " | ".join(header) + " |"]
    lines += [
        f"{n} | " + " | ".join(str(100 * n + c) for c in range(len(header) - 1)) + " |"
        for n in (1, 2)
    ]
    assert _indicators("\n".join(lines)) == items


@SETTINGS
@given(items=st.lists(st.tuples(NAME, FIGURE, FIGURE), min_size=3, max_size=5, unique_by=_first))
def test_counter_example_a_wide_row_of_indicators_is_still_read(
    items: list[tuple[str, str, str]],
) -> None:
    """A row as wide, holding levels and values (rows run together, wider than the grid:
    cut back into its rows), is not a header."""
    lines = _grid(items[:1])
    run = [f"产出指标 | 质量指标 | {name} | {aim} | {done}" for name, aim, done in items[1:]]
    lines.append(" | ".join(run) + " |")
    assert [i[0] for i in _indicators("\n".join(lines))] == [i[0] for i in items]


# -- a numbered row that reads like a title ---------------------------------------------

ITEM_NAMES = ["粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费"]
CN = "一二三四五六七八九"


def _cn(number: int) -> str:
    tens, ones = divmod(number, 10)
    return (("" if tens == 1 else CN[tens - 1]) + "十" if tens else "") + (
        CN[ones - 1] if ones else ""
    )


def _table_html(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td>{name}</td><td>{amount}</td><td></td></tr>" for name, amount in rows)
    return (
        "<html><body><p>2026年部门预算收支总表</p><table border='1'>"
        f"<tr><td>项目</td><td>金额1</td><td>金额2</td></tr>{body}</table></body></html>"
    )


@settings(max_examples=15, deadline=None)
@given(start=st.integers(1, 25), titled=st.integers(1, 3))
def test_numbered_row_continuing_the_table_stays_a_row(start: int, titled: int) -> None:
    """'N、…预算支出' empty of amounts under '(N-1)、…' is a row of the table."""
    names = [f"{_cn(start + i)}、{ITEM_NAMES[i]}" for i in range(4)]
    rows = [(names[0], "17.74"), *((n, "") for n in names[1:])]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.html"
        path.write_text(_table_html(rows), encoding="utf-8")
        plan = import_file(path)
    assert plan.disclosure is not None
    read = [r.name for t in plan.disclosure.tables for r in t.rows]
    assert names[titled] in read


def test_counter_example_a_title_line_still_opens_a_table() -> None:
    """An unnumbered line naming a table, alone in its row, is still a title: the rows
    under it are a table of their own, not rows of the one above."""
    text = "\n".join(
        [
            "部门预算收支总表",
            "项目 | 金额 |",
            "一、一般公共服务支出 | 17.74 |",
            "二、住房保障支出 | 3.5 |",
            "一般公共预算财政拨款支出表 | |",
            "项目 | 金额 |",
            "一、工资福利支出 | 12.5 |",
        ]
    )
    plan = assemble_document(read_text_blocks(text, "generated.txt"), "generated.txt")
    assert plan.disclosure is not None
    assert len(plan.disclosure.tables) == 2


def test_shenze_income_table_reads_row_22_in_html(tmp_path: Path) -> None:
    from bench.format_parity import tables_of, write_html

    want = json.loads(
        (
            CORPUS / "disclosure/hebei_shenze-tuiyijunren-shouzhi-zongbiao_2026.expected.json"
        ).read_text(encoding="utf-8")
    )
    write_html(tables_of(want), tmp_path / "shenze.html")
    plan = import_file(tmp_path / "shenze.html")
    assert plan.disclosure is not None
    read = [r.name for t in plan.disclosure.tables for r in t.rows]
    assert [r["name"] for t in want["disclosure_tables"] for r in t["rows"]] == read
