"""Traditional-character mirrors with pinyin annotations: ``項(xiàng)目`` → ``项目``.

Mirror sites re-host government pages converted to traditional characters, with the
pinyin of some characters in brackets after them. For recognition the annotation is
removed (only when it is pinyin: letters with at least one tone mark) and the text
converted to simplified characters with OpenCC's tables; the raw text stays in the
cell and its source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc
from opencc import OpenCC

from jixiao.content_caches import content_cache

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A CJK character followed by "(pinyin)" whose syllable carries a tone mark.
_PINYIN = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（]\s*(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}\s*[)）]"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
TRADITIONAL_SHARE = 0.03  # of Chinese characters that simplify differently


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations after characters: ``學(xué)校`` → ``學校``."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


# What the annotation starts with: a bracket, then letters of which one is toned.
_BRACKETED_TONE = re.compile(rf"[(（]\s*[a-z{_TONED}]*[{_TONED}]")


def _bracket_before_tone(text: str) -> bool:
    """Whether a bracket of ``text`` opens letters with a tone mark: the brackets are
    found by ``str.find`` (far quicker than a pattern tried at every character) and
    only they are tried."""
    for bracket in "(（":
        at = text.find(bracket)
        while at >= 0:
            if _BRACKETED_TONE.match(text, at):
                return True
            at = text.find(bracket, at + 1)
    return False


def has_pinyin(text: str) -> bool:
    # the pattern tries its look-behind at every character of the text: only when one of
    # the few brackets opens what it matches
    return _bracket_before_tone(text) and _PINYIN.search(text) is not None


@content_cache(maxsize=65_536)
def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (phrases first, by OpenCC's tables)."""
    return str(_converter().convert(text)) if _CJK.search(text) else text


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters OpenCC simplifies that are not themselves simplified characters."""
    folder = Path(opencc.__file__).parent / "dictionary"

    def table(name: str) -> dict[str, str]:
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        return {k: v.split()[0] for k, _, v in (line.partition("\t") for line in lines) if v}

    simplified = table("STCharacters.txt")
    return frozenset(k for k, v in table("TSCharacters.txt").items() if v != k) - set(simplified)


@lru_cache(maxsize=1)
def _traditional_class() -> str:
    """The traditional-only characters counted (those in the share's base), escaped."""
    counted = (c for c in _traditional_only() if _CJK.fullmatch(c))
    return "".join(sorted(map(re.escape, counted)))


@lru_cache(maxsize=1)
def _traditional_pattern() -> re.Pattern[str]:
    """The traditional-only characters as one class: counted by the regex engine, not a
    Python loop over every character of the sample."""
    return re.compile("[" + _traditional_class() + "]")


@lru_cache(maxsize=1)
def _marks_pattern() -> re.Pattern[str]:
    """A traditional-only character (as counted by :func:`is_traditional`) or a toned letter."""
    # (compiled from the characters, not from the traditional pattern, which a file whose
    # marks decide never needs: a class of thousands of characters is slow to compile)
    return re.compile("[" + _traditional_class() + _TONED + "]")


def script_marks(text: str) -> int:
    """The traditional-only characters of ``text`` up to 3, or 3 if it holds a toned letter.

    A sample whose texts sum to less than 3 holds no pinyin annotation (each one has a
    toned letter) and fewer than 3 traditional-only characters, the least
    :func:`is_traditional` takes (both counts add up over texts joined by newlines).
    """
    found = _marks_pattern().findall(text)
    if not found:
        return 0
    if any(mark in _TONED for mark in found):
        return 3
    return min(len(found), 3)


def is_traditional(sample: str) -> bool:
    """Whether a text is written in traditional characters (enough traditional-only ones)."""
    changed = len(_traditional_pattern().findall(sample))
    if changed < 3:
        return False  # (a simplified text: its Chinese characters need no counting)
    chinese = sum(map(len, _CJK_RUN.findall(sample)))  # runs: far fewer matches than chars
    return changed >= max(3, TRADITIONAL_SHARE * chinese)
