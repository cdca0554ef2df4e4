"""A report telling two projects or more in prose, each in a numbered section of its own:

    '一、项目基本情况 / (一)馆藏档案全文数字化转化经费项目 / … 争取到…项目资金42万元 …
    / (二)馆藏档案日常维护项目 / … 争取到市级财政资金21.44万元。'

A section opens at a short numbered sub-heading ('(一)…', '(二)…') that names a project
(it ends in one of ``section_project_endings`` of ``profiles/import-prose-figures.json``:
'项目', '经费' …, not '情况' or '目标') and ends at the next numbered heading of either
level. Each section's budget is the one its own prose states (``read_stated_budget``), so
a figure is paired with the project whose section tells it; an amount counted up to an
earlier year than the report's ('截止2013年已安排项目经费380万元', a clause opening with the
date) is that past's total, not the year's budget, and is left out. Read only where the
report gave no project otherwise, with two sections or more of distinct names of which
one at least states a budget.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.model.plan import Project

_NUMERALS = "一二三四五六七八九十"
_SUB_HEADING = re.compile(rf"^[(（][{_NUMERALS}]{{1,3}}[)）](?P<name>[^,，。;；:：]{{4,30}})$")
_TOP_HEADING = re.compile(rf"^[{_NUMERALS}]{{1,3}}[、.．]")
# a clause opening with a date up to a year: '截止2013年已安排项目经费380万元'
_COUNTED_TO = re.compile(r"(?:截止|截至|截止到|截至到)\s*(?P<year>(?:19|20)\d{2})年[^,，。;；]*")


@cache
def _endings() -> tuple[str, ...]:
    data = packs.merged_data("import-prose-figures.json")
    return tuple(data["section_project_endings"])


def _without_past_totals(block: Paragraph, year: int | None) -> Paragraph:
    if year is None:
        return block

    def past(match: re.Match[str]) -> str:
        return "" if int(match.group("year")) < year else match.group()

    raw = _COUNTED_TO.sub(past, block.raw)
    return block if raw == block.raw else Paragraph(raw=raw, source=block.source)


def _sections(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    sections: list[tuple[str, list[Block]]] = []
    body: list[Block] | None = None
    for block in blocks:
        if not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        heading = _SUB_HEADING.match(text)
        if heading is not None and heading.group("name").endswith(_endings()):
            body = []
            sections.append((heading.group("name"), body))
        elif heading is not None or _TOP_HEADING.match(text):
            body = None  # another section or part: the project's ends
        elif body is not None:
            body.append(block)
    return sections


def section_projects(blocks: list[Block], year: int | None) -> list[Project]:
    """The projects of the report's numbered sections, each with the budget it states."""
    sections = _sections(blocks)
    if len(sections) < 2 or len({name for name, _ in sections}) < len(sections):
        return []
    projects = []
    for name, body in sections:
        project = Project(name=name)
        kept: list[Block] = [
            _without_past_totals(b, year) for b in body if isinstance(b, Paragraph)
        ]
        read_stated_budget([project], kept)
        projects.append(project)
    return projects if any(p.budget_total is not None for p in projects) else []
