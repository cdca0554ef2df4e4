"""A level's targets written as one cell of clauses beside the level's label.

A project form may state its 年度绩效总目标 by 一级 (or 二级), each in one cell listing
its targets as clauses: ``年度绩效总目标 | 产出指标 | 开展文物安全巡查频次8次;编制文物宣传
资料数量3个;…;文物展品安全保障率≥96%。`` and ``效益指标 | 文物保护宣传覆盖人次≥20万人次;…``.
Such a row reads as the sentence ``产出指标:…`` a 目标设定公示 writes: the label opens a run
and each clause ending in a figure is an indicator (prose_indicators). Only a row whose
last cell lists two clauses or more beside a cell that is a level's label alone is one.
"""

from __future__ import annotations

import re

from jixiao.importers.mapping.vocabulary import vocabulary

_CLAUSE_END = re.compile(r"[;；]")
_CLAUSES = 2  # one clause beside a label is a grid row's value, not a list


def labelled_run(texts: list[str]) -> str | None:
    """The row as a labelled sentence ('产出指标:a;b;c'), or None."""
    filled = [text.strip() for text in texts if text and text.strip()]
    if len(filled) < 2:
        return None
    label, clauses = filled[-2], filled[-1]
    words = vocabulary()
    if words.level(label, words.level1) is None and words.level(label, words.level2) is None:
        return None
    listed = [part for part in _CLAUSE_END.split(clauses) if part.strip(" 。.")]
    if len(listed) < _CLAUSES:
        return None
    return f"{label}:{clauses}"
