"""A 时效 row named by its deadline reads like a to-date column header: '时效指标 |
2020年12月完成 | =95% | =95%' (南岳 忠烈祠's 自评表) names the row '2020年12月完成', whose
'月完成' the vocabulary reads as a '1-12月完成' header's. A header names a period ('1-6月',
'截至6月'), not a date of a year; and a header row holds no figures under the value
column: in a row whose value cell holds one, a name opening with a year's month is the
row's name.
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Cell

_FIGURE = re.compile(r"\d")
_DATE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月")


def dated_name(name: str, mapped: dict[str, Cell]) -> bool:
    """Whether ``name`` opens with a date and is the name of a row with a figure under
    its value column."""
    value = mapped.get("value")
    return value is not None and bool(_FIGURE.search(value.text)) and bool(_DATE.match(name))
