"""Recognise the headings that structure a 部门预算绩效文本, in any of its layouts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from jixiao.model.disclosure import TABLE_KINDS
from jixiao.textnorm.enumeration import strip_enumeration


class HeadingKind(Enum):
    TOC = "目录"
    PART1 = "第一部分 部门整体绩效目标"
    PART2 = "第二部分 预算项目绩效目标"
    DISCLOSURE_PART = "部门预算公开"
    OVERALL = "总体绩效目标"
    SUB_GOALS = "分项绩效目标"
    MEASURES = "工作保障措施"
    PROJECT = "绩效目标表"
    DISCLOSURE_TABLE = "公开表"
    NARRATIVE = "情况说明"


# Immutable by contract and hashable by its fields, but not frozen at run time: a frozen
# dataclass sets each field through object.__setattr__, which tripled its creation.
@dataclass(slots=True, unsafe_hash=True)
class Heading:
    kind: HeadingKind
    text: str
    name: str = ""  # the project name, the table kind or the section title


_PROJECT_TITLE = re.compile(r"^(?:\d{1,3}\s*[.、．]\s*)?(?P<name>.+?)\s*绩效目标表$")
_PART1 = {"第一部分", "部门整体绩效目标", "第一部分部门整体绩效目标"}
_PART2 = {"第二部分", "预算项目绩效目标", "第二部分预算项目绩效目标"}
# The part of a published document holding the disclosure tables ("第三部分 部门预算公开").
_DISCLOSURE_PART = re.compile(r"^(?:第[一二三四五六七八九十]+部分)?部门预算(?:信息)?公开$")
_SECTION_NAMES = {
    "总体绩效目标": HeadingKind.OVERALL,
    "分项绩效目标": HeadingKind.SUB_GOALS,
    "工作保障措施": HeadingKind.MEASURES,
}
# The standard sections of a 部门预算情况说明, recognised wherever they appear.
NARRATIVE_SECTIONS = (
    "部门职责及机构设置情况",
    "部门预算安排的总体情况",
    "机关运行经费安排情况",
    "财政拨款“三公”经费预算情况及增减变化原因",
    "预算绩效信息",
    "政府采购预算情况",
    "国有资产信息",
    "名词解释",
    "其他需要说明的事项",
)
_NARRATIVE_PART = re.compile(r"部门预算(?:信息公开)?情况说明$")
_ASSET_TABLE = re.compile(r"^\d{4}年资产构成情况表$")


# each disclosure table's title -> its kind (the first kind, should two share a title)
_KIND_OF_TITLE: dict[str, str] = {}
for _kind, _title in TABLE_KINDS.items():
    _KIND_OF_TITLE.setdefault(_title, _kind)


def _table_kind(bare: str) -> str | None:
    """The kind of the disclosure table titled ``bare`` (its enumeration stripped)."""
    kind = _KIND_OF_TITLE.get(bare)
    if kind is not None:
        return kind
    if "资产构成情况表" in bare and _ASSET_TABLE.match(bare):
        return "assets"
    return None


_CLASSIFIED_KEPT = 4096  # paragraphs whose heading (or None) is remembered, per mode
# text -> its heading or None, without and with ``disclosure``: a 文本 repeats its
# paragraphs (单位：万元 and the unit line above each 绩效目标表, the section titles)
_CLASSIFIED: tuple[dict[str, Heading | None], dict[str, Heading | None]] = ({}, {})
_UNSEEN = Heading(HeadingKind.TOC, "")


def classify(text: str, *, disclosure: bool) -> Heading | None:
    """The heading a clean paragraph is, or None for ordinary text.

    ``disclosure`` says whether the document has shown it is a 部门预算公开 one,
    which turns on the recognition of its tables and narrative sections. Remembered per
    text (a :class:`Heading` is immutable: the same one may be given twice).
    """
    seen = _CLASSIFIED[disclosure]
    heading = seen.get(text, _UNSEEN)
    if heading is _UNSEEN:
        if len(seen) >= _CLASSIFIED_KEPT:
            seen.clear()
        heading = seen[text] = _classify(text, disclosure)
    return heading


def _classify(text: str, disclosure: bool) -> Heading | None:
    if not text or len(text) > 80:
        return None
    compact = text.replace(" ", "")
    if compact in ("目录", "目次"):
        return Heading(HeadingKind.TOC, text)
    if compact in _PART1:
        return Heading(HeadingKind.PART1, text)
    if compact in _PART2:
        return Heading(HeadingKind.PART2, text)
    if "公开" in compact and _DISCLOSURE_PART.match(compact):
        return Heading(HeadingKind.DISCLOSURE_PART, text)
    bare = strip_enumeration(compact)
    if bare in _SECTION_NAMES:
        return Heading(_SECTION_NAMES[bare], text)
    project = _PROJECT_TITLE.match(compact) if "绩效目标表" in compact else None
    if project and "。" not in compact and not compact.startswith("绩效"):
        return Heading(HeadingKind.PROJECT, text, project.group("name"))
    kind = _table_kind(bare)
    if kind is not None:
        return Heading(HeadingKind.DISCLOSURE_TABLE, text, kind)
    if bare in NARRATIVE_SECTIONS:
        return Heading(HeadingKind.NARRATIVE, text, bare)
    if disclosure and _NARRATIVE_PART.search(compact):
        return Heading(HeadingKind.NARRATIVE, text, bare)
    return None


_TOC_PAGE = re.compile(r"^\d{1,4}$")


def is_toc_entry(texts: list[str]) -> bool:
    """A table-of-contents row: a heading followed by its page number."""
    filled = [t for t in texts if t]
    return len(filled) == 2 and bool(_TOC_PAGE.match(filled[1])) and not _TOC_PAGE.match(filled[0])
