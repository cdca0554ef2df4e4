"""A self-evaluation table glued into a document site's preview, its target and actual
columns glued too: ``…年度指标值全年完成值…储备粮管理专户管理率100%100%县级储备粮库存粮
食明显变质比例00…``. After the header (``doubled_outcomes`` in import-headers.json)
a row is a name then a value written twice — the target and an actual equal to it, the
common case of a self-evaluation — which is what tells the value from the name's end:
``100%100%``, ``00``, ``0起0起``, a qualitative word twice (``高高``). A row that is not
so (``100%无``, a target above its actual) is skipped up to the next level label, so a
doubtful split is never read. Level labels glued before a name set the 一级 / 二级.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.glued_outcomes import glued_labels, label_at
from jixiao.importers.mapping.vocabulary import compact
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

# a name ends with no digit; the doubled value starts with a figure (sign allowed)
_FIGURE_TWICE = re.compile(r"(?P<x>[≥≤><=]?\d+(?:\.\d+)?(?:%|[^\d%≥≤><=,;。:、]{0,2}?))(?P=x)")
# a figure twice after a row's points ('8' + '550万粒550万粒'), and those points
_WEIGHTED = (
    r"(?<!\d)(?P<w>\d{1,2}?)(?P<x>[≥≤><=]?\d+(?:\.\d+)?(?:%|[^\d%≥≤><=,;。:、]{0,2}?))(?P=x)"
)
_WEIGHTED_TWICE = re.compile(_WEIGHTED)
# ... and the score after them, a met target's full points: '8' + '550万粒550万粒' + '8'
_SCORED_TWICE = re.compile(_WEIGHTED + r"(?P=w)(?![\d.])")
_POINTS_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:\.\d+)?$")
_POINTS_WORD = "分值"
_SCORE_WORD = "得分"


@cache
def _data() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = packs.merged_data("import-headers.json")["doubled_outcomes"]
    return loaded


@cache
def _header() -> re.Pattern[str]:
    words = _data()["headers"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _words_twice() -> re.Pattern[str]:
    words = sorted(_data()["words"], key=len, reverse=True)
    return re.compile("(?P<x>" + "|".join(re.escape(w) for w in words) + ")(?P=x)")


def holds_header(raw: str) -> bool:
    """Whether ``raw`` holds such a table's header."""
    return _header().search(to_simplified(compact(raw))) is not None


def doubled_outcome_rows(raw: str, source: SourceRef) -> list[Indicator]:
    """The rows of such a table in ``raw`` (one paragraph, page chunks joined), or []."""
    text = to_simplified(compact(raw))
    header = _header().search(text)
    if header is None:
        return []
    # '分值年度指标值全年实际值得分': each row's points glued before its value twice, its
    # score after them ('免费发放原原种8550万粒550万粒8')
    weighted = text[: header.start()].endswith(_POINTS_WORD)
    scored = weighted and text.startswith(_SCORE_WORD, header.end())
    return _rows_after(text, header.end(), source, weighted=weighted, scored=scored)


def _rows_after(
    text: str, position: int, source: SourceRef, *, weighted: bool, scored: bool
) -> list[Indicator]:
    level1 = level2 = ""
    found: list[Indicator] = []
    while position < len(text):
        # (成本指标 | 国家政策性粮收购价格执行率: the 2021 framework's 二级)
        start, level1, level2 = glued_labels(text, position, len(text), level1, level2, dual=True)
        row = _doubled_after(text, start, weighted, scored)
        if row is None:
            break
        name_end, value, end, points = row
        resync = _first_label(text, start + 1, name_end)
        if resync is not None:
            position = resync  # a row that is no doubled value: skipped to the next label
            continue
        name = text[start:name_end]
        if len(name) >= 2 and (level1 or level2):
            indicator = Indicator(
                level1=level1, level2=level2, level3=name, value=value, actual=value
            )
            if points:
                indicator.weight = Decimal(points)
                indicator.score = Decimal(points) if scored else None
            indicator.sources["level3"] = source
            found.append(indicator)
        position = end
    return found


Doubled = tuple[int, str, int, str]  # end of the name, the value, end of the row, points


def _doubled_after(text: str, start: int, weighted: bool, scored: bool) -> Doubled | None:
    """The first value written twice after ``start`` — a figure right after a name's
    last character (no digit), or a qualitative word — or None. ``weighted``: the row's
    points stand between the name and the value ('种薯采购价格不高于市场价8是是'), the
    name ending before them; ``scored``: a met target's score, its full points, follows
    (a row not so is a doubtful split: '种薯繁育基地8000亩' is no 8 | 0 | 0 | 0)."""
    twice = (_SCORED_TWICE if scored else _WEIGHTED_TWICE) if weighted else _FIGURE_TWICE
    figure = next(
        (m for m in twice.finditer(text, start + 2) if not text[m.start() - 1].isdigit()),
        None,
    )
    word = _words_twice().search(text, start + 2, figure.start() if figure else len(text))
    if word is not None and weighted:
        before = _POINTS_BEFORE.search(text, start, word.start())
        points = before.group() if before else ""
        end = word.end() + (len(points) if scored else 0)
        after_score = text[end : end + 1]
        if not points or (scored and (text[word.end() : end] != points or after_score.isdigit())):
            return None  # a qualitative value not written as the header says
        return before.start() if before else 0, word.group("x"), end, points
    if word is not None or figure is None:
        return None if word is None else (word.start(), word.group("x"), word.end(), "")
    points = figure.group("w") if weighted else ""
    return figure.start(), figure.group("x"), figure.end(), points


def _first_label(text: str, start: int, end: int) -> int | None:
    """Where the first whole level label ('生态效益指标', not the '数量' of 库存数量真实率)
    between ``start`` and ``end`` begins, if any."""
    for i in range(start, end):
        label = label_at(text, i, end + 2)
        if label is not None and label[0].endswith("指标") and len(label[0]) >= 4:
            return i
    return None
