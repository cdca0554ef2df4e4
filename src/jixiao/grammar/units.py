"""Units of measure (计量单位): the table, spelling normalisation and money conversion.

Everything here is data. :data:`UNIT_TABLE` lists, for every canonical unit, its
kind, the base unit its numbers scale to and how it may be spelt. The parser
(:mod:`jixiao.grammar.value`) builds its unit regex from these spellings, so
adding a unit means adding a row, never a branch of code.

Canonicalisation merges *spelling variants only*:

* ``百分比`` → ``%``; ``个百分点`` → ``百分点`` (a percentage *point* stays distinct
  from a percent: "提高2个百分点" is not "提高2%");
* ``平米`` ``平方`` ``m2`` ``㎡`` ``m²`` → ``平方米``; ``日`` → ``天``;
  ``个工作日`` → ``工作日``; ``个小时`` ``h`` → ``小时``; ``min`` → ``分钟``;
  ``星期`` → ``周``; ``km`` ``千米`` → ``公里``; ``kg`` ``公斤`` → ``千克``;
  ``kWh`` → ``千瓦时``; ``m3`` ``方`` → ``立方米``.

Units that *mean* different things stay apart even when they convert: ``元`` and
``万元`` (see :func:`to_wan` for the conversion), ``月`` (often a calendar month:
"≤12月" = by December) and ``个月`` (a duration), ``度`` and ``万度``.

Kinds added beyond the first draft of the brief: ``PERCENT_POINT`` (百分点),
``LENGTH`` (米, 公里), ``VOLUME`` (立方米) and ``SCORE`` (分, a mark out of 100).
``度`` is read as electricity (千瓦时), the only meaning seen in 预算绩效 tables;
temperatures are written ``℃``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class UnitKind(StrEnum):
    """Kind of a unit (计量单位类别)."""

    PERCENT = "percent"  # 百分比 %, ‰
    PERCENT_POINT = "percent_point"  # 百分点
    MONEY = "money"  # 金额: 元, 万元, 亿元
    COUNT = "count"  # 数量: 次, 人, 台, 个 …
    TIME = "time"  # 时间: 天, 工作日, 小时, 月 …
    AREA = "area"  # 面积: 平方米, 亩 …
    LENGTH = "length"  # 长度: 米, 公里
    VOLUME = "volume"  # 体积: 立方米
    ENERGY = "energy"  # 能耗: 度, 千瓦时, 吨标准煤
    MASS = "mass"  # 重量: 吨, 千克
    SCORE = "score"  # 分值: 分
    RATE = "rate"  # 复合单位: 元/人, 次/月, 元/平方米/天
    OTHER = "other"  # 倍, 级, ℃ …


@dataclass(frozen=True, slots=True)
class Unit:
    """One canonical unit (规范计量单位).

    ``number × 10**exponent`` expresses a quantity in ``base``: 元 is
    ``base="万元", exponent=-4``; 万人 is ``base="人", exponent=4``.
    """

    canonical: str
    kind: UnitKind
    base: str
    exponent: int = 0
    spellings: tuple[str, ...] = ()


def _u(canonical: str, kind: UnitKind, *spellings: str, base: str = "", exp: int = 0) -> Unit:
    """A table row; the canonical spelling is always one of its own spellings."""
    return Unit(canonical, kind, base or canonical, exp, (canonical, *spellings))


_K = UnitKind

# Count units (计数单位). Each also exists with a 万 prefix (万人, 万册 …).
_COUNT_WORDS: Final[tuple[str, ...]] = (
    "次", "人", "人次", "辆", "台", "套", "个", "份", "批次", "批", "项", "类", "种",
    "条", "张", "把", "户", "家", "所", "间", "场", "期", "篇", "件", "册", "本", "座",
    "处", "名", "支", "块", "棵", "株", "头", "只", "部", "栋", "幢", "层", "床", "床位",
    "位", "节", "课时", "学时", "门", "站", "台次", "车次", "架次", "班次", "场次", "轮",
    "届", "单", "笔", "宗", "例", "起", "组", "队", "团", "首", "幅", "卷", "盒", "箱",
    "袋", "瓶", "根", "片", "生", "餐", "户次", "家次", "项次", "件次", "份次", "期次",
    "组次", "人天", "人日", "辆次", "项目", "个项目",
)  # fmt: skip

#: Classifiers of physical objects: "张/把/套/台" is a list of these, not a rate.
OBJECT_CLASSIFIERS: Final[frozenset[str]] = frozenset(
    "张把套台件个辆部块只本册份条根盒箱袋瓶片支幅卷座栋幢间批组床"
)

_SIMPLE_ROWS: Final[tuple[Unit, ...]] = (
    # percentages
    _u("%", _K.PERCENT, "百分比", "百分率", "个百分比"),
    _u("‰", _K.PERCENT, "千分比"),
    _u("百分点", _K.PERCENT_POINT, "个百分点"),
    # money, base 万元
    _u("元", _K.MONEY, "元人民币", base="万元", exp=-4),
    _u("千元", _K.MONEY, base="万元", exp=-1),
    _u("万元", _K.MONEY, "万元人民币", base="万元", exp=0),
    _u("亿元", _K.MONEY, base="万元", exp=4),
    # time
    _u("天", _K.TIME, "日", "个天"),
    _u("工作日", _K.TIME, "个工作日"),
    _u("小时", _K.TIME, "个小时", "h", "hr", "hrs"),
    _u("分钟", _K.TIME, "min", "mins"),
    _u("秒", _K.TIME, "秒钟"),
    _u("月", _K.TIME),
    _u("个月", _K.TIME),
    _u("年", _K.TIME, "个年度", "年度"),
    _u("周", _K.TIME, "星期", "个星期", "个周"),
    _u("季度", _K.TIME, "个季度"),
    # area
    _u("平方米", _K.AREA, "平米", "平方", "m2", "m^2", "sqm"),
    _u("亩", _K.AREA),
    _u("公顷", _K.AREA),
    _u("平方公里", _K.AREA, "平方千米", "km2", "km^2"),
    # length
    _u("米", _K.LENGTH, "m"),
    _u("公里", _K.LENGTH, "千米", "km"),
    _u("厘米", _K.LENGTH, "cm"),
    _u("毫米", _K.LENGTH, "mm"),
    # volume
    _u("立方米", _K.VOLUME, "立方", "m3", "m^3"),
    _u("升", _K.VOLUME, "公升"),
    # energy
    _u("度", _K.ENERGY, base="千瓦时"),
    _u("千瓦时", _K.ENERGY, "kwh", "千瓦·时"),
    _u("吨标准煤", _K.ENERGY, "吨标煤", "tce"),
    # mass
    _u("吨", _K.MASS),
    _u("千克", _K.MASS, "公斤", "kg"),
    # score and others
    _u("分", _K.SCORE, "分值"),
    _u("倍", _K.OTHER),
    _u("级", _K.OTHER),
    _u("星", _K.OTHER, "星级"),
    _u("℃", _K.OTHER, "°c", "摄氏度"),
)

#: Kinds whose units also occur with a 万 (ten-thousand) prefix: 万人次, 万平方米, 万度.
_WAN_PREFIXABLE: Final[frozenset[UnitKind]] = frozenset(
    {_K.COUNT, _K.AREA, _K.LENGTH, _K.VOLUME, _K.ENERGY, _K.MASS}
)


def _count_rows() -> tuple[Unit, ...]:
    """Rows for the count units; "个X" spellings fold into "X" where X is a unit."""
    words = set(_COUNT_WORDS)
    merged: dict[str, list[str]] = {}
    for word in _COUNT_WORDS:
        target = word[1:] if word.startswith("个") and word[1:] in words else word
        merged.setdefault(target, []).append(word)
    return tuple(
        _u(canon, _K.COUNT, *(s for s in spellings if s != canon))
        for canon, spellings in merged.items()
    )


def _wan_rows(rows: Iterable[Unit]) -> tuple[Unit, ...]:
    """万-prefixed variants (万人 = 10⁴ 人); 万度 is base 千瓦时 × 10⁴."""
    out: list[Unit] = []
    for row in rows:
        if row.kind not in _WAN_PREFIXABLE or row.exponent != 0:
            continue
        out.append(
            Unit(
                "万" + row.canonical,
                row.kind,
                row.base,
                row.exponent + 4,
                tuple("万" + s for s in row.spellings),
            )
        )
    return tuple(out)


_BASE_ROWS: Final[tuple[Unit, ...]] = _SIMPLE_ROWS + _count_rows()

#: Every canonical unit, in table order.
UNIT_TABLE: Final[tuple[Unit, ...]] = _BASE_ROWS + _wan_rows(_BASE_ROWS)

#: Spellings that are understood but are not proper units; the parser records the note
#: as a problem. "≤19万" in a money column means 19 万元.
ASSUMED_SPELLINGS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "万": ("万元", "单位“万”按万元理解"),
        "亿": ("亿元", "单位“亿”按亿元理解"),
    }
)

UNITS: Final[Mapping[str, Unit]] = MappingProxyType({u.canonical: u for u in UNIT_TABLE})


def _spelling_map() -> dict[str, str]:
    """Lower-cased spelling → canonical unit; a duplicate spelling is a table error."""
    out: dict[str, str] = {}
    for unit in UNIT_TABLE:
        for spelling in unit.spellings:
            key = spelling.lower()
            if key in out and out[key] != unit.canonical:
                raise ValueError(f"unit spelling {spelling!r} is ambiguous")
            out[key] = unit.canonical
    for spelling, (canonical, _note) in ASSUMED_SPELLINGS.items():
        out[spelling] = canonical
    return out


#: In a rate's denominator a duration reads as the period: 次/个月 → 次/月.
RATE_DENOMINATORS: Final[Mapping[str, str]] = MappingProxyType({"个月": "月"})

#: Lower-cased spelling → canonical unit (e.g. "百分比" → "%", "平米" → "平方米").
SPELLINGS: Final[Mapping[str, str]] = MappingProxyType(_spelling_map())


def canonical_unit(spelling: str) -> str | None:
    """Canonical form of one simple unit spelling (规范单位), or None if unknown."""
    return SPELLINGS.get(spelling.lower())


def lookup_unit(spelling: str) -> Unit | None:
    """The table row for a simple unit, by any spelling; None for unknown or compound units."""
    canonical = canonical_unit(spelling)
    return None if canonical is None else UNITS[canonical]


def unit_kind(canonical: str) -> UnitKind | None:
    """Kind of a canonical unit; "/"-compounds are RATE unless they end in "等" (a list)."""
    unit = UNITS.get(canonical)
    if unit is not None:
        return unit.kind
    if canonical.endswith("等"):
        return UnitKind.COUNT
    if "/" in canonical:
        return UnitKind.RATE
    return None


def to_wan(number: Decimal, canonical: str) -> Decimal | None:
    """Convert an amount of money to 万元 (折合万元); None if the unit is not money."""
    unit = UNITS.get(canonical)
    if unit is None or unit.kind is not UnitKind.MONEY:
        return None
    if not unit.exponent or not number.is_finite():
        return number
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite
    shifted = exponent + unit.exponent
    if shifted > 0:  # 2亿元 → 20000 (万元), not 2E+4
        return Decimal((sign, digits + (0,) * shifted, 0))
    return Decimal((sign, digits, shifted))


def _trie(words: Iterable[str]) -> dict[str, dict[str, object]]:
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node: dict[str, dict[str, object]] = root
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return root


def _emit(node: Mapping[str, object]) -> str:
    """Regex for a trie node; greedy ``?`` makes the longest spelling win."""
    branches = [
        re.escape(ch) + _emit(child)  # type: ignore[arg-type]
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def spelling_pattern() -> str:
    """A regex (no groups, case-insensitive) matching the longest known unit spelling."""
    return "(?i:" + _emit(_trie(SPELLINGS)) + ")"
