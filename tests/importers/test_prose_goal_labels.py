"""A prose self-evaluation report that states its targets in sentences opened by
``绩效目标:`` or ``成效指标:`` (no level label): each item ending in a figure is an
indicator, a linking ``达`` / ``达到`` between name and figure belongs to neither, and a
sentence the text reader cut at its spaces is read whole
(:mod:`jixiao.importers.mapping.prose_indicators`); and a notice's level headings on
lines of their own, each indicator on the short line below."""

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


# A 绩效目标设定 notice listing each level as a heading line of its own ('一、产出指标',
# '(一)数量指标') with its indicator on the line below ('参训人员结业率≥100%;',
# '完成时限,2025年10月底前;', '学员素质素养和种植技术水平,提高;').
LISTED_VALUE = st.sampled_from(["≥300人", "≥95%", "≤1000元/人"])
WORD_VALUE = st.sampled_from(["提高", "增加", "持续提高", "2025年10月底前"])


def test_real_notice_reads_every_listed_indicator() -> None:
    """同心县 设施农业技术培训 绩效目标设定: 9 of 9 (was 0), ≧ / ≦ read as ≥ / ≤."""
    result = measure_stem("ningxia_tongxin-nongyenongcun-sheshinongye-peixun-prose_2025")
    assert (result.found, result.expected) == (9, 9)
    assert not result.invented


@settings(max_examples=30, deadline=None)
@given(name=NAME, figure=LISTED_VALUE, other=NAME, word=WORD_VALUE)
def test_heading_lines_then_items(name: str, figure: str, other: str, word: str) -> None:
    lines = ["一、产出指标", "(一)数量指标", f"{name}{figure};", "二、效益指标", "(一)社会效益指标",
             f"{other},{word}。"]  # fmt: skip
    found = prose_indicators([Paragraph(raw=line, source=SOURCE) for line in lines])
    assert [(i.level2, i.level3, i.value) for i in found] == [
        ("数量指标", name, figure),
        ("社会效益指标", other, word),
    ]


def test_prose_under_a_heading_is_no_item() -> None:
    """Counter-example: a long sentence under a heading is prose, not an item."""
    lines = ["一、产出指标", "项目实施后,预计带动全村种植户开展设施蔬菜种植,进一步提高农户收入水平,"
             "促进村集体经济发展,全面完成年度目标任务100%。"]  # fmt: skip
    assert prose_indicators([Paragraph(raw=line, source=SOURCE) for line in lines]) == []
