"""An OCR'd self-evaluation table glued into one line whose header is ``分值 | 年度指标值 |
全年实际值 | 得分``: each row is its name, its points, its value written twice (target =
actual) and its score (``指标1免费发放原原种8550万粒550万粒8``). The points end the name;
a met target scores its full points, so a row whose score differs is a doubtful split
and is not read (:mod:`jixiao.importers.mapping.doubled_outcomes`)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.mapping.doubled_outcomes import doubled_outcome_rows
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SOURCE = SourceRef(file="generated.txt")
HEAD = "一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标数量指标"
NAME = st.text(alphabet="免费发放原种企业自行采购推广面积农户", min_size=3, max_size=10)
VALUE = st.sampled_from(["550万粒", "200万粒", "100%", "12个", "是"])
POINTS = st.integers(1, 20)


def test_real_ocr_table_reads_its_met_rows() -> None:
    """原州区 马铃薯 OCR table: the two 数量 rows (was 0); the OCR-garbled rows stay out."""
    result = measure_stem("ningxia_ru4-yuanzhou-malingshu-fanyu-ocr_2022")
    assert result.found >= 2
    assert not result.invented


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(st.tuples(NAME, POINTS, VALUE), min_size=1, max_size=4))
def test_points_end_the_name(rows: list[tuple[str, int, str]]) -> None:
    text = HEAD + "".join(
        f"指标{i + 1}{name}{points}{value}{value}{points}"
        for i, (name, points, value) in enumerate(rows)
    )
    got = doubled_outcome_rows(text, SOURCE)
    assert [(i.level3, i.value, i.weight, i.score) for i in got] == [
        (f"指标{i + 1}{name}", value, Decimal(points), Decimal(points))
        for i, (name, points, value) in enumerate(rows)
    ]


def test_score_unlike_the_points_is_no_row() -> None:
    """Counter-example: '基地8000亩' at a line's end could split 8 | 0 | 0 | 0 — a met
    target scored 0 of 8 is no reading, so nothing is read."""
    assert doubled_outcome_rows(HEAD + "指标3一级种薯繁育基地8000亩", SOURCE) == []


def test_header_without_points_keeps_the_name_whole() -> None:
    """Counter-example: without a 分值 column a name's trailing word stays the name's."""
    text = "三级指标年度指标值全年实际值产出指标数量指标培训人次达标达标"
    got = doubled_outcome_rows(text, SOURCE)
    assert [(i.level3, i.value, i.weight) for i in got] == [("培训人次", "达标", None)]
