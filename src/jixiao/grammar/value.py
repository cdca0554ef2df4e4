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

import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

from pydantic import BaseModel, ConfigDict

from jixiao.grammar.units import (
    ASSUMED_SPELLINGS,
    OBJECT_CLASSIFIERS,
    RATE_DENOMINATORS,
    UnitKind,
    canonical_unit,
    spelling_pattern,
    to_wan,
    unit_kind,
)

__all__ = [
    "Direction",
    "IndicatorValue",
    "ValueKind",
    "clear_cache",
    "normalise",
    "parse_value",
    "parse_value_uncached",
    "render",
]


class ValueKind(StrEnum):
    """Kind of an indicator value (指标值类型)."""

    QUANTITATIVE = "quantitative"  # 定量
    GRADED = "graded"  # 分级定性
    BINARY = "binary"  # 是否型
    VAGUE = "vague"  # 模糊表述
    TEXT = "text"  # 定性文字
    EMPTY = "empty"  # 空


class Direction(StrEnum):
    """Direction of a target (指标方向); the value is the canonical symbol."""

    GE = "≥"
    LE = "≤"
    EQ = "="
    GT = ">"
    LT = "<"


class IndicatorValue(BaseModel):
    """One parsed 指标值. Immutable; build it with :func:`parse_value`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw: str
    kind: ValueKind
    direction: Direction | None = None
    number: Decimal | None = None
    upper: Decimal | None = None  # upper end of a range ("3-5天"); ``number`` is the lower
    unit: str | None = None  # canonical unit ("%", "万元", "元/人", "张/把/套/台等")
    unit_kind: UnitKind | None = None
    money_in_wan: Decimal | None = None  # ``number`` in 万元 when the unit is money
    canonical: str = ""
    unparsed: str = ""
    problems: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # GRADED/BINARY: the scale's levels as written

    @property
    def is_measurable(self) -> bool:
        """Measurable (可衡量): a number with a unit, or a graded qualitative value."""
        if self.kind is ValueKind.GRADED:
            return True
        return self.kind is ValueKind.QUANTITATIVE and self.unit is not None

    @property
    def is_range(self) -> bool:
        """A range such as "3-5天" (区间值)."""
        return self.upper is not None


# --------------------------------------------------------------------------- vocabulary


class _Dir(NamedTuple):
    """A direction word: its direction (None = approximate) and whether it is weak.

    A weak word (达到, 为, 控制在) yields to a suffix without complaint: "达到90%以上".
    """

    direction: Direction | None
    weak: bool = False


_GE, _LE, _EQ, _GT, _LT = Direction.GE, Direction.LE, Direction.EQ, Direction.GT, Direction.LT
_APPROX: Final = _Dir(None)

#: Direction words written before the number (前置方向词).
PREFIX_DIRECTIONS: Final[Mapping[str, _Dir]] = MappingProxyType({
    **dict.fromkeys(
        ("≥", "不低于", "不少于", "不小于", "不下于", "至少", "最少", "最低", "大于等于",
         "大于或等于", "不得低于", "不得少于", "不应低于", "应不低于", "≮"),
        _Dir(_GE),
    ),
    **dict.fromkeys(("达到", "达", "已达", "可达"), _Dir(_GE, weak=True)),
    **dict.fromkeys((">", "大于", "高于", "超过", "多于", "超出"), _Dir(_GT)),
    **dict.fromkeys(
        ("≤", "不超过", "不高于", "不大于", "不多于", "小于等于", "小于或等于", "至多",
         "最多", "最高", "不得超过", "不得高于", "不应超过", "不超", "不突破", "≯"),
        _Dir(_LE),
    ),
    **dict.fromkeys(("控制在", "控制"), _Dir(_LE, weak=True)),
    **dict.fromkeys(("<", "低于", "小于", "少于", "不足", "不到", "不满"), _Dir(_LT)),
    **dict.fromkeys(("=", "等于"), _Dir(_EQ)),
    **dict.fromkeys(("为",), _Dir(_EQ, weak=True)),
    **dict.fromkeys(("约", "大约", "约为", "大概", "≈", "~"), _APPROX),
})  # fmt: skip

#: Direction words written after the number and unit (后置方向词).
SUFFIX_DIRECTIONS: Final[Mapping[str, _Dir]] = MappingProxyType(
    {
        **dict.fromkeys(("以上", "及以上", "或以上", "之上"), _Dir(_GE)),
        **dict.fromkeys(
            ("以下", "及以下", "或以下", "以内", "之内", "内", "以前", "之前", "前"), _Dir(_LE)
        ),
        **dict.fromkeys(("左右", "上下"), _APPROX),
    }
)

_INCLUSION: Final[dict[str, bool]] = {"(含)": True, "(不含)": False}


def _words(text: str) -> frozenset[str]:
    """A set of words written space-separated."""
    return frozenset(text.split())


#: Words of graded scales (分级定性档次); tokenised longest-first.
GRADE_WORDS: Final[frozenset[str]] = _words(
    "优秀 优良 优 良好 良 中等 中 及格 不及格 较差 差 很好 非常好 好 较好 一般 高 较高 低 较低 "
    "满意 非常满意 很满意 比较满意 较满意 基本满意 不满意 非常不满意 "
    "达标 基本达标 不达标 未达标 合格 基本合格 不合格 完成 基本完成 未完成 "
    "是 否 有 无 达到 未达到 通过 未通过 不通过 符合 基本符合 不符合 及时 不及时 "
    "正常 异常 不正常"
)

#: Two-level (pass/fail, yes/no) scales: a pair of these is BINARY, not GRADED.
POLAR_PAIRS: Final[frozenset[frozenset[str]]] = frozenset(
    frozenset(p.split("/"))
    for p in _words(
        "是/否 有/无 达标/不达标 达标/未达标 合格/不合格 完成/未完成 达到/未达到 通过/未通过 "
        "通过/不通过 符合/不符合 及时/不及时 满意/不满意 正常/异常 正常/不正常"
    )
)

#: A lone word that is a pole of a yes/no or pass/fail scale (BINARY).
BINARY_SINGLES: Final[frozenset[str]] = _words(
    "是 否 有 无 达标 不达标 未达标 合格 不合格 完成 未完成 通过 未通过 不通过 符合 不符合 未达到"
)

#: A lone word that names one level of a graded scale (GRADED).
GRADE_SINGLES: Final[frozenset[str]] = _words(
    "优秀 优良 优 良好 良 中等 中 及格 较差 差 很好 非常好 好 较好 一般 高 较高 低 较低 "
    "满意 非常满意 很满意 比较满意 较满意 基本满意 基本达标 基本合格 基本完成 基本符合"
)

_LEVEL_SEPARATORS: Final = frozenset("/\\、,;|或和")
_SINGLE_CHAR_SCALE: Final = frozenset("优良中差")

_PLACEHOLDERS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("/", "\\", "-", "--", "---", "----", "...", "......", "…", "……", "n/a", "na",
         "null", "none", "空", "暂无", "无数据", "x", "×"),
        "指标值为占位符",
    ),
    **dict.fromkeys(("待定", "另行确定", "待确定"), "指标值待定"),
}  # fmt: skip

# TEXT: a checkable anchor (deadline, standard, plan, rule); VAGUE: a praise/comparison word.
_TEXT_ANCHOR: Final = re.compile(
    "年度|年底|年末|年终|年初|年前|月底|月末|月初|季度|季末|半年|之前|以前|前完成|按时|按期|"
    "如期|准时|按照|依照|依据|根据|遵照|遵守|严格|符合|执行|不超|不得|不可|不突破|未超|无超|"
    "标准|规定|要求|计划|合同|制度|完成"
)
_VAGUE_MARKER: Final = re.compile(
    "进一步|有所|逐步|不断|持续|稳步|显著|明显|大幅|较大|有效|良好|提高|提升|改善|增强|加强|"
    "优化|比上年|同比|环比|较上年|更加|积极|努力|力争|尽量|争取"
)
_QUESTION: Final = re.compile(r"是否|^(?:有无|能否|可否|是不是)|与否$|^是[/\\、|或]?否")
_DATE: Final = re.compile(
    r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{4}年[0-9]{1,2}月"
    r"|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}"
)
_ASCII_DIGIT: Final = re.compile("[0-9]")
_CJK: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# --------------------------------------------------------------------------- normalisation

_INVISIBLE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_LATEX_WRAPPER: Final = re.compile(
    r"\\(?:text|mathrm|textrm|mathbf|rm|operatorname)\s*\{([^{}]*)\}"
)
_LATEX_SYMBOL: Final = re.compile(
    r"\\(geqslant|leqslant|geq|leq|ge|le|gt|lt|neq|sim|approx|%|left|right|[,;:! \\])(?![a-zA-Z])"
)
_LATEX_MAP: Final[dict[str, str]] = {
    "geqslant": "≥", "leqslant": "≤", "geq": "≥", "leq": "≤", "ge": "≥", "le": "≤",
    "gt": ">", "lt": "<", "neq": "≠", "sim": "~", "approx": "≈", "%": "%",
}  # fmt: skip
_SYMBOLS: Final = str.maketrans(
    {
        "≧": "≥", "⩾": "≥", "≦": "≤", "⩽": "≤", "−": "-", "–": "-", "‐": "-", "‑": "-",
        "‒": "-", "—": "-", "―": "-", "〜": "~", "〔": "(", "〕": ")", "【": "(", "】": ")",
        "〈": "<", "〉": ">",
    }
)  # fmt: skip
#: A run of comparison symbols: ">=", "=>", "≥=", "==", "> =" (after spaces go).
_SYMBOL_RUN: Final = re.compile(r"[<>=≥≤]{2,}")
_INCLUSIVE: Final[dict[str, str]] = {">": "≥", "≥": "≥", "<": "≤", "≤": "≤"}
_SPACES: Final = re.compile(r"\s+")
_ABSORBABLE: Final = frozenset(" ,.;:。、!?“”\"'‘’「」『』")
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


def _squeeze(text: str) -> str:
    """Drop whitespace, except a single space between two Latin letters ("Word Excel")."""

    def gap(match: re.Match[str]) -> str:
        start, end = match.span()
        if start == 0 or end == len(text):
            return ""
        left, right = text[start - 1], text[end]
        latin = left.isascii() and right.isascii() and left.isalpha() and right.isalpha()
        return " " if latin else ""

    return _SPACES.sub(gap, text)


def _fold_latex(text: str) -> str:
    """LaTeX from equation extraction: "$\\geq 90\\%$" → "≥ 90%"."""
    text = text.replace("$", "")
    text = _LATEX_WRAPPER.sub(r"\1", text)
    return _LATEX_SYMBOL.sub(lambda m: _LATEX_MAP.get(m.group(1), ""), text)


def _fold_layout(text: str) -> str:
    """LaTeX, spaces and symbol runs, repeated until stable (they can uncover each other)."""
    for _ in range(_MAX_PASSES):
        before = text
        if "\\" in text or "$" in text:
            text = _fold_latex(text)
        if _SPACES.search(text):
            text = _squeeze(text)
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
            text = unicodedata.normalize("NFKC", text).translate(_SYMBOLS)
        text = _fold_layout(text)
        # removing a space can leave a combining mark to compose ("R ̧" → "Ŗ")
        if text.isascii() or unicodedata.is_normalized("NFKC", text):
            break
    return text, problems


# --------------------------------------------------------------------------- numbers

_CN_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip
_CN_SMALL: Final[dict[str, int]] = {"十": 10, "百": 100, "千": 1000}
_CN_BIG: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}
_CN_NUM: Final = (
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


# --------------------------------------------------------------------------- regexes


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_UNIT: Final = spelling_pattern()
_UNIT_EXPR: Final = rf"(?:{_UNIT}(?:\({_UNIT}\)|(?:[/、]{_UNIT})+等?|等)?)"
_NUMBER: Final = r"(?:[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|[-+]?\.[0-9]+)"
_PREFIX: Final = _alternation(PREFIX_DIRECTIONS)
_SUFFIX: Final = _alternation(SUFFIX_DIRECTIONS)
_INCL: Final = r"\((?:含|不含)\)"

_QUANTITY: Final = re.compile(
    rf"""
    (?:每(?P<per0>{_UNIT}))?
    (?P<pre>{_PREFIX})?
    (?:每(?P<per1>{_UNIT}))?
    (?P<num>{_NUMBER})
    (?P<unit>{_UNIT_EXPR})?
    (?:(?P<sep>~|-{{1,2}}|至|到)(?P<num2>{_NUMBER})(?P<unit2>{_UNIT_EXPR})?)?
    (?P<eom>底|末|份)?
    (?P<incl>{_INCL})?
    (?P<post>{_SUFFIX})?
    (?P<incl2>{_INCL})?
    (?P<done>完成)?
    """,
    re.VERBOSE,
)
_PERCENT_WORDS: Final = re.compile(rf"百分之百|百分百|百分之({_CN_NUM}|{_NUMBER})")
_CN_QUANTITY: Final = re.compile(
    rf"(?P<head>(?:{_PREFIX})?(?:每{_UNIT})?)(?P<cn>{_CN_NUM})"
    rf"(?P<tail>{_UNIT_EXPR}(?:{_SUFFIX})?(?:{_INCL})?)"
)
_LEVEL_PREFIX: Final = re.compile(rf"^(?:{_PREFIX})")
_LEVEL_SUFFIX: Final = re.compile(rf"(?:{_SUFFIX})(?:{_INCL})?$")
_UNIT_SPLIT: Final = re.compile(r"[/、]")
_SIMPLE_QUANTITY: Final = re.compile(rf"(?P<pre>[≥≤=><])?(?P<num>{_NUMBER})(?P<unit>{_UNIT})?")
_SYMBOL_DIRECTIONS: Final[dict[str, Direction]] = {d.value: d for d in Direction}
_SIMPLE_START: Final = frozenset("≥≤=><-+.0123456789")
_MAX_SUFFIX: Final = max(len(w) for w in SUFFIX_DIRECTIONS) + max(len(w) for w in _INCLUSION)


def _arabic_numerals(text: str) -> str:
    """Arabic numerals for 百分之九十 (→ 90%) and a wholly Chinese-numeral quantity (两次 → 2次)."""
    if "百分" in text:
        text = _PERCENT_WORDS.sub(_percent_repl, text)
    m = _CN_QUANTITY.fullmatch(text)
    if m:
        text = m.group("head") + cn_number(m.group("cn")) + m.group("tail")
    return text


def _percent_repl(m: re.Match[str]) -> str:
    number = m.group(1)
    if number is None:
        return "100%"
    return (number if number[0] in "0123456789+-." else cn_number(number)) + "%"


# --------------------------------------------------------------------------- results


class _Fields(NamedTuple):
    kind: ValueKind
    direction: Direction | None = None
    number: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    canonical: str = ""
    unparsed: str = ""
    problems: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()


def _build(raw: str, f: _Fields) -> IndicatorValue:
    kind_of_unit = unit_kind(f.unit) if f.unit else None
    wan = to_wan(f.number, f.unit) if f.number is not None and f.unit else None
    return IndicatorValue(
        raw=raw,
        kind=f.kind,
        direction=f.direction,
        number=f.number,
        upper=f.upper,
        unit=f.unit,
        unit_kind=kind_of_unit,
        money_in_wan=wan,
        canonical=f.canonical,
        unparsed=f.unparsed,
        problems=tuple(dict.fromkeys(f.problems)),
        levels=f.levels,
    )


# --------------------------------------------------------------------------- levels


def _tokenise_levels(text: str) -> list[str] | None:
    """Split "好/较好/一般/差" or "优良中差" into scale levels; None if a word is unknown."""
    if len(text) >= 3 and all(ch in _SINGLE_CHAR_SCALE for ch in text):
        return list(text)
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _LEVEL_SEPARATORS:
            i += 1
            continue
        for size in (5, 4, 3, 2, 1):
            word = text[i : i + size]
            if len(word) == size and word in GRADE_WORDS:
                tokens.append(word)
                i += size
                break
        else:
            return None
    return tokens or None


def _levels(text: str) -> _Fields | None:
    """Graded (分级) or binary (是否) levels, possibly with a direction ("良好以上")."""
    if _ASCII_DIGIT.search(text):
        return None
    directed = _directed_level(text)
    if directed is not None:
        return directed
    tokens = _tokenise_levels(text)
    return None if tokens is None else _levels_fields(tokens)


def _levels_fields(tokens: list[str]) -> _Fields | None:
    levels = tuple(dict.fromkeys(tokens))
    if len(levels) == 1:
        word = levels[0]
        if word in BINARY_SINGLES:
            return _Fields(ValueKind.BINARY, canonical=word, levels=levels)
        if word in GRADE_SINGLES:
            return _Fields(ValueKind.GRADED, canonical=word, levels=levels)
        return None
    canonical = "/".join(levels)
    if len(levels) == 2 and frozenset(levels) in POLAR_PAIRS:
        return _Fields(ValueKind.BINARY, canonical=canonical, levels=levels)
    return _Fields(ValueKind.GRADED, canonical=canonical, levels=levels)


def _directed_level(text: str) -> _Fields | None:
    """One level and a direction (定性档次+方向): "≥良好", "达到良好", "良好及以上"."""
    pre = _LEVEL_PREFIX.match(text)
    post = _LEVEL_SUFFIX.search(text, max(0, len(text) - _MAX_SUFFIX))
    if not pre and not post:
        return None
    start = pre.end() if pre else 0
    end = post.start() if post else len(text)
    word = text[start:end]
    if word not in GRADE_SINGLES and word not in BINARY_SINGLES:
        return None
    direction, problems = _resolve_direction(
        pre.group(0) if pre else None, _suffix_word(post.group(0)) if post else None, None
    )
    if direction is None:  # "约良好", "良好左右": not a level
        return None
    canonical = (direction.value if direction else "") + word
    return _Fields(
        ValueKind.GRADED, direction=direction, canonical=canonical, problems=problems,
        levels=(word,),
    )  # fmt: skip


def _suffix_word(text: str) -> str:
    return text.split("(", 1)[0]


# --------------------------------------------------------------------------- directions


@lru_cache(maxsize=1024)
def _resolve_direction(
    pre: str | None, post: str | None, incl: str | None
) -> tuple[Direction | None, tuple[str, ...]]:
    """Combine prefix and suffix direction words (前后方向词合并)."""
    problems: list[str] = []
    before = PREFIX_DIRECTIONS[pre] if pre else None
    after = SUFFIX_DIRECTIONS[post] if post else None
    if (before and before.direction is None) or (after and after.direction is None):
        problems.append("近似值（约/左右），方向不明")
    direction: Direction | None
    if before and before.direction and after and after.direction:
        direction = before.direction
        if before.weak:
            direction = after.direction
        elif before.direction is after.direction:
            problems.append("方向重复")
        else:
            problems.append("方向矛盾")
    elif before is not None and before.direction is not None:
        direction = before.direction
    else:
        direction = after.direction if after is not None else None
    if incl is not None and direction is not None:
        direction = _apply_inclusion(direction, _INCLUSION[incl])
    return direction, tuple(problems)


def _apply_inclusion(direction: Direction, inclusive: bool) -> Direction:
    """Apply "(含)"/"(不含)" written after 以上/以下: it toggles strictness."""
    if inclusive:
        return {_GT: _GE, _LT: _LE}.get(direction, direction)
    return {_GE: _GT, _LE: _LT}.get(direction, direction)


# --------------------------------------------------------------------------- units


@lru_cache(maxsize=4096)
def _unit_expr(expr: str) -> tuple[str, tuple[str, ...]]:
    """Canonical unit of a matched unit expression; "张/把/套/台等" is a list, "元/人" a rate."""
    problems: list[str] = []
    if expr.endswith(")"):
        head, _, tail = expr[:-1].partition("(")
        parts, listed = [head, tail], True
    else:
        listed = expr.endswith("等") and canonical_unit(expr) is None
        body = expr[:-1] if listed else expr
        parts = _UNIT_SPLIT.split(body) if ("/" in body or "、" in body) else [body]
        listed = listed or "、" in body
    canon: list[str] = []
    for part in parts:
        unit = canonical_unit(part) or part
        canon.append(unit)
        if part in ASSUMED_SPELLINGS:
            problems.append(ASSUMED_SPELLINGS[part][1])
    if len(canon) == 1:
        if listed:
            problems.append("单位后带“等”")
        return canon[0], tuple(problems)
    kinds = {unit_kind(c) for c in canon}
    if kinds == {UnitKind.COUNT} and (listed or all(c in OBJECT_CLASSIFIERS for c in canon)):
        members = list(dict.fromkeys(canon))
        if len(members) == 1:
            return members[0], tuple(problems)
        problems.append("多个计量单位并列")
        return "/".join(members) + "等", tuple(problems)
    if listed:
        problems.append("单位后带“等”")
    rate = [canon[0], *(RATE_DENOMINATORS.get(c, c) for c in canon[1:])]
    return "/".join(rate), tuple(problems)


# --------------------------------------------------------------------------- quantities


def _score(m: re.Match[str], text: str) -> int:
    """Prefer a match with a direction, then one with a unit; a bare year or 第N scores below."""
    start = m.start()
    if start > 0 and text[start - 1] == "第":
        return -1
    pre, post, unit = m.group("pre", "post", "unit")
    score = (2 if pre or post else 0) + (1 if unit else 0)
    if score == 1 and unit == "年" and m.end() - start < len(text):
        num = m.group("num")
        if num.isdigit() and 1900 <= int(num) <= 2100:
            return -1
    return score


def _pick(text: str) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    best_score = -2
    for m in _QUANTITY.finditer(text):
        s = _score(m, text)
        if s > best_score:
            best, best_score = m, s
    if best is None or best_score < 0:
        return None
    if (
        best_score == 0
        and len(_CJK.findall(text, 0, best.start())) + len(_CJK.findall(text, best.end())) >= 4
    ):
        return None
    return best


def _leftover(*pieces: str) -> str:
    kept = [p for p in pieces if p and not set(p) <= _ABSORBABLE]
    return " ".join(kept)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _quantity(text: str) -> _Fields | None:
    """定量: direction + number (+ range) + unit, chosen among all candidates in the text."""
    m = _pick(text)
    if m is None:
        return None
    g = m.groupdict()
    problems: list[str] = []
    extra: list[str] = []
    number = _decimal(g["num"])
    upper = _decimal(g["num2"]) if g["num2"] else None
    unit = _resolve_units(g, problems)
    unit = _apply_per(g, unit, problems, extra)
    eom = g["eom"]
    if eom and unit not in ("月", "个月"):
        extra.append(eom)
    done = g["done"]
    if done and unit_kind(unit or "") is not UnitKind.TIME:
        extra.append(done)
    incl = g["incl"] or g["incl2"]
    direction, dir_problems = _resolve_direction(g["pre"], g["post"], incl)
    problems.extend(dir_problems)
    if incl and direction is None:
        extra.append(incl)
    if upper is not None:
        if direction is not None:
            problems.append("区间值带方向符号")
        if upper < number:
            problems.append("区间上下限颠倒")
    if unit is None:
        problems.append("缺少计量单位")
    unparsed = _leftover(text[: m.start()], *extra, text[m.end() :])
    if unparsed:
        problems.append("含未识别文字")
    canonical = _render_quantity(direction, number, upper, unit)
    return _Fields(
        ValueKind.QUANTITATIVE, direction, number, upper, unit, canonical, unparsed,
        tuple(problems),
    )  # fmt: skip


def _simple_quantity(text: str) -> _Fields | None:
    """Fast path for the common clean form "≥90%", "≤54671.41元", "384台" (same result)."""
    m = _SIMPLE_QUANTITY.fullmatch(text)
    if m is None:
        return None
    pre, spelt = m.group("pre"), m.group("unit")
    direction = _SYMBOL_DIRECTIONS[pre] if pre else None
    number = _decimal(m.group("num"))
    problems: tuple[str, ...]
    unit: str | None
    if spelt is None:
        unit, problems = None, ("缺少计量单位",)
    else:
        unit, problems = canonical_unit(spelt), ()
        if spelt in ASSUMED_SPELLINGS:
            problems = (ASSUMED_SPELLINGS[spelt][1],)
    canonical = _render_quantity(direction, number, None, unit)
    return _Fields(ValueKind.QUANTITATIVE, direction, number, None, unit, canonical, "", problems)


def _resolve_units(g: dict[str, str | None], problems: list[str]) -> str | None:
    unit: str | None = None
    if g["unit"]:
        unit, notes = _unit_expr(g["unit"])
        problems.extend(notes)
    if g["unit2"]:
        unit2, notes = _unit_expr(g["unit2"])
        problems.extend(notes)
        if unit is None:
            unit = unit2
        elif unit2 != unit:
            problems.append("区间两端单位不一致")
    return unit


def _apply_per(
    g: dict[str, str | None], unit: str | None, problems: list[str], extra: list[str]
) -> str | None:
    """Fold a 每X prefix into a rate: "每月2次" → 次/月.

    Where the rate could not be written unambiguously (no unit; a list of units; two
    object classifiers, which read back as a list) the 每X is reported as unparsed.
    """
    per = g["per0"] or g["per1"]
    if not per:
        return unit
    per_unit = canonical_unit(per) or per
    per_unit = RATE_DENOMINATORS.get(per_unit, per_unit)
    if unit is None:
        problems.append("“每…”后缺少计量单位")
    if (
        unit is None
        or unit.endswith("等")
        or (unit in OBJECT_CLASSIFIERS and per_unit in OBJECT_CLASSIFIERS)
    ):
        extra.append("每" + per)
        return unit
    return f"{unit}/{per_unit}"


def _render_quantity(
    direction: Direction | None, number: Decimal | None, upper: Decimal | None, unit: str | None
) -> str:
    if number is None:
        return ""
    text = (direction.value if direction else "") + format_number(number)
    if upper is not None:
        text += "~" + format_number(upper)
    return text + (unit or "")


# --------------------------------------------------------------------------- text


def _text(text: str) -> _Fields:
    """VAGUE (模糊表述) unless the text is a checkable statement without praise words (TEXT)."""
    problems: tuple[str, ...] = ()
    if _DATE.search(text):
        problems = ("含日期，未解析为数值",)
    if _VAGUE_MARKER.search(text) or not (_TEXT_ANCHOR.search(text) or problems):
        return _Fields(ValueKind.VAGUE, canonical=text, problems=problems)
    return _Fields(ValueKind.TEXT, canonical=text, problems=problems)


# --------------------------------------------------------------------------- entry points


def _classify(text: str) -> _Fields:
    if not text:
        return _Fields(ValueKind.EMPTY, problems=("指标值为空",))
    placeholder = _PLACEHOLDERS.get(text.lower())
    if placeholder:
        return _Fields(ValueKind.EMPTY, problems=(placeholder,))
    if _QUESTION.search(text):
        levels = _tokenise_levels(text)
        if levels is None or len(set(levels)) != 2:
            return _Fields(ValueKind.BINARY, canonical=text, levels=("是", "否"))
    if text[0] in _SIMPLE_START:
        simple = _simple_quantity(text)
        if simple is not None:
            return simple
    graded = _levels(text)
    if graded is not None:
        return graded
    if not _DATE.search(text):
        numeric = _arabic_numerals(text)
        quantity = _quantity(numeric) if _ASCII_DIGIT.search(numeric) else None
        if quantity is not None:
            return quantity
    return _text(text)


def parse_value_uncached(raw: str) -> IndicatorValue:
    """Parse one 指标值 without the cache. Never raises; a non-str is read as ``str(raw)``."""
    try:
        if not isinstance(raw, str):
            raw = "" if raw is None else str(raw)
        text, problems = normalise(raw)
        fields = _classify(text)
        if problems:
            fields = fields._replace(problems=problems + fields.problems)
        return _build(raw, fields)
    except Exception:  # the contract is "never raise": report instead
        raw = raw if isinstance(raw, str) else ""
        failed = _Fields(ValueKind.TEXT, canonical=raw, unparsed=raw, problems=("指标值无法解析",))
        return _build(raw, failed)


_CACHED: Final = lru_cache(maxsize=1 << 17)(parse_value_uncached)
_CACHE_MAX_LEN: Final = 256


def parse_value(raw: str) -> IndicatorValue:
    """Parse one 指标值 (cached on the raw string). Never raises.

    >>> parse_value("≥ 90 %").canonical
    '≥90%'
    """
    if type(raw) is str and len(raw) <= _CACHE_MAX_LEN:
        return _CACHED(raw)
    return parse_value_uncached(raw)


def clear_cache() -> None:
    """Empty the parse cache (解析缓存)."""
    _CACHED.cache_clear()


def render(value: IndicatorValue) -> str:
    """The canonical form (规范写法) of a value, computed from its fields."""
    if value.kind is ValueKind.QUANTITATIVE:
        return _render_quantity(value.direction, value.number, value.upper, value.unit)
    if value.kind is ValueKind.GRADED and value.levels:
        prefix = value.direction.value if value.direction else ""
        return prefix + "/".join(value.levels)
    if value.kind is ValueKind.EMPTY:
        return ""
    return value.canonical or normalise(value.raw)[0]
