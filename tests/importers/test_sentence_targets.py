"""An older target table whose targets are sentences, one cell a paragraph
('指标类型 | 指标名称 | 绩效目标 | 绩效标准', the 绩效标准 column empty): recognised as a
table by its header lines (importers/header_lines.py), its rows regrouped without taking
a sentence name for the row before's tail (mapping/tailless.py), its 指标名称 column read
as the rows' names (mapping/class_named_rows.py)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell, Row
from jixiao.importers.header_lines import holds_grid_header
from jixiao.importers.mapping.align import level_kind, regroup
from jixiao.importers.mapping.header import parse_header
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HEADER = ["指标类型", "指标名称", "绩效目标", "绩效标准"]


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(i.level1, i.level3, i.value) for p in import_file(path).projects for i in p.indicators]


def test_haikou_old_target_table_of_sentences() -> None:
    """海口市档案局 2016: five rows under 产出 / 成效, the sentence names kept apart from the
    sentence targets; the 效率 row cut in its target ('全') stays a row of its own."""
    path = (
        CORPUS
        / "self_evaluation"
        / "hainan_ru9-haikou-danganju-zhengji-bianyan-mubiaobiao-cut_2016.txt"
    )
    rows = _rows(path)
    assert rows[:5] == [
        (
            "产出指标",
            "编印《海口市人民政府公报》及其合订本、光盘",
            "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。",
        ),
        (
            "产出指标",
            "举办庆祝中国共产党成立95周年档案图片展",
            "向社会宣传中国共产党成立95周年来取得的成就",
        ),
        (
            "产出指标",
            "开展民间档案资料的征集工作",
            "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。",
        ),
        (
            "产出指标",
            "编印《市领导政务活动画册》、《档案馆指南》",
            "编印《市领导政务活动画册》30本和《档案馆指南》1000",
        ),
        (
            "效益指标",
            "向社会公开政府公开信息和记录市领导政务活动信息",
            "向社会公开政府公开信息及记录市领导政务活动信息",
        ),
    ]
    assert rows[5] == ("效率指标", "项目资金到位率", "全")


_SENTENCE = st.text(
    alphabet="编印征集开展举办宣传档案资料公报画册社会成就活动", min_size=21, max_size=40
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(_SENTENCE, _SENTENCE), min_size=1, max_size=5),
    st.lists(st.tuples(_SENTENCE, _SENTENCE), min_size=0, max_size=3),
)
def test_sentence_table_rows_are_read_whole(
    tmp_path_factory: object, outputs: list[tuple[str, str]], effects: list[tuple[str, str]]
) -> None:
    """Any such table, one cell a paragraph, is read row for row: every name with its
    target, none taken for the empty 绩效标准 column, as long as one label's rows cannot
    also be read as rows with a 绩效标准 (2 × 3 rows are 3 × 2 rows with one)."""
    assume(len(outputs) % 3 or (effects and len(effects) % 3))
    marks = "一二三四五六七八"
    # names and targets differ, and names do not repeat (a repeated short text is a tail's)
    rows = [
        (level, f"甲{marks[i]}{name}", f"乙{marks[i]}{value}")
        for i, (level, (name, value)) in enumerate(
            [("产出指标", pair) for pair in outputs] + [("效益指标", pair) for pair in effects]
        )
    ]
    lines = ["项目绩效目标表", "项目名称:档案征集编研", *HEADER]
    for index, (level, name, value) in enumerate(rows):
        if index == 0 or level != rows[index - 1][0]:
            lines.append("产出指标" if level == "产出指标" else "成效指标")
        lines += [name, value]
    folder = tmp_path_factory.mktemp("sentences")  # type: ignore[attr-defined]
    path = folder / "table.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert _rows(path) == rows


def test_a_blank_template_is_no_table_of_sentences() -> None:
    """Counter-example: short template lines under the header (names, units, no figures)
    stay paragraphs, as before: a blank form is no indicator table."""
    lines = [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "指标1:新建堤防长度",
        "公里",
        "指标2:灌区节水改造面积",
        "万亩",
    ]
    assert not holds_grid_header(lines)
    sentences = [
        *HEADER,
        "产出指标",
        "编印《海口市人民政府公报》及其合订本、光盘",
        "编印《海口市人民政府公报》每月3000本,一年12期,年底编印合订本及光盘。",
    ]
    assert holds_grid_header(sentences)


def _cells(texts: list[str]) -> list[Cell]:
    source = SourceRef(file="", line=0)
    return [Cell(raw=text, source=source, col=i) for i, text in enumerate(texts)]


def test_a_filled_tail_column_is_still_a_tail() -> None:
    """Counter-example: when the cells under a label are not a whole number of rows
    without a tail, a long sentence after a complete row is still that row's 绩效标准."""
    header = parse_header(Row(cells=_cells(HEADER), source=SourceRef(file="", line=0)))
    assert header is not None
    cells = _cells(
        [
            "产出指标",
            "公报期数",
            "每月一期共12期",
            "按照省档案局年度工作计划要求确定的计划标准",
        ]
    )
    rows = regroup(header, cells)
    assert [[c.text for c in row] for row in rows] == [[c.text for c in cells]]
    assert level_kind("成效指标") == "level1" and level_kind("效率指标") == "level1"
