"""规范化 of a 指标值: fold full-width forms, LaTeX and symbol runs, drop invisible
characters and extraction spaces — the text the indicator-value grammar reads."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from jixiao.textnorm.clean import LATEX_SYMBOLS, LATEX_WRAPPER, squeeze_spaces

_INVISIBLE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\ufeff\ufff9-\ufffb"
    r"\ud800-\udfff]"  # surrogates as the regex's escapes: mypyc
)  # compiles no string literal holding them
# Layout commands (\left, spacing) go; a command the table does not know stays readable.
_LATEX_SYMBOL: Final = re.compile(
    r"\\(" + "|".join(map(re.escape, LATEX_SYMBOLS)) + r"|left|right|[,;:! \\])(?![a-zA-Z])"
)
_SYMBOL_MAP: Final = {
    "≧": "≥", "⩾": "≥", "≦": "≤", "⩽": "≤", "−": "-", "–": "-", "‐": "-", "‑": "-",
    "‒": "-", "—": "-", "―": "-", "〜": "~", "〔": "(", "〕": ")", "【": "(", "】": ")",
    "〈": "<", "〉": ">",
}  # fmt: skip
_SYMBOLS: Final = str.maketrans(_SYMBOL_MAP)
# any character the table maps: `str.translate` raises and clears a KeyError for every
# character of a non-ASCII text that it does not hold, so it runs only where one is
_SYMBOL_CHARS: Final = re.compile("[" + "".join(map(re.escape, _SYMBOL_MAP)) + "]")
# the commonest full-width forms, each with NFKC's own mapping of it (a compatibility
# decomposition to one ASCII character): folded first, they leave most texts in a form NFKC's
# quick check passes — normalising a sentence that holds one cost ~43k instructions, ~2k
# after — and the result is NFKC's, which decomposes them to those characters anyway
_WIDE: Final = tuple((c, unicodedata.normalize("NFKC", c)) for c in "，（）：；％！？～\u3000")
#: A run of comparison symbols: ">=", "=>", "≥=", "==", "> =" (after spaces go).
_SYMBOL_RUN: Final = re.compile(r"[<>=≥≤]{2,}")
_INCLUSIVE: Final[dict[str, str]] = {">": "≥", "≥": "≥", "<": "≤", "≤": "≤"}
_SPACES: Final = re.compile(r"\s+")
_MAX_PASSES: Final = 8


def _fold_symbols(match: re.Match[str]) -> str:
    """ ">=" "=>" "≥=" → "≥", "==" → "="; any other run (">>", "<>") is left as written."""
    run = match.group(0)
    marks = set(run) - {"="}
    if not marks:
        return "="
    if len(marks) == 1 and "=" in run:
        return _INCLUSIVE[marks.pop()]
    return run


def _fold_latex(text: str) -> str:
    """LaTeX from equation extraction: "$\\geq 90\\%$" → "≥ 90%"."""
    text = text.replace("$", "")
    text = LATEX_WRAPPER.sub(r"\1", text)
    return _LATEX_SYMBOL.sub(lambda m: LATEX_SYMBOLS.get(m.group(1), ""), text)


def _fold_layout(text: str) -> str:
    """LaTeX, spaces and symbol runs, repeated until stable (they can uncover each other)."""
    for _ in range(_MAX_PASSES):
        before = text
        if "\\" in text or "$" in text:
            text = _fold_latex(text)
        if _SPACES.search(text):
            text = squeeze_spaces(text)
        text = _SYMBOL_RUN.sub(_fold_symbols, text)
        if text == before or ("\\" not in text and "$" not in text):
            break
    return text


def normalise(raw: str) -> tuple[str, tuple[str, ...]]:
    """规范化: fold full-width forms and LaTeX, drop invisible characters and extraction spaces.

    Whitespace survives only between two Latin letters. Idempotent. Returns the text and
    the problems met ("含控制字符或不可见字符").
    """
    problems: tuple[str, ...] = ()
    text = raw
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        problems = ("含控制字符或不可见字符",)
    for _ in range(_MAX_PASSES):
        if not text.isascii():
            for wide, narrow in _WIDE:
                if wide in text:
                    text = text.replace(wide, narrow)
            text = unicodedata.normalize("NFKC", text)
            if _SYMBOL_CHARS.search(text):
                text = text.translate(_SYMBOLS)
        text = _fold_layout(text)
        # removing a space can leave a combining mark to compose ("R ̧" → "Ŗ")
        if text.isascii() or unicodedata.is_normalized("NFKC", text):
            break
    return text, problems
