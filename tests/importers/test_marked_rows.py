"""A form flattened one cell per line with a bare ``|`` opening every row, its 一级 label
merged (:mod:`jixiao.importers.mapping.marked_rows`), under header words carrying the
form's own note (``指标内容(150字内)``, the pack's ``header_notes``)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.marked_rows import rows_by_markers
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

HEADER = ["一级指标", "二级指标", "分值", "指标内容", "指标值", "评分细则"]
NAME = st.text(alphabet="资金到位预算执行项目核算合规使用管理", min_size=2, max_size=8)
TARGET = st.sampled_from(["达100%", "≥90%", "专款专用", "按时完成"])
ROW = st.tuples(NAME, st.integers(1, 30), NAME, TARGET)
NOTE = st.sampled_from(["(150字内)", "(450字以内)", "（限150字）", ""])


def test_real_form_reads_its_prefilled_rows() -> None:
    """The 2021 财政支出绩效目标申报表 (held-out round 8): 3 of 3 rows (was 0), the 过程
    row under its own 一级 label, the 4th row (cut by the transcription's end) left out."""
    result = measure_stem("unknown_ru8-caizheng-zhichu-shenbaobiao-touru-guocheng-sheet-cut_2021")
    assert (result.found, result.expected) == (3, 3)
    assert not result.invented


def test_header_notes_are_cut_off() -> None:
    words = vocabulary()
    assert words.role_of("指标内容(150字内)") == words.role_of("指标内容") == "level3"
    assert words.role_of("评分细则(150字内)") == "standard"
    # counter-examples: a header-block label keeps no role, a note alone names nothing
    assert words.role_of("项目概况(450字内)") is None
    assert words.role_of("(150字内)") is None


def _form(groups: list[list[tuple[str, int, str, str]]], note: str) -> str:
    lines = ["财政支出绩效目标申报表 |", "|", "项目名称 |", "测试项目 |", "|", "衡量指标 |"]
    lines += [f"{word}{note if i > 2 else ''} |" for i, word in enumerate(HEADER)]
    for level1, rows in zip(["投入指标", "过程指标", "产出指标"], groups, strict=False):
        for index, (name, points, content, target) in enumerate(rows):
            lines.append("|")
            if index == 0:
                lines.append(f"{level1} |")
            lines += [f"{name} |", f"{points} |", f"{content}说明 |", f"{target} |", "得分规则 |"]
    return "\n".join(lines) + "\n"


@settings(max_examples=25, deadline=None)
@given(groups=st.lists(st.lists(ROW, min_size=1, max_size=3), min_size=1, max_size=3), note=NOTE)
def test_marked_rows_come_back(
    tmp_path_factory: object, groups: list[list[tuple[str, int, str, str]]], note: str
) -> None:
    """Every row comes back under its 一级 label, whether the label was written on it or
    merged with the row above, and whatever note the header words carry (two rows at
    least: one row alone is no evidence of the layout)."""
    assume(sum(len(rows) for rows in groups) >= 2)
    path = Path(tmp_path_factory.mktemp("marked")) / "form.txt"  # type: ignore[attr-defined]
    path.write_text(_form(groups, note), encoding="utf-8")
    plan = import_file(path)
    got = [
        (i.level1, i.level2, i.level3, i.value, i.weight)
        for p in plan.projects
        for i in p.indicators
    ]
    want = [
        (level1, name, f"{content}说明", target, points)
        for level1, rows in zip(["投入指标", "过程指标", "产出指标"], groups, strict=False)
        for name, points, content, target in rows
    ]
    assert [(a, b, c, d, int(e or 0)) for a, b, c, d, e in got] == want


def _cells(texts: list[str]) -> list[Cell]:
    here = SourceRef(file="t", line=1)
    return [Cell(raw=text, source=here, col=i) for i, text in enumerate(texts)]


def test_counter_examples_are_not_read_by_markers() -> None:
    roles: list[str | None] = ["level1", "level3", "value", "weight"]
    full = ["", "投入指标", "资金到位率", "100%", "5"]
    # a short row missing a value column (not a label one) ends the rows before it
    short = ["", "资金到位率", "100%", "", "预算执行率", "90%", "5"]
    found = rows_by_markers(_cells([*full, *full, *short]), roles)
    assert found is not None and found[1] == 2 * len(full)
    # a last row the stream's end cut short (its value columns lost) is left out
    found = rows_by_markers(_cells([*full, "", "执行率", "90%", "5", "", "合规性", "10"]), roles)
    assert found is not None and len(found[0]) == 2 and found[1] == 9
    # no marker opening the stream: not this layout
    assert rows_by_markers(_cells(full[1:] + full), roles) is None
