"""A figure a closed sentence goes on about is no target: under '环境效益指标:' the sentence
'学校绿化覆盖达70%,优化校园生态环境。' (南岳区实验中学's 部门整体 申报表, whose 年度绩效指标
are sentences, no rows) was read as the indicator '学校绿化覆盖' | '70%', a row the
transcription does not have. A closed piece whose figure is followed by as many clauses
without one is a sentence (:func:`prose_indicators._sentence`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.outcome import prose_indicators
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SOURCE = SourceRef(file="generated.txt")
LABEL = st.sampled_from(["环境效益指标", "社会效益指标", "数量指标", "质量指标"])
NAME = st.text(alphabet="学校绿化覆盖资金培训人次群众农户", min_size=3, max_size=8).filter(
    lambda s: level_kind(s) is None
)
FIGURE = st.sampled_from(["70%", "90%以上", "500人次", "≥95%", "12个"])
TAIL = st.sampled_from(["优化校园生态环境", "改善群众生活条件", "推动产业发展"])


def _read(text: str) -> list[tuple[str, str]]:
    return [(i.level3, i.value) for i in prose_indicators([Paragraph(raw=text, source=SOURCE)])]


@settings(max_examples=40, deadline=None)
@given(LABEL, NAME, FIGURE, TAIL)
def test_a_closed_sentence_about_a_figure_is_no_target(
    label: str, name: str, figure: str, tail: str
) -> None:
    assert _read(f"{label}:{name}达{figure},{tail}。") == []


@settings(max_examples=40, deadline=None)
@given(LABEL, NAME, FIGURE, TAIL, NAME, FIGURE)
def test_targets_listed_or_cut_are_read(
    label: str, name: str, figure: str, tail: str, other: str, second: str
) -> None:
    """Counter-examples: a list of figures ('…达70%,…500人次。') and a text cut after its
    figure's clause ('…达70%,优化校' at the page's end) are read as before."""
    assert _read(f"{label}:{name}{figure},{other}{second}。") == [
        (name, figure),
        (other, second),
    ]
    assert _read(f"{label}:{name}达{figure},{tail[:3]}") == [(name, figure)]


def test_the_real_form_invents_one_row_less() -> None:
    result = measure_stem("hunan_nanyue-shiyanzhongxue-bumenzhengti-shenbao-cut_2017")
    # '社区满意度95%以上,家长满' is cut by the page: its target stays read (the transcription
    # keeps no row of these sentences)
    assert result.invented == ["社区满意度"]
