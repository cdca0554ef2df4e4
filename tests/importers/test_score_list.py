"""A self-evaluation listing its projects in one table, each row's 自评分数 in a column,
read one cell per line (:mod:`jixiao.importers.mapping.score_list`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.score_list import read_score_list
from jixiao.model.source import SourceRef

# 柯桥区卫生健康局's 2023年新增地方政府专项债券项目绩效评价表 as published (corpus:
# zhejiang_keqiao-weijian-zhuanxiangzhai-pingjiabiao_2023), its 自评等级 cells empty
KEQIAO = """我单位2023年新增地方政府专项债券项目3个,争取债券资金1.69亿元。
2023年新增地方政府专项债券项目绩效评价表
单位:亿元
项目名称
债券性质
截至2023年底已发债券规模
自评分数
自评等级
绍兴二院兰亭院区(康复医院)工程
其他项目收益专项债券
0.2
96.5
绍兴市柯桥区马鞍医院建设工程
其他项目收益专项债券
1.0
92
绍兴市柯桥区齐贤医院重建项目
其他项目收益专项债券
0.49
91
"""


def _import(text: str) -> list[tuple[str, Decimal | None]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.txt"
        path.write_text(text, encoding="utf-8")
        plan = import_file(path)
    return [(p.name, p.total_score) for p in plan.projects]


def test_each_listed_project_takes_the_score_of_its_row() -> None:
    assert _import(KEQIAO) == [
        ("绍兴二院兰亭院区(康复医院)工程", Decimal("96.5")),
        ("绍兴市柯桥区马鞍医院建设工程", Decimal("92")),
        ("绍兴市柯桥区齐贤医院重建项目", Decimal("91")),
    ]


def test_a_row_short_of_a_cell_gives_no_score() -> None:
    # the first row's 债券性质 dropped: its 规模 0.2 would stand where the score is
    dropped = KEQIAO.replace("工程\n其他项目收益专项债券\n0.2\n", "工程\n0.2\n", 1)
    assert all(score is None for _, score in _import(dropped))


def test_a_row_with_a_cell_too_many_gives_no_score() -> None:
    # 规模 written over two cells ('1.0', '0.5'): the score's place holds a 规模 figure
    split = KEQIAO.replace("\n0.2\n96.5\n", "\n0.2\n0.1\n96.5\n", 1)
    assert all(score is None for _, score in _import(split))


def test_a_list_the_prose_counts_otherwise_gives_no_score() -> None:
    # the prose counts four projects, the table lists three: a row is missing
    assert all(score is None for _, score in _import(KEQIAO.replace("项目3个", "项目4个")))


def _blocks(cells: list[str]) -> list[Block]:
    return [Paragraph(raw=c, source=SourceRef("t.txt", line=i + 1)) for i, c in enumerate(cells)]


NAMES = st.lists(
    st.text(alphabet="街道社区医院改造工程项目安置房", min_size=2, max_size=12),
    min_size=1,
    max_size=6,
    unique=True,
)
SCORES = st.decimals(min_value=Decimal(60), max_value=Decimal(100), places=1)


@given(NAMES, st.data())
def test_the_scores_read_are_the_rows_or_none(names: list[str], data: st.DataObject) -> None:
    scores = [data.draw(SCORES) for _ in names]
    sizes = [data.draw(st.sampled_from(["0.2", "1.5", "12"])) for _ in names]
    cells = ["项目名称", "债券性质", "债券规模", "自评分数", "自评等级"]
    for name, size, score in zip(names, sizes, scores, strict=True):
        cells += [name, "专项债券", size, format(score, "f")]
    assert [(p.name, p.total_score) for p in read_score_list(_blocks(cells))] == list(
        zip(names, scores, strict=True)
    )
    # any one cell of a row dropped: what is read is never another row's or column's figure
    gone = data.draw(st.integers(min_value=5, max_value=len(cells) - 1))
    read = read_score_list(_blocks(cells[:gone] + cells[gone + 1 :]))
    assert all((p.name, p.total_score) in set(zip(names, scores, strict=True)) for p in read)
