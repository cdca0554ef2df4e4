"""Scales (分级定性) and directions: “好/较好/一般/差”, “良好以上”, “不低于”."""

from __future__ import annotations

from jixiao.content_caches import content_cache
from jixiao.grammar.fields import Fields
from jixiao.grammar.indicator_value import Direction, ValueKind
from jixiao.grammar.patterns import LEVEL_PREFIX, LEVEL_SUFFIX, MAX_SUFFIX
from jixiao.grammar.vocabulary import (
    ASCII_DIGIT,
    BINARY_SINGLES,
    GRADE_SINGLES,
    GRADE_WORDS,
    INCLUSION,
    LEVEL_SEPARATORS,
    POLAR_PAIRS,
    PREFIX_DIRECTIONS,
    SINGLE_CHAR_SCALE,
    SUFFIX_DIRECTIONS,
)

# --------------------------------------------------------------------------- levels


def tokenise_levels(text: str) -> list[str] | None:
    """Split "好/较好/一般/差" or "优良中差" into scale levels; None if a word is unknown."""
    if len(text) >= 3 and all(ch in SINGLE_CHAR_SCALE for ch in text):
        return list(text)
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in LEVEL_SEPARATORS:
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


def parse_levels(text: str) -> Fields | None:
    """Graded (分级) or binary (是否) levels, possibly with a direction ("良好以上")."""
    if ASCII_DIGIT.search(text):
        return None
    directed = _directed_level(text)
    if directed is not None:
        return directed
    tokens = tokenise_levels(text)
    return None if tokens is None else _levels_fields(tokens)


def _levels_fields(tokens: list[str]) -> Fields | None:
    levels = tuple(dict.fromkeys(tokens))
    if len(levels) == 1:
        word = levels[0]
        if word in BINARY_SINGLES:
            return Fields(ValueKind.BINARY, canonical=word, levels=levels)
        if word in GRADE_SINGLES:
            return Fields(ValueKind.GRADED, canonical=word, levels=levels)
        return None
    canonical = "/".join(levels)
    if len(levels) == 2 and frozenset(levels) in POLAR_PAIRS:
        return Fields(ValueKind.BINARY, canonical=canonical, levels=levels)
    return Fields(ValueKind.GRADED, canonical=canonical, levels=levels)


def _directed_level(text: str) -> Fields | None:
    """One level and a direction (定性档次+方向): "≥良好", "达到良好", "良好及以上"."""
    pre = LEVEL_PREFIX.match(text)
    post = LEVEL_SUFFIX.search(text, max(0, len(text) - MAX_SUFFIX))
    if not pre and not post:
        return None
    start = pre.end() if pre else 0
    end = post.start() if post else len(text)
    word = text[start:end]
    if word not in GRADE_SINGLES and word not in BINARY_SINGLES:
        return None
    direction, problems = resolve_direction(
        pre.group(0) if pre else None, _suffix_word(post.group(0)) if post else None, None
    )
    if direction is None:  # "约良好", "良好左右": not a level
        return None
    canonical = (direction.value if direction else "") + word
    return Fields(
        ValueKind.GRADED, direction=direction, canonical=canonical, problems=problems,
        levels=(word,),
    )  # fmt: skip


def _suffix_word(text: str) -> str:
    return text.split("(", 1)[0]


# --------------------------------------------------------------------------- directions


@content_cache(maxsize=1024)
def resolve_direction(
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
        direction = _apply_inclusion(direction, INCLUSION[incl])
    return direction, tuple(problems)


def _apply_inclusion(direction: Direction, inclusive: bool) -> Direction:
    """Apply "(含)"/"(不含)" written after 以上/以下: it toggles strictness."""
    if inclusive:
        return {Direction.GT: Direction.GE, Direction.LT: Direction.LE}.get(direction, direction)
    return {Direction.GE: Direction.GT, Direction.LE: Direction.LT}.get(direction, direction)
