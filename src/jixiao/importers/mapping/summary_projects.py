"""Projects a 决算 tells one a numbered paragraph, in the 决算公开 template's words:

    '(2)信访事务(宣传费)项目绩效目标完成情况综述。项目全年预算数2万元,执行数为2万元,完成预算的100%。…'

A paragraph whose text (after an optional '(n)' / '（n）' number, which may stand on a
line of its own above) opens with a name and one of ``summary_headings`` of
``profiles/import-prose-figures.json`` names a project; the rest of its paragraph, up to
the next such heading or number, is that project's own prose, whose stated budget and
amount spent (``read_stated_budget``) are the project's. Read only where the document
gave no project otherwise, and kept only when one project at least states a budget.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.model.plan import Project

_NUMBER = re.compile(r"^\s*[(（]\d{1,2}[)）]\s*")


@cache
def _heading() -> re.Pattern[str]:
    data = packs.merged_data("import-prose-figures.json")
    words = "|".join(re.escape(w) for w in data["summary_headings"])
    return re.compile(rf"^(?P<name>[^。,，;；:：]{{2,40}}?)(?:{words})[。.]?")


def _sections(blocks: list[Block]) -> list[tuple[str, list[Paragraph]]]:
    sections: list[tuple[str, list[Paragraph]]] = []
    body: list[Paragraph] | None = None
    for block in blocks:
        if not isinstance(block, Paragraph):
            continue
        text = _NUMBER.sub("", block.text)
        heading = _heading().match(text)
        if heading is not None:
            body = [Paragraph(raw=text[heading.end() :], source=block.source)]
            sections.append((heading.group("name"), body))
        elif _NUMBER.match(block.text):
            body = None  # another numbered paragraph: the project's prose ends
        elif body is not None:
            body.append(block)
    return sections


def summary_projects(blocks: list[Block]) -> list[Project]:
    """The projects of a 决算's numbered 综述 paragraphs, each with the budget it states."""
    projects = []
    for name, body in _sections(blocks):
        project = Project(name=name)
        read_stated_budget([project], list(body))
        projects.append(project)
    return projects if any(p.budget_total is not None for p in projects) else []
