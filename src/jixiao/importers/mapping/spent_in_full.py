"""A 监控 report of one project saying its whole fund was paid out by the report's date:

    '现将1-12月份的绩效运行监控报告如下: … 项目资金共157万元,已全部拨付完成。'

The amount right before the words of spending in full (``spent_in_full`` of
``profiles/import-monitoring.json``) is the project's 1-N月执行数 only where it is the
budget the report states (the whole fund, not a part of it) and every such amount agrees;
the month is the one period to date the report names (none where it names two).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.prose_monitoring import one_period
from jixiao.model.plan import Project
from jixiao.textnorm import strip_pinyin, to_simplified
from jixiao.textnorm.alternation import alternation


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(packs.merged_data("import-monitoring.json")["spent_in_full"])
    return re.compile(rf"(?P<n>\d[\d,]*(?:\.\d+)?(?:万元|亿元|元))[,，]?已?(?:{words})")


def read_spent_in_full(projects: list[Project], blocks: list[Block]) -> None:
    """The single project's amount spent, where the report says its whole budget was."""
    if len(projects) != 1 or projects[0].budget_total is None or projects[0].spent is not None:
        return
    project = projects[0]
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    joined = strip_pinyin("\n".join(b.raw for b in paragraphs))
    text = to_simplified(unicodedata.normalize("NFKC", joined))
    found = {amount(m.group("n"), Decimal(1)) for m in _pattern().finditer(text)}
    if found != {project.budget_total}:
        return
    project.spent = project.budget_total
    project.through_month = project.through_month or one_period(text)
