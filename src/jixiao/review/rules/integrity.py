"""文字与单位完整性 (integrity): currency units, one value per cell, plausible frequencies,
template residue, truncated sentences and misspellings.

The service frequency table, template markers, sentence endings and the character
confusions behind misspellings are data (``lexicon-review.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import compress, repeat
from typing import Final

from jixiao.content_caches import content_cache
from jixiao.grammar import IndicatorValue
from jixiao.review.context import IndicatorView, PlanView, ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q
from jixiao.review.rules.soundalike import sound_alikes, sounds_alike

TABLE = rule_table(__name__)

_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:万|亿)?[\u4e00-\u9fff㎡%]")
_WAN_ONLY = "单位“万”按万元理解"


def _currency(v: IndicatorView) -> Hit | None:
    value = v.value
    raw = v.raw
    if _WAN_ONLY in value.problems:
        return hit(f"金额{q(raw)}只写了“万”，没有写“元”。", field="value")
    if value.unit is None and value.unparsed.startswith("/"):
        return hit(f"成本{q(raw)}没有货币单位（应为“元{value.unparsed}”之类）。", field="value")
    return None


M110 = TABLE.rule("M110", _currency)


def several(value: IndicatorValue) -> int:
    """What makes a value more than one target: :data:`SEVERAL_UNITS` (several units),
    :data:`SEVERAL_NUMBERS` (another number in its unparsed rest), or 0."""
    if "多个计量单位并列" in value.problems or (value.unit or "").endswith("等"):
        return SEVERAL_UNITS
    if value.unparsed and _QUANTITY.search(value.unparsed):
        return SEVERAL_NUMBERS
    return 0


SEVERAL_UNITS, SEVERAL_NUMBERS = 1, 2


def _several(v: IndicatorView) -> Hit | None:
    found = several(v.value)
    if not found:
        return None
    raw = v.raw
    if found == SEVERAL_UNITS:
        return hit(f"指标值{q(raw)}并列了几个计量单位，无法汇总考核。", field="value")
    return hit(f"指标值{q(raw)}含有不止一个数值，年终无法按一个目标考核。", field="value")


M111 = TABLE.rule("M111", _several)

PERIOD_OF_UNIT: Final = {"次/月": "月", "次/年": "年", "次/季度": "季", "次/季": "季"}


def _frequency(v: IndicatorView) -> Hit | None:
    value = v.value
    period = PERIOD_OF_UNIT.get(value.unit or "")
    if period is None or value.number is None:
        return None
    for entry in words().frequencies:
        if not entry.words.search(v.text):
            continue
        bounds = entry.per.get(period)
        if bounds is None:
            return None
        low, high = bounds
        number = value.number
        if low <= number <= high:
            return None
        side = "少于" if number < low else "多于"
        limit = low if number < low else high
        return hit(
            f"{entry.service}{q(v.raw)}{side}常见频次（每{period}{_n(limit)}次，{entry.source}）。",
            field="value",
            confidence=0.85 if number < low else 0.6,
        )
    return None


def _n(number: Decimal) -> str:
    return format(number.normalize(), "f")


M112 = TABLE.rule("M112", _frequency)


def _residue(v: IndicatorView) -> Hit | None:
    for field, text in (("level3", v.name), ("value", v.raw)):
        match = words().template_residue.search(text)
        if match is not None:
            return hit(f"{q(text)}中留有填表模板的提示{q(match.group(0))}。", field=field)
    return None


M113 = TABLE.rule("M113", _residue)


def _truncated(v: IndicatorView) -> Hit | None:
    text = v.description.strip()
    if len(text) < 6:
        return None
    opened = text.count("（") + text.count("(") - text.count("）") - text.count(")")
    if opened > 0 or text.endswith(words().truncation_endings):
        return hit(f"绩效指标描述{q(text[-30:])}没有写完。", field="description")
    return None


M114 = TABLE.rule("M114", _truncated)

_TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")  # “保障人数(人)”: the unit note in the name
# what a name ends with if the note can be there (its `$` also matches before a last "\n"):
# the pattern's search skipped, in C, on the other names
_NOTE_ENDS = (")", "）", "\n")
_RATE = "率"  # what a misspelt rate name's last character should be


def counts_people(name: str) -> bool:
    """A name (三级指标, stripped) that counts people (…人数, …人次), its unit note aside."""
    if name.endswith(_NOTE_ENDS):
        name = _TRAILING_NOTE.sub("", name)
    return name.endswith(words().headcount_names)


def _people_in_things(v: IndicatorView) -> Hit | None:
    """A head count (人数, 人次) whose value counts things (个, 项): which was meant?"""
    unit = v.value.unit
    if unit not in words().thing_units or not counts_people(v.name):
        return None
    return hit(
        f"指标{q(v.name)}数的是人，指标值{q(v.raw)}的计量单位却是{q(unit)}。",
        field="value",
    )


M116 = TABLE.rule("M116", _people_in_things)


@content_cache(maxsize=1 << 14)
def _confusable_fixes(name: str) -> tuple[tuple[str, str, bool], ...]:
    """(wrong window, right window, right one a rate name of the lexicon) for each
    confusable character of ``name`` in order: a pure function of the name, so remembered
    per name (most have none) and only the document's own names are looked up per plan."""
    lists = words()
    if lists.confusable.search(name, 2) is None:  # most names: one search in C, no more
        return ()
    confusions = lists.confusions
    fixes = []
    last = len((_TRAILING_NOTE.sub("", name) if name.endswith(_NOTE_ENDS) else name).rstrip()) - 1
    for match in lists.confusable.finditer(name, 2):  # a window needs two characters before
        i = match.start()
        window = name[i - 2 : i + 1]
        right = confusions[match.group()]
        fixed = window[:-1] + right
        # a rate's place: the name's last character (在线律 → 在线率), unless a real word
        # ends there (遵守纪律)
        rate_slot = (
            i == last and right == _RATE and name[i - 1 : i + 1] not in lists.confusable_words
        )
        fixes.append((window, fixed, rate_slot or lists.rate_names.fullmatch(fixed) is not None))
    return tuple(fixes)


def _misspelt(names: tuple[str, ...]) -> tuple[tuple[int, str, str, bool], ...]:
    """(position, wrong window, right window, right one written in the document) of names
    with a confusable character whose corrected form is written elsewhere in the same
    document or is a rate name of the lexicon (完成率, 合格率 …)."""
    text = "｜".join(dict.fromkeys(names))  # the document's names
    found = []
    # a name's confusable character is one of the text's: when the text holds none (one
    # search in C), no name is looked up; else only the names one search (mapped in C)
    # finds one in (most names: no Python call)
    confusable = words().confusable
    held = map(confusable.search, names, repeat(2)) if confusable.search(text) else ()
    for n in compress(range(len(names)), held):
        for window, fixed, rate_name in _confusable_fixes(names[n]):
            if fixed in text:
                found.append((n, window, fixed, True))
                break
            if rate_name:
                found.append((n, window, fixed, False))
                break
    spelt = {n for n, *_ in found}
    alikes = sound_alikes(names)  # other slips than the confusable pairs: homophones
    if alikes:
        for n, name in enumerate(names):
            alike = alikes.get(name)
            if alike is not None and n not in spelt:
                found.append((n, name[-len(alike) :], alike, alike in text))
    return tuple(sorted(found))


def _share_slips(views: list[IndicatorView], spelt: set[int]) -> list[tuple[int, str, str, None]]:
    """Names of a percentage (or a share written “≥0.97比例”) whose last character reads
    like 率 but is not it (应补尽补绿, 在线绿): a share is a rate whatever its name, so the
    slip needs no rate name to match — unless the last two characters are a real word
    (复绿, 考虑, 纪律: lexicon data)."""
    lists = words()
    slips = []
    for n, v in enumerate(views):
        if n in spelt or (v.value.unit != "%" and "比例" not in v.raw):
            continue
        name = v.name
        if name.endswith(_NOTE_ENDS):
            name = _TRAILING_NOTE.sub("", name)
        name = name.rstrip()
        last = name[-1:]
        if (
            len(name) >= 3
            and last != _RATE
            and "\u4e00" <= last <= "\u9fff"
            and name[-2:] not in lists.confusable_words
            and sounds_alike(last, _RATE)
        ):
            slips.append((n, name[-2:], name[-2] + _RATE, None))
    return slips


def _row_slips(p: ProjectView) -> list[tuple[int, str, str, None]]:
    """The share slips of a project's rows, by position (read from the rows alone)."""
    return _share_slips(p.indicators, set())


def _misspellings(view: PlanView) -> Iterator[Hit]:
    views = [v for p in view.projects for v in p.indicators]
    found: list[tuple[int, str, str, bool | None]] = list(_misspelt(tuple([v.name for v in views])))
    spelt = {n for n, *_ in found}
    offset = 0  # the share slips of each list of rows, found once (_share_slips(views, spelt))
    for p in view.projects:
        for n, window, fixed, _ in rows_fact(p, _row_slips):  # a share slip: no word known
            if n + offset not in spelt:
                found.append((n + offset, window, fixed, None))
        offset += len(p.indicators)
    if not found:
        return
    for n, window, fixed, here in sorted(found, key=lambda f: f[0]):
        v = views[n]
        if here is None:
            why = "指标值是百分比，名称应以“率”结尾"
        else:
            why = f"{'本文本其他指标' if here else '常用指标名称'}写作{q(fixed)}"
        yield hit(
            f"指标名称{q(v.name)}中的{q(window)}疑为{q(fixed)}之误（{why}）。",
            field="level3",
            project_index=v.project.index,
            indicator_index=v.index,
            params={"fixed": fixed},
        )


M115 = TABLE.rule("M115", _misspellings)

RULES = (M110, M111, M112, M113, M114, M115, M116)
