"""A grid head broken over lines of a table flattened one cell per line ('偏差原因 / 分析及 /
改进措施', 零陵's 自评表, held-out round 15) is one head, not the first indicator row."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.stream_rows import header_run
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
LINGLING = CORPUS / "hunan_ru15r-lingling-linyeju-bumen-zhengti-ziping-cut_2021.txt"


def test_a_head_broken_over_lines_is_no_row() -> None:
    rows = import_file(LINGLING).projects[0].indicators
    assert [i.level3 for i in rows[:2]] == ["造林面积", "病虫害防治面积"]
    assert len(rows) == 10
    assert not [i for i in rows if "分析及" in i.level3 or "改进措施" in i.value]


def _run(*texts: str) -> list[str] | None:
    cells = [Cell(t, SourceRef(file="t.txt"), n) for n, t in enumerate(texts)]
    found = header_run(cells)
    return None if found is None else [c.text for c in found[0]]


HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因")


def test_the_pieces_join_their_head_and_a_row_stays_a_row() -> None:
    assert _run(*HEAD, "分析及", "改进措施", "产出指标") == [*HEAD[:-1], "偏差原因分析及改进措施"]
    # a first cell that completes no head word exactly is the first row, not a piece
    assert _run(*HEAD, "造林面积", "1.2万亩") == list(HEAD)
