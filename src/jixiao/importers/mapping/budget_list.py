"""A plan that lists its projects in prose, one numbered line each, the project's name and
its amount (a 河南 city 财政局 publishing the 绩效目标 of its 重点项目):

    …现对重大政策和重点项目的绩效目标予以公开,涉及项目10个,财政资金6692.8万元。项目分别为:
    1.青年人才生活补贴 2293万元;
    2.基本公共卫生服务项目市级配套经费 1144万元;
    …
    10.2024年养老服务业专项资金 200万元。

Each line is ``N.`` or ``N、``, a name holding a word (not a figure alone), then an amount
with its money unit closing the line. The list is read whole or not at all: its serials
run 1, 2, 3 … without a gap, it has two lines or more, and the prose around it vouches
for it — a sentence counting that many projects ('涉及项目10个') or stating their sum
('财政资金6692.8万元'). A numbered list of sums that neither count nor sum confirms (a
fund's parts, a notice's items) makes no projects. Read only where the walk found no
indicator and no budget: the list then is all the plan says of its projects.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified

_AMOUNT = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元|元)"
_ITEM = re.compile(rf"^(?P<serial>\d{{1,2}})[.、．]\s*(?P<name>.+?)\s*{_AMOUNT}[;；。,，]?$")
_ANY_AMOUNT = re.compile(_AMOUNT)
_WORD = re.compile(r"[\u4e00-\u9fff]")


def _item(text: str) -> tuple[int, str, Decimal] | None:
    """(serial, name as written, amount in 万元) of a numbered line, or None."""
    bare = to_simplified(unicodedata.normalize("NFKC", text)).strip()
    match = _ITEM.match(bare)
    if match is None or not _WORD.search(match.group("name")):
        return None
    if _ANY_AMOUNT.search(match.group("name")):
        return None  # two amounts on the line: a breakdown, not a project and its sum
    value = amount(match.group("n") + match.group("u"), Decimal(1))
    if value is None:
        return None
    # the name as the document writes it (traditional stays traditional) where the
    # conversion kept the line's length, so that its places still line up
    written = unicodedata.normalize("NFKC", text).strip()
    shown = written if len(written) == len(bare) else bare
    name = shown[match.start("name") : match.end("name")]
    return int(match.group("serial")), name, value


def _runs(paragraphs: list[Paragraph]) -> list[tuple[int, list[tuple[str, Decimal]]]]:
    """The runs of consecutive numbered lines from serial 1 on, with where each starts."""
    runs: list[tuple[int, list[tuple[str, Decimal]]]] = []
    at = 0
    while at < len(paragraphs):
        item = _item(paragraphs[at].text)
        if item is None or item[0] != 1:
            at += 1
            continue
        start = at
        listed: list[tuple[str, Decimal]] = []
        while at < len(paragraphs) and (item := _item(paragraphs[at].text)) is not None:
            if item[0] != len(listed) + 1:
                break
            listed.append(item[1:])
            at += 1
        runs.append((start, listed))
    return runs


def _vouched(listed: list[tuple[str, Decimal]], before: list[Paragraph]) -> bool:
    """Whether the prose before the list counts its projects or states their sum."""
    total = sum((value for _, value in listed), Decimal(0))
    for paragraph in before:
        text = to_simplified(unicodedata.normalize("NFKC", paragraph.text))
        if len(listed) in counted_projects(text):
            return True
        for match in _ANY_AMOUNT.finditer(text):
            if amount(match.group("n") + match.group("u"), Decimal(1)) == total:
                return True
    return False


def read_budget_list(blocks: list[Block]) -> list[Project]:
    """The projects of the plan's numbered budget list; none when it has none that the
    prose vouches for."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.text]
    for start, listed in _runs(paragraphs):
        if len(listed) >= 2 and _vouched(listed, paragraphs[:start]):
            projects = []
            for offset, (name, value) in enumerate(listed):
                project = Project(name=name, budget_total=value)
                project.sources.update(
                    name=paragraphs[start + offset].source,
                    budget_total=paragraphs[start + offset].source,
                )
                projects.append(project)
            return projects
    return []


def listed_budgets(projects: list[Project], blocks: list[Block]) -> list[Project]:
    """The projects of a budget list instead of those read, when those hold no indicator
    and no budget."""
    if any(p.indicators or p.budget_total is not None for p in projects):
        return projects
    return read_budget_list(blocks) or projects
