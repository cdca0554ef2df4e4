"""Layouts the importer read at 0% in the corpus, each read by a general rule tested on
generated input (hypothesis) with a counter-example, and on the real document that
showed it:

* a project list heading each level pair in brackets (``【产出指标-数量指标】``), each
  indicator on a line below as ``指标1:name(value)`` (黄山 公安局 0/9 -> 9/9);
* a self-evaluation grid glued into one line whose rows each close with the verdict its
  未完成原因 column holds (``…100%1000件达成预期指标…``; 蔡甸 森林防火 0/11 -> 11/11, the
  actuals too);
* a row that runs a header block, the grid's header and its rows together (cells with
  their bars on lines of their own, no row marks), a label on a line of its own pairing
  with the row below, a value opening with ``≧`` (蒙城 基本公共卫生 0/2 -> 2/2);
* a table flattened into one spaced line whose merged cells come out of order: its words
  read as a label / name / value tree (永济 文物保护 0/6 -> 5/6);
* a self-evaluation grid's rows with no header over them (a fragment), each restating its
  一级 and 二级 labels, then name | target | actual (大英 民政局 0/5 -> 5/5, actuals too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.indicators import joined_value
from jixiao.importers.mapping.outcome import prose_indicators
from jixiao.importers.mapping.signed_rows import restated_row
from jixiao.importers.mapping.verdict_rows import verdict_rows
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SOURCE = SourceRef(file="generated.txt")
NAME = st.text(alphabet="巡查宣传维修设备车辆培训人员服务群众安全", min_size=3, max_size=10)
FIGURE = st.sampled_from(["≥77台", "<24小时", "100%", "≥90%", "12个", "0.9‰"])
WORD = st.sampled_from(["有力保障", "正面支撑", "持续保障", "明显提高"])
LEVELS = [
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("效益指标", "社会效益指标"),
    ("满意度指标", "服务对象满意度指标"),
]


@pytest.mark.parametrize(
    ("stem", "found", "actuals"),
    [
        ("anhui_huangshan-gonganju-xuelianggongcheng-bracket_2025", (9, 9), (0, 0)),
        ("hubei_caidian-linyeju-senlin-fanghuo-tradmirror_2021", (11, 11), (11, 11)),
        ("anhui_mengcheng-weijianwei-jibengonggongweisheng-cut_2024", (2, 2), (0, 0)),
        ("shanxi_yongji-wenlvju-wenwu-baohu-xlsflat_2023", (5, 6), (0, 0)),
        ("sichuan_daying-minzhengju-zhengti-fragment_2020", (5, 5), (5, 5)),
    ],
)
def test_real_documents_read(stem: str, found: tuple[int, int], actuals: tuple[int, int]) -> None:
    """Each document that showed a layout (all read at 0 before), none invented."""
    result = measure_stem(stem)
    assert (result.found, result.expected) == found
    assert (result.actual_found, result.actual_expected) == actuals
    assert not result.invented


def _read(lines: list[str]) -> list[tuple[str, str, str, str]]:
    blocks = [Paragraph(raw=line, source=SOURCE) for line in lines]
    return [(i.level1, i.level2, i.level3, i.value) for i in prose_indicators(blocks)]


# -- bracketed level headings ---------------------------------------------------------


@SETTINGS
@given(
    brackets=st.sampled_from(["【】", "[]", "〔〕"]),
    join=st.sampled_from(["-", "—", "/"]),
    levels=st.lists(st.sampled_from(LEVELS), min_size=1, max_size=3),
    items=st.lists(st.tuples(NAME, st.one_of(FIGURE, WORD)), min_size=1, max_size=3),
    numbered=st.booleans(),
)
def test_bracket_headings_give_their_items(
    brackets: str,
    join: str,
    levels: list[tuple[str, str]],
    items: list[tuple[str, str]],
    numbered: bool,
) -> None:
    lines = ["【项目概况】:该项目为市本级服务采购。"]
    expected = []
    for level1, level2 in levels:
        lines.append(f"{brackets[0]}{level1}{join}{level2}{brackets[1]}")
        for number, (name, value) in enumerate(items, start=1):
            label = f"指标{number}:{name}" if numbered else name
            lines.append(f"{label}({value})")
            expected.append((level1, level2, label, value))
    assert _read(lines) == expected


def test_bracket_items_need_their_heading() -> None:
    """Counter-examples: a bracketed value under a heading that names no level, or under
    no heading at all, is no indicator; the run ends at a line of another form."""
    lines = ["【项目概况】", "指标1:机柜数量(≥77台)", "维护成本(万元)"]
    assert _read(lines) == []
    lines = ["【产出指标-数量指标】", "保障机房设备运转。", "指标2:机柜数量(≥77台)"]
    assert _read(lines) == []


# -- glued rows closed by a verdict --------------------------------------------------

HEADER = "项目绩效自评表一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施"


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(LEVELS), NAME, FIGURE, st.sampled_from(["", "5个", "98%"])),
        min_size=1,
        max_size=5,
    ),
    verdict=st.sampled_from(["达成预期指标", "达到预期目标"]),
)
def test_verdict_closes_each_row(
    rows: list[tuple[tuple[str, str], str, str, str]], verdict: str
) -> None:
    text, expected, previous = HEADER, [], ("", "")
    for levels, name, value, actual in rows:
        labels = "" if levels == previous else levels[1]
        labels = levels[0] + levels[1] if levels[0] != previous[0] else labels
        text += f"{labels}{name}{value}{actual}{verdict}"
        expected.append((*levels, name, value, actual or verdict))
        previous = levels
    found = verdict_rows(text, SOURCE)
    assert [(i.level1, i.level2, i.level3, i.value, i.actual) for i in found] == expected


def test_verdict_rows_need_the_reason_column() -> None:
    """Counter-examples: without a 未完成原因 column a verdict closes nothing; a row cut
    before its verdict (the page's end) is not read."""
    rows = "产出指标数量指标巡查次数12次达成预期指标"
    assert verdict_rows("一级指标二级指标三级指标年初目标值实际完成值" + rows, SOURCE) == []
    found = verdict_rows(HEADER + rows + "质量指标设备完好率", SOURCE)
    assert [(i.level3, i.value) for i in found] == [("巡查次数", "12次")]


# -- a row running a grid's header and rows on ----------------------------------------


def _bar_cells(tmp_path: Path, cells: list[str]) -> Path:
    path = tmp_path / "generated.txt"
    text = "项目支出绩效目标申报表\n(2024 年度)\n" + "\n|\n".join(cells) + "\n|\n"
    path.write_text(text, encoding="utf-8")
    return path


@SETTINGS
@given(
    rows=st.lists(st.tuples(NAME, FIGURE), min_size=1, max_size=4, unique_by=lambda r: r[0]),
    value_header=st.sampled_from(["指标值", "年度指标值"]),
)
def test_run_on_row_gives_its_rows(
    tmp_path: Path, rows: list[tuple[str, str]], value_header: str
) -> None:
    head = ["项目名称", "某某服务项目", "主管部门", "", "实施单位", "某局"]
    head += ["总体目标", "提高服务水平。"]
    grid = ["绩效指标", "一级指标", "二级指标", "三级指标", value_header, "产出指标", "数量指标"]
    cells = [*head, *grid, *(cell for row in rows for cell in row)]
    plan = import_file(_bar_cells(tmp_path, cells))
    assert [p.name for p in plan.projects] == ["某某服务项目"]
    found = [(i.level2, i.level3, i.value) for i in plan.projects[0].indicators]
    assert found == [("数量指标", name, value) for name, value in rows]


def test_blank_template_row_invents_nothing(tmp_path: Path) -> None:
    """Counter-example: a blank template's labels after the header, no figure, are no rows."""
    cells = ["项目名称", "", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
             "质量指标", "时效指标", "效益指标", "社会效益指标"]  # fmt: skip
    plan = import_file(_bar_cells(tmp_path, cells))
    assert not any(p.indicators for p in plan.projects)


def test_variant_signs_read_as_the_usual_ones() -> None:
    assert joined_value("≧90%", "", "") == "≥90%"
    assert joined_value("≦5天", "", "") == "≤5天"
    assert joined_value("90%", "≧", "") == "≥90%"


# -- a table flattened into one spaced line, merged cells out of order ---------------


@SETTINGS
@given(
    rows=st.lists(st.tuples(NAME, FIGURE), min_size=1, max_size=4),
    level2=st.sampled_from(["质量指标", "时效指标", "社会效益指标"]),
)
def test_flattened_line_words_read_as_a_tree(
    tmp_path: Path, rows: list[tuple[str, str]], level2: str
) -> None:
    """The merged cells in the order a mirror flattens them: the 二级 label met last
    before the names is theirs."""
    pairs = " ".join(f"{name} {value}" for name, value in rows)
    line = (
        "某市项目支出绩效目标申报表 (2023年度) 项目名称 文物保护经费 资金总额: 1,000,000 "
        f"一级指标 二级指标 数量指标 产出指标 绩 效 指 标 {level2} 三级指标 指标值 {pairs} "
        "主要用于文物修缮、宣传 二级指标"
    )
    path = tmp_path / "generated.txt"
    path.write_text(line + "\n", encoding="utf-8")
    plan = import_file(path)
    found = [(i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert found == [(level2, name, value) for name, value in rows]


def test_flattened_line_without_value_column_stays_prose(tmp_path: Path) -> None:
    """Counter-example: the same words with no 指标值 header are a sentence, not a table."""
    path = tmp_path / "generated.txt"
    line = "产出指标 数量指标 文物安全巡查 416处 文物宣传教育短信 ≥3万条"
    path.write_text(line + "\n", encoding="utf-8")
    assert not any(p.indicators for p in import_file(path).projects)


# -- headerless rows restating their labels -------------------------------------------


@SETTINGS
@given(
    levels=st.sampled_from(LEVELS),
    name=NAME,
    target=st.one_of(FIGURE, WORD),
    actual=st.sampled_from(["98%", "明显改善", "2020年", "100万"]),
    bar=st.booleans(),
)
def test_restated_row_gives_name_target_actual(
    levels: tuple[str, str], name: str, target: str, actual: str, bar: bool
) -> None:
    first = f"|{levels[0]}" if bar else levels[0]  # a stray bar a pipe rendering leaves
    row = restated_row([first, levels[1], name, target, actual, ""])
    assert row == [levels[0], levels[1], name, target, actual, "", ""]


def test_restated_row_counter_examples() -> None:
    """A plan's 分值 last, a description before the value, a missing 二级 label or one
    cell more or less: no such row."""
    assert restated_row(["产出指标", "数量指标", "培训人数", "100人", "10"]) is None
    assert restated_row(["产出指标", "数量指标", "培训人数", "反映培训人数", "100人"]) is None
    assert restated_row(["产出指标", "培训人数", "100人", "95人", "未完成"]) is None
    assert restated_row(["产出指标", "数量指标", "培训人数", "100人"]) is None
    assert restated_row(["产出指标", "数量指标", "培训人数", "100人", "95人", "10"]) is None
