"""The 财政资金 of a budget grid that gives it by level of government instead of as one
line: a 转移支付 自评表's '其中:中央资金 / 省级资金 / 地方资金 / 其他资金' (咸宁:
'年度资金总额: 2380.91 …', '其中:中央资金 871 …', '省级资金 0 …', '地方资金 1509.91 …',
'其他资金 0 …'), or by the kind of public money of a 部门整体 自评表's 按收入性质分 (零陵:
'其中: 一般公共预算:1873.66万元', '政府性基金拨款:', '其他资金:2880万元': the label and its
figure in one cell). 纳入专户管理的非税收入 is no kind of 财政拨款 and is not counted.

The levels are all public money, so together they are the project's 财政资金 — but only
where the document's own total says so: the levels' figures in one column, plus the
其他资金 read, add up to the 预算数 read to the cent. Each level must stand alone in its
cell (a word of prose naming 中央资金 is no row) and once in the document, its figures right
after it. Only a single project with a 预算数 and no 财政资金 takes one, so a grid read
with a 其他资金 and no 财政资金 no longer looks like parts that miss the total. Words are
pack data (``fiscal_levels`` of ``profiles/import-stated-totals.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_FIGURE = re.compile(r"(?P<n>\d{1,9}(?:\.\d{1,6})?)(?:万元?)?")  # '829.3万' under a 万元 head
# '一般公共预算:1873.66万元': a label and its figure in one cell (零陵's 按收入性质分)
_GLUED = re.compile(r"(?P<label>[^\d:：]+[:：])(?P<figure>\d{1,9}(?:\.\d{1,6})?(?:万元?)?)")
_DECORATION = re.compile(r"^其中\s*[:：]?|[(（]\s*万元\s*[)）]|[:：]$")
_ROUNDING = Decimal("0.01")
_COLUMNS = 3  # 年初预算数, 全年预算数, 执行数: the 预算数 is among the first few figures


@cache
def _levels() -> frozenset[str]:
    words: list[str] = packs.merged_data("import-stated-totals.json")["fiscal_levels"]
    return frozenset(words)


@cache
def _any_level() -> re.Pattern[str]:
    return re.compile(alternation(sorted(_levels())))


def _tokens(blocks: list[Block]) -> list[str]:
    tokens: list[str] = []
    for block in blocks:
        cells = [block.raw] if isinstance(block, Paragraph) else block.raws()
        for cell in cells:
            text = to_simplified(unicodedata.normalize("NFKC", cell))
            for token in text.split():
                glued = _GLUED.fullmatch(token)
                tokens += [token] if glued is None else [glued["label"], glued["figure"]]
    return tokens


def level_figures(tokens: list[str]) -> dict[str, list[Decimal]] | None:
    """Each level's figures (up to the first few after it; none where its cells are
    empty); None where a level stands twice."""
    found: dict[str, list[Decimal]] = {}
    for at, token in enumerate(tokens):
        label = _DECORATION.sub("", token).strip()
        if label not in _levels():
            continue
        figures = []
        for after in tokens[at + 1 : at + 1 + _COLUMNS]:
            figure = _FIGURE.fullmatch(after)
            if figure is None:
                break
            figures.append(Decimal(figure.group("n")))
        if label in found:
            return None
        found[label] = figures
    return found


def fiscal_total(levels: dict[str, list[Decimal]], total: Decimal, other: Decimal) -> bool:
    """Whether the levels' figures in some one column, with ``other``, make ``total``."""
    written = [figures for figures in levels.values() if figures]  # an empty level is 0
    for column in range(_COLUMNS):
        if not written or any(len(figures) <= column for figures in written):
            return False
        summed = sum((figures[column] for figures in written), Decimal(0))
        if abs(summed + other - total) <= _ROUNDING:
            return True
    return False


def read_fiscal_levels(projects: list[Project], blocks: list[Block]) -> None:
    """A single project with a 预算数 and no 财政资金 takes the sum of its levels of
    government where they and its 其他资金 make the 预算数 (see the module's rules)."""
    if len(projects) != 1:
        return
    project = projects[0]
    total = project.budget_total
    if total is None or total <= 0 or project.budget_fiscal is not None:
        return
    raws = (b.raw if isinstance(b, Paragraph) else " ".join(b.raws()) for b in blocks)
    if not _any_level().search(to_simplified("\n".join(raws))):  # no level named
        return
    levels = level_figures(_tokens(blocks))
    if not levels or len(levels) < 2:  # one level named alone is a part, not the levels
        return
    other = project.budget_other or Decimal(0)
    if fiscal_total(levels, total, other):
        project.budget_fiscal = total - other
        source = project.sources.get("budget_total")
        if source is not None:
            project.sources["budget_fiscal"] = source
