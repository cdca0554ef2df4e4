"""Scoring rows whose points were wrapped onto the start of the next line.

A PDF of a 评价得分表 rendered as text may print each row's 分值 and 得分 (or its 得分
alone) at the start of the *next* line, before the next row's name::

    项目管理(10分)资金管理资金分配
    3 3 资金使用
    4 4 (

Each line then reads: the points of the row above, and the text of the next row. A
row is the name at the end of one line with the points that open the next:

* two points ``W S`` (the 得分 not above the 分值) close the name that ended the line
  above when that name is certain: the whole text after the line's leading points, or
  what follows a known 二级 label ('资金管理' + '资金分配');
* one point ``S`` closes a name that carries its own points note ('相关性(5 分)' then
  ``5``), the 得分 not above the note's points.

A name after anything else (a 一级 label, a bracket) could hold an unknown 二级 label
glued to it and is left out. Read only when the document gave no indicator rows
otherwise, and at least :data:`MIN_ROWS` rows are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.shaped_rows import compact
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.source import SourceRef

MIN_ROWS = 3
_POINT = r"(?:100|[1-9]?\d)(?:\.\d+)?"
_LEAD = re.compile(rf"^\s*(?P<first>{_POINT})(?:\s+(?P<second>{_POINT}))?(?=\s|$)(?P<rest>.*)$")
_NOTE = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_NAME = re.compile(r"^[^\d,，。；;:：、.]{2,30}$")


@dataclass(slots=True)
class _Pending:
    name: str
    note: Decimal | None  # the points of the name's own note
    labels: list[str]  # the known labels printed before it on its line


def wrapped_rows(lines: list[str]) -> list[list[str]]:
    """Rows ``[level label]`` or ``[name, 分值, 得分]`` read from the lines, in order."""
    rows: list[list[str]] = []
    found = 0
    pending: _Pending | None = None
    for line in lines:
        lead = _LEAD.match(line)
        rest = lead["rest"] if lead else line
        if lead and pending is not None:
            row = _closed(pending, lead["first"], lead["second"])
            if row is not None:
                rows += [[label] for label in pending.labels] + [row]
                found += 1
        pending = _pending(rest, whole=lead is not None)
    return rows if found >= MIN_ROWS else []


def _closed(pending: _Pending, first: str, second: str | None) -> list[str] | None:
    if second is not None:
        if Decimal(second) <= Decimal(first) and pending.note is None:
            return [pending.name, first, second]
        return None
    if pending.note is not None and Decimal(first) <= pending.note:
        return [pending.name, str(pending.note), first]
    return None


def _pending(rest: str, *, whole: bool) -> _Pending | None:
    """The row name the line ends with, when it is certain (see the module's doc)."""
    notes = list(_NOTE.finditer(rest))
    if notes and notes[-1].end() == len(rest.rstrip()):
        # '部门决策(25 分) 目标任务(15 分) 相关性(5 分)': the last item is the row
        start = notes[-2].end() if len(notes) > 1 else 0
        tokens = rest[start:].split()
        # the shortest run of words before the note that makes a name ('得分 相关性(5 分)')
        name = next(
            (n for k in range(2, len(tokens) + 1) if _valid(n := compact("".join(tokens[-k:])))),
            compact(rest[start:]),
        )
        bare = _NOTE.sub("", name)
        ends = [0, *(n.end() for n in notes[:-1])]
        labels = [
            label
            for begin, note in zip(ends, notes[:-1], strict=False)
            if (label := _label_ending(compact(rest[begin : note.start()])))
        ]
        if _valid(bare) and not level_kind(bare):
            return _Pending(name, Decimal(notes[-1].group(1)), labels)
        return None
    text = compact(rest)
    if whole and _valid(text) and not level_kind(text):
        return _Pending(text, None, [])
    labels, name = _after_label(text)
    return _Pending(name, None, labels) if name and _valid(name) else None


def _after_label(text: str) -> tuple[list[str], str]:
    """The run of known labels that a name follows and that name: the last run ending in
    a 二级 label with a name after it (('', []) when there is none)."""
    words = vocabulary()
    known = sorted({*words.level1, *words.level2, *_scoring()}, key=len, reverse=True)
    best: tuple[list[str], str] = ([], "")
    index = 0
    while index < len(text):
        run: list[str] = []
        at = index
        while (label := next((w for w in known if text.startswith(w, at)), None)) is not None:
            run.append(label)
            at += len(label)
            note = _NOTE.match(text, at)
            at = note.end() if note else at
        if not run:
            index += 1
            continue
        name = text[at:]
        if level_kind(run[-1]) == "level2" and name and _valid(name):
            best = (run, name)
        index = at
    return best


def _label_ending(text: str) -> str:
    """The known label a text ends with ('…三级指标得分部门决策' -> '部门决策'), or ''."""
    words = vocabulary()
    known = sorted({*words.level1, *words.level2, *_scoring()}, key=len, reverse=True)
    return next((w for w in known if text.endswith(w)), "")


def _scoring() -> tuple[str, ...]:
    from jixiao.importers.mapping.scoring_levels import scoring_labels

    return scoring_labels()


def _valid(name: str) -> bool:
    bare = _NOTE.sub("", name)
    opened = bare.count("(") + bare.count("（")
    closed = bare.count(")") + bare.count("）")
    letters = len(re.findall(r"[^\W\d_]", bare))
    return (
        bool(_NAME.match(bare))
        and opened == closed
        and letters >= 2
        and not (vocabulary().role_of(bare) or vocabulary().ends_grid(bare))
    )


def block_lines(blocks: list[Block]) -> list[tuple[str, SourceRef]]:
    """The document's text lines again (a line's cells joined by a space), with where
    each starts."""
    lines: dict[int | None, tuple[list[str], SourceRef]] = {}
    for block in blocks:
        texts = [block.raw] if isinstance(block, Paragraph) else [c.raw for c in block.cells]
        key = block.source.line if block.source.line is not None else -len(lines) - 1
        lines.setdefault(key, ([], block.source))[0].extend(texts)
    return [(" ".join(texts), source) for texts, source in lines.values()]
