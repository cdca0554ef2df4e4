"""The Chinese names of the kinds of 指标值, as pages and the rule catalogue show them."""

from __future__ import annotations

from jixiao.grammar.indicator_value import ValueKind

KIND_LABELS = {
    ValueKind.QUANTITATIVE: "定量",
    ValueKind.GRADED: "分级定性",
    ValueKind.BINARY: "是否型",
    ValueKind.VAGUE: "模糊表述",
    ValueKind.TEXT: "定性文字",
    ValueKind.EMPTY: "空",
}
