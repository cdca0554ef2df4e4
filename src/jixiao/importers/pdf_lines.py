"""A PDF page's characters grouped into lines, and what joins one line to the next.

pdfplumber gives characters with their positions; :func:`group_lines` puts those on one
baseline together, left to right (optionally cut at wide gaps into separate texts). A
line ends its paragraph (a hard break, "\\n") unless the next line's first character or
word would not have fitted after it — then it is the same paragraph wrapped
(:func:`separator`, :func:`join_line`). :class:`PlacedBlock` keeps a block's height on
the page, so table rows and paragraphs can be put back in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jixiao.importers.blocks import Block
from jixiao.textnorm.enumeration import has_enumeration

Char = dict[str, Any]  # a pdfplumber character: text, x0, x1, top, bottom, size, upright

_LATIN = re.compile(r"[A-Za-z0-9]")
_NO_LINE_START = frozenset("，。、；：？！）》」』】”’%,.;:?!)")
_NO_BREAK_AFTER = frozenset("“”‘’")  # Unicode line breaking (UAX #14, LB19): no break
# after a quotation mark either, so “次”方” wraps as one unit.


@dataclass(slots=True)
class Line:
    """Characters on one baseline, left to right."""

    chars: list[Char]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    def first_unit_width(self) -> float:
        """Width of what a wrap would have carried over: a word, or a character
        together with punctuation that may not start a line."""
        chars = self.chars
        if not chars:
            return 0.0
        end = 1
        if _LATIN.match(chars[0]["text"]):
            while end < len(chars) and _LATIN.match(chars[end]["text"]):
                end += 1
        while end < len(chars) and (
            chars[end]["text"] in _NO_LINE_START or chars[end - 1]["text"] in _NO_BREAK_AFTER
        ):
            end += 1
        return float(chars[end - 1]["x1"] - chars[0]["x0"])


_PIECE_GAP = 3.0  # characters: a wider gap on a line separates two pieces of text


def _pieces(group: list[Char]) -> list[list[Char]]:
    """A line cut at wide gaps: "430001 某局本级" on the left and "单位：万元" on the
    right of the same line are two texts, not one."""
    pieces: list[list[Char]] = [[]]
    previous: Char | None = None
    for char in group:
        if char["text"].isspace():
            pieces[-1].append(char)
            continue
        if previous is not None and char["x0"] - previous["x1"] > _PIECE_GAP * char["size"]:
            pieces.append([])
        pieces[-1].append(char)
        previous = char
    return pieces


def group_lines(chars: Iterable[Char], *, split_gaps: bool = False) -> list[Line]:
    """Group characters into lines (by vertical overlap) and order each line; with
    ``split_gaps``, texts far apart on a line are separate lines."""
    ordered = sorted(
        (c for c in chars if c.get("upright", True)), key=lambda c: (c["top"], c["x0"])
    )
    groups: list[list[Char]] = []
    for char in ordered:
        if groups:
            last = groups[-1]
            middle = (char["top"] + char["bottom"]) / 2
            if last[0]["top"] - 0.5 <= middle <= last[0]["bottom"] + 0.5:
                last.append(char)
                continue
        groups.append([char])
    lines: list[Line | None] = []
    for whole in groups:
        whole.sort(key=lambda c: c["x0"])
        lines.extend(_line(group) for group in (_pieces(whole) if split_gaps else [whole]))
    return [line for line in lines if line is not None]


def _line(group: list[Char]) -> Line | None:
    text = _line_text(group)
    if not text.strip():
        return None
    visible = [c for c in group if c["text"].strip()]
    return Line(
        chars=visible,
        text=text.strip(),
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in group),
        bottom=max(c["bottom"] for c in group),
        size=max(c["size"] for c in visible),
    )


def _line_text(chars: Sequence[Char]) -> str:
    """The characters' text; a gap wider than a third of a character is a space."""
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None and not char["text"].isspace() and not previous["text"].isspace():
            gap = char["x0"] - previous["x1"]
            if gap > 0.3 * max(char["size"], 1.0):
                parts.append(" ")
        parts.append(char["text"])
        previous = char
    return "".join(parts)


def separator(line: Line, following: Line, right: float) -> str | None:
    """What joins ``following`` to ``line``: None for a hard break (a new paragraph or
    cell line, written "\n"), else the text of a wrap — nothing, or a space.

    It is a wrap when the next line's first word (or character) did not fit after
    ``line``. Between two Latin letters a wrap is either a word cut where the line
    was full (a long code in a narrow cell: nothing) or a wrap at the space between
    two words, which is not drawn (a space).
    """
    if line.x1 + following.first_unit_width() <= right - 0.5:
        return None
    if has_enumeration(following.text):
        return None  # "3.…", "（三）…": a numbered item starts, even after a full line
    last, first = line.text[-1:], following.text[:1]
    if not (last.isascii() and last.isalpha() and first.isascii() and first.isalpha()):
        return ""
    char = following.chars[0]
    full = right - line.x1 < float(char["x1"] - char["x0"]) + 0.5
    return "" if full else " "


def join_line(text: str, line: str, joint: str | None) -> str:
    """``line`` after ``text``, on a new line if ``joint`` (a :func:`separator`) is None."""
    if not text:
        return line
    return f"{text}{chr(10) if joint is None else joint}{line}"


@dataclass(slots=True)
class PlacedBlock:
    """A block with its vertical position on the page, for ordering."""

    top: float
    block: Block
