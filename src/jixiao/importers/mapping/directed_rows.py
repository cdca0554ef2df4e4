"""A target table glued into one paragraph whose columns end with a weight and a
direction (the 海南 system's 目标表: 绩效指标性质 | 绩效指标值 | 绩效度量单位 | 权重 |
指标方向性).

``…一级指标*二级指标*三级指标*绩效指标性质*绩效指标值*绩效度量单位权重*指标方向性*
产出指标数量指标全年实现会展业综合收入≥280亿元30%正向指标``: after the header word
naming the direction column (``directed_rows`` in import-headers.json), each row is a
name, the target (sign, figure, unit), the weight (a figure and %) and the direction
(正向指标 / 反向指标), glued. A target without a unit cannot be told from the weight
glued after it ('≥28030%'): no such row. Rows are read in a chain from the header on and
the chain stops at the first text that is not such a row. Level labels glued before a
name set the 一级 / 二级 and are not part of the name.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.glued_outcomes import glued_labels
from jixiao.importers.mapping.vocabulary import compact
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_SIGN = r"(?:>=|<=|≥|≤|>|<|=)"


@cache
def _words() -> dict[str, list[str]]:
    found: dict[str, list[str]] = packs.merged_data("import-headers.json")["directed_rows"]
    return found


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _header() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(_words()['headers'])})\**")


@cache
def _row() -> re.Pattern[str]:
    return re.compile(
        r"(?P<name>[^\d<>=≥≤%*,;。:]{2,60}?)"
        rf"(?P<value>{_SIGN}?\d+(?:\.\d+)?(?:%|[^\d%<>=≥≤*,;。:]{{1,4}}?))"
        r"(?P<weight>\d+(?:\.\d+)?)%"
        rf"(?:{_alternation(_words()['directions'])})"
    )


def directed_rows(raw: str, source: SourceRef) -> list[Indicator]:
    """The rows of a glued target table with weight and direction columns in the
    paragraph ``raw``, its characters as written, or []."""
    written = compact(raw)
    text = to_simplified(written)
    header = _header().search(text)
    if header is None or len(text) != len(written):
        return []
    level1 = level2 = ""
    found: list[Indicator] = []
    position = header.end()
    while (row := _row().match(text, position)) is not None:
        start, level1, level2 = glued_labels(
            text, row.start("name"), row.end("name"), level1, level2
        )
        value = written[row.start("value") : row.end("value")]
        indicator = Indicator(
            level1=level1,
            level2=level2,
            level3=written[start : row.end("name")],
            value=value.replace(">=", "≥").replace("<=", "≤"),
            weight=Decimal(row.group("weight")),
        )
        indicator.sources["level3"] = source
        found.append(indicator)
        position = row.end()
    return found
