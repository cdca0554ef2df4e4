"""Compare an indicator's 实际完成值 with its 年度指标值 and pick the scoring method.

Both texts are read with the indicator-value grammar (:func:`jixiao.grammar.parse_value`).
A quantitative target needs a quantitative actual in the same unit (money converts
through 万元; an actual written without a unit takes the target's). A qualitative target
— or a quantitative one answered in words ("按时完成") — is graded by the words of the
profile's qualitative bands (达成/部分达成/未达成 and their usual wordings), or by the
position of the answer on the target's own scale ("好/较好/一般/差": first = 达成,
second = 部分达成, lower = 未达成). Anything else cannot be scored (E103).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from jixiao.grammar import Direction, IndicatorValue, ValueKind, parse_value
from jixiao.review.profile import level_key
from jixiao.scoring import methods
from jixiao.scoring.methods import ScoringMethod, scoring_method
from jixiao.scoring.profile import LeRule, QualitativeBand, ScoringSettings

cached_level_key = lru_cache(maxsize=4096)(level_key)  # a few dozen level names in practice
_PUNCT = re.compile(r"[\s，。；、,.;:：!！（）()“”\"']+")


@dataclass(frozen=True, slots=True)
class Comparison:
    """How one indicator scores, before its weight is applied."""

    method: ScoringMethod
    share: Decimal
    ratio: Decimal | None = None  # actual / target (quantitative)
    met: bool | None = None
    band: str | None = None  # qualitative grade
    overshoot: bool = False


@dataclass(frozen=True, slots=True)
class Unscorable:
    reason: str


def _is_cost(level1: str, level2: str, name: str, settings: ScoringSettings) -> bool:
    """Read as a ceiling without a sign: a cost level, or a rate where less is better."""
    cost = settings.cost_levels
    if cached_level_key(level1) in cost or cached_level_key(level2) in cost:
        return True
    return bool(name) and name.strip().endswith(tuple(settings.ceiling_names))


def _amount(value: IndicatorValue, target: IndicatorValue) -> Decimal | None:
    """The actual's number in the target's unit, or None when they are not comparable."""
    if value.number is None:
        return None
    if value.unit is None or value.unit == target.unit:
        return value.number
    if value.money_in_wan is not None and target.money_in_wan is not None:
        assert target.number is not None
        # Money: compare in 万元, then express in the target's own unit.
        return value.money_in_wan * target.number / target.money_in_wan if target.number else None
    return None


def _ceiling_method(settings: ScoringSettings) -> ScoringMethod:
    ceiling = methods.LE_INVERSE if settings.le_rule is LeRule.INVERSE else methods.LE_LINEAR
    return scoring_method(ceiling.id)


def _quantitative(
    target: IndicatorValue, actual_text: str, is_cost: bool, settings: ScoringSettings
) -> Comparison | Unscorable | None:
    """The comparison of a numeric target; None when the actual is words (try bands)."""
    actual = parse_value(actual_text)
    if actual.kind is not ValueKind.QUANTITATIVE or actual.number is None:
        return None
    assert target.number is not None
    number = _amount(actual, target)
    if number is None:
        return Unscorable(f"实际完成值“{actual_text}”与年度指标值“{target.raw}”计量单位不一致")
    t = target.number
    ratio = number / t if t else None
    direction = target.direction
    if target.upper is not None:
        method = scoring_method(methods.RANGE.id)
    elif direction in (Direction.LE, Direction.LT) or (direction is None and is_cost):
        method = _ceiling_method(settings)
    elif direction is Direction.EQ or direction is None:
        method = scoring_method(methods.EQ_RATIO.id)
    else:
        method = scoring_method(methods.GE_RATIO.id)
    assert method.share is not None
    share = method.share(number, t, target.upper)
    upward = method.id in (methods.GE_RATIO.id, methods.EQ_RATIO.id)
    overshoot = upward and ratio is not None and t > 0 and ratio >= settings.overshoot_ratio
    return Comparison(method, share, ratio=ratio, met=share == 1, overshoot=overshoot)


def _key(text: str) -> str:
    return _PUNCT.sub("", text)


def _same_words(target_text: str, actual_text: str) -> bool:
    key = _key(target_text)
    return bool(key) and key == _key(actual_text)


def band_for_words(text: str, bands: list[QualitativeBand]) -> QualitativeBand | None:
    """The band whose words the answer is, or starts with (the longest word wins)."""
    key = _key(text)
    if not key:
        return None
    best: tuple[int, QualitativeBand] | None = None
    for band in bands:
        for word in band.words:
            if key == word:
                return band
            if key.startswith(word) and (best is None or len(word) > best[0]):
                best = (len(word), band)
    return best[1] if best else None


def _band_on_scale(text: str, target: IndicatorValue, bands: list[QualitativeBand]) -> int | None:
    """Position of the answer on the target's own scale, as a band index (0, 1, 2…)."""
    if target.kind is not ValueKind.GRADED or len(target.levels) < 2:
        return None
    key = _key(text)
    if key in target.levels:
        return min(target.levels.index(key), len(bands) - 1)
    return None


def _band_share(band: QualitativeBand, share: Decimal | None) -> Decimal:
    if share is None:
        return band.default
    return min(band.high, max(band.low, share))


def _qualitative(
    target: IndicatorValue, actual_text: str, share: Decimal | None, settings: ScoringSettings
) -> Comparison | None:
    bands = settings.qualitative_bands
    position = _band_on_scale(actual_text, target, bands)
    band = bands[position] if position is not None else band_for_words(actual_text, bands)
    if band is None and share is not None:
        # No words to go by: the evaluator's stated share decides the band.
        band = next((b for b in bands if b.low <= share <= b.high), None)
    if band is None:
        return None
    value = _band_share(band, share)
    method = scoring_method(methods.QUALITATIVE.id)
    return Comparison(method, value, met=band is bands[0], band=band.name)


def compare(
    level1: str,
    level2: str,
    target_text: str,
    actual_text: str,
    share: Decimal | None,
    settings: ScoringSettings,
    name: str = "",
) -> Comparison | Unscorable:
    """Score one indicator's target against its actual value (``name``: its 三级指标)."""
    if not actual_text.strip() and share is None:
        return Unscorable("未填写实际完成值")
    target = parse_value(target_text)
    if target.kind is ValueKind.QUANTITATIVE and target.number is not None:
        result = _quantitative(
            target, actual_text, _is_cost(level1, level2, name, settings), settings
        )
        if result is not None:
            return result
    if (
        share is None
        and target.kind is not ValueKind.QUANTITATIVE
        and _same_words(target_text, actual_text)
    ):
        # "及时" answered "及时", "显著提升" with "显著提升": the target is reached as stated.
        band = settings.qualitative_bands[0]
        return Comparison(
            scoring_method(methods.QUALITATIVE.id), band.default, met=True, band=band.name
        )
    graded = _qualitative(target, actual_text, share, settings)
    if graded is not None:
        return graded
    return Unscorable(f"实际完成值“{actual_text}”无法与年度指标值“{target_text}”比较")
