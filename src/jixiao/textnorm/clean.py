"""Clean one cell or line of extracted text, keeping the meaning and dropping the layout."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from jixiao.content_caches import content_table

# Word table-of-contents field codes left in the text: "… TC 总体绩效目标 \f A \l 1 ".
_FIELD_CODE = re.compile(r"\s+TC\s+.*?\\f\s+\S+\s+\\l\s+\d+\s*$")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_HTML_TAG = re.compile(r"</?(?:p|b|i|u|strong|em|span|br|div|sup|sub|td|tr|th)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^\s*(?:[-*+]\s+)?#{1,6}\s+")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
_DOT_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*$")

# LaTeX fragments from PDF/Word equation extraction, e.g. "$\geq 90\%$": the one table
# both the cell cleaning here and the 指标值 folding (:mod:`.value_text`) read.
LATEX_SYMBOLS: dict[str, str] = {
    "geqslant": "≥", "leqslant": "≤", "geq": "≥", "leq": "≤", "ge": "≥", "le": "≤",
    "gt": ">", "lt": "<", "neq": "≠", "sim": "~", "approx": "≈", "%": "%",
    "times": "×", "cdot": "·", "div": "÷", "pm": "±",
}  # fmt: skip
LATEX_WRAPPER = re.compile(r"\\(?:text|mathrm|textrm|mathbf|rm|operatorname)\s*\{([^{}]*)\}")
# The lookahead keeps \geq from being read as \ge + q.
_LATEX_SYMBOL = re.compile(r"\\(" + "|".join(map(re.escape, LATEX_SYMBOLS)) + r")(?![a-zA-Z])")
_LATEX_LEFTOVER = re.compile(r"\\[a-zA-Z]+")

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９％＋－＝＜＞．", "0123456789%+-=<>.")

# Whitespace is meaningful only between two Latin letters ("Word Excel"); anywhere
# else in Chinese text it is an artefact of PDF extraction or line wrapping.
_SPACE_RUN = re.compile(r"[\s\u3000\u00a0]+")


_FULLWIDTH_CHARACTER = re.compile("[０-９％＋－＝＜＞．]")


def to_halfwidth_digits(text: str) -> str:
    """Full-width digits and number signs become ASCII; Chinese punctuation stays."""
    # (translating looks every character up in a dict: a scan for one first is cheaper)
    return text.translate(_FULLWIDTH_DIGITS) if _FULLWIDTH_CHARACTER.search(text) else text


def _latex_to_text(text: str) -> str:
    if "\\" not in text and "$" not in text:
        return text
    text = LATEX_WRAPPER.sub(r"\1", text)
    text = _LATEX_SYMBOL.sub(lambda m: LATEX_SYMBOLS[m.group(1)], text)
    text = text.replace("$", "")
    return _LATEX_LEFTOVER.sub("", text) if "\\" in text else text


def clean_markup(text: str) -> str:
    """Remove field codes, bookmarks, HTML tags, markdown markers and LaTeX; keep spacing."""
    if "TC" in text:  # (the code's letters: most texts are not searched for it at all)
        text = _FIELD_CODE.sub("", text)
    if "[bookmark" in text:
        text = _BOOKMARK.sub("", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    first = text[:1]
    if first in "-*+#" or first.isspace():  # (what both markers start with, after spaces)
        text = _MD_HEADING.sub("", text)
        text = _MD_BULLET.sub("", text)
    if "**" in text:
        text = _MD_BOLD.sub(r"\1", text)
    text = _latex_to_text(text)
    return to_halfwidth_digits(text)


def _join_space(match: re.Match[str]) -> str:
    start, end = match.start(), match.end()
    source = match.string
    before = source[start - 1] if start > 0 else ""
    after = source[end] if end < len(source) else ""
    if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
        return " "
    return ""


def squeeze_spaces(text: str) -> str:
    """Drop whitespace inside Chinese text, keeping one space between Latin words."""
    return _SPACE_RUN.sub(_join_space, text).strip()


def strip_dot_leader(text: str) -> str:
    """Drop a table-of-contents dot leader ("总体绩效目标.....")."""
    return _DOT_LEADER.sub("", text)


_CLEAN_KEPT = 65_536  # raw texts whose clean text is remembered


def _clean(raw: str) -> str:
    if not raw or raw.isspace():
        return ""
    return squeeze_spaces(clean_markup(raw))


class _CleanTexts(dict[str, str]):
    """The clean text of each raw text seen: tables repeat the same cells (labels, empty
    cells, common values). A dict's own look-up, called by ``map`` over a line's cells,
    costs a quarter less than an ``lru_cache`` call (no recency list to keep): cleared
    whole when full, a text cleaned again gives the same string."""

    def __missing__(self, raw: str) -> str:
        if len(self) >= _CLEAN_KEPT:
            self.clear()
        text = self[raw] = _clean(raw)
        return text


# The clean text of a cell or heading: markup removed, spaces squeezed (remembered).
_CLEAN_TEXTS: Final = content_table(f"{__name__}._CLEAN_TEXTS", _CleanTexts())
clean_cell: Callable[[str], str] = _CLEAN_TEXTS.__getitem__
