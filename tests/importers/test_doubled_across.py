"""A glued table of doubled values goes on over a line break: 原州's OCR'd 马铃薯 自评表
breaks its paragraph inside the 数量 row ('…繁育基地8000亩' / '8535.5亩质量指标…'), and its
成本 row '指标1种薯采购价格不高于市场价8是是8' after the break was not read
(:mod:`jixiao.importers.mapping.doubled_across`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.doubled_across import doubled_indicators
from jixiao.importers.mapping.doubled_outcomes import doubled_outcome_rows
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SOURCE = SourceRef(file="generated.txt")
HEAD = "一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标数量指标"
NAME = st.text(alphabet="免费发放原种企业自行采购推广面积农户", min_size=3, max_size=10)
VALUE = st.sampled_from(["550万粒", "200万粒", "100%", "12个", "是"])
ROWS = st.lists(st.tuples(NAME, st.integers(1, 20), VALUE), min_size=2, max_size=5)


def _text(rows: list[tuple[str, int, str]]) -> str:
    return "".join(
        f"指标{i + 1}{name}{points}{value}{value}{points}"
        for i, (name, points, value) in enumerate(rows)
    )


def _paragraphs(*texts: str) -> list[Block]:
    return [Paragraph(raw=text, source=SOURCE) for text in texts]


def _read(found: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(i.level3, i.value) for i in found]


@settings(max_examples=40, deadline=None)
@given(ROWS, st.data())
def test_rows_go_on_past_a_line_break(
    rows: list[tuple[str, int, str]], data: st.DataObject
) -> None:
    """The table broken anywhere after its first row reads as the table unbroken."""
    first = _text(rows[:1])
    rest = _text(rows[1:])
    cut = data.draw(st.integers(0, len(rest)))
    whole = doubled_outcome_rows(HEAD + first + rest, SOURCE)
    broken = _paragraphs(HEAD + first + rest[:cut], rest[cut:])
    assert _read(doubled_indicators(broken)) == _read(whole)
    assert len(whole) == len(rows)


@given(ROWS)
def test_a_header_alone_chains_nothing(rows: list[tuple[str, int, str]]) -> None:
    """Counter-example: a header on a line of its own, the rows on the lines below, is
    left to the readers of one row per line (福彩 APP's 自评表), as before."""
    assert doubled_indicators(_paragraphs(HEAD, _text(rows))) == []


def test_the_real_ocr_table_reads_its_row_after_the_break() -> None:
    result = measure_stem("ningxia_ru4-yuanzhou-malingshu-fanyu-ocr_2022")
    assert result.found == 3  # 2 数量 rows and the 成本 row; the OCR-garbled rows stay out
    assert not result.invented
