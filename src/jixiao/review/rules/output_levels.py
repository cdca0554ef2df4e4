"""R113: an output indicator under the wrong 产出 second level — a deadline or a timeliness
measure under 数量 or 质量 (it is 时效's), a quality rate (合格率, 达标率) under 数量 or 时效
(it is 质量's). The words are data (``profiles/review-output-levels.json``); a value that
is a date (“2025年12月”, “12月底前”) marks a time item too."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple, cast

from jixiao.review.context import IndicatorView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.textnorm.wordsearch import alternation

TABLE = rule_table(__name__)

_AFTER_TIME = 2  # characters a time word may leave after it (时限天数, 完成时间要求)
_LEVEL_NAMES = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标"}
# A template's hint or a unit after the name: “(≥**%)”, “（%）”, “%”, “100%”.
_TAIL = re.compile(r"(?:[（(][^（()）]*[)）]|[0-9.]+\s*[%％]|[%％*＊\s])+$")
_TAIL_ENDS = frozenset("）)%％*＊")  # the last character of any tail but whitespace
# A date or a deadline as the whole value: 2025年12月, 2021年12月31日, 2023年底, 12月底前.
_DATE = re.compile(
    r"^\s*(?:[≤<]|不晚于|于)?\s*(?:每年)?\s*(?:[0-9]{4}\s*年\s*(?:[0-9]{1,2}\s*月\s*(?:[0-9]{1,2}\s*日)?)?"
    r"|[0-9]{1,2}\s*月)\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|以前|之前|内|完成)?\s*$"
    r"|^\s*(?:[0-9]{4}\s*年\s*)?年\s*[底末]\s*(?:前|以前|之前)?\s*$"
    r"|^\s*[0-9]{4}\s*年\s*年\s*[底末]\s*(?:前|以前|之前)?\s*$"
)


# A value in time: a duration (3天, ≥1年, 7个工作日) or a date (2021年全年, 12月底).
_TIMED_VALUE = re.compile(r"[0-9]\s*(?:个)?\s*(?:年|月|日|天|小时|工作日|周)|[底末]")
# a count (11所 schools, 300名 trainees, 2座 bridges): 数量's, whatever the name says
_COUNTED = re.compile(
    r"[0-9]\s*(?:个|项|次|人|台|套|家|户|件|批|所|名|座|处|条|辆|栋|份|场|期|张|篇|册|宗|例|单)"
)
_QUALITY = "质量"


class _Words(NamedTuple):
    signal: re.Pattern[str]  # any word below: a name without one (and no date) is left at once
    time: re.Pattern[str]  # a deadline or a duration limit (完成时限, 响应时间), anywhere
    timely: re.Pattern[str]  # a timeliness word (及时, 按期) in a rate's or quality's name
    quality: re.Pattern[str]  # a quality rate (合格率, 达标率), ending the name
    dated: re.Pattern[str]  # a name that is a time item when its value is a date (时间)


@cache
def _words() -> _Words:
    data = load_data_file("review-output-levels.json")
    quality = alternation(_listed(data, "output_quality_rates"))
    every = [
        *_listed(data, "output_time_words"),
        *_listed(data, "output_timely_words"),
        *_listed(data, "output_quality_rates"),
        *_listed(data, "output_date_names"),
        _QUALITY,
    ]
    return _Words(
        alternation(every),
        alternation(_listed(data, "output_time_words")),
        alternation(_listed(data, "output_timely_words")),
        re.compile(f"(?:{quality.pattern})$"),
        alternation(_listed(data, "output_date_names")),
    )


def _listed(data: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], data.get(key, []))]


def _ends_with_time(time: re.Pattern[str], name: str) -> bool:
    """A time word closes the name (完成时限, 故障维护时限天数), not qualifies it (服务周期内…)."""
    return any(len(name) - m.end() <= _AFTER_TIME for m in time.finditer(name))


def belongs(name: str, value: str) -> str | None:
    """The 产出 second level an indicator's name (and value) says it measures; None: unsaid."""
    words = _words()
    if name and (name[-1] in _TAIL_ENDS or name[-1].isspace()):  # (\s: str.isspace)
        name = _TAIL.sub("", name)
    measure = name.endswith(("率", "性"))
    timed = _TIMED_VALUE.search(value) is not None
    if (measure or timed) and words.timely.search(name) is not None:
        return "时效"
    if words.quality.search(name) is not None:
        return "质量"
    if _QUALITY in name and not timed and _COUNTED.search(value) is None:
        return "质量"  # 质量符合国家标准 100%: how well, whatever the wording
    if measure:
        return None  # 完成时限达标率 … a rate of another kind
    if _ends_with_time(words.time, name):
        return "时效"
    if _DATE.search(value) is not None and (words.dated.search(name) or len(name) <= 12):
        return "时效"
    return None


def _misfiled_output(v: IndicatorView) -> Hit | None:
    value = v.raw
    if not v.name:
        return None  # nothing names what the row measures (and the gate: needs `named`)
    if _words().signal.search(v.name) is None and "月" not in value and "年" not in value:
        return None  # most names: one search, no date (the hot path of a cold review)
    filed = v.level2
    found = belongs(v.name, value)
    if found is None or found == filed:
        return None
    return hit(
        f"指标{q(v.name)}（指标值{q(v.raw)}）衡量的是"
        f"{'完成时限或及时程度' if found == '时效' else '完成的质量'}，"
        f"却放在{q(v.indicator.level2)}下，应归入{_LEVEL_NAMES[found]}。",
        field="level2",
        params={"level": _LEVEL_NAMES[found]},
    )


R113 = TABLE.rule("R113", _misfiled_output)

RULES = (R113,)
