"""A one-value target grid glued into a paragraph, several rows under one label
(mapping/figure_chain.py): a row's unit ends where what its name counts ends."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.figure_chain import chain_rows

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HEADER = "指标 指标内容 指标值"
# name characters that are no unit and no 数: a generated row cannot run into the next
_NAME_CHARS = "培训会议检查服务报告生态项目"
_UNITS = ["次", "人次", "个", "户", "场"]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(i.level1, i.level3, i.value) for i in chain_rows(text, 0, None)]  # type: ignore[arg-type]


def test_guojia_linyeju_sample_rows_chained_under_one_label() -> None:
    """The central 申报表 样例 (国家林业局): ten 产出 rows read; the 效益 rows (a
    qualitative value glued to the next name) stop the chain, read as nothing."""
    path = CORPUS / "plan" / "unknown_guojia-linyeju-bingchonghai-cebao-yangli_nd.txt"
    rows = [(i.level1, i.level3, i.value) for p in import_file(path).projects for i in p.indicators]
    assert rows[:2] == [
        ("产出指标", "年度、半年趋势报告次数", "各1次"),
        ("产出指标", "发生动态与短期预报报告次数", "2000次"),
    ]
    assert ("产出指标", "上报发生情况月报数据的林业有害生物种次", "2000种次") in rows
    assert ("产出指标", "汇总发生情况月报表次数", "12次") in rows  # past 项目绩效指标
    assert rows[-1] == ("产出指标", "当地主要林业有害生物预报发布率", "85%")
    assert len(rows) == 10


row_strategy = st.tuples(
    st.text(alphabet=_NAME_CHARS, min_size=2, max_size=8),
    st.sampled_from(_UNITS),
    st.booleans(),
    st.integers(min_value=0, max_value=99999),
)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(row_strategy, min_size=1, max_size=6))
def test_rows_whose_names_count_their_units_read_back(
    rows: list[tuple[str, str, bool, int]],
) -> None:
    text = "产出指标" + "".join(
        f"{stem}{unit}{'数' if counted else ''}{figure}{unit}"
        for stem, unit, counted, figure in rows
    )
    assert _read(text) == [
        ("产出指标", f"{stem}{unit}{'数' if counted else ''}", f"{figure}{unit}")
        for stem, unit, counted, figure in rows
    ]


@settings(max_examples=40, deadline=None)
@given(stem=st.text(alphabet=_NAME_CHARS, min_size=2, max_size=8), figure=st.integers(0, 999))
def test_a_unit_the_name_does_not_count_stops_the_chain(stem: str, figure: int) -> None:
    """'检查服务5个…': the name counts no 个, so where the unit ends is a guess."""
    assert _read(f"产出指标{stem}次数3次{stem}{figure}个{stem}次数1次") == [
        ("产出指标", f"{stem}次数", "3次")
    ]


def test_only_a_one_value_header_before_a_label_opens_a_chain(tmp_path: Path) -> None:
    """The counter-examples: an actual column in the header, or no header at all, and
    the same rows are not read by this reader (nothing is read from them)."""
    rows = "产出指标 培训人次 200 人次检查次数 4 次合格率 90%"
    for text in (f"{HEADER} 实际值{rows}", f"本年度完成{rows}", f"{HEADER}{rows}"):
        path = tmp_path / "doc.txt"
        path.write_text(f"某项目绩效目标表\n项目概况说明。{text}\n", encoding="utf-8")
        read = [(i.level3, i.value) for p in import_file(path).projects for i in p.indicators]
        if text.startswith(f"{HEADER}产出"):
            assert read == [("培训人次", "200人次"), ("检查次数", "4次"), ("合格率", "90%")]
        else:
            assert read == []
