"""Indicators written as sentences, when a document has no indicator table.

A 目标设定公示 or 项目公告 may state its targets in prose:
``数量指标：★补助种植数量(≥**株)>=17600株；种植作物成活率>=85`` or
``3、时效指标：资助经费发放率100%达标，资助经费到位率100%达标。`` A level
label (一级 or 二级, in the vocabulary's words) followed by a colon or comma opens a
run of items; items end at ``；`` ``。`` — or at a comma right after a value — and an
item is an indicator when it ends with a figure (sign, number, unit or a short
word such as 达标): the text before the figure names it. Items without a figure
(``生态修复功能提高``) are not read: their name and value cannot be told apart.

A self-evaluation report tells each item's completion after it
(``平均每个农家书屋开展阅读活动数量4次,指标完成率100%``, or ``完成道路建设491米,已完成``):
a completion of 100% says the figure is what was done, so it is the actual value
too, and it lets a qualitative item (``公共数字文化服务参与率逐年提升``) be read by its
trailing degree and verb. Under a report heading (``2.效益指标完成情况``) the next
paragraph is a run with no label of its own; there only items followed by such a
completion are read, so a sentence that merely ends in a figure invents nothing.

A 绩效目标设定 notice may give each level a heading line of its own (``一、产出指标``,
``(一)数量指标``) and its indicators on the short line below, a name and a figure or a
name, a comma and a short value (``完成时限,2025年10月底前``); a report's sentences of
targets may open with ``绩效目标:`` or ``成效指标:`` instead of a level.

A project list may head each level pair in brackets, ``【产出指标-数量指标】`` (either
level alone, or ``[…]`` ``〔…〕``; the pair joined by a dash or a slash), each indicator on
a line below with its value in closing brackets, ``指标1:机柜数量(≥77台)``; the run of
such lines ends at the first line of another form (``【项目概况】…``).
"""

from __future__ import annotations

import re
from functools import cache, partial

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.own_level_name import names_own_level
from jixiao.importers.mapping.prose_outcomes import completed_words, completion_names
from jixiao.importers.mapping.prose_restated import opens_completion, read_restated
from jixiao.importers.mapping.qualitative_tail import trailing_target
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_FIGURE = r"\d+(?:\.\d+)?(?:[%‰]|/?[\u4e00-\u9fffA-Za-z]){0,4}$"
_SYMBOLS = (">=", "<=", "≥", "≤", "≧", "≦", ">", "<", "=")
_ENUMERATION = re.compile(r"^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]|\([一二三四五六七八九十]\))")
_ITEM_END = re.compile(r"[;。]")
_CLAUSE_END = re.compile(r"[;。,]")
_SIGNS = {">=": "≥", "<=": "≤", "≧": "≥", "≦": "≤"}
_SIGN_CHARACTERS = frozenset("".join(_SYMBOLS))
_HEADING_TAIL = ("完成情况分析", "完成情况", "完成")  # "2.效益指标完成情况(分析)": a heading
_FULL = "100%"
# a report's sentence of targets that names no level ('绩效目标:…资金完成173万元',
# '成效指标:…群众满意度达90%以上'): its items are read under the levels met so far
_GOAL_LABELS = ["绩效目标", "成效指标"]
# a clause naming the targets that follow it, '…实施城维费项目,主要指标是城市道路装灯率100%,…'
# (traditional as written: a mirror's paragraph is read as it stands)
_STATED_GOALS = ["主要指标是", "主要指标为", "主要指標是", "主要指標為"]
_LISTED_MAX = 40  # the line under a level heading, read as its items: short, no prose
_LISTED_VALUE = 12  # a value after the item's comma
# '【产出指标-数量指标】': a bracketed heading naming a level pair (or one level)
_BRACKET_HEADING = re.compile(r"^[【\[〔]([^】\]〕]{2,30})[】\]〕]:?$")
_LEVEL_JOIN = re.compile(r"[-—–/、]")
# '指标1:机柜数量(≥77台)': a name, then its value in closing brackets (no bracket inside)
_BRACKETED_ITEM = re.compile(rf"^(.{{2,}}?)\(([^()]{{1,{_LISTED_VALUE}}})\)$")
_TAIL_CLAUSE = 5  # a clause going on after a figure says something: five characters or more
_LINKING_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})达到?$")  # '满意度达' + '90%以上'


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
    names += _GOAL_LABELS
    labels = "(" + "|".join(re.escape(n) for n in names) + ")[:,]"
    return re.compile(labels + "|(" + "|".join(map(re.escape, _STATED_GOALS)) + ")")


def _opens_sentence(text: str, label: re.Match[str]) -> bool:
    """'具体指标。产出指标:…': a label opening a sentence of a report's paragraph opens a run
    as one opening the paragraph does; '主要指标是' opens one after a comma too."""
    marks = "。;!?," if label.group(2) else "。;!?"
    return label.start() == 0 or text[label.start() - 1] in marks


def opens_run(text: str) -> bool:
    """Whether a line opens with a run's label ('数量指标:', '绩效目标:')."""
    return _label_pattern().match(_ENUMERATION.sub("", compact(text))) is not None


def _items(segment: str) -> list[str]:
    """Items of a run: cut at ; and 。, and at a comma that follows a value."""
    items: list[str] = []
    for piece in _ITEM_END.split(segment):
        current = ""
        for part in piece.split(","):
            if current and _completion(part) is not None:
                items.append(current)  # '…逐年提升,指标完成率100%': the item before ends
                current = ""
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
    start = match.start()
    while start and item[start - 1] in _SIGN_CHARACTERS:
        start -= 1  # '…集中供水率≥≥98%': a sign written twice is the value's, not the name's
    name = _LINKING_VERB.sub("", item[:start].replace("★", "").strip(",:"))
    own = level_kind(name) and names_own_level(name, level2, item[start : match.end()])
    if len(name) < 2 or (level_kind(name) and not own) or "?" in name or "\ufffd" in name:
        return None  # (a name with characters lost at the source is not read)
    if name.split(",")[-1] in completion_names():
        return None  # '…4次,指标完成率100%': the completion of the item before it
    value = item[start : match.end()]
    for written, symbol in _SIGNS.items():
        value = value.replace(written, symbol)
    indicator = Indicator(level1=level1, level2=level2, level3=name, value=value, core="★" in item)
    indicator.sources["level3"] = source
    return indicator


def _completion(item: str) -> str | None:
    """The rate of a '指标完成率100%' item ('已完成': 100%), or None when the item is no
    completion."""
    if item in completed_words():
        return _FULL
    for name in completion_names():
        if item.startswith(name):
            rate = item[len(name) :].lstrip(":为")
            return rate if _value_pattern().fullmatch(rate) else None
    return None


def _report_heading(text: str) -> str | None:
    """The 一级 a report heading such as '效益指标完成情况' opens, or None."""
    words = vocabulary()
    for tail in _HEADING_TAIL:
        if text.endswith(tail):
            found = words.level(text.removesuffix(tail), words.level1)
            if found is not None:
                return found
    return None


def _sentence(segment: str, closed: bool = False) -> bool:
    """Whether a run's piece (up to its ; or 。) is a sentence rather than a list of
    indicators: more of its clauses say something without a figure than state one
    ('学校的教育教学秩序良好,校园文化建设深受好评,力争毕业生合格率达100%'), completions
    not counted. One clause after a figure is not enough where the text is cut: it may
    end in one ('…大于等于10157.6平方米,环'); a piece its ; or 。 ``closed`` whose figure
    is followed by as many clauses without one goes on about it ('学校绿化覆盖达70%,
    优化校园生态环境。')."""
    clauses = [c for c in segment.split(",") if c and _completion(c) is None]
    figured = sum(1 for c in clauses if _value_pattern().search(c))
    plain = len(clauses) - figured
    # (a status after the figure, '…491米,未完成;', is no clause going on about it)
    trailing = closed and bool(clauses) and len(clauses[-1]) >= _TAIL_CLAUSE
    trailing = trailing and not _value_pattern().search(clauses[-1])
    return 0 < figured < plain or (trailing and 0 < figured <= plain)


def _completed(items: list[str], index: int) -> bool:
    return index + 1 < len(items) and _completion(items[index + 1]) == _FULL


def _qualitative(item: str, level1: str, level2: str, source: SourceRef) -> Indicator | None:
    start = trailing_target(item)
    if not start or level_kind(item[:start]):
        return None
    indicator = Indicator(level1=level1, level2=level2, level3=item[:start], value=item[start:])
    indicator.sources["level3"] = source
    return indicator


class ProseIndicators:
    """Reads paragraphs in order, keeping the 一级 / 二级 labels met so far."""

    def __init__(self) -> None:
        self.level1 = ""
        self.level2 = ""
        self.indicators: list[Indicator] = []
        self._under_heading = False  # the paragraph after '2.效益指标完成情况'
        self._listed = False  # the line after a level heading of its own
        self._bracketed = False  # the lines after a '【产出指标-数量指标】' heading
        self._completions = False  # the paragraph after '(一)项目完成情况' (prose_restated)

    def read(self, raw: str, source: SourceRef, *, simplify: bool = False) -> None:
        """One paragraph, as written (``simplify``: a traditional-character mirror)."""
        text = _ENUMERATION.sub("", _compact(raw, simplify))
        words = vocabulary()
        under_heading, self._under_heading = self._under_heading, False
        listed, self._listed = self._listed, False
        bracketed, self._bracketed = self._bracketed, False
        completions, self._completions = self._completions, opens_completion(text)
        if self._bracket_heading(text):
            return
        if bracketed and self._bracketed_item(text, source):
            return
        heading = words.level(text, words.level1)
        nested = _compact(raw, simplify).startswith("(")  # '(四)…': a heading's sub-heading
        if heading is not None and nested and self.level2 and words.level(text, words.level2):
            heading = None  # '(四)成本指标' after '(三)时效指标': the 二级 of the 2021 framework
        if heading is not None:  # '一、产出指标' on its own line
            self.level1, self.level2, self._listed = heading, "", True
            return
        sub = words.level(text.rstrip(":"), words.level2)
        if sub is not None and self.level1:  # '(一)数量指标' on its own line, under its 一级
            self.level2, self._listed = sub, True
            return
        found = list(_label_pattern().finditer(text))
        if listed and not found:
            self._read_under_level(text, source)
            if len(text) <= _LISTED_MAX:
                return
        report = _report_heading(text)
        if report is not None:
            self.level1, self.level2, self._under_heading = report, "", True
            return
        found = found[next((i for i, m in enumerate(found) if _opens_sentence(text, m)), 0) :]
        if not found or not _opens_sentence(text, found[0]):
            if under_heading:
                self._read_run(text, source, completed_only=True)
            elif completions and self.indicators:
                parse = partial(_indicator, level1="", level2="", source=source)
                read_restated(_items(text), self.indicators, parse)
            return
        for match, following in zip(found, [*found[1:], None], strict=True):
            end = following.start() if following is not None else len(text)
            self._label(match.group(1) or "", text[match.end() : end])
            self._read_run(text[match.end() : end], source, completed_only=False)

    def see_line(self, texts: list[str]) -> None:
        """A line no sentence is read from, which may end with the heading of a report's
        completion section (prose_restated)."""
        filled = [text for text in texts if text]
        self._completions = bool(filled) and opens_completion(filled[-1])

    def _read_run(self, segment: str, source: SourceRef, *, completed_only: bool) -> None:
        pieces = _ITEM_END.split(segment)
        for index, piece in enumerate(pieces):
            # a figure inside a sentence is no indicator's value
            sentence = _sentence(piece, closed=index + 1 < len(pieces))
            self._read_piece(piece, source, completed_only=completed_only or sentence)

    def _read_piece(self, segment: str, source: SourceRef, *, completed_only: bool) -> None:
        items = _items(segment)
        for index, item in enumerate(items):
            completed = _completed(items, index)
            if completed_only and not completed:
                continue
            indicator = _indicator(item, self.level1, self.level2, source)
            if indicator is None and completed:
                indicator = _qualitative(item, self.level1, self.level2, source)
            if indicator is not None:
                if completed:
                    indicator.actual = indicator.value  # done at 100%: the figure was met
                self.indicators.append(indicator)

    def _read_under_level(self, text: str, source: SourceRef) -> None:
        """The paragraph under a level heading of its own: a short line read as its items;
        else its first clause, when that is the target and the clauses after it tell how it
        was met ('(2)质量指标' then '救助资金发放准确率100%。按照相关规定,…')."""
        before = len(self.indicators)
        if len(text) <= _LISTED_MAX:
            self._read_listed(text, source)
        head = _CLAUSE_END.split(text, 1)[0]
        if len(self.indicators) == before and head != text and len(head) <= _LISTED_MAX:
            self._read_listed(head, source)

    def _read_listed(self, text: str, source: SourceRef) -> None:
        """The line under a level heading: its items, each a name and a figure
        ('参训学员满意度≥95%') or a name, a comma and a short value ('完成时限,2025年10月底前',
        '学员素质素养和种植技术水平,提高')."""
        for item in (part for part in _ITEM_END.split(text) if part):
            name, comma, value = item.rpartition(",")
            indicator: Indicator | None
            if comma and len(name) >= 2 and 0 < len(value) <= _LISTED_VALUE:
                indicator = Indicator(
                    level1=self.level1, level2=self.level2, level3=name, value=value
                )
                indicator.sources["level3"] = source
            else:
                indicator = _indicator(item, self.level1, self.level2, source)
            if indicator is not None and "," not in indicator.level3:
                self.indicators.append(indicator)

    def _bracket_heading(self, text: str) -> bool:
        """A '【产出指标-数量指标】' heading: its levels set, the lines below read as items."""
        match = _BRACKET_HEADING.match(text)
        if match is None:
            return False
        words = vocabulary()
        parts = _LEVEL_JOIN.split(match.group(1))
        if len(parts) > 2:
            return False
        first = words.level(parts[0], words.level1)
        second = words.level(parts[-1], words.level2) if len(parts) == 2 or not first else None
        if (len(parts) == 2 and not (first and second)) or not (first or second):
            return False
        if first:
            self.level1, self.level2 = first, ""
        if second:
            self.level2 = second
        self._bracketed = True
        return True

    def _bracketed_item(self, text: str, source: SourceRef) -> bool:
        """A line under a bracketed heading: 'name(value)' read, the run kept going."""
        match = _BRACKETED_ITEM.match(text)
        if match is None or len(text) > _LISTED_MAX:
            return False
        name, value = match.group(1).rstrip(":"), match.group(2)
        if level_kind(name) or "?" in name:
            return False
        indicator = Indicator(level1=self.level1, level2=self.level2, level3=name, value=value)
        indicator.sources["level3"] = source
        self.indicators.append(indicator)
        self._bracketed = True
        return True

    def _label(self, label: str, after: str) -> None:
        if not label or label in _GOAL_LABELS:
            return
        words = vocabulary()
        kind = level_kind(label, after)
        if kind == "level1":
            self.level1, self.level2 = words.level(label, words.level1) or label, ""
        else:
            self.level2 = words.level(label, words.level2) or label
