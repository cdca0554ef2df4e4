"""Numbers as 指标值 write them: Chinese numerals (“十五”, “两”) and plain decimals."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

# --------------------------------------------------------------------------- numbers

_CN_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip
_CN_SMALL: Final[dict[str, int]] = {"十": 10, "百": 100, "千": 1000}
_CN_BIG: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}
CN_NUM: Final = (
    "[零〇一二两三四五六七八九十]"
    "[零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
)


def _cn_integer(text: str) -> int:
    """Chinese numeral (中文数字) to int: "二十五" → 25, "一万二千" → 12000, "二〇二四" → 2024."""
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        else:
            total += (section + (digit or 0)) * _CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def cn_number(text: str) -> str:
    """Chinese numeral with optional 点 decimals, as an ASCII decimal string."""
    whole, _, frac = text.partition("点")
    value = str(_cn_integer(whole)) if whole else "0"
    if frac:
        value += "." + "".join(str(_CN_DIGITS[ch]) for ch in frac)
    return value


def format_number(number: Decimal) -> str:
    """Plain decimal notation: no exponent, no thousands separator, no trailing zeros."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "+0", "") else text
