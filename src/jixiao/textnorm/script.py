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

from opencc import OpenCC

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A CJK character followed by "(pinyin)" whose syllable carries a tone mark.
_PINYIN = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（]\s*(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}\s*[)）]"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
TRADITIONAL_SHARE = 0.03  # of Chinese characters that simplify differently


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations after characters: ``學(xué)校`` → ``學校``."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


def has_pinyin(text: str) -> bool:
    return _PINYIN.search(text) is not None


@lru_cache(maxsize=65_536)
def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (phrases first, by OpenCC's tables)."""
    return str(_converter().convert(text)) if _CJK.search(text) else text


def is_traditional(sample: str) -> bool:
    """Whether a text is written in traditional characters (enough of them change)."""
    chinese = _CJK.findall(sample)
    if not chinese:
        return False
    joined = "".join(chinese)
    changed = sum(1 for a, b in zip(joined, to_simplified(joined), strict=False) if a != b)
    return changed >= max(3, TRADITIONAL_SHARE * len(chinese))
