"""触发条件 (triggers): which content rules can fire on an indicator, decided in one pass.

A content rule declares in its table entry the facts it ``needs`` — conditions without
which its check certainly returns ``None`` (“percent”: the value is a percentage;
“basis_digit”: the basis holds a digit). The engine computes every fact of a distinct
indicator once, as the bits of one integer (:func:`facts_of`), and calls only the rules
whose needs are all there; the others cost nothing. So the work per indicator follows
what its text contains, not how many rules the catalogue holds. The facts of a value,
a basis or a name are remembered per text (templates repeat “≥90%” and “年度工作计划”) until
:func:`forget`, which the engine calls with its shared table.

A need is a *necessary* condition, never the rule itself: the check still decides.
``tests/review/test_triggers.py`` proves on every indicator of the seeds, the corpus and
generated ones that a rule whose needs are absent finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from jixiao.content_caches import content_table
from jixiao.grammar import IndicatorValue, UnitKind
from jixiao.grammar.stray import stray_ideographs
from jixiao.review.phrases import name_phrase, phrases
from jixiao.review.rules.basis import MAX_UNPARSED as _MAX_UNPARSED
from jixiao.review.rules.basis import sourceless
from jixiao.review.rules.common import DOWNWARD, EFFECT_LEVEL, PERCENT, is_money
from jixiao.review.rules.common import SATISFACTION as SATISFACTION_LEVEL
from jixiao.review.rules.integrity import PERIOD_OF_UNIT, counts_people, several
from jixiao.review.rules.measurability.measures import signs_run
from jixiao.review.rules.numbers.common import HUNDRED
from jixiao.review.wordlists import load_word_lists

if TYPE_CHECKING:
    from jixiao.review.context import FrameworkView, IndicatorView

FACTS: tuple[str, ...] = (
    "named",  # the name (三级指标) is written
    "nameless",  # … or it is empty
    "echo",  # written, and the description is empty or repeats it
    "long_name",  # longer than the profile's long_name_chars
    "level_name",  # the name is only a level's name (数量指标, 效益)
    "level_misfiled",  # 一级 or 二级 outside the framework, or 二级 under another 一级
    "residue",  # name or value holds a first character of a template-residue word (*, X …)
    "description_open",  # the description holds an opening bracket or ends like a cut
    "basis",  # 指标值确定依据 written
    "basisless",  # … or empty
    "basis_digit",  # the basis holds an ASCII digit
    "basis_quantity",  # … and at most two ideographs no quantity is written with (stray.py)
    "sourceless",  # the basis names no source type (rules.basis.sourceless)
    "description_digit",  # the description holds an ASCII digit
    "text_digit",  # the description or the name holds an ASCII digit
    "satisfaction",  # filed as satisfaction, or named so (满意度)
    "bounded_rate",  # named as a rate that cannot exceed 100%
    "percent",  # the value's unit is %
    "percent_spelt",  # the value is written with 百分比
    "money",  # the value is an amount or a money rate (元, 万元, 元/人)
    "unitless",  # the value has no unit
    "single",  # the value has a number and no upper bound
    "directed",  # the value has a comparison sign
    "downward",  # … and it is ≤ or <
    "problems",  # the grammar noted problems in the value
    "several",  # the value lists several units or holds another number (rules.integrity)
    "per_period",  # the value is a number of times per month, quarter or year
    "thing_unit",  # the value's unit counts things (个, 项, 台)
    "over_hundred",  # the value's number (a range's upper end) is above 100
    "counts_people",  # the name counts people (…人数, …人次; tested on thing_unit only)
    "count_name",  # the name is a count (数量, 次数 …) and not a rate
    "universal",  # the name or description holds 全部, 所有, 全覆盖 … (tested on percent only)
    "hundred_up",  # the value's number is 100 or more
    "undirected",  # the value has no comparison sign
    "other_unit",  # the value has a unit other than a percent, a percent point or a score
    "phrase",  # the name holds a phrase W112, W113, W121, R112, R127, M117, N114 or N223
    # seek, or the value a placeholder
    "sign_run",  # the value holds two or more comparison signs in a row (≥≥, >=)
    "zero",  # the value's number is 0
    "under_hundred",  # … or it is not 0 and below 100
    "year_value",  # the value holds 年
    "under_floor",  # the value's number is above 0 and below the profile's completion or
    # satisfaction floor (tested on percent only)
    "effect",  # filed under 效益 (its 一级's key: rules.common.EFFECT_LEVEL)
    "one",  # the value's number is 1 (N219: “≥1次”)
)
# each fact's bit, in FACTS' order: Final constants, which the compiled build folds into
# the code (a module global's value is otherwise looked up in the module's dict at each
# use, and facts_of and its helpers read some twenty per indicator)
NAMED: Final = 1 << 0
NAMELESS: Final = 1 << 1
ECHO: Final = 1 << 2
LONG_NAME: Final = 1 << 3
LEVEL_NAME: Final = 1 << 4
LEVEL_MISFILED: Final = 1 << 5
RESIDUE: Final = 1 << 6
DESCRIPTION_OPEN: Final = 1 << 7
BASIS: Final = 1 << 8
BASISLESS: Final = 1 << 9
BASIS_DIGIT: Final = 1 << 10
BASIS_QUANTITY: Final = 1 << 11
SOURCELESS: Final = 1 << 12
DESCRIPTION_DIGIT: Final = 1 << 13
TEXT_DIGIT: Final = 1 << 14
SATISFACTION: Final = 1 << 15
BOUNDED_RATE: Final = 1 << 16
PERCENT_UNIT: Final = 1 << 17
PERCENT_SPELT: Final = 1 << 18
MONEY: Final = 1 << 19
UNITLESS: Final = 1 << 20
SINGLE: Final = 1 << 21
DIRECTED: Final = 1 << 22
DOWNWARD_SIGN: Final = 1 << 23
PROBLEMS: Final = 1 << 24
SEVERAL: Final = 1 << 25
PER_PERIOD: Final = 1 << 26
THING_UNIT: Final = 1 << 27
OVER_HUNDRED: Final = 1 << 28
COUNTS_PEOPLE: Final = 1 << 29
COUNT_NAME: Final = 1 << 30
UNIVERSAL: Final = 1 << 31
HUNDRED_UP: Final = 1 << 32
UNDIRECTED: Final = 1 << 33
OTHER_UNIT: Final = 1 << 34
PHRASE: Final = 1 << 35
SIGN_RUN: Final = 1 << 36
ZERO: Final = 1 << 37
UNDER_HUNDRED: Final = 1 << 38
YEAR_VALUE: Final = 1 << 39
UNDER_FLOOR: Final = 1 << 40
EFFECT: Final = 1 << 41
ONE: Final = 1 << 42
_BIT = dict(zip(FACTS, (
    NAMED, NAMELESS, ECHO, LONG_NAME, LEVEL_NAME, LEVEL_MISFILED, RESIDUE, DESCRIPTION_OPEN,
    BASIS, BASISLESS, BASIS_DIGIT, BASIS_QUANTITY, SOURCELESS, DESCRIPTION_DIGIT, TEXT_DIGIT,
    SATISFACTION, BOUNDED_RATE, PERCENT_UNIT, PERCENT_SPELT, MONEY, UNITLESS, SINGLE, DIRECTED,
    DOWNWARD_SIGN, PROBLEMS, SEVERAL, PER_PERIOD, THING_UNIT, OVER_HUNDRED, COUNTS_PEOPLE,
    COUNT_NAME, UNIVERSAL, HUNDRED_UP, UNDIRECTED, OTHER_UNIT, PHRASE, SIGN_RUN, ZERO,
    UNDER_HUNDRED, YEAR_VALUE, UNDER_FLOOR, EFFECT, ONE
), strict=True))  # fmt: skip
if any(bit != 1 << n for n, bit in enumerate(_BIT.values())):  # (a constant out of order)
    raise AssertionError("the facts' bits are not in FACTS' order")
_DIGIT: Final = re.compile("[0-9]")
_RATE_KINDS: Final = frozenset({UnitKind.PERCENT, UnitKind.PERCENT_POINT, UnitKind.SCORE})
# facts facts_of tests only where another holds (their one rule needs both): a rule that
# needs the first must need the second too
_TESTED_ONLY_WITH = (
    (UNIVERSAL, PERCENT_UNIT), (COUNTS_PEOPLE, THING_UNIT), (UNDER_FLOOR, PERCENT_UNIT)
)  # fmt: skip
_MEMO_MAX: Final = 1 << 16
_by_value: Final[dict[str, int]] = content_table(f"{__name__}._by_value", {})  # value text → facts
_by_basis: Final[dict[str, int]] = content_table(f"{__name__}._by_basis", {})  # basis text → facts
_by_name: Final[dict[str, int]] = content_table(f"{__name__}._by_name", {})  # the name's own facts
_by_levels: Final[dict[tuple[FrameworkView, str, str], int]] = content_table(
    f"{__name__}._by_levels", {}
)  # framework, 一级, 二级 → facts


def needs_mask(needs: Iterable[str]) -> int:
    """The bits of the facts ``needs`` names; an unknown name is an error of the table."""
    mask = 0
    for name in needs:
        bit = _BIT.get(name)
        if bit is None:
            raise ValueError(f"未知的触发条件“{name}”（可用：{'、'.join(FACTS)}）")
        mask |= bit
    for fact, companion in _TESTED_ONLY_WITH:
        if mask & fact and not mask & companion:
            names = "、".join(FACTS[n] for n in range(len(FACTS)) if (fact | companion) >> n & 1)
            raise ValueError(f"触发条件须同时声明：{names}")
    return mask


def facts_of(v: IndicatorView) -> int:
    """The facts of one indicator, as bits (:data:`FACTS`), each tested once."""
    raw, basis, description = v.raw, v.basis, v.description
    value_facts = _by_value.get(raw)
    if value_facts is None:  # (each memo emptied when it grows too large)
        if len(_by_value) > _MEMO_MAX:
            _by_value.clear()
        value_facts = _by_value[raw] = _value_facts(v.value, raw)
    # (an int from here on, never None: compiled, `|=` on it is then a machine operation)
    facts: int = value_facts
    basis_facts = _by_basis.get(basis)
    if basis_facts is None:
        if len(_by_basis) > _MEMO_MAX:
            _by_basis.clear()
        basis_facts = _by_basis[basis] = _basis_facts(basis)
    facts |= basis_facts
    name = v.name
    name_facts = _by_name.get(name)
    if name_facts is None:
        if len(_by_name) > _MEMO_MAX:
            _by_name.clear()
        name_facts = _by_name[name] = _name_facts(name, v.key)
    facts |= name_facts
    plan = v.project.plan
    fw = plan.framework
    levels = (fw, v.level1, v.level2)
    level_facts = _by_levels.get(levels)
    if level_facts is None:
        level_facts = _by_levels[levels] = _level_facts(*levels)
    facts |= level_facts
    if name:
        if v.echo:
            facts |= ECHO
        if len(name) > plan.long_name_chars:
            facts |= LONG_NAME
    if description:
        # (a text of letters alone holds no digit: the search skipped, in C, on most)
        if not description.isalpha() and _DIGIT.search(description):
            facts |= DESCRIPTION_DIGIT | TEXT_DIGIT
        if (
            "（" in description
            or "(" in description
            or description.rstrip().endswith(load_word_lists().truncation_endings)
        ):
            facts |= DESCRIPTION_OPEN
    # facts that only one rule reads, tested only where its other needs hold
    if facts & PERCENT_UNIT:
        universal = load_word_lists().universal
        if universal.search(description) or universal.search(name):
            facts |= UNIVERSAL
        number = v.value.number
        if (  # (N225, N226: 0 < number < floor)
            number is not None
            and number > 0
            and (number < plan.completion_floor or number < plan.satisfaction_floor)
        ):
            facts |= UNDER_FLOOR
    if facts & THING_UNIT and counts_people(name):
        facts |= COUNTS_PEOPLE
    named = v.facts
    if named.satisfaction:
        facts |= SATISFACTION  # (named so; filed so: _level_facts)
    if named.bounded_rate:
        facts |= BOUNDED_RATE
    if named.count:
        facts |= COUNT_NAME
    return facts


def _level_facts(fw: FrameworkView, level1: str, level2: str) -> int:
    """The facts of a pair of level keys under framework ``fw`` (remembered per pair)."""
    facts = 0
    if level2 == SATISFACTION_LEVEL or level1 in fw.satisfaction_first:
        facts |= SATISFACTION  # (rules.common.is_satisfaction)
    if level1 not in fw.first_keys or fw.parent.get(level2) != level1:
        facts |= LEVEL_MISFILED  # (a 二级 outside the framework has no parent)
    if level1 == EFFECT_LEVEL:
        facts |= EFFECT
    return facts


def _name_facts(name: str, key: str) -> int:
    """The facts of a name (三级指标) alone; ``key`` is its squeezed form."""
    if not name:
        return NAMELESS
    lists = load_word_lists()
    facts = NAMED
    if lists.is_level_name(name, key):
        facts |= LEVEL_NAME
    if lists.residue_start.search(name):
        facts |= RESIDUE
    if not name.isalpha() and _DIGIT.search(name):
        facts |= TEXT_DIGIT
    if name_phrase().search(name):
        facts |= PHRASE
    return facts


def _value_facts(value: IndicatorValue, raw: str) -> int:
    facts = 0
    lists = load_word_lists()  # (once: a cached call is still a call)
    # each field read once: a pydantic model's attribute is a slow read
    unit, number, upper, direction = value.unit, value.number, value.upper, value.direction
    if unit is None:
        facts |= UNITLESS
    else:
        if unit == PERCENT:
            facts |= PERCENT_UNIT
        if value.unit_kind not in _RATE_KINDS:
            facts |= OTHER_UNIT  # (N107: a rate's value that is not one)
    if "百分比" in raw:
        facts |= PERCENT_SPELT
    if is_money(value):
        facts |= MONEY
    if number is not None and upper is None:
        facts |= SINGLE
    if direction is not None:
        facts |= DIRECTED
        if direction in DOWNWARD:
            facts |= DOWNWARD_SIGN
    else:
        facts |= UNDIRECTED
    if number is not None:
        if number >= HUNDRED:
            facts |= HUNDRED_UP
        elif number == 0:
            facts |= ZERO
        else:
            facts |= UNDER_HUNDRED
            if number == 1:
                facts |= ONE
    if value.problems:
        facts |= PROBLEMS
    if several(value):
        facts |= SEVERAL
    if unit in PERIOD_OF_UNIT and number is not None:
        facts |= PER_PERIOD
    if unit in lists.thing_units:
        facts |= THING_UNIT
    top = upper if upper is not None else number
    if top is not None and top > HUNDRED:
        facts |= OVER_HUNDRED
    if lists.residue_start.search(raw):
        facts |= RESIDUE
    if phrases().placeholder.search(raw):
        facts |= PHRASE  # (M117 reads the value too)
    if "年" in raw:
        facts |= YEAR_VALUE
    if signs_run(raw):
        facts |= SIGN_RUN
    return facts


def _basis_facts(basis: str) -> int:
    if not basis.strip():
        return BASISLESS
    facts = BASIS
    if _DIGIT.search(basis):
        facts |= BASIS_DIGIT
        if stray_ideographs(basis) <= _MAX_UNPARSED:
            facts |= BASIS_QUANTITY
    return facts | SOURCELESS if sourceless(basis.strip())[0] else facts
