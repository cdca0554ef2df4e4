"""The older framework's 绩效目标表: 绩效目标名称 | 目标值 | 评价指标 | 标准值 | 说明.

Before the 产出 / 效益 / 满意度 framework many provinces' tables set each goal
(投入目标 / 管理目标 / 产出目标 / 效果目标, numbered sections) beside the 评价指标 that
measures it and that indicator's 标准值: the row's indicator is the 评价指标, its target
the 标准值; the 目标值 is the goal's own amount or wording ('35543.19万元', '合规'),
not the indicator's target. Only a header naming both 评价指标 and 标准值 reads so:
elsewhere 评价指标 keeps its meaning (a 二级 column, :mod:`header`).

A table of this family flattened into one line (a policy database's abstract) lost
its rows; they are cut again at the numbered goals ('1.预算投入资金', '1-1', '一、投入目标')
and after every 说明 word that closes a numbered row, and each row's indicator and
标准值 are its last cells but one and two (:func:`standard_rows`).
"""

from __future__ import annotations

import re

from jixiao.importers.mapping.vocabulary import normalise, vocabulary

INDICATOR_WORD = "评价指标"
STANDARD_WORD = "标准值"
ROW_CELLS = 3  # a row's last cells: the 评价指标, its 标准值 and the 说明
# the roles a goal's own columns would take by their words (目标值, 目标完成值, 说明)
_GOAL_ROLES = frozenset(
    {"level1", "level2", "level3", "value", "actual", "midterm_value", "expected", "ignore"}
)

# a numbered section of goals ('一、投入目标') and a numbered goal ('1.预算投入资金', '1-1')
_SECTION = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*(\S+目标)$")
_GOAL = re.compile(r"^(?:\d+(?:-\d+)?|\d+[.．、]\S+)$")
_HEADER_WORD = re.compile(r"^\S{0,4}目标\S{0,3}$")  # 绩效目标名称, 目标值 before 评价指标
_SUBSECTION = re.compile(r"^\d+[.．、]\s*(\S{2,4}目标)$")  # '1.数量目标' under a section


def is_standard_header(texts: list[str]) -> bool:
    """Whether header cells are the older framework's: 评价指标 and 标准值 both named."""
    bare = {normalise(text) for text in texts}
    return INDICATOR_WORD in bare and STANDARD_WORD in bare


def standard_roles(texts: list[str], roles: list[str | None]) -> list[str | None]:
    """The roles of such a header's cells: the family's words (the pack's
    ``standard_family``: 评价指标 names the row, 标准值 is its target, 评价指标值 its
    actual); the goal's own columns (its name, 目标值, 目标完成值, the 说明) play no role,
    and the columns beside them (权重分值, 评分规则, 得分) keep theirs."""
    family = vocabulary().standard_family
    out: list[str | None] = []
    for text, role in zip(texts, roles, strict=False):
        own = family.get(normalise(text))
        out.append(own if own else None if role in _GOAL_ROLES else role)
    return out if len(out) == len(roles) else roles


def grid_start(texts: list[str]) -> int:
    """Where the grid of such a header starts: at its first word of the family or of the
    goal's name (a title over a group of columns, 绩效目标完成情况, is no column), since
    the columns keep their places whatever the first one holds."""
    words = vocabulary()
    own = {*words.standard_family, *words.standard_goal_words}
    return next((i for i, text in enumerate(texts) if normalise(text) in own), 0)


def section_label(cells: list[str]) -> tuple[str, str] | None:
    """The label a section row of such a grid sets, as (role, label): '一、投入目标'
    alone on its row opens a 一级, '1.数量目标' a 二级 under it; None for other rows."""
    filled = [text for text in cells if text.strip()]
    if len(filled) != 1 or filled[0] != cells[0]:
        return None
    bare = normalise(filled[0])
    section, sub = _SECTION.match(bare), _SUBSECTION.match(bare)
    if section:
        return "level1", section.group(1)
    return ("level2", sub.group(1)) if sub else None


def header_span(words: list[str]) -> tuple[int, int] | None:
    """Where the family's header words start and end among a flattened line's words
    ('绩效目标名称 目标值 评价指标 标准值 目标值制订说明'), or None."""
    for index in range(len(words) - 1):
        bare = normalise(words[index])
        if bare == INDICATOR_WORD and normalise(words[index + 1]) == STANDARD_WORD:
            start, end = index, index + 2
            while start > 0 and _HEADER_WORD.match(normalise(words[start - 1])):
                start -= 1
            while end < len(words) and "说明" in words[end]:
                end += 1
            return start, end
    return None


def standard_rows(words: list[str]) -> list[list[str]]:
    """``[一级, 二级, 评价指标, 标准值]`` rows of the words after the family's header."""
    segments = _segments(words)
    closing = {
        segment[-1] for segment in segments if _GOAL.match(segment[0]) and len(segment) > ROW_CELLS
    }
    level1 = level2 = ""
    rows: list[list[str]] = []
    for segment in segments:
        section = _SECTION.match(segment[0])
        sub = _SUBSECTION.match(segment[0])
        if section:
            level1, level2 = section.group(1), ""
        elif sub and len(segment) == 1:
            level2 = sub.group(1)
        for part in _closed(segment, closing):
            # (a part that opens the segment also holds the goal's number or section)
            if len(part) >= ROW_CELLS + (1 if part[0] is segment[0] else 0):
                rows.append([level1, level2, part[-3], part[-2]])
    return rows


def _segments(words: list[str]) -> list[list[str]]:
    """The words cut before every numbered section or goal."""
    segments: list[list[str]] = []
    for word in words:
        if not segments or _SECTION.match(word) or _GOAL.match(word):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _closed(segment: list[str], closing: set[str]) -> list[list[str]]:
    """A segment cut after each closing 说明 word inside it (an unnumbered row follows)."""
    parts: list[list[str]] = [[]]
    for index, word in enumerate(segment):
        parts[-1].append(word)
        if word in closing and index < len(segment) - 1:
            parts.append([])
    return [part for part in parts if part]
