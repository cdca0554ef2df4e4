"""Text normalisation (文本规范化): markup, LaTeX, full-width digits, extraction spaces."""

from jixiao.textnorm.clean import (
    clean_cell,
    clean_markup,
    squeeze_spaces,
    to_halfwidth_digits,
)
from jixiao.textnorm.decode import UndecodableText, decode_text
from jixiao.textnorm.enumeration import split_numbered_items, strip_enumeration
from jixiao.textnorm.script import has_pinyin, is_traditional, strip_pinyin, to_simplified

__all__ = [
    "UndecodableText",
    "clean_cell",
    "clean_markup",
    "decode_text",
    "has_pinyin",
    "is_traditional",
    "split_numbered_items",
    "squeeze_spaces",
    "strip_enumeration",
    "strip_pinyin",
    "to_halfwidth_digits",
    "to_simplified",
]
