"""The budget line of a 决算-style money grid numbered by row and column (四川's 转移支付
绩效评价表), read one cell per line or a few cells a line:

    '行次' '全年预算数' '(A)' … '预算到位' '(D/C×100%)' '全年执行资金' '(E)' '预算执行' '(E/C×100%)'
    '列次' '0' '1' '2' …
    '年度资金总额(万元):' '1' '52.800000'
    '52.800000' '52.800000' '100.00%' '30.800000' '58.33%'

The row number ('1') stands between the label and its figures, and an empty column (B)
writes nothing, so no column can be told by its place. The row's own arithmetic says what
the figures are: each percentage is the amount right before it over an earlier amount, to
the rounding written. The 预算数 is the first figure, under the first head after '行次'
naming a budget column, kept only where a percentage is taken over it; the 执行率 is the
last percentage where the last head in percent names 执行. Only a single project without a
预算数 takes them. Words are pack data (``grid_numbering``, ``budget_lines`` and
``budget_columns`` of ``profiles/import-stated-totals.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified

_FIGURE = re.compile(r"(?P<n>\d{1,9}(?:\.\d{1,6})?)\s*(?P<pct>[%％])?")
_HUNDRED = Decimal(100)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-stated-totals.json")
    return data


def _cells(block: Block) -> list[str]:
    raws = [block.raw] if isinstance(block, Paragraph) else block.raws()
    return [to_simplified(unicodedata.normalize("NFKC", c)).strip() for c in raws if c.strip()]


def _figure(cell: str) -> tuple[Decimal, bool] | None:
    match = _FIGURE.fullmatch(cell)
    if match is None:
        return None
    try:
        return Decimal(match.group("n")), match.group("pct") is not None
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        return None


def _is_column_numbers(cells: list[str]) -> bool:
    """'列次 0 1 2 …': the column head followed by consecutive numbers from 0 or 1."""
    if not cells or cells[0] not in _data()["grid_numbering"]["columns"]:
        return False
    numbers = [c for c in cells[1:] if c.isdigit()]
    start = int(numbers[0]) if numbers else -1
    return (
        len(numbers) >= 3
        and start in (0, 1)
        and numbers == [str(n) for n in range(start, start + len(numbers))]
    )


def _heads(rows: list[list[str]]) -> tuple[int, list[str]] | None:
    """Where the grid's column numbers stand and the heads above them, from '行次' on,
    when the first head after '行次' names a budget column."""
    columns = _data()["budget_columns"]
    budget_heads = columns["budget_adjusted"] + columns["budget_initial"]
    for at, cells in enumerate(rows):
        if not cells or cells[0] not in _data()["grid_numbering"]["rows"]:
            continue
        heads = cells[1:]
        for below in range(at + 1, min(at + 40, len(rows))):
            if _is_column_numbers(rows[below]):
                break
            heads += rows[below]
        else:
            return None
        named = [h for h in heads if not h.startswith(("(", "（"))]
        if named and named[0] in budget_heads:
            return below, heads
    return None


def _budget_line(rows: list[list[str]], start: int) -> tuple[int, list[tuple[Decimal, bool]]]:
    """The first budget line after the column numbers: its row and its figures (the row
    number '1' after its label, then figures up to the next row opening with words)."""
    labels = tuple(_data()["budget_lines"])
    for at in range(start + 1, len(rows)):
        cells = rows[at]
        if len(cells) < 2 or not cells[0].startswith(labels) or cells[1] != "1":
            continue
        figures: list[tuple[Decimal, bool]] = []
        for cell in cells[2:] + [c for row in _wrapped(rows, at) for c in row]:
            figure = _figure(cell)
            if figure is None:
                return at, []
            figures.append(figure)
        return at, figures
    return -1, []


def _wrapped(rows: list[list[str]], at: int) -> list[list[str]]:
    """The rows after a budget line's that hold figures only (the line wrapped)."""
    wrapped = []
    for cells in rows[at + 1 :]:
        if not cells or any(_figure(c) is None for c in cells):
            break
        wrapped.append(cells)
    return wrapped


def _over(figures: list[tuple[Decimal, bool]], at: int) -> Decimal | None:
    """The earlier amount the percentage at ``at`` is the amount before it over."""
    rate, _ = figures[at]
    if at < 1 or figures[at - 1][1]:
        return None
    amount = figures[at - 1][0]
    places = len(str(rate).partition(".")[2])
    slack = Decimal(5).scaleb(-places - 1)  # half a unit of the last place written
    for base, percent in figures[: at - 1]:
        if not percent and base and abs(amount / base * _HUNDRED - rate) <= slack:
            return base
    return None


def grid_figures(rows: list[list[str]]) -> tuple[int, Decimal | None, Decimal | None]:
    """The budget line's row, its confirmed 预算数 and its 执行率 (a fraction), if any."""
    found = _heads(rows)
    if found is None:
        return -1, None, None
    below, heads = found
    at, figures = _budget_line(rows, below)
    rates = [i for i, (_, percent) in enumerate(figures) if percent]
    if not rates or figures[0][1]:
        return at, None, None
    bases = [_over(figures, i) for i in rates]
    if any(base is None for base in bases):  # a percentage the row does not bear out
        return at, None, None
    budget = figures[0][0] if figures[0][0] in bases else None
    # the last percentage is the 执行率 where its head, or the words over it, name 执行
    in_percent = [i for i, head in enumerate(heads) if "%" in head]
    last = in_percent[-1] if len(in_percent) == len(rates) else None
    named = last is not None and "执行" in "".join(heads[max(0, last - 1) : last + 1])
    rate = (figures[rates[-1]][0] / _HUNDRED).normalize() if named else None
    return at, budget, rate


def read_numbered_grid(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a 预算数 takes its numbered grid's budget line (see the
    module's rules)."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    columns = _data()["grid_numbering"]["columns"]
    raws = (b.raw if isinstance(b, Paragraph) else " ".join(b.raws()) for b in blocks)
    if not any(word in raw for raw in raws for word in columns):  # no numbered grid
        return
    rows = [_cells(block) for block in blocks]
    at, budget, rate = grid_figures(rows)
    project = projects[0]
    if budget is not None:
        project.budget_total = budget
        project.sources["budget_total"] = blocks[at].source
    if rate is not None and project.execution_rate is None and budget is not None:
        project.execution_rate = rate
        project.sources["execution_rate"] = blocks[at].source
