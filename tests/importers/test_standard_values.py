"""The older framework's 绩效目标表 (``绩效目标名称 | 目标值 | 评价指标 | 标准值 | 说明``,
goals 投入 / 管理 / 产出 / 效果): the 评价指标 is the indicator and the 标准值 its target,
only under a header naming both (:mod:`jixiao.importers.mapping.standard_values`);
a table of that family flattened into one line is cut again into its rows.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.standard_values import header_span, standard_rows
from tests.importers.corpus_metrics import measure_stem

HEAD = ["绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明"]
GOAL = st.text(alphabet="项目资金财务资产管理立项执行监控采购", min_size=2, max_size=8)
METRIC = st.text(alphabet="预算完成到位支出规范合规", min_size=2, max_size=6).map(
    lambda s: s + "率"
)
STANDARD = st.sampled_from(["=100%", "≥95%", "100%", "合规", "规范", "有效执行"])
NOTE = st.sampled_from(["财政管理统一要求", "按照项目进程制定", "行业标准"])
ROW = st.tuples(GOAL, st.sampled_from(["35543.19万元", "合规", "执行统一规定"]), METRIC, STANDARD)


def _indicators(path: Path) -> list[tuple[str | None, str, str]]:
    plan = import_file(path)
    return [(i.level1, i.level3, i.value) for p in plan.projects for i in p.indicators]


def test_real_flattened_table_reads_every_row() -> None:
    """A 2017 表-2 of a 食品药品监管 special fund, flattened by a policy database into
    one line: 14 of 14 rows (was 0), the 管理目标 rows' qualitative 标准值 included."""
    result = measure_stem("unknown_ru4-shipin-yaopin-jianguan-biaozhunzhi-flat_2017")
    assert (result.found, result.expected) == (14, 14)
    assert not result.invented


@settings(max_examples=30, deadline=None)
@given(
    sections=st.lists(st.lists(ROW, min_size=1, max_size=4), min_size=1, max_size=3),
    note=NOTE,
)
def test_flattened_rows_come_back(
    sections: list[list[tuple[str, str, str, str]]], note: str
) -> None:
    """Numbered goals under numbered sections, each closed by its 说明: every row's
    评价指标 and 标准值 come back, under its section."""
    labels = ["投入目标", "管理目标", "产出目标"]
    words = [*HEAD]
    want = []
    number = 0
    for label, rows in zip(labels, sections, strict=False):
        words.append("一二三"[labels.index(label)] + "、" + label)
        for goal, target, metric, standard in rows:
            number += 1
            words += [f"{number}.{goal}", target, metric, standard, note]
            want.append([label, "", metric, standard])
    span = header_span(words)
    assert span == (0, len(HEAD))
    assert standard_rows(words[span[1] :]) == want


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(ROW, min_size=2, max_size=5))
def test_unnumbered_goals_split_after_the_closing_note(
    rows: list[tuple[str, str, str, str]],
) -> None:
    """A goal written without its number ('资产管理 执行统一规定 …') follows the 说明 that
    closes a numbered one: it is cut there, not glued to it."""
    note = "财政管理统一要求"
    words = ["二、管理目标"]
    for index, (goal, target, metric, standard) in enumerate(rows):
        words += [f"{index + 1}.{goal}" if index == 0 else goal, target, metric, standard, note]
    got = standard_rows(words)
    assert [row[2:] for row in got] == [[m, s] for _, _, m, s in rows]


def test_header_without_standard_keeps_evaluation_as_level2(tmp_path: Path) -> None:
    """Counter-example: 评价指标 beside no 标准值 is a 二级 column (绩效目标 | 评价指标 |
    三级指标 | 指标值), its rows named by the 三级指标 cell."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "\n".join(
            [
                "2024年度项目支出绩效目标表",
                "项目名称 | 农村公路养护 |",
                "绩效目标 | 评价指标 | 三级指标 | 指标值 |",
                "产出指标 | 数量指标 | 养护里程 | ≥120公里 |",
                "产出指标 | 质量指标 | 路况优良率 | ≥85% |",
            ]
        ),
        encoding="utf-8",
    )
    got = import_file(path)
    rows = [(i.level2, i.level3, i.value) for p in got.projects for i in p.indicators]
    assert rows == [("数量指标", "养护里程", "≥120公里"), ("质量指标", "路况优良率", "≥85%")]


def test_cell_table_of_the_family(tmp_path: Path) -> None:
    """The same family as a table with its cells: the 目标值 (the goal's amount) is no
    target, the 标准值 is."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "\n".join(
            [
                "2017年度专项绩效目标、评价指标与标准值表",
                "项目名称 | 监管能力建设专项 |",
                "绩效目标名称 | 目标值 | 评价指标 | 标准值 | 目标值制订说明 |",
                "预算投入资金 | 500万元 | 预算完成率 | =100% | 财政管理统一要求 |",
                "项目立项 | 合规 | 项目立项合规性 | 合规 | 财政管理统一要求 |",
            ]
        ),
        encoding="utf-8",
    )
    assert [row[1:] for row in _indicators(path)] == [
        ("预算完成率", "=100%"),
        ("项目立项合规性", "合规"),
    ]


def test_flattened_line_without_the_family_header_is_left_alone() -> None:
    """Counter-example: numbered words with no 评价指标 | 标准值 header are no table."""
    words = ["一、投入目标", "1.预算投入资金", "35543.19万元", "预算完成率", "=100%", "说明"]
    assert header_span(words) is None
