"""The shapes of a glued self-evaluation row's cells, as patterns (used by
:mod:`jixiao.importers.mapping.shaped_rows`): a 分值 or 得分, a measure, a word, a
target in words, a name's characters, and a whole row in each of the styles its
cells may be written in."""

from __future__ import annotations

import re
from functools import cache

POINTS = r"(?:100|[1-9]?\d)(?:\.\d+)?"  # a 分值 or 得分: a plain number up to 100
SIGN = r"(?:>=|<=|[≥≤<>=]|大于等于|小于等于|不低于|不少于|不高于|不超过)"
MEASURE = SIGN + r"?\d+(?:\.\d+)?(?:%|[^\W\d_]{0,4}?)"
UNIT_MEASURE = SIGN + r"?\d+(?:\.\d+)?(?:%|[^\W\d_]{1,4}?)"  # a measure with its unit
WORD = r"[^\W\d_]{1,10}?"  # a qualitative value: 及时, 显著提升
# a glued 分值 or 得分 as text recognition may read it: 'IO' for 10, 'O' for 0
GLUED_POINTS = rf"(?:{POINTS}|[1lI][0O](?![\dA-Za-z]))"
# a target in words, a measure, or text ending in a word ('2021年12月完成')
TEXT = rf"{MEASURE}|[^\d≥≤<>=]{{1,40}}?|[^≥≤<>=]{{1,40}}?(?<=[^\W\d_])"
# a target written twice holds a word: a bare figure twice is read as measures, and a
# pattern that could stop at one would end the match before trying a shorter 分值
TWIN_TEXT = (
    rf"{SIGN}?\d+(?:\.\d+)?[^\W\d_]{{1,4}}?|[^\d≥≤<>=]{{1,40}}?|[^≥≤<>=]{{1,40}}?(?<=[^\W\d_])"
)
DASH = r"[一\-—－/]?"  # an empty target cell of a scoring row (a dash, or nothing)
# a glued name's character: no figure, sign or point, but a date's ('12月底'), or years' span
NAME_CHAR = r"(?:\d{1,4}[年月日号](?![\d%])|[12]\d{3}[-—~][12]\d{3}(?=[^\W\d_])|[^\d≥≤<>=.])"


@cache
def row_pattern(order: tuple[str, ...], style: str, percent: bool = False) -> re.Pattern[str]:
    """A glued row's pattern. ``style``: 'measured' (measures), 'doubled' (a bare figure
    twice: '补贴渔船数' + '6' + '6' + '20', not '66' + '2' + '0'), 'worded' (a word target
    and the same word as the actual value), 'echoed' (a name that ends with its own
    target: '每年财政补助1000万元' + '1000万元' + '1000AAA'), 'twin' (any target written
    again as the actual value: '2021年12月完成' twice) or 'dashed' (a scoring row whose
    target cell holds a dash, its actual any text: '一' + '持续有效'). With ``percent``,
    each 权重 is closed by its '%' ('20%' then the 得分 '20')."""
    if style == "echoed":
        parts = [rf"(?P<name>{NAME_CHAR}{{2,60}}?(?P<echo>{UNIT_MEASURE}))"]
    else:
        parts = [rf"(?P<name>{NAME_CHAR}{{2,60}}?)"]
    word_role = ""  # the first of target / actual, whose word the other repeats
    for role in order:
        if role == "weight" and percent:
            parts.append(f"(?P<{role}>{POINTS}%)")
        elif role in ("weight", "score"):
            parts.append(f"(?P<{role}>{GLUED_POINTS})")
        elif style == "echoed" and role == "value":
            parts.append(f"(?P<{role}>(?P=echo))")
        elif style == "doubled":
            parts.append(
                f"(?P<{role}>(?P=value))" if role == "actual" else rf"(?P<{role}>\d+(?:\.\d+)?)"
            )
        elif style == "twin":
            parts.append(
                f"(?P<{role}>(?P={word_role}))" if word_role else f"(?P<{role}>{TWIN_TEXT})"
            )
            word_role = word_role or role
        elif style == "dashed":
            parts.append(f"(?P<{role}>{DASH})" if role == "value" else f"(?P<{role}>{TEXT})")
        elif style != "worded":
            parts.append(f"(?P<{role}>{MEASURE})")
        elif not word_role:
            parts.append(f"(?P<{role}>{WORD})")
            word_role = role
        else:
            parts.append(f"(?P<{role}>(?P={word_role}))")
    return re.compile("".join(parts) + r"(?!\d|\.\d|%|[-—~]\d)")
