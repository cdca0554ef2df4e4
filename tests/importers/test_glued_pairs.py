"""A glued grid whose 指标值 and 实际完成值 close each row as one run of bare digits
(mapping/glued_pairs.py): cut only where the cells read as points and a score, every row
one way and the points adding up to 100 — never a guess."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.glued_pairs import PairsGrid, cuts
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
LANGZHONG = (
    CORPUS
    / "self_evaluation"
    / "sichuan_ru14r-langzhong-jiaotong-chegoushui-shengdao-ziping-glued-cut_2021.txt"
)
HEADER = "二级指标三级指标指标值全年实际完成值未完成原因和改进措施"
WHERE = SourceRef(file="t.txt", line=1)
# 阆中's rows as the page writes them, a label broken over two lines, an empty row
ROWS = [
    "数量指标建设普通省道二级公路32.1公里2020",
    "质量指标建设符合验收要求2020",
    "时效指标按期完成投资1010",
    "成本指标",
    "……",
    "经济效益",
    "指标",
    "对经济发展的促进作用1010",
    "社会效益",
    "指标",
    "基本公共服务水平1010",
    "生态效益",
    "指标",
    "交通建设符合环评审批要求1010",
    "满意度指标服务对象",
    "满意度指标",
    "改善通行服务水平群众满意度2020",
]


def _read(lines: list[str]) -> list[list[str]] | None:
    grid = PairsGrid.start(lines[0], WHERE)
    if grid is None:
        return None
    for line in lines[1:]:
        if not grid.take(line, WHERE):
            break
    return [texts for texts, _ in grid.cells()]


def test_langzhong_glued_rows_are_cut_into_points_and_score() -> None:
    """阆中's 车购税 自评表: '2020' is 20 | 20 (202 | 0 is above 100 points, 2 | 020 opens
    with 0), its 一级 cells lost, 经济效益 / 指标 broken over lines."""
    rows = [
        (i.level1, i.level2, i.level3, i.value, i.actual)
        for p in import_file(LANGZHONG).projects
        for i in p.indicators
    ]
    assert rows == [
        ("", "数量指标", "建设普通省道二级公路32.1公里", "20", "20"),
        ("", "质量指标", "建设符合验收要求", "20", "20"),
        ("", "时效指标", "按期完成投资", "10", "10"),
        ("", "经济效益指标", "对经济发展的促进作用", "10", "10"),
        ("", "社会效益指标", "基本公共服务水平", "10", "10"),
        ("", "生态效益指标", "交通建设符合环评审批要求", "10", "10"),
        ("满意度指标", "服务对象满意度指标", "改善通行服务水平群众满意度", "20", "20"),
    ]


def test_the_grid_ends_at_the_notes_under_it() -> None:
    notes = "注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域"
    read = _read([HEADER, *ROWS, "说明", notes])
    assert read is not None and len(read) == 7


def test_a_run_that_cuts_no_way_or_points_not_adding_to_100_read_nothing() -> None:
    # a real target and actual glued ('9598': 95 | 98 is a score above its points)
    assert _read([HEADER, *ROWS[:2], "时效指标按期完成投资9598", *ROWS[3:]]) == []
    # the points add to 110: no table's points
    assert _read([HEADER, *ROWS[:2], "时效指标按期完成投资2020", *ROWS[3:]]) == []
    # fewer than three rows: nothing tells the cut
    assert _read([HEADER, "数量指标建设普通省道二级公路32.1公里100100"]) == []


def test_other_headers_start_no_such_grid() -> None:
    assert PairsGrid.start("二级指标三级指标指标值分值得分", WHERE) is None  # scoring columns
    assert PairsGrid.start("二级指标三级指标指标值", WHERE) is None  # one number column
    assert PairsGrid.start("二级指标三级指标指标值全年实际完成值数量指标…2020", WHERE) is None
    assert PairsGrid.start("年度资金总额:40004000100%", WHERE) is None


_POINTS = st.integers(min_value=1, max_value=100)


@given(_POINTS, st.integers(min_value=0, max_value=100))
def test_written_points_and_score_are_among_the_cuts(points: int, score: int) -> None:
    score = min(score, points)
    assert (str(points), str(score)) in cuts(f"{points}{score}")


@given(st.text(alphabet="0123456789.", min_size=1, max_size=8))
def test_every_cut_rejoins_the_run_as_points_and_a_lower_score(run: str) -> None:
    for points, score in cuts(run):
        assert points + score == run
        assert 0 < float(points) <= 100 and float(score) <= float(points)
