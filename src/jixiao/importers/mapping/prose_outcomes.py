"""Indicators told as outcome sentences, in a self-evaluation report with no table.

``1、产出数量指标:第一,资助接受托养服务人次数年初指标值为不低于105人,全年实际完成值
116人。`` or ``(3)數量目標:當年人才驛站組織活動數量績效目標值是28次,實際完成值為40次``:
a name, a target phrase with its value, then an actual phrase with its value (the
phrases are data: ``prose_outcomes`` in profiles/import-headers.json). The name runs
back to the previous comma, colon or full stop; the label before the colon
(``产出数量指标``, ``數量目標``), or a level heading closed by a full stop
(``3.时效指标。``), gives the 二级 level when it names one.

Such sentences may follow each other with no comma between the target and the actual
phrase nor between one actual and the next name (``…每月中旬发放指标为100%实际完成值为100%
义务兵家庭优待金…发放指标为100%实际完成值为100%``): an actual that runs on into the next
sentence ends with its leading figure and unit. A level heading glued before a name
(``4.成本指标国家规定标准发放指标为…``) is the 二级 level, not part of the name.

A name may also run straight into its signed target, the actual following '实际' and the
words naming what was done (``数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,
实际飞行时长909.93小时``): the target is the sign, figure and unit, the actual the figure
and unit after those words. A run's label is no name: '数量指标:' is not the name '数量'
with a target phrase '指标'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.grammar.units import lookup_unit
from jixiao.importers.mapping.outcome_units import trailing_points, with_named_unit
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_STOPS = ",:;。"
_LABEL = re.compile(r"([^,:;。]{2,12}):")  # '产出数量指标:' opening a run
_HEADING = re.compile(r"([^,:;。]{2,12})。")  # '3.时效指标。': a run opened by a level heading
_NUMBERING = re.compile(r"^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]?")
_ITEM_NUMBER = re.compile(r"^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]")  # '1.' '(2)' '三、'
_LEAD_FIGURE = re.compile(r"(?:[≥≤<>=]|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?")
_UNIT_LENGTH = 4  # the longest unit spelling tried after a figure ('平方米')
_SIGN = r"(?:[≥≤<>=]|不低于|不少于|不高于|不超过)"
# '布防飞机数量≥6架,实际布防6架': name, signed target, '实际' and up to 8 words, actual
_SIGNED = re.compile(
    rf"(?P<name>[^{_STOPS}≥≤<>=]{{2,40}}?)(?P<value>{_SIGN}\d[^{_STOPS}]{{0,12}}?),实际"
    rf"(?P<words>[^{_STOPS}\d]{{0,8}})(?P<actual>\d[^{_STOPS}]{{0,12}})"
)
_PHRASE_WORDS = re.compile("目标值|指标值|完成值")  # a target or actual phrase, never a name
# a figure and its unit, signed or not: '≥6架', '909.93小时'
_SIGNED_MEASURE = re.compile(rf"^{_SIGN}?\d+(?:\.\d+)?[^\d{_STOPS}]{{0,4}}$")


def _words() -> dict[str, Any]:
    found: dict[str, Any] = packs.merged_data("import-headers.json")["prose_outcomes"]
    return found


@cache
def completion_names() -> frozenset[str]:
    """Names that state how far the item before was completed ('指标完成率')."""
    return frozenset(_words()["completion_names"])


@cache
def completed_words() -> frozenset[str]:
    """Words that say the item before was done in full ('…491米,已完成'): a completion
    of 100%."""
    return frozenset(_words()["completed_words"])


@cache
def _pattern() -> re.Pattern[str]:
    data = _words()
    target, actual = alternation(data["target"]), alternation(data["actual"])
    link = alternation(data["links"])
    # a value never holds a target phrase: '2、产出时效指标:项目完成时间年初指标值为…' is
    # not a name '2、产出时效' with the value '项目完成时间年初…'
    value = rf"(?:(?!(?:{target})(?:{link}))[^{_STOPS}]){{1,30}}?"
    # the name may close its own clause ('项目完成及时率,年初目标值100%,…'), and a target
    # that is a figure may follow its phrase with no link ('年初目标值≥95%')
    return re.compile(
        rf"(?P<name>[^{_STOPS}]{{2,60}}?),?(?:{target})(?P<link>{link})?(?P<value>{value}),?"
        rf"(?:全年|年末|年底)?(?:{actual})(?:{link})?(?P<actual>[^{_STOPS}]{{1,30}})"
    )


def _measure_end(text: str, start: int) -> int | None:
    """The end of a figure with its sign and unit starting at ``start`` ('100%', '≥5个',
    '2126.81万元'), the longest unit spelling the grammar knows; None when no figure."""
    figure = _LEAD_FIGURE.match(text, start)
    if figure is None:
        return None
    end = figure.end()
    if text.startswith(("%", "‰"), end):
        return end + 1
    return end + max(
        (n for n in range(1, _UNIT_LENGTH + 1) if lookup_unit(text[end : end + n])), default=0
    )


def _glued_end(text: str, start: int) -> int | None:
    """Where an actual value starting at ``start`` ends when the next outcome sentence
    follows it with no stop ('100%义务兵家庭优待金…指标为…'): after its leading figure and
    unit, when another sentence starts right there; else None."""
    end = _measure_end(text, start)
    return end if end is not None and _pattern().match(text, end) else None


def _glued_value(text: str, match: re.Match[str]) -> bool:
    """Whether the target read is one: glued to its actual phrase (no comma between) or
    to its target phrase (no link), it must be a figure with its unit ('…发放指标为100%
    实际完成值为…', '年初目标值≥95%'): only a measure shows where it ends; a word
    ('指标值为按实际需要') is no target."""
    start, end = match.span("value")
    measure = _measure_end(text, start) == end
    if match.group("link") is None:
        return measure  # no link: only a measure shows where the phrase's value is
    return text.startswith(",", end) or measure


def _level1(label: str) -> str:
    """The 一级 level a run's label opens with, when the rest names the 二级 one
    ('产出数量指标' -> 产出指标; '成本目标' alone opens no 一级), or ''."""
    words = vocabulary()
    for size in (2, 3):
        found = words.level(label[:size] + "指标", words.level1)
        if found and words.level(label[size:], words.level2):
            return found
    return ""


def _level2(label: str) -> str:
    """The 二级 level a run's label names ('产出数量指标' -> 数量指标), or ''."""
    table = vocabulary().level2
    found = [name for name in table if name and name in label]
    return table[max(found, key=len)] if found else ""


def _run_label(before: str) -> str:
    """The label of the run a sentence is in: the last 'label:' before it, or a level
    heading closed by a full stop ('3.时效指标。') when that comes later."""
    labels = [(m.start(), m.group(1)) for m in _LABEL.finditer(before)]
    labels += [
        (m.start(), m.group(1))
        for m in _HEADING.finditer(before)
        if vocabulary().level(_NUMBERING.sub("", m.group(1)), vocabulary().level2)
    ]
    if not labels:
        return ""
    return re.sub(r"^[(\d一二三四五六七八九十)、.]+", "", max(labels)[1])


def _headed_name(name: str) -> tuple[str, str]:
    """A name with a numbered level heading glued before it ('4.成本指标国家规定标准发放')
    split into that heading and the name; else ('', name)."""
    numbered = _NUMBERING.match(name)
    if numbered is None or not numbered.group():
        return "", name
    rest = name[numbered.end() :]
    table = vocabulary().level2
    heads = [alias for alias in table if alias and rest.startswith(alias)]
    if not heads or len(rest) - len(max(heads, key=len)) < 2:
        return "", name
    head = max(heads, key=len)
    return head, rest[len(head) :]


def _unrestated(name: str, value: str) -> str:
    """A name that restates its target before the target phrase ('…设备购置资金300万,
    年初目标值300万') without the restated figure."""
    if name.endswith(value) and len(name) - len(value) >= 2 and any(c.isdigit() for c in value):
        return name[: -len(value)]
    return name


def outcome_indicators(raw: str, source: SourceRef, *, simplify: bool = False) -> list[Indicator]:
    """The indicators the paragraph ``raw`` tells as target-and-actual sentences, their
    characters as written unless ``simplify`` (a traditional-character mirror, read
    simplified like :class:`ProseIndicators` reads it)."""
    written = compact(raw)
    text = to_simplified(written)  # the phrases are matched simplified …
    if simplify or len(text) != len(written):
        written = text
    found: list[Indicator] = []
    position = 0
    while (match := _pattern().search(text, position)) is not None:
        if not _glued_value(text, match) or _is_run_label(text, match):
            position = match.start() + 1
            continue
        glued = _glued_end(text, match.start("actual"))
        position = glued if glued is not None else match.end()
        name = written[match.start("name") : match.end("name")]  # … the cells kept as written
        if "?" in name or "\ufffd" in name:
            continue  # characters lost at the source: the name cannot be trusted
        head, name = _headed_name(name)
        if not head and len(unnumbered := _ITEM_NUMBER.sub("", name)) >= 2:
            name = unnumbered  # '1.重大动物强制免疫病种群体免疫密度,年初目标值…': the item's number
        label = head or _run_label(text[: match.start()])
        value = written[match.start("value") : match.end("value")]
        actual = written[match.start("actual") : glued or match.end("actual")]
        name, value, actual = with_named_unit(_unrestated(name, value), value, actual)
        weight, score = trailing_points(text, glued or match.end())
        indicator = Indicator(
            level1=_level1(label),
            level2=_level2(label),
            level3=name,
            value=value,
            actual=actual,
            weight=weight,
            score=score,
        )
        indicator.sources["level3"] = source
        found.append(indicator)
    return found or _signed_outcomes(text, written, source)


def _is_run_label(text: str, match: re.Match[str]) -> bool:
    """Whether the name and target phrase read are a run's label ('数量指标:…'): a
    二级 level followed by its colon, not a name and the target phrase '指标'."""
    label = text[match.start("name") : match.start("link")] if match.group("link") else ""
    words = vocabulary()
    return match.group("link") == ":" and words.level(label, words.level2) is not None


def _signed_outcomes(text: str, written: str, source: SourceRef) -> list[Indicator]:
    """Outcomes whose name runs straight into its signed target, the actual after
    '实际' and the words naming what was done ('布防飞机数量≥6架,实际布防6架')."""
    found: list[Indicator] = []
    for match in _SIGNED.finditer(text):
        if not all(_SIGNED_MEASURE.match(match.group(g)) for g in ("value", "actual")):
            continue  # a target or actual that is more than a figure and its unit
        if _PHRASE_WORDS.search(match.group("name")) or re.search(_SIGN, match.group("words")):
            continue  # '…,初目标值≥90%,实际完成值≥90%': a target phrase, not a name
        label = _run_label(text[: match.start()])
        indicator = Indicator(
            level1=_level1(label),
            level2=_level2(label),
            level3=_ITEM_NUMBER.sub("", written[match.start("name") : match.end("name")]),
            value=written[match.start("value") : match.end("value")],
            actual=written[match.start("actual") : match.end("actual")],
        )
        indicator.sources["level3"] = source
        found.append(indicator)
    return found
