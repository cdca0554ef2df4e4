"""The figures of a report that counts several projects, taken as those of its whole
(承德市农业农村局 '2023年预算安排我局专项资金项目共计113个,财政资金3267.28万元。…至2023年底
我局项目执行金额2856.63万元,执行率87.43%。').

Such a report's budget is no single project's, so it is read only as the whole the
report evaluates, and only where the text's own arithmetic confirms it: the 执行率 is
stated in the clause of the amount spent (``prose_budget``), the budget is an amount of
money (资金, 预算, 经费 right before it) in the very sentence that counts the projects, and
the amount spent over that budget is the stated rate to the places it is written
(2856.63 / 3267.28 = 87.43%). Anything less gives no project: a figure read wrong is
worse than none. The project is named by the report's title, each figure keeps its
sentence as source.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.importers.blocks import Block
from jixiao.importers.mapping.fund_amounts import AMOUNT, money, texts_holding
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.importers.mapping.prose_budget import read_prose_budget
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

_SENTENCE = re.compile(r"[^。；;]+")
_MONEY = re.compile(rf"(?:资金|预算|经费)\s*(?:为|共|共计|合计|总额|[:：])?\s*{AMOUNT}")


def _counted_amounts(blocks: list[Block]) -> list[tuple[Decimal, SourceRef]]:
    """The amounts of money stated in the sentences that count several projects."""
    found: list[tuple[Decimal, SourceRef]] = []
    for text, source in texts_holding(blocks, "个"):
        for sentence in _SENTENCE.findall(text):
            if any(n > 1 for n in counted_projects(sentence)):
                found.extend((f, source) for m in _MONEY.finditer(sentence) if (f := money(m)))
    return found


def _gives(spent: Decimal, budget: Decimal, rate: Decimal) -> bool:
    """Whether spent ÷ budget is the rate to the places the rate is written."""
    exponent = rate.as_tuple().exponent
    written = exponent if isinstance(exponent, int) else -2
    places = Decimal(1).scaleb(min(written, -2))  # a rate of 100% still to the percent
    return (spent / budget).quantize(places, rounding=ROUND_HALF_UP) == rate.quantize(places)


def read_counted_total(subject: str, blocks: list[Block]) -> list[Project]:
    """The report's whole as one project, with the budget, amount spent and 执行率 its
    arithmetic confirms; no project when it does not."""
    whole = Project(name=subject)
    read_prose_budget([whole], blocks)
    rate, spent = whole.execution_rate, whole.spent
    if not subject or rate is None or spent is None:
        return []
    budgets = {
        figure: source for figure, source in _counted_amounts(blocks) if _gives(spent, figure, rate)
    }
    if len(budgets) != 1:
        return []
    ((budget, source),) = budgets.items()
    whole.budget_total, whole.sources["budget_total"] = budget, source
    return [whole]
