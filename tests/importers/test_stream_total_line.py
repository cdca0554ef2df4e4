"""A one-cell-per-line 自评表's grid ends at its 总分 line (grid_end.stream_end): the total
and grade under the rows are the project's fields ('总分(100分) | 100 | 自评等级 | 优'),
not cells of a last grid row the reader drops. 保山 (held-out review round 9) lost both
once its padded empty bars made the table read as one stream."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.grid_end import stream_end
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "self_evaluation"
BAOSHAN = "yunnan_ru9-baoshan-tuiyijunren-chunjie-weiwen-cellperline-cut_2022"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"]
GRADES = {"优": 90, "良": 80, "中": 60, "差": 0}


def test_real_document_reads_its_total_and_grade() -> None:
    project = import_file(CORPUS / f"{BAOSHAN}.txt").projects[0]
    assert (project.total_score, project.grade) == (100, "优")
    assert len(project.indicators) == 5


def _stream(rows: list[tuple[str, int]], total: int, grade: str) -> str:
    """A sheet flattened as 保山's: each cell closed by a bar on a line of its own, merged
    cells padded with bar runs ('||||'), and an empty row between the levels."""
    lines = ["项目支出绩效自评表", "项目名称", "|", "测试项目", "|", "||||||||"]
    lines += ["年度绩效目标", "|"]
    for cell in HEADER:
        lines += [cell, "|"]
    lines.append("|||")
    for index, (name, points) in enumerate(rows):
        first = ["产出指标"] if index == 0 else []
        for cell in [*first, "数量指标", name, "≥10个", "12个", str(points)]:
            lines += [cell, "|"]
        lines.append("||||")
        lines += ["|"] * 5 + ["|||||"]
    lines += [f"总分({total}分)", "|", str(total), "|", "自评等级", "|", grade, "|", "||||||"]
    lines += ["偏差原因", "|", "无", "|", "||||||||"]
    return "\n".join(lines) + "\n"


NAME = st.text(alphabet="完成采购设备培训人次项目", min_size=2, max_size=8)


@settings(max_examples=25, deadline=None)
@given(
    rows=st.lists(st.tuples(NAME, st.integers(5, 30)), min_size=2, max_size=6),
    grade=st.sampled_from(sorted(GRADES)),
)
def test_total_line_ends_the_rows(
    tmp_path_factory: object, rows: list[tuple[str, int]], grade: str
) -> None:
    total = GRADES[grade] + 5
    path = Path(tmp_path_factory.mktemp("total")) / "table.txt"  # type: ignore[attr-defined]
    path.write_text(_stream(rows, total, grade), encoding="utf-8")
    project = import_file(path).projects[0]
    assert [(i.level3, i.value, i.actual) for i in project.indicators] == [
        (name, "≥10个", "12个") for name, _ in rows
    ]
    assert (project.total_score, project.grade) == (Decimal(total), grade)


def test_a_score_heading_followed_by_words_ends_nothing() -> None:
    """A repeated header's 自评得分 (a column name, words after it) is no total line."""
    here = SourceRef(file="t", line=1)
    texts = ["产出指标", "数量指标", "培训人次", "自评得分", "备注", "产出指标", "总分"]
    cells = [Cell(raw=t, source=here, col=i) for i, t in enumerate(texts)]
    assert stream_end(cells) == len(cells)
    with_figure = [*cells, Cell(raw="92.5", source=here, col=len(cells))]
    assert stream_end(with_figure) == len(cells) - 1
