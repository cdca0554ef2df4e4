"""A report on a unit's whole spending and its projects (整体和项目支出 自评), each told with
its own figures in prose:

    '部门预算总金额 803.74 万元其中:基本支出 757.49 万元,项目支出 46.25 万元。… 我单位共有 1 个
    项目批复了绩效目标,项目金额 46.00 万元。其中: 河湖水系闸坝工程运行维修经费 46.00 万元。'

The whole is the amount whose parts after '其中' are the unit's kinds of spending
(``whole_parts`` of ``profiles/import-prose-figures.json``: 基本支出, 项目支出), all of them
named and adding up to it to the cent; it is named by the unit the report's title names
before its year ('许昌市河湖水系水源调度中心 2022 年整体和项目支出…'), the fullest spelling
where the file's name abbreviates it. The projects are the
parts listed after a projects' total ('项目金额46.00万元。其中:'), read only where they add
up to it and their number is the count the report states ('共有1个项目'). Each is read
on its own arithmetic, only where the report gave no project otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified

_AMOUNT = r"\d+(?:\.\d+)?万元"
_WHOLE = re.compile(rf"(?P<total>{_AMOUNT})[,，]?其中[:：]?(?P<parts>[^。;；]*)")
_PROJECTS = re.compile(
    rf"项目(?:金额|资金|预算)(?:为|共|合计|共计)?(?P<total>{_AMOUNT})[。,，]?其中[:：]?(?P<parts>[^。]*)"
)
_PART = re.compile(rf"(?P<name>[^,，;；、:：\d]{{2,40}}?)(?:为)?(?P<n>{_AMOUNT})")
# a report's title: its unit, the year, a whole's report ('…2022年整体和项目支出绩效自评总结报告')
_TITLE = re.compile(
    r"^(?P<unit>[^,，。;；:：]{4,40}?)(?:19|20)\d{2}年度?[^,，。;；]{0,12}?整体[^,，。;；]{0,20}?报告"
)
_CENT = Decimal("0.01")


@cache
def _kinds() -> frozenset[str]:
    return frozenset(packs.merged_data("import-prose-figures.json")["whole_parts"])


def _money(text: str) -> Decimal:
    found = amount(text, Decimal(1))
    assert found is not None  # (the patterns take only figures in 万元)
    return found


def _parts(text: str) -> list[tuple[str, Decimal]]:
    return [(m.group("name"), _money(m.group("n"))) for m in _PART.finditer(text)]


def _adds_up(parts: list[tuple[str, Decimal]], total: str) -> bool:
    return bool(parts) and abs(sum(n for _, n in parts) - _money(total)) <= _CENT


def _whole(text: str, unit: str | None) -> Project | None:
    for match in _WHOLE.finditer(text):
        parts = _parts(match.group("parts"))
        named = {name for name, _ in parts}
        if unit and named == _kinds() and _adds_up(parts, match.group("total")):
            return Project(name=unit, budget_total=_money(match.group("total")))
    return None


def _listed(text: str) -> list[Project]:
    counts = counted_projects(text)
    for match in _PROJECTS.finditer(text):
        parts = _parts(match.group("parts"))
        if _adds_up(parts, match.group("total")) and len(parts) in counts:
            return [Project(name=name, budget_total=value) for name, value in parts]
    return []


def _unit(blocks: list[Block]) -> str | None:
    """The unit a line opening with the report's title names before its year; the fullest
    where the file's name abbreviates it ('河湖水系2022年整体…' / '许昌市河湖水系水源调度中心…')."""
    units = []
    for block in blocks:
        if isinstance(block, Paragraph):
            head = re.sub(r"\s+", "", to_simplified(block.text[:80]))
            title = _TITLE.match(head)
            if title is not None:
                units.append(title.group("unit"))
    return max(units, key=len, default=None)


def whole_and_projects(blocks: list[Block]) -> list[Project]:
    """The unit's whole and its projects, each with the budget its own sums confirm."""
    raw = "".join(b.raw for b in blocks if isinstance(b, Paragraph))
    text = re.sub(r"\s+", "", to_simplified(unicodedata.normalize("NFKC", raw)))
    if "其中" not in text:
        return []
    whole = _whole(text, _unit(blocks))
    return ([whole] if whole else []) + _listed(text)
