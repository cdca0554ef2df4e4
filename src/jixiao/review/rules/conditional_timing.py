"""R140: a 时效 indicator whose name makes its timing depend on an outside condition and
sets no deadline (“根据资金到位时间执行项目进度 100%”, held-out round 16, 霍山县特殊教育补助
资金自评表): the work is due whenever the money comes, so the percentage says how much was
done, never whether on time. R104 takes the name's “时间” for a time requirement.

A name tied to a plan, a contract or a rule (按计划进度, 按合同约定时间), or a name or
description stating a deadline or timeliness (及时, 12月底前), is left alone. The words
are data (``jixiao/profiles/review-conditional-timing.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, q
from jixiao.textnorm.wordsearch import alternation

TABLE = rule_table(__name__)
_DATA = "review-conditional-timing.json"


def _list(key: str) -> list[str]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return [squeeze(str(w)) for w in raw]


@cache
def _condition() -> re.Pattern[str]:
    """A condition word, what it names, and the timing word after it."""
    reach = load_data_file(_DATA)["reach"]
    assert isinstance(reach, int)
    conditions = alternation(_list("condition_words")).pattern
    timings = alternation(_list("timing_words")).pattern
    return re.compile(f"(?:{conditions})(.{{1,{reach}}}?)(?:{timings})")


@cache
def _planned() -> re.Pattern[str]:
    return alternation(_list("planned_words"))


@cache
def _timely() -> re.Pattern[str]:
    return alternation(_list("timely_words"))


def _timed_by_condition(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效" or v.value.unit != PERCENT:
        return None
    found = _condition().search(v.key)
    if found is None or _planned().search(found[1]) is not None:
        return None  # no condition, or a plan's, a contract's dates
    text = f"{v.name}｜{v.description}"
    lists = words()
    if _timely().search(squeeze(text)) or lists.deadline.search(text):
        return None
    if lists.deadline_date.search(text):
        return None
    return hit(
        f"时效指标{q(v.name)}的时间取决于“{found[1]}”，指标值{q(v.raw)}只说完成了多少，"
        "没有完成时限：什么时候算按时完成，年终无从判断。",
        field="level3",
    )


R140 = TABLE.rule("R140", _timed_by_condition)

RULES = (R140,)
