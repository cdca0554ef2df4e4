"""The budget a self-evaluation report states in prose, and the 执行率 computed from it
when the report states the amount spent but no rate.

A budget is an amount with its money unit right after a budget label ('全年预算数为1050
万元', '资金预算150万元', '项目预算合计为423.38万元') or after an allocation verb and its
fund noun ('下达我局森林防火三三制经费75.96万元', '安排资金700万元', '列支179万元'). The
labels are pack data (``profiles/import-prose-figures.json``), in tiers from the most
specific (全年预算数) to the allocations: the first tier the prose uses decides (a label
such as 项目资金 only with a total word: '项目资金共2179万元'); within
it a statement of a total ('资金共2330.9万元') outweighs the parts told beside it; and its
amounts must agree — a report telling two budgets states none that can be taken (a
region's batches, '下达…预算463142万元' then '…163455万元'). A bare number ('共计239万元')
or an investment ('总投资') is no budget.

The amount spent is one after a spent label ('执行数为1050万元', '支出共计87.06万元'),
again only when every such amount agrees. A project without a 执行率 takes spent ÷
budget only when both were read here: a rate is never computed from a guess.

Only a single project without a budget takes one. Each figure keeps its sentence as source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.project_counts import before_several
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import strip_pinyin, to_simplified
from jixiao.textnorm.alternation import alternation

_NUMBER = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元|元)"
# between a verb and its fund noun: no clause end, no amount ('共计下达中央、市级转移
# 支付资金3580.69万元': a 、 joining the funds' sources is inside the gap; an amount never is)
_GAP = r"[^，,。；;:：元\n]{0,40}?"
_ASIDE = r"(?:[(（][^()（）]{1,20}[)）])?"  # '资金(县域商业建设行动)14680万元'
_RATE_PLACES = Decimal("0.0001")
_PARTS = re.compile(r"[,，(（]?\s*其中[:：]?([^。；;]*)")
_AMOUNTS = re.compile(_NUMBER)
_LATER_PARTS = re.compile(r"[^。；;]*?其中[:：]?([^。；;]*)")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-prose-figures.json")
    return data


@cache
def _tier_of() -> dict[str, int]:
    return {label: tier for tier, labels in enumerate(_data()["budget_tiers"]) for label in labels}


@cache
def _budget_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The labelled amounts and the allotted ones, matched apart: an allocation verb
    before a label ('下达…预算资金3万元') must not hide the label's tier."""
    data = _data()
    total = rf"(?P<total>{alternation(data['total_words'])})?"
    tail = rf"{total}\s*(?:{alternation(data['links'])})?\s*{_NUMBER}"
    nouns = alternation(data["allocation_nouns"])
    verbs = alternation(data["allocation_verbs"])
    return (
        re.compile(rf"(?P<label>{alternation(list(_tier_of()))}){tail}"),
        re.compile(rf"(?:{verbs})(?:{_GAP}(?:{nouns}){_ASIDE})?{tail}"),
    )


@cache
def _spent_pattern() -> re.Pattern[str]:
    data = _data()
    return re.compile(
        rf"(?:{alternation(data['spent_labels'])})\s*(?:{alternation(data['links'])})?"
        rf"\s*{_NUMBER}"
    )


@dataclass(frozen=True)
class Statement:
    """An amount the prose states: its tier (allocations last), whether it is a total."""

    tier: int
    total: bool
    value: Decimal
    label: str = ""  # the budget label, '' for an allocation


def _figure(match: re.Match[str]) -> Decimal | None:
    return amount(match.group("n") + match.group("u"), Decimal(1))


def budget_statements(text: str) -> list[Statement]:
    """The budget amounts a sentence states; an allocation whose amount a label states
    ('下达预算资金201.48万元') is that label's statement, not a second one."""
    text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
    labelled, allotted = _budget_patterns()
    labelled_amounts: set[int] = set()
    wholes, inside = _summed_budgets(text)
    found: list[Statement] = [Statement(0, True, whole) for whole in wholes]
    for tier, pattern in ((None, labelled), (len(_data()["budget_tiers"]), allotted)):
        for match in pattern.finditer(text):
            value = _figure(match)
            if not value or match.start("n") in labelled_amounts:
                continue
            if any(start <= match.start("n") < end for start, end in inside):
                continue
            if _outgrown(value, text[match.end() :]):
                continue
            if tier is None and _partial(match):
                continue
            if tier is None:
                labelled_amounts.add(match.start("n"))
            level = _tier_of()[match.group("label")] if tier is None else tier
            label = match.group("label") if tier is None else ""
            found.append(Statement(level, match.group("total") is not None, value, label))
    return found


def _summed_budgets(text: str) -> tuple[list[Decimal], list[tuple[int, int]]]:
    """The budgets a sentence states as the sum of parts it lists after '其中', one a
    budget label names ('预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元'):
    the year's budget is the whole (年初 plus what was added), not its 年初 part. The
    whole must follow a word of 预算 and equal its parts' sum; returned with the parts'
    spans, whose labelled amounts are no statements of their own."""
    labelled, _ = _budget_patterns()
    wholes: list[Decimal] = []
    spans: list[tuple[int, int]] = []
    for whole in _AMOUNTS.finditer(text):
        value, parts = _figure(whole), _PARTS.match(text, whole.end())
        if (
            value is None
            or parts is None
            or "预算" not in text[max(0, whole.start() - 6) : whole.start()]
        ):
            continue
        figures = [f for m in _AMOUNTS.finditer(parts.group(1)) if (f := _figure(m)) is not None]
        if len(figures) >= 2 and sum(figures) == value and labelled.search(parts.group(1)):
            wholes.append(value)
            spans.append(parts.span(1))
    return wholes, spans


def _partial(match: re.Match[str]) -> bool:
    """Whether a label that names a budget only as a total ('项目资金共2179万元') states
    no total here ('…转化经费项目资金42万元': one of the report's projects)."""
    return match.group("label") in _data()["needs_total"] and match.group("total") is None


def _outgrown(value: Decimal, rest: str) -> bool:
    """Whether the parts listed right after an amount ('…1.53万元,其中:…调减2.66万元')
    exceed it: a total smaller than one of its parts is a masked or cut figure."""
    parts = _PARTS.match(rest)
    if parts is None:
        return False
    return any(
        (part := _figure(m)) is not None and part > value for m in _AMOUNTS.finditer(parts.group(1))
    )


def _allotted_part(
    budget: Decimal,
    statements: list[tuple[Statement, SourceRef]],
    texts: list[tuple[str, SourceRef]],
) -> bool:
    """Whether a budget read only from an allocation ('下达我县中央水利发展资金500万元') is
    a part of a larger amount the report states ('立项批复525.39万元,其中500万元为中央…'):
    one source of the project's money, not its budget."""
    if any(s.tier < len(_data()["budget_tiers"]) for s, _ in statements):
        return False
    return _part_of_larger(budget, texts)


def _part_of_larger(
    budget: Decimal, texts: list[tuple[str, SourceRef]], later: bool = False
) -> bool:
    """Whether ``budget`` is listed as a part of a larger amount: right after it
    ('…525.39万元,其中500万元…') or, ``later``, further on in its sentence ('…134.39万元
    下达给你们,其中:一般公共预算资金50.29万元、…')."""
    parted = _LATER_PARTS if later else _PARTS
    for text, _ in texts:
        text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
        for whole in _AMOUNTS.finditer(text):
            value, parts = _figure(whole), parted.match(text[whole.end() :])
            if value is None or parts is None or value <= budget:
                continue
            if any(_figure(m) == budget for m in _AMOUNTS.finditer(parts.group(1))):
                return True
    return False


def spent_amounts(text: str) -> list[Decimal]:
    """The amounts spent a sentence states, in order."""
    text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
    return [v for m in _spent_pattern().finditer(text) if (v := _figure(m)) is not None]


def stated_budget(statements: list[Statement]) -> Decimal | None:
    """The one budget the statements agree on (see the module's rules), else None."""
    if not statements:
        return None
    first = min(s.tier for s in statements)
    tier = [s for s in statements if s.tier == first]
    totals = [s for s in tier if s.total]
    values = {s.value for s in (totals or tier)}
    return values.pop() if len(values) == 1 else None


def _texts(blocks: list[Block]) -> list[tuple[str, SourceRef]]:
    found: list[tuple[str, SourceRef]] = []
    for block in blocks:
        # a line the text reader cut at its spaces is read as the line it was
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "元" in text:
            found.append((text, block.source.with_raw(text)))
    return found


def _one(found: list[tuple[Decimal, SourceRef]]) -> tuple[Decimal, SourceRef] | None:
    return found[0] if found and len({value for value, _ in found}) == 1 else None


def read_stated_budget(projects: list[Project], blocks: list[Block], plan: bool = False) -> None:
    """A single project without a budget takes the one its report states in prose, and
    the amount spent and the rate they give. A ``plan`` (a 目标表 or notice told in prose)
    takes a labelled budget only, not an allocation nor a bare '预算' (its 项目概况 prices
    its parts: '补上年未纳入预算38.01万元') nor a part of a larger amount ('…134.39万元下达
    给你们,其中:一般公共预算资金50.29万元'), and no amount spent."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    project = projects[0]
    texts = _texts(blocks)
    # (the amounts after a count of several projects are the listed projects')
    own = [(before_several(text), source) for text, source in texts]
    statements = [(s, source) for text, source in own for s in budget_statements(text)]
    if plan:
        bare = _data()["bare_labels"]
        statements = [(s, where) for s, where in statements if s.label and s.label not in bare]
        statements = [
            (s, where) for s, where in statements if not _part_of_larger(s.value, texts, True)
        ]
    budget = stated_budget([s for s, _ in statements])
    if budget is None or _allotted_part(budget, statements, texts):
        return
    source = next(where for s, where in statements if s.value == budget)
    project.budget_total, project.sources["budget_total"] = budget, source
    if plan:
        return
    spent = _one([(value, where) for text, where in own for value in spent_amounts(text)])
    if spent is None or (project.spent is not None and project.spent != spent[0]):
        return
    project.spent, project.sources["spent"] = spent
    rate = (spent[0] / budget).quantize(_RATE_PLACES).normalize()
    if project.execution_rate is None and 0 < rate <= 1:
        project.execution_rate, project.sources["execution_rate"] = rate, spent[1]
