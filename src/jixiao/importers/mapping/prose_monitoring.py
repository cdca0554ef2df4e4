"""A 监控 report telling each project's budget and amount spent in its sentences, with the
projects' total told too:

    '20xx年本單位項目支出預算19.3萬元,1-6月實際支出3.12萬元 … 辦公樓運行經費預算1.1萬元,
    主要涉及辦公用水支出,截止6月30日止,已執行0.72萬元,完成率65.45%;保密檔案辦公設備購置費
    預算2.9萬元,…,執行0元,完成率0%。招投標辦案工作經費預算15.3萬元,已執行2.4萬元,…'

An item is a name of words alone (no figure: '20xx年…項目支出' is a period's total) right
before '预算' and an amount in 万元, the clause after it naming no other budget. The
items are the report's projects only where the document's own sums confirm them: two or
more items whose budgets add up, to the cent, to another budget the report states (the
total of its 项目支出; an item the others add up to is that total, no project). Each
item's amount spent ('已执行0.72万元', '执行0元') in its sentence is kept only when the
items' amounts spent add up to an amount the report states spent too; the month they run
to is the one period ('1-6月', '截至6月30日') the report names. Read for 监控 documents
whose reading found no project with a figure.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.breakdown_items import breakdown_items
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_BOUNDARY = r"(?:^|(?<=[。;；,，:：\n])|(?<=\d[、.]))"
_ITEM = re.compile(
    _BOUNDARY + r"(?P<name>[^\d\s。;；,，:：、]{2,30}?)预算(?:数|资金)?为?"
    r"(?P<budget>\d+(?:\.\d+)?万元)(?P<rest>[^。;；]*)"
)
_SPENT = re.compile(r"执行(?:数|金额)?为?(?P<spent>\d+(?:\.\d+)?(?:万元|元))")
_STATED_BUDGET = re.compile(r"预算(?:数|资金)?为?(?P<n>\d+(?:\.\d+)?万元)")
_STATED_SPENT = re.compile(r"(?:执行|支出)(?:数|金额)?为?(?P<n>\d+(?:\.\d+)?万元)")
_PERIOD = re.compile(r"1[-—–~至到](?P<range>\d{1,2})月|(?:截至|截止)(?P<until>\d{1,2})月")
_CENT = Decimal("0.01")


def _money(text: str) -> Decimal | None:
    return amount(text, Decimal(1))


def one_period(text: str) -> int | None:
    """The month of the one period to date a report names ('1-6月', '截至6月'), else None."""
    months = {int(m.group("range") or m.group("until")) for m in _PERIOD.finditer(text)}
    return months.pop() if len(months) == 1 else None


def _adds_up(parts: list[Decimal], totals: list[Decimal]) -> bool:
    whole = sum(parts, Decimal(0))
    return any(abs(whole - total) <= _CENT for total in totals)


def monitored_items(text: str) -> list[Project]:
    """The projects whose budgets (and amounts spent) the report's own totals confirm."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    items: dict[str, tuple[Decimal, Decimal | None]] = {}
    for match in _ITEM.finditer(text):
        budget = _money(match.group("budget"))
        if budget is None or match.group("name") in items or "预算" in match.group("rest"):
            continue
        paid = _SPENT.search(match.group("rest"))
        items[match.group("name")] = (budget, _money(paid.group("spent")) if paid else None)
    whole = sum((budget for budget, _ in items.values()), Decimal(0))
    # the total told as one more item ('项目支出预算19.3万元'): the others add up to it
    total = next((n for n, (b, _) in items.items() if abs(whole - 2 * b) <= _CENT), None)
    if total is not None:
        del items[total]
    if len(items) < 2:
        return []
    budgets = [budget for budget, _ in items.values()]
    stated = [v for m in _STATED_BUDGET.finditer(text) if (v := _money(m.group("n")))]
    if not _adds_up(budgets, [v for v in stated if v not in budgets]):
        return []
    spent = [s for _, s in items.values() if s is not None]
    told = [v for m in _STATED_SPENT.finditer(text) if (v := _money(m.group("n")))]
    confirmed = len(spent) == len(items) and _adds_up(spent, told)
    month = one_period(text)
    projects = []
    for name, (budget, amount_spent) in items.items():
        project = Project(name=name, budget_total=budget)
        if confirmed and amount_spent is not None:
            project.spent, project.through_month = amount_spent, month
        projects.append(project)
    return projects


def read_prose_monitoring(projects: list[Project], blocks: list[Block]) -> list[Project]:
    """The report's projects told in prose, when its reading found none with a figure."""
    if any(p.budget_total is not None or p.spent is not None for p in projects):
        return projects
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    if not paragraphs:
        return projects
    text = "\n".join(b.raw for b in paragraphs)
    # or told as a total and its parts ('共计2535.4万元,其中:A项目资金500万元,…')
    found = monitored_items(text) or breakdown_items(text)
    if not found:
        return projects
    source: SourceRef = paragraphs[0].source
    for project in found:
        where = next((b.source for b in paragraphs if project.name in to_simplified(b.raw)), source)
        project.sources["budget_total"] = where
    return found
