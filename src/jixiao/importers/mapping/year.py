"""The budget year a document states: '(2019年度)', '预算年度：2026' or '评价年度：2022',
'2023年…目标表'."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.vocabulary import normalise

# a year a sentence looks ahead to ('建议2024年度安排预算资金40万元', a 自评 report's advice
# for the next budget) is not the year the document is about
# (checked behind the four digits once they match, not at every place the search tries)
_AHEAD = r"(?<!建议\d{4})(?<!预计\d{4})(?<!计划\d{4})(?<!拟\d{4})(?<!拟于\d{4})"
_YEAR = r"((?:19|20)\d{2})" + _AHEAD
_NAMING = r"(?:表|预算|决算|公开|目标|自评|项目|经费|资金|支出)"
# Strongest first: a table's year, a 预算年度 field, then a year naming a document.
_SOURCES = (
    _YEAR + r"年度",
    r"^[(（]" + _YEAR + r"年[)）]$",  # a table's '(2021年)' on its own line
    r"(?:预算|评价)年度[:：]?" + _YEAR,
    _YEAR + r"年(?![\d月])[^。,，;；]{0,24}?" + _NAMING,
    # mirrors that render 年 as '-' ('2015-“三公”经费…决算表'), never a date's '2015-04'
    _YEAR + r"-(?![\d月])[^。,，;；]{0,24}?" + _NAMING,
    # a project period of one whole calendar year ('2020年元月起至2020年12月止', '2020年1月
    # -2020年12月', '2022年1月—12月' with the year not repeated): the year budgeted, when
    # nothing else names one
    _YEAR + r"年(?:元|一|1|01)月[^。,，;；\d]{0,3}(?:至|-|—|~)(?:\1年)?12月",
    # a 申报表 field of the project's first year ('项目开始年度 2023', filed in December
    # for the next budget): the year budgeted, when nothing else names one
    r"(?:项目)?(?:开始|起始)年度[:：]?" + _YEAR,
    # weakest: a cell or line that is a year alone, as a form prints it under its title
    # ('山西省阳泉市…项目支出绩效目标申报表' then '2021年')
    r"^" + _YEAR + r"年$",
    # weaker still: a text opening with the year its work was done ('2022年,我街道按照…对
    # 辖区11个住宅小区…开展燃气管道改造', a 自评表's 项目实施内容 or a report's first words)
    r"^" + _YEAR + r"年[,，]",
)
_PATTERNS = tuple(re.compile(source) for source in _SOURCES)
# The same over texts joined by newlines (none holding one), searched once each: no match
# crosses a newline and the anchors hold at each text's ends, so the first match is the
# one the first text that has one gives.
_JOINED = tuple(re.compile(source.replace("[^。", "[^\n。"), re.MULTILINE) for source in _SOURCES)


def texts_of(blocks: Iterable[Block]) -> list[str]:
    """Every paragraph and cell, normalised (simplified, no whitespace)."""
    found: list[str] = []
    for block in blocks:
        texts = [block.text] if isinstance(block, Paragraph) else block.texts
        found += [normalise(t) for t in texts if t]
        if not isinstance(block, Paragraph) and len(texts) > 1:
            # a line split into cells at its spaces: '2017 | 年部门整体支出绩效评价得分表'
            found.append(normalise("".join(texts)))
    return found


# A cited document's title ('根据《…关于开展2016年度专项支出绩效自评工作的通知》') names
# that document's year: the document's own words are read first, the citations only
# when they state no year (a 公示 whose year is the one of the 通知 it carries out).
# Only a cited notice or rule counts: a mirror wraps the document's own file name in
# 《…》 too ('《…2022年度部门整体绩效自评表.docx》').
_CITED = re.compile(r"《[^》\n]*(?:通知|办法|意见|规定|决定|细则|方案)》")


def stated_year(texts: list[str]) -> int | None:
    # Every pattern holds a year, so a text without '19' or '20' matches none — nor after
    # a cited title is taken out, unless it has one ('《'): only the others are searched.
    texts = [text for text in texts if "20" in text or "19" in text or "《" in text]
    whole = "\n".join(texts)
    if whole.count("\n") == len(texts) - 1:  # no text holds a newline: each pattern once
        own = _year_joined(_CITED.sub("", whole))
        return own if own is not None else _year_joined(whole)
    own = _year_in([_CITED.sub("", text) for text in texts])
    return own if own is not None else _year_in(texts)


def _year_joined(whole: str) -> int | None:
    for pattern in _JOINED:
        if match := pattern.search(whole):
            return int(match.group(1))
    return None


def _year_in(texts: list[str]) -> int | None:
    for pattern in _PATTERNS:
        for text in texts:
            if match := pattern.search(text):
                return int(match.group(1))
    return None


# the date a table was filed, or the page carrying it was issued ('发文日期 | 2021-01-05')
_FILED = re.compile(
    r"(?:填报|填表|申报|发文|发布|成文)日期[:：|]?" + _YEAR + r"(?:年|-|/)(\d{1,2})(?:月|-|/)"
)
FILED_BY_MONTH = 6  # a goal table filed by June is the current year's; later, next year's


def filed_plan_year(texts: list[str]) -> int | None:
    """The budget year of a goal table that names none, from the date it was filed
    ('填报日期:2021年1月28日'): a table filed in the first half of a year sets that year's
    goals, one filed later (the budget round of the autumn) the next year's."""
    for text in texts:
        if match := _FILED.search(text):
            year, month = int(match.group(1)), int(match.group(2))
            return year if month <= FILED_BY_MONTH else year + 1
    return None
