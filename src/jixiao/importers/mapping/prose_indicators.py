"""Indicators written as sentences, when a document has no indicator table.

A 目标设定公示 or 项目公告 may state its targets in prose:
``数量指标：★补助种植数量(≥**株)>=17600株；种植作物成活率>=85`` or
``3、时效指标：资助经费发放率100%达标，资助经费到位率100%达标。`` A level
label (一级 or 二级, in the vocabulary's words) followed by a colon or comma opens a
run of items; items end at ``；`` ``。`` — or at a comma right after a value — and an
item is an indicator when it ends with a figure (sign, number, unit or a short
word such as 达标): the text before the figure names it. Items without a figure
(``生态修复功能提高``) are not read: their name and value cannot be told apart.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.prose_outcomes import completion_names
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_FIGURE = r"\d+(?:\.\d+)?(?:[%‰]|/?[\u4e00-\u9fffA-Za-z]){0,4}$"
_SYMBOLS = (">=", "<=", "≥", "≤", ">", "<", "=")
_ENUMERATION = re.compile(r"^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]|\([一二三四五六七八九十]\))")
_ITEM_END = re.compile(r"[;。]")
_SIGNS = {">=": "≥", "<=": "≤"}


def _compact(raw: str, simplify: bool) -> str:
    """The paragraph as compared, its characters kept (覆 stays 覆) unless ``simplify``."""
    text = compact(raw)
    return to_simplified(text) if simplify else text


def figure_pattern() -> re.Pattern[str]:
    """A figure alone: an optional sign (symbol or words), a number, up to four unit
    characters (``search`` finds one closing a text, ``fullmatch`` a cell of its own)."""
    return _value_pattern()


@cache
def _value_pattern() -> re.Pattern[str]:
    """A figure closing an item: an optional sign — a symbol or a sign written in words
    (``大于等于``, ``不低于``: the vocabulary's) — a number, then up to four unit characters."""
    words = sorted(
        (alias for alias in vocabulary().signs if re.fullmatch(r"[\u4e00-\u9fff]{2,}", alias)),
        key=len,
        reverse=True,
    )
    signs = "|".join(re.escape(s) for s in [*words, *_SYMBOLS])
    return re.compile(f"(?:{signs})?{_FIGURE}")


@cache
def _label_pattern() -> re.Pattern[str]:
    words = vocabulary()
    names = sorted({*words.level1, *words.level2}, key=len, reverse=True)
    names = [n for n in names if len(n) >= 4]  # 产出 / 数量 alone are too common in prose
    return re.compile("(" + "|".join(re.escape(n) for n in names) + ")[:,]")


def _items(segment: str) -> list[str]:
    """Items of a run: cut at ; and 。, and at a comma that follows a value."""
    items: list[str] = []
    for piece in _ITEM_END.split(segment):
        current = ""
        for part in piece.split(","):
            current = f"{current},{part}" if current else part
            if _value_pattern().search(current):
                items.append(current)
                current = ""
        if current:
            items.append(current)
    return [item.strip() for item in items if item.strip()]


def _indicator(item: str, level1: str, level2: str, source: SourceRef) -> Indicator | None:
    match = _value_pattern().search(item)
    if match is None:
        return None
    name = item[: match.start()].replace("★", "").strip(",:")
    if len(name) < 2 or level_kind(name) or "?" in name or "\ufffd" in name:
        return None  # (a name with characters lost at the source is not read)
    if name.split(",")[-1] in completion_names():
        return None  # '…4次,指标完成率100%': the completion of the item before it
    value = match.group()
    for written, symbol in _SIGNS.items():
        value = value.replace(written, symbol)
    indicator = Indicator(level1=level1, level2=level2, level3=name, value=value, core="★" in item)
    indicator.sources["level3"] = source
    return indicator


class ProseIndicators:
    """Reads paragraphs in order, keeping the 一级 / 二级 labels met so far."""

    def __init__(self) -> None:
        self.level1 = ""
        self.level2 = ""
        self.indicators: list[Indicator] = []

    def read(self, raw: str, source: SourceRef, *, simplify: bool = False) -> None:
        """One paragraph, as written (``simplify``: a traditional-character mirror)."""
        text = _ENUMERATION.sub("", _compact(raw, simplify))
        words = vocabulary()
        heading = words.level(text, words.level1)
        if heading is not None:  # '一、产出指标' on its own line
            self.level1, self.level2 = heading, ""
            return
        found = list(_label_pattern().finditer(text))
        if not found or found[0].start() > 0:
            return
        for match, following in zip(found, [*found[1:], None], strict=True):
            end = following.start() if following is not None else len(text)
            self._label(match.group(1), text[match.end() : end])
            for item in _items(text[match.end() : end]):
                indicator = _indicator(item, self.level1, self.level2, source)
                if indicator is not None:
                    self.indicators.append(indicator)

    def _label(self, label: str, after: str) -> None:
        words = vocabulary()
        kind = level_kind(label, after)
        if kind == "level1":
            self.level1, self.level2 = words.level(label, words.level1) or label, ""
        else:
            self.level2 = words.level(label, words.level2) or label
