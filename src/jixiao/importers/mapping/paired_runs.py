"""A self-evaluation grid whose PDF text came out column by column: every row's values
in one run, the names in another.

A PDF's text layer may hold a table's cells in drawing order instead of reading order::

    … 分值 得分 =100% 100% 10 10 及时 及时 20 20 >=90% 100% 10 10 100 98.62 率 产出指标
    质量指标 … 合同结算条款完成率 费用结算及时性 … 场馆开放满意度 总分

The value groups (target, actual, 分值, 得分 in the header's order) make one unbroken
run; the names are the other words of the grid (its 一级 / 二级 labels and header words
aside; a one-character piece is the end of the name before it, wrapped). When there are
exactly as many names as groups, the k-th name takes the k-th group — the only reading
that uses every cell once. Any other count is no such table: nothing is paired.
"""

from __future__ import annotations

import re

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.shaped_rows import compact, fits, is_header_word, whole_name
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

_TOTAL = ("总分", "合计", "总计")  # the grid's total row: the names end there
MIN_PAIRS = 2


def paired_runs(words: list[str], order: list[str], start: int) -> list[tuple[int, list[str]]]:
    """Rows (the index of the name's first word, then name and cells) of the grid whose
    header starts at ``start``; none when its names and value groups do not pair up."""
    width = len(order)
    groups: list[list[str]] = []
    names: list[tuple[int, str]] = []
    index = start
    previous = ""  # what the word before was: 'name', 'group' or ''
    while index < len(words):
        word = compact(words[index])
        bare = normalise(word)
        if bare in _TOTAL or vocabulary().field_of(bare) or vocabulary().ends_grid(bare):
            break
        group = [compact(w) for w in words[index : index + width]]
        following = normalise(compact(words[index + 1])) if index + 1 < len(words) else ""
        if len(group) == width and fits(order, group):
            if groups and previous != "group":
                return []  # two runs of values: not one column
            groups.append(group)
            index, previous = index + width, "group"
            continue
        if is_header_word(bare + following):
            index, previous = index + 2, ""  # a header word broken in two: '实际' '完成值'
            continue
        if re.fullmatch(r"[^\W\d_]", word) and names and previous in ("name", "group"):
            names[-1] = (names[-1][0], names[-1][1] + word)  # a wrapped name's last character
            previous = ""
        elif whole_name(word) and not is_header_word(bare) and level_kind(bare) is None:
            names.append((index, word))
            previous = "name"
        elif not re.fullmatch(r"[\d.%]+", bare):
            previous = ""  # (the total row's figures keep a wrapped name's end in reach)
        index += 1
    if len(groups) < MIN_PAIRS or len(names) != len(groups):
        return []
    return [(at, [name, *group]) for (at, name), group in zip(names, groups, strict=True)]
