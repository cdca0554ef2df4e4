"""Two 符号 columns (指标性质 | 指标方向): the row's cells tell which holds the sign
(mapping/header.py keeps both, mapping/align.py takes the one that is a sign)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.indicators import IndicatorReader
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
WHERE = SourceRef(file="t.txt", line=1)
HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"]
SIGNS = {"大于等于": "≥", "小于等于": "≤", "等于": "=", "≥": "≥", "=": "="}


def _row(texts: list[str]) -> Row:
    return Row(cells=[Cell(raw=t, source=WHERE, col=i) for i, t in enumerate(texts)], source=WHERE)


def _value(texts: list[str], header: list[str] = HEADER) -> str:
    found = parse_header(_row(header))
    assert found is not None
    indicator = IndicatorReader(found, lambda *_: None).read(_row(texts).cells, WHERE)
    assert indicator is not None
    return indicator.value


def test_bayannaoer_direction_words_under_the_second_column() -> None:
    """巴彦淖尔's 自评表: 指标性质 '正向', 指标方向 '大于等于' / '小于等于' / '等于'."""
    path = (
        CORPUS
        / "self_evaluation"
        / ("neimenggu_bayannaoer-ganqimaodu-ziranziyuan-zhibiaofangxiang_2024.txt")
    )
    values = [i.value for p in import_file(path).projects for i in p.indicators]
    assert values == ["≥1次", "≤1个", "=100%", "=100%"]


def test_one_sign_column_and_a_nature_alone_are_read_as_before() -> None:
    """Counter-examples: 乌海's '正向 | = | 8' (the sign under 指标方向 as a symbol), a
    header with one 符号 column, and a row whose 指标方向 is empty."""
    assert _value(["产出指标", "数量指标", "出差人数", "正向", "=", "8", "人", "4"]) == "=8人"
    one = ["一级指标", "二级指标", "三级指标", "指标性质", "目标值", "计量单位", "分值"]
    assert _value(["产出指标", "数量指标", "出差人数", "≥", "8", "人", "4"], one) == "≥8人"
    assert _value(["产出指标", "数量指标", "出差人数", "定量", "", "8", "人", "4"]) == "8人"


@given(
    st.sampled_from(["正向", "反向", "定量", "定性"]),
    st.sampled_from(sorted(SIGNS)),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["人", "%", "次", "万元"]),
    st.booleans(),
)
def test_the_sign_is_taken_from_whichever_column_holds_it(
    nature: str, sign: str, number: int, unit: str, swapped: bool
) -> None:
    """指标性质 | 指标方向 or 指标方向 | 指标性质, a nature word in one and the sign in the
    other: the value carries the sign, never the nature word."""
    cells = [nature, sign] if not swapped else [sign, nature]
    texts = ["产出指标", "数量指标", "受益人数", *cells, str(number), unit, "5"]
    assert _value(texts) == f"{SIGNS[sign]}{number}{unit}"
