"""Quantities (定量): number, direction and unit — “≥90%”, “3-5天”, “1次/年”."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.content_caches import content_cache
from jixiao.grammar.fields import Fields
from jixiao.grammar.indicator_value import Direction, ValueKind
from jixiao.grammar.levels import resolve_direction
from jixiao.grammar.numerals import format_number
from jixiao.grammar.patterns import QUANTITY, SIMPLE_QUANTITY, SYMBOL_DIRECTIONS, UNIT_SPLIT
from jixiao.grammar.units import (
    ASSUMED_SPELLINGS,
    OBJECT_CLASSIFIERS,
    RATE_DENOMINATORS,
    UnitKind,
    canonical_unit,
    unit_kind,
)
from jixiao.grammar.vocabulary import ABSORBABLE, CJK
from jixiao.textnorm.digit_groups import ambiguous_message, is_listed, ungrouped

# --------------------------------------------------------------------------- units


@content_cache(maxsize=4096)
def unit_expression(expr: str) -> tuple[str, tuple[str, ...]]:
    """Canonical unit of a matched unit expression; "张/把/套/台等" is a list, "元/人" a rate."""
    problems: list[str] = []
    if expr.endswith(")"):
        head, _, tail = expr[:-1].partition("(")
        parts, listed = [head, tail], True
    else:
        listed = expr.endswith("等") and canonical_unit(expr) is None
        body = expr[:-1] if listed else expr
        parts = UNIT_SPLIT.split(body) if ("/" in body or "、" in body) else [body]
        listed = listed or "、" in body
    canon: list[str] = []
    for part in parts:
        unit = canonical_unit(part) or part
        canon.append(unit)
        if part in ASSUMED_SPELLINGS:
            problems.append(ASSUMED_SPELLINGS[part][1])
    if expr.endswith(")") and len(set(canon)) == 1:
        return canon[0], tuple(problems)  # '%(百分比)': the unit glossed in words, not a rate
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
    for m in QUANTITY.finditer(text):
        s = _score(m, text)
        if s > best_score:
            best, best_score = m, s
    if best is None or best_score < 0:
        return None
    if (
        best_score == 0
        and len(CJK.findall(text, 0, best.start())) + len(CJK.findall(text, best.end())) >= 4
    ):
        return None
    return best


def _leftover(*pieces: str) -> str:
    kept = [p for p in pieces if p and not set(p) <= ABSORBABLE]
    return " ".join(kept)


def _joins(text: str, at: int) -> bool:
    """A comma at ``at`` between two digits."""
    return (
        text[at] == ","
        and 0 < at < len(text) - 1
        and text[at - 1].isdigit()
        and text[at + 1].isdigit()
    )


def _ungrouped_digits(m: re.Match[str], text: str) -> str | None:
    """The digits joined by commas a matched number is cut from when they group no
    thousands ('1,5' of '≥1,5万元', '12,3456' of '12,3456元'): such a number is no
    figure. None when the number stands alone or its commas are thousands."""
    for group in ("num", "num2"):
        start, end = m.span(group)
        if start < 0:
            continue
        while start and (text[start - 1].isdigit() or _joins(text, start - 1)):
            start -= 1
        while end < len(text) and (text[end].isdigit() or _joins(text, end)):
            end += 1
        run = text[start:end]
        if "," in run and ungrouped(run) is None:
            return run
    return None


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def parse_quantity(text: str) -> Fields | None:
    """定量: direction + number (+ range) + unit, chosen among all candidates in the text."""
    m = _pick(text)
    if m is None:
        return None
    if "," in text:
        cut = _ungrouped_digits(m, text)
        if cut is not None and is_listed(cut, text):
            # '1,2,3项', '第1,2季度': a list, read as the same list written with 、
            return parse_quantity(text.replace(cut, cut.replace(",", "、")))
        if cut is not None:  # '≥1,5万元' is neither 1 nor 15: left unread, and said so
            return Fields(ValueKind.TEXT, canonical=text, unparsed=text,
                          problems=(ambiguous_message(cut),))  # fmt: skip
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
    direction, dir_problems = resolve_direction(g["pre"], g["post"], incl)
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
    canonical = render_quantity(direction, number, upper, unit)
    return Fields(
        ValueKind.QUANTITATIVE, direction, number, upper, unit, canonical, unparsed,
        tuple(problems),
    )  # fmt: skip


def parse_simple_quantity(text: str) -> Fields | None:
    """Fast path for the common clean form "≥90%", "≤54671.41元", "384台" (same result)."""
    m = SIMPLE_QUANTITY.fullmatch(text)
    if m is None:
        return None
    pre, spelt = m.group("pre"), m.group("unit")
    direction = SYMBOL_DIRECTIONS[pre] if pre else None
    number = _decimal(m.group("num"))
    problems: tuple[str, ...]
    unit: str | None
    if spelt is None:
        unit, problems = None, ("缺少计量单位",)
    else:
        unit, problems = canonical_unit(spelt), ()
        if spelt in ASSUMED_SPELLINGS:
            problems = (ASSUMED_SPELLINGS[spelt][1],)
    canonical = render_quantity(direction, number, None, unit)
    return Fields(ValueKind.QUANTITATIVE, direction, number, None, unit, canonical, "", problems)


def _resolve_units(g: dict[str, str | None], problems: list[str]) -> str | None:
    unit: str | None = None
    if g["unit"]:
        unit, notes = unit_expression(g["unit"])
        problems.extend(notes)
    if g["unit2"]:
        unit2, notes = unit_expression(g["unit2"])
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


_SYMBOL = {d: d.value for d in Direction}  # an enum's .value is a slow property


def render_quantity(
    direction: Direction | None, number: Decimal | None, upper: Decimal | None, unit: str | None
) -> str:
    if number is None:
        return ""
    text = (_SYMBOL[direction] if direction else "") + format_number(number)
    if upper is not None:
        text += "~" + format_number(upper)
    return text + (unit or "")
