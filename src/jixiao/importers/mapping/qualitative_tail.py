"""A qualitative target glued after an indicator's name.

A row rendered as one line with its cells glued ('产出指标数量指标新增企业15家') is cut at
its trailing figure. A qualitative target has no figure: '效益指标可持续影响指标义务教育优质
均衡发展情况稳步提高' ends with a degree word and a direction verb (稳步提高, 提升), which
is the target; the words are data (``qualitative_targets`` in import-headers.json).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs

_SHORTEST_NAME = 4  # what is left before the target must still read as a name


@cache
def _pattern() -> re.Pattern[str]:
    words = packs.merged_data("import-headers.json")["qualitative_targets"]
    degrees = "|".join(map(re.escape, words["degrees"]))
    verbs = "|".join(map(re.escape, words["verbs"]))
    return re.compile(f"(?:{degrees})?(?:{verbs})$")


def trailing_target(rest: str) -> int | None:
    """Where a trailing qualitative target starts in a glued row's text after its labels,
    or None when the text does not end with one or too little is left for a name."""
    found = _pattern().search(rest)
    if found is None or found.start() < _SHORTEST_NAME:
        return None
    return found.start()
