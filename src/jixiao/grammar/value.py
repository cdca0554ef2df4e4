"""The indicator-value grammar (指标值语法): read a 指标值 cell into an :class:`IndicatorValue`.

A quantitative value (定量指标值) is a direction, a number and a unit: "≥90%",
"≤248.96万元", "不少于4次", "90%以上", "3-5天", "每月2次". Everything else is classified:

========================  ====================================================================
kind                      meaning and examples
========================  ====================================================================
QUANTITATIVE (定量)       a number was found: "≥90%", "100百分比", "384台", "1次/年"
GRADED (分级定性)         levels of a scale, or one level: "好/较好/一般/差", "优良中差",
                          "达标/基本达标/不达标", "良好", "良好以上" (direction ≥)
BINARY (是否型)           yes/no: "是/否", "是\\否", "是否超预算支出", "有无…", "合格/不合格",
                          and a lone pole of a pass/fail scale ("是", "合格", "达标", "完成")
VAGUE (模糊表述)          measures nothing: "进一步", "进一步保障", "比上年有所提高", "有效利用",
                          "正常运转", "显著提升" — any text with a comparative or praise word
                          (提高, 提升, 有效, 进一步 …), and any text with no checkable anchor
TEXT (定性文字)           a checkable statement without a measure: it names a deadline, a
                          standard, a plan or a rule to comply with and contains no praise
                          word: "预算年度结束前完成购置计划", "严格按照办公设备配置标准执行",
                          "每月底完成", "2024年12月31日前完成"
EMPTY (空)                nothing, or a placeholder: "", "/", "—", "暂无", "待定"
========================  ====================================================================

VAGUE and TEXT are both sent back by a reviewer; they differ in the fix a rule can
suggest: a TEXT value can be judged met or not at year end and rewrites naturally as
a deadline or a 是否 rate ("≤12月", "按时完成率=100%"), a VAGUE value cannot be judged
at all and needs a number.

Direction (方向)
    ≥ ≤ = > < from symbols (also ＞ ＜ ≧ ≦ ⩾ ⩽ >= <= and LaTeX ``\\geq`` ``\\leq``) and words:
    不低于 不少于 不小于 至少 达到 (≥), 大于 高于 超过 (>), 不超过 不高于 不大于 不多于
    控制在 (≤), 低于 小于 少于 不足 (<), 等于 为 (=); suffixes 以上 (≥), 以下 以内 内 前 (≤).
    Per Chinese legal usage 以上/以下/以内 include the number, 超过/不足 do not. A bare
    value ("100%", "384台") has ``direction=None``: a rule may read it as "=".
    "约…"/"…左右" give ``direction=None`` and a problem note.

Canonical rendering (规范写法), produced by :func:`render` and stored in ``canonical``
    * QUANTITATIVE: direction symbol (none when absent), the number in plain decimal
      notation (no exponent, no thousands separator, no trailing zeros: "75.00%" → "75%"),
      then the canonical unit with no space: "≥90%", "≤248.96万元", "=100%",
      "≤7工作日", "15元/人", "≤4.3元/平方米/天", "2次/月". Money keeps the unit
      written (元 stays 元; ``money_in_wan`` carries the conversion). A range is
      "lower~upper" + unit: "3~5天", "80~90%". A list of count units ends in 等:
      "≥2张/把/套/台等".
    * GRADED: the levels joined by "/" ("优/良/中/差"); one level with a direction is
      symbol + level ("≥良好").
    * BINARY: "是/否" (or the pair written: "合格/不合格"); a question keeps its text
      ("是否超预算支出"); a lone pole is itself ("是").
    * VAGUE/TEXT: the normalised text (full-width folded, extraction spaces removed).
    * EMPTY: "".
    ``parse_value(render(v))`` gives the same kind, direction, number, upper and unit.

Nothing is dropped silently: text that is not part of the value goes to ``unparsed``
(in normalised form) with the problem "含未识别文字"; quotes and sentence punctuation
around a value are absorbed. Parsing never raises.

Problems (``problems``) note oddities of *writing* — 缺少计量单位, 单位“万”按万元理解,
多个计量单位并列, 方向重复, 方向矛盾, 近似值, 区间上下限颠倒, 含未识别文字, 含日期 …, 指标值为空
— never a review verdict: whether a BINARY or VAGUE value is acceptable is for the rules.

Heuristics worth knowing
    * When a text holds several quantities, the one with a direction wins, then one
      with a unit, then the first: "2024年完成率≥90%" → ≥90% (rest unparsed).
    * Not quantities: an ordinal ("第3项…"), a year inside text ("2024年完成"), a date
      ("12月31日前", "2024年12月": TEXT with a note), and a bare unitless number
      amid four or more Chinese characters.
    * Chinese numerals count only as a whole value ("两次", "不少于十五天") or after
      百分之; "进一步", "一般", "一次性完成" contain no number.
    * "12月" stays 月 (often a calendar month: "≤12月" = by December); "12个月" is a
      duration. "11月底前" = ≤11月.
"""

from __future__ import annotations

from typing import Final

from jixiao.content_caches import content_cache, forget_contents
from jixiao.grammar.fast_path import parse_plain
from jixiao.grammar.fields import Fields, build_value
from jixiao.grammar.indicator_value import Direction, IndicatorValue, ValueKind
from jixiao.grammar.levels import parse_levels, tokenise_levels
from jixiao.grammar.patterns import SIMPLE_START, arabic_numerals
from jixiao.grammar.quantities import parse_quantity, parse_simple_quantity, render_quantity
from jixiao.grammar.vocabulary import (
    ASCII_DIGIT,
    DATE,
    PLACEHOLDERS,
    QUESTION,
    TEXT_ANCHOR,
    VAGUE_MARKER,
)
from jixiao.textnorm.value_text import normalise

__all__ = [
    "Direction",
    "IndicatorValue",
    "ValueKind",
    "clear_cache",
    "normalise",
    "parse_value",
    "parse_value_full",
    "parse_value_uncached",
    "render",
]


# --------------------------------------------------------------------------- text


def _text(text: str, dated: bool) -> Fields:
    """VAGUE (模糊表述) unless the text is a checkable statement without praise words (TEXT);
    ``dated``: :func:`_dated` of the text."""
    problems: tuple[str, ...] = ("含日期，未解析为数值",) if dated else ()
    if VAGUE_MARKER.search(text) or not (TEXT_ANCHOR.search(text) or problems):
        return Fields(ValueKind.VAGUE, canonical=text, problems=problems)
    return Fields(ValueKind.TEXT, canonical=text, problems=problems)


# --------------------------------------------------------------------------- entry points


def _classify(text: str) -> Fields:
    if not text:
        return Fields(ValueKind.EMPTY, problems=("指标值为空",))
    placeholder = PLACEHOLDERS.get(text.lower())
    if placeholder:
        return Fields(ValueKind.EMPTY, problems=(placeholder,))
    if QUESTION.search(text):
        levels = tokenise_levels(text)
        if levels is None or len(set(levels)) != 2:
            return Fields(ValueKind.BINARY, canonical=text, levels=("是", "否"))
    if text[0] in SIMPLE_START:
        simple = parse_simple_quantity(text)
        if simple is not None:
            return simple
    graded = parse_levels(text)
    if graded is not None:
        return graded
    dated = _dated(text)
    if not dated:
        numeric = arabic_numerals(text)
        quantity = parse_quantity(numeric) if ASCII_DIGIT.search(numeric) else None
        if quantity is not None:
            return quantity
    return _text(text, dated)


def _dated(text: str) -> bool:
    """The text holds a date (:data:`DATE`). Each of its alternatives holds 月 or a
    separator (-, ., /), so the search (~5 µs on a value) runs only where one is."""
    return ("月" in text or "-" in text or "." in text or "/" in text) and (
        DATE.search(text) is not None
    )


def parse_value_uncached(raw: object) -> IndicatorValue:
    """Parse one 指标值 without the cache. Never raises; a non-str is read as ``str(raw)``."""
    if type(raw) is str:
        plain = parse_plain(raw)
        if plain is not None:
            return plain
    return parse_value_full(raw)


def parse_value_full(raw: object) -> IndicatorValue:
    """Parse one 指标值 by the whole grammar, without the fast path (what it is checked on)."""
    try:
        if not isinstance(raw, str):
            raw = "" if raw is None else str(raw)
        text, problems = normalise(raw)
        fields = _classify(text)
        if problems:
            fields = fields._replace(problems=problems + fields.problems)
        return build_value(raw, fields)
    except Exception:  # the contract is "never raise": report instead
        raw = raw if isinstance(raw, str) else ""
        failed = Fields(ValueKind.TEXT, canonical=raw, unparsed=raw, problems=("指标值无法解析",))
        return build_value(raw, failed)


_CACHED: Final = content_cache(maxsize=1 << 17)(parse_value_uncached)
_CACHE_MAX_LEN: Final = 256


def parse_value(raw: object) -> IndicatorValue:
    """Parse one 指标值 (cached on the raw string). Never raises; a non-str is read as
    ``str(raw)`` (typed ``object`` so the compiled build accepts one too).

    >>> parse_value("≥ 90 %").canonical
    '≥90%'
    """
    if type(raw) is str and len(raw) <= _CACHE_MAX_LEN:
        return _CACHED(raw)
    return parse_value_uncached(raw)


def clear_cache() -> None:
    """Empty the parse cache (解析缓存) and every other cache of the grammar and text
    normalisation that remembers a text's reading (:mod:`jixiao.content_caches`)."""
    forget_contents("jixiao.grammar")
    forget_contents("jixiao.textnorm")


def render(value: IndicatorValue) -> str:
    """The canonical form (规范写法) of a value, computed from its fields."""
    if value.kind is ValueKind.QUANTITATIVE:
        return render_quantity(value.direction, value.number, value.upper, value.unit)
    if value.kind is ValueKind.GRADED and value.levels:
        prefix = value.direction.value if value.direction else ""
        return prefix + "/".join(value.levels)
    if value.kind is ValueKind.EMPTY:
        return ""
    return value.canonical or normalise(value.raw)[0]
