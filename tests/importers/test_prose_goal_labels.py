"""A prose self-evaluation report that states its targets in sentences opened by
``绩效目标:`` or ``成效指标:`` (no level label): each item ending in a figure is an
indicator, a linking ``达`` / ``达到`` between name and figure belongs to neither, and a
sentence the text reader cut at its spaces is read whole
(:mod:`jixiao.importers.mapping.prose_indicators`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Cell, Paragraph, Row
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.outcome import prose_indicators
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SOURCE = SourceRef(file="generated.txt")
# (a level word alone, '满意度', is a label, never a name)
NAME = st.text(alphabet="老年人照料中心资金群众满意度农户培训", min_size=3, max_size=10).filter(
    lambda s: level_kind(s) is None
)
FIGURE = st.sampled_from(["173万元", "90%以上", "500人次", "≥95%", "12个"])


def test_real_report_reads_both_targets() -> None:
    """琼海 老年人日间照料中心 report: 资金完成173万元 and 群众满意度达90%以上 (was 0 of 2)."""
    result = measure_stem("hainan_ru4-qionghai-rijian-zhaoliao-zhongxin-prose-baogao_2020")
    assert (result.found, result.expected) == (2, 2)
    assert not result.invented


@settings(max_examples=30, deadline=None)
@given(
    label=st.sampled_from(["绩效目标", "成效指标"]),
    name=NAME,
    figure=FIGURE,
    verb=st.sampled_from(["", "达", "达到"]),
)
def test_goal_sentence_gives_its_indicator(label: str, name: str, figure: str, verb: str) -> None:
    text = f"{label}:{name}{verb}{figure}。"
    found = prose_indicators([Paragraph(raw=text, source=SOURCE)])
    assert [(i.level3, i.value) for i in found] == [(name, figure)]


def test_goal_sentence_without_a_figure_invents_nothing() -> None:
    """Counter-example: a goal told without a figure names no indicator."""
    text = "绩效目标:进一步缓解家庭养老压力,满足村内老年人生活照料。"
    assert prose_indicators([Paragraph(raw=text, source=SOURCE)]) == []


def test_sentence_not_opened_by_a_label_is_no_run() -> None:
    """Counter-example: a report line cut at its spaces that opens with no label stays
    out (its figures are amounts told, not targets)."""
    words = ["申报预算资金173万元", "完成率100%"]
    cells = [Cell(raw=w, source=SOURCE, col=i) for i, w in enumerate(words)]
    assert prose_indicators([Row(cells=cells, source=SOURCE)]) == []
