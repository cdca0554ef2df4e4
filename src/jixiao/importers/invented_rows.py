"""Rows a reading made that are no indicator of the document, dropped or repaired.

A glued or cut text can be split at the wrong places: the reading then makes rows out of
pieces of the 二级 cell, of a sentence or of a heading. Such a row is worse than none
(the review raises findings on it), so the signs below are checked on every imported
row, whatever reading made it, and each drop or repair is told in a warning:

- the name opens with a template's note in brackets (``(必填硬性指标)…``, ``(选填)``):
  the note belongs to the 二级 label, so the row was cut out of the 二级 cell and its
  name, value and actual are pieces of the glued text;
- the name opens with the unit of a number it was cut from (``万元,发放…``, ``人,目前…``,
  ``月底前发放完毕``): a quantity's tail, not a name;
- the value is a fragment of a date (``22年`` out of ``2022年``): every place the value is
  written in the document, a digit stands right before it;
- name and actual read a table's heading (``年度`` + ``绩效目标`` of ``年度绩效目标2``);
- the name is two cells of the text glued, a figure standing alone and the cell after it
  (``10`` + ``99`` of a 分值 / 得分 pair, ``30`` + ``上年结转资金`` of a budget line): a
  document flattened to one cell per line whose reading joined lines across a form;
- the name is a template's numbering with nothing or a blank mark after it (``指标1:/``) or
  a weight in brackets alone (``(10分)``, cut off its 一级 label): the placeholders of
  import-headers.json, which the grid readers skip, looked at again on whatever reading
  made the row;
- the name is a bare figure (``10``, ``27``): a 分值 or 得分 cell of a flattened sheet read
  where a name stands, never an indicator's name;
- the name is the tail of a numbered name broken by a space (``保统筹`` of ``指标1:资金是否
  全部纳入医 保统筹``): everywhere it is written, a numbered name's head (``指标1:`` and words,
  no figure, no label) stands right before it, so the row took the name's last characters;
- the name opens with a 二级 label other than the row's (``进度指标取得…监测资料``): the
  label is split off into the row's 二级 — a repair, the row is kept;
- the name ends with a 计量单位 cell glued to it, a unit over a unit (``演出设备成本件/件``
  before ``2万元``), while the value carries its own unit: the unit is cut off the name —
  a repair. A bare value keeps it (``人均补助元/人`` | ``500``: the unit is the value's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.plan import DepartmentPlan, ImportIssue, Indicator

_TEMPLATE_NOTE = re.compile(r"^[(（][^)）]*(?:必填|选填|硬性|可选|如有)[^)）]*[)）]")
_UNIT_TAIL_PATTERN = (
    r"(?:(?:万元|亿元|元|人次|人|户|个|件|次|项|台|套|吨|亩|公里|米|册|天|%)[,，、;；。]"
    r"|月底|月末|月份|日前|日止|日之前|号前)"
)
_UNIT_TAIL = re.compile(_UNIT_TAIL_PATTERN)
_NOTE_OPENERS = frozenset("(（")
# a template's numbering (指标1, 目标1) or a bracketed weight opens so
_PLACEHOLDER_OPENERS = frozenset("指目(（")
_UNIT_OPENERS = frozenset("万亿元人户个件次项台套吨亩公米册天%月日号")
# a name opening with a figure that no unit or date word follows ('1099', '30上年结转资金';
# not '28套会议系统…', '12月底前完成'): maybe two cells glued
_GLUED = r"\d+(?:\.\d+)?(?:$|\n|[^\d.\n万亿元人户个件次项台套吨亩米册天份篇场所年月日号周%％])"
_GLUED_SIGN = re.compile(_GLUED)
# a name opening so, or with a bracket, a unit or a label ending in 指标; a value empty or
# opening with two digits and 年 (one per line, searched from the literal newline)
_NAME_SIGN = re.compile(
    rf"\n(?:{_GLUED}|[^\S\n]*(?:[(（]|{_UNIT_TAIL_PATTERN}|[^\t\n]{{0,6}}指标))"
)
_LEADING_FIGURE = re.compile(r"^\d+(?:\.\d+)?")
_BARE_FIGURE = re.compile(r"^\d+(?:\.\d+)?%?$")
_VALUE_SIGN = re.compile(r"\n(?:\d\d年|[^\S\n]*\n)")
_YEAR_FRAGMENT = re.compile(r"^\d{2}年")
_UNIT_CHARS = "万亿元人户个件次项台套吨亩米册天份篇场所"
_RATIO = rf"[{_UNIT_CHARS}]{{1,2}}/[{_UNIT_CHARS}]{{1,2}}"
_RATIO_TAIL = re.compile(rf"^(.{{2,}}?)({_RATIO})$")
_RATIO_SIGN = re.compile(rf"{_RATIO}\n")  # a name ending so (one per line)
_UNIT_VALUE = re.compile(r"\d[^\d]*[^\d\s.]$")
_HEADING = re.compile(r"^(?:年度|中期|总体)?(?:绩效)?(?:目标|指标)\d*(?:[(（]\d+分[)）])?$")
_LEVEL2_LABEL = re.compile(
    r"^((?:数量|质量|时效|进度|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|满意度)指标)(.{2,})$"
)


def not_indicator(indicator: Indicator, text: Callable[[], str]) -> str | None:
    """Why a row is no indicator of the document whose text ``text()`` gives (None: it may
    be one)."""
    name = indicator.level3.strip()
    first = name[:1]
    if first in _NOTE_OPENERS and _TEMPLATE_NOTE.match(name):
        return "名称以模板的填写说明开头，是从二级指标格里切出的碎片"
    if first in _UNIT_OPENERS and _UNIT_TAIL.match(name):
        return "名称以数字的单位开头，是从一个数量上切下的尾巴"
    value = indicator.value
    if value[2:3] == "年" and _YEAR_FRAGMENT.match(value) and _always_after_digit(value, text()):
        return "指标值是一个日期的碎片（前面原本还有数字）"
    if not value.strip() and _HEADING.match(name + (indicator.actual or "").strip()):
        return "这一行是表格的标题，不是指标"
    if _GLUED_SIGN.match(name) and _glued_cells(name, text()):
        return "名称是两个单元格粘成的：一个单独的数字格和它后面的一格"
    if first in _PLACEHOLDER_OPENERS and vocabulary().is_placeholder(name):
        return "名称只是模板的编号或括号里的分值，不是指标名"
    if _BARE_FIGURE.match(name):
        return "名称只是一个数字（分值或得分），不是指标名"
    if len(name) <= _TAIL_LENGTH and _broken_tail(name, text()):
        return "名称是被空格断开的指标名的末尾几个字"
    return None


# a tail of a broken name is a few characters; a longer piece is a name of its own
_TAIL_LENGTH = 4
# the text before a name's tail: a numbered name's head, no figure, no label ('指标1:资金…纳入医')
_NUMBERED_HEAD = re.compile(r"指标\d{1,2}[:：](?:(?!指标)\D){1,30}$")


def _broken_tail(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` (its spaces gone) and, everywhere it does, ends a
    numbered name whose head comes right before it with no figure or label between."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(_NUMBERED_HEAD.search(text[max(0, s - 40) : s]) for s in starts)


def _glued_cells(name: str, text: str) -> bool:
    """Whether ``name`` is a figure standing alone on a line of ``text`` followed by
    another whole line of it ('10' and '99' -> '1099')."""
    figure = _LEADING_FIGURE.match(name)
    if figure is None:
        return False
    lines = "\n" + text + "\n"
    for end in range(1, figure.end() + 1):
        head, rest = name[:end], name[end:]
        if rest and f"\n{head}\n" in lines and f"\n{rest}\n" in lines:
            return True
    return False


def _always_after_digit(piece: str, text: str) -> bool:
    """Whether ``piece`` stands in ``text`` and a digit precedes it everywhere it does."""
    starts = [m.start() for m in re.finditer(re.escape(piece), text)]
    return bool(starts) and all(s > 0 and text[s - 1].isdigit() for s in starts)


def _split_label(indicator: Indicator) -> str | None:
    """The 二级 label glued before the name, split off (the old name), or None."""
    name = indicator.level3
    found = _LEVEL2_LABEL.match(name.strip()) if "指标" in name[:8] else None
    if found is None or found.group(1) == indicator.level2:
        return None
    old = indicator.level3
    indicator.level2, indicator.level3 = found.group(1), found.group(2)
    return old


def _split_unit(indicator: Indicator) -> str | None:
    """The unit over a unit glued after the name, cut off (the old name), or None."""
    found = _RATIO_TAIL.match(indicator.level3.strip())
    if found is None or not _UNIT_VALUE.search(indicator.value):
        return None
    old = indicator.level3
    indicator.level3 = found.group(1)
    return old


# each repair, its warning's code and text (project, old name, 二级, new name)
_REPAIRS: tuple[tuple[Callable[[Indicator], str | None], str, str], ...] = (
    (
        _split_label,
        "row-label-split",
        "项目「{0}」的指标名「{1}」以二级指标开头，已拆为二级「{2}」与名称「{3}」",
    ),
    (
        _split_unit,
        "row-unit-split",
        "项目「{0}」的指标名「{1}」末尾是计量单位，已去掉，名称为「{3}」",
    ),
)


def _suspect(indicators: list[Indicator]) -> bool:
    """Whether some sign may fit one of the rows: one search over all their names and one
    over all their values, as most projects have no row to look at. A short name alone is
    no sign (most documents have some; searching the text for each cost a fifth of the
    import): a broken name's tail is looked for where another sign showed the reading
    broken (a bare figure read as a name beside it, as in 稷山's sheet)."""
    names = "\n" + "\n".join([i.level3 for i in indicators]) + "\n"
    values = "\n" + "\n".join([i.value for i in indicators]) + "\n"
    return (
        _NAME_SIGN.search(names) is not None
        or _VALUE_SIGN.search(values) is not None
        or ("/" in names and _RATIO_SIGN.search(names) is not None)
    )


def screen_rows(plan: DepartmentPlan, texts: Callable[[], list[str]]) -> None:
    """Drop the rows that are no indicator and repair glued 二级 labels, with warnings
    (``texts``: the document's paragraphs and cells, normalised; read only when needed)."""
    text = cache(lambda: "\n".join(texts()))
    for project in plan.projects:
        if not _suspect(project.indicators):
            continue
        kept: list[Indicator] = []
        for indicator in project.indicators:
            reason = not_indicator(indicator, text)
            if reason is not None:
                plan.warnings.append(
                    ImportIssue(
                        code="row-not-indicator",
                        message=f"项目「{project.name}」的一行「{indicator.level3}」未导入：{reason}",
                        source=indicator.sources.get("level3"),
                    )
                )
                continue
            for split, code, told in _REPAIRS:
                old = split(indicator)
                if old is not None:
                    message = told.format(project.name, old, indicator.level2, indicator.level3)
                    source = indicator.sources.get("level3")
                    plan.warnings.append(ImportIssue(code=code, message=message, source=source))
            kept.append(indicator)
        project.indicators = kept
