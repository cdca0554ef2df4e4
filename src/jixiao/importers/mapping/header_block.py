"""The header block above an indicator grid: 项目名称, 主管部门, 资金, 目标 …

Labels are found by the vocabulary wherever they sit (a cell, or "label：value"
in one cell or line); the value is the next cell that is not itself a label.
The 自评 budget line (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 得分) is read
by the order of its own header row. Amounts in 元 become 万元, the raw text kept.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import cast

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.budget_gaps import around_rate, line_values
from jixiao.importers.mapping.circled_heads import formula_row, with_subtotal
from jixiao.importers.mapping.header_amounts import (
    amount,
    execution_points,
    fraction,
    is_dash,
    is_figure,
    money_factor,
    points_mark,
    stated_score,
)
from jixiao.importers.mapping.joined_heads import joined_heads
from jixiao.importers.mapping.label_like import first_value, unit_name
from jixiao.importers.mapping.term_budget import for_term, priced_label
from jixiao.importers.mapping.vocabulary import (
    normalise,
    through_month,
    vocabulary,
)
from jixiao.model.plan import Project
from jixiao.textnorm.clean import clean_markup

# "填报单位：某局　　金额单位：万元": the next "label：" after a run of spaces ends a value
_NEXT_PAIR = re.compile(r"[\s\u3000]+(?=[^\s:：]{2,10}[:：])")
_LABEL_VALUE = re.compile(r"^(?P<label>[^:：]{2,16})[:：](?P<value>.+)$")
_PERIOD = re.compile(r"(?:19|20)\d{2}")
_GOAL_FIELDS = ("annual_goal", "midterm_goal")
_STATED = ("total_score", "grade")  # the conclusion a 自评表 states under its grid
AMOUNT_FIELDS = frozenset({"budget_total", "budget_fiscal", "budget_other"})
TEXT_FIELDS = frozenset(
    {
        "department",
        "implementer",
        "manager",
        "period",
        "midterm_goal",
        "annual_goal",
        "basis",
        "overview",
    }
)


def _figures_only(filled: list[Cell]) -> list[Cell] | None:
    """The amounts of a line that names no budget line: figures (and dashes) after any
    leading words such as 合计 or a spanning 项目资金; None when a field label stands on
    it ('年度资金总额 | 220 | 87.57' is read as the labelled line it is)."""
    if any(vocabulary().field_of(c.text) or split_label(c.text) for c in filled):
        return None
    start = next((i for i, c in enumerate(filled) if is_figure(c.text)), len(filled))
    values = filled[start:]
    figures = sum(1 for c in values if is_figure(c.text))
    if figures < 2 or not all(is_figure(c.text) or is_dash(c.text) for c in values):
        return None
    return values


_PAIRED_COLUMNS = frozenset(
    {"budget_initial", "budget_adjusted", "spent", "spend_forecast", "execution_rate"}
)


def _line_before_grid(cells: list[Cell], width: int) -> list[Cell] | None:
    """'(20分*执行率) | 年度财政资金总额 | 50 | 10 | 20 | 4 | 年度绩效目标 …': a stream going
    on into the grid after its budget line. The figures are taken when words name the
    line before them and they fill exactly the header's columns (a run of any other
    length is several lines run together)."""
    start = next((i for i, c in enumerate(cells) if is_figure(c.text)), len(cells))
    end = start
    while end < len(cells) and (is_figure(cells[end].text) or is_dash(cells[end].text)):
        end += 1
    if start == 0 or end - start != width:
        return None
    return _figures_only(cells[:end])


def _bare_rate(
    text: str, columns: list[str | None], values: list[Cell], factor: Decimal
) -> Decimal | None:
    """An 执行率 written without '%' ('50 | 10 | 20' under 预算数 | 执行数 | 执行率): percent or
    a fraction, whichever the line's own 执行数 / 预算数 confirms (within a percentage point),
    0 beside an 执行数 of 0; None when the line gives nothing to check it by."""
    number = amount(text, Decimal(1))
    figures = {
        column: amount(cell.text, factor)
        for column, cell in zip(columns, values, strict=False)
        if column in ("budget_adjusted", "budget_initial", "spent")
    }
    budget = figures.get("budget_adjusted") or figures.get("budget_initial")
    spent = figures.get("spent")
    if number is None or not budget or spent is None:
        return number if number == 0 and spent == 0 else None  # 0 in percent or as a fraction
    share = spent / budget
    return next(
        (rate for rate in (number / 100, number) if abs(rate - share) <= Decimal("0.01")), None
    )


def _budget_pairs(filled: list[Cell], budget: list[str | None]) -> list[tuple[int, str, Cell]]:
    """'转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100%': each budget label with its figure
    right after it (a 区域绩效自评表's label–value layout), as (label index, column, value
    cell); empty when any budget label on the line is not followed by its figure (a
    header of budget columns, its amounts on the next line or after the last label)."""
    pairs: list[tuple[int, str, Cell]] = []
    for index, column in enumerate(budget):
        if column is None:
            continue
        value = filled[index + 1] if index + 1 < len(filled) else None
        if column not in _PAIRED_COLUMNS or value is None or budget[index + 1] is not None:
            return []
        rate = column == "execution_rate"
        if (fraction(value.text) if rate else amount(value.text, Decimal(1))) is None:
            return []
        pairs.append((index, column, value))
    return pairs


def split_label(text: str, raw: str | None = None) -> tuple[str, str] | None:
    """'项目名称：某项目' -> ('name', '某项目') when the label is a known field; with the
    ``raw`` text as read, a value ends where spaces lead to the next 'label：'."""
    if raw is not None:
        text = _NEXT_PAIR.split(clean_markup(raw).strip(), maxsplit=1)[0]
    match = _LABEL_VALUE.match(normalise(text))
    if match is None:
        return None
    field = vocabulary().field_of(match.group("label"), labelled=True)
    return (field, match.group("value")) if field else None


def _introduced(value: Cell, after: list[Cell]) -> Cell:
    """A goal cell ending in a colon ('…达成以下目标:') with the items it introduces,
    which a flattened line gives as the cells after it ('目标1:…', '目标2:…')."""
    at = next((i for i, cell in enumerate(after) if cell is value), None)
    if at is None or not value.text.rstrip().endswith((":", "：")):
        return value
    items: list[str] = []
    for cell in after[at + 1 :]:
        if not _is_value(cell.text):
            break  # the next label
        items.append(cell.raw.strip())
    if not items:
        return value
    return Cell(" ".join([value.raw.strip(), *items]), value.source, value.col)


_IDENTITY = frozenset({"name", "department", "implementer"})


def _is_value(text: str) -> bool:
    """Not another label or column header ('实际完成情况' beside '预期目标'), nor an
    indicator level's label ('年度绩效总目标 | 产出指标 | …': the level heads the targets
    listed after it, the goal is those)."""
    words = vocabulary()
    return (
        words.field_of(text) is None
        and words.role_of(text) is None
        and words.level(text, words.level1) is None
    )


class HeaderBlockReader:
    """Fills a project's header fields from the cells and lines above its grid."""

    def __init__(self) -> None:
        self.factor = Decimal(1)
        self.unit_stated = False  # a '单位：万元' / '(元)' text was seen before the amounts
        self._budget_columns: list[str | None] | None = None
        self._total_column: int | None = None  # the budget column 资金总额 came from
        self._total_at: int | None = None  # where on its line the 资金总额 label stood
        self.values_next = False  # the budget columns' header was the row just read
        self._listing = False  # the row read holds a list's column heads
        self._points_mark: Decimal | None = None  # '得分(20分*执行率)': the 执行率's 分值

    def see_text(self, text: str) -> None:
        factor = money_factor(text)
        if factor is not None and len(normalise(text)) <= 12:
            self.factor = factor
            self.unit_stated = True

    def read(self, cells: list[Cell], project: Project) -> list[str]:
        """The fields the cells gave ``project`` (empty when they were no header row)."""
        words = vocabulary()
        # '序号 | 单位名称 | 项目名称 | 内容 | 合计': an allocation list's column heads
        self._listing = any(c.text == "序号" for c in cells)
        filled = joined_heads([c for c in cells if c.text])
        budget = with_subtotal(filled, [words.budget_column(c.text) for c in filled])
        pairs = _budget_pairs(filled, budget)
        if pairs:
            return self._fields(filled[: pairs[0][0]], project) + self._pairs(pairs, project)
        if sum(1 for b in budget if b) >= 2:
            # a flattened line may hold the labels before the budget header and the
            # 年度资金总额 line after it: each part is read for what it is
            first = next(i for i, b in enumerate(budget) if b)
            last = max(i for i, b in enumerate(budget) if b)
            found = self._fields(filled[:first], project) if first else []
            # cast: not narrowed to a list, as _budget_line below may set it to None again
            # (the compiled build trusts a narrowed attribute and would raise on None)
            self._budget_columns = cast("list[str | None] | None", budget[first : last + 1])
            self._points_mark = points_mark(filled[first:])
            months = [m for c in filled if (m := through_month(c.text))]
            if months:
                project.through_month = months[0]
            for cell in filled[first : last + 1]:
                self.see_text(cell.text)
            after = filled[last + 1 :]
            # the amounts flattened onto the header's line (the grid's words may follow)
            figures = _figures_only(after) or _line_before_grid(after, last + 1 - first)
            rest = self._budget_line(figures, project) if figures else self._fields(after, project)
            self.values_next = self._budget_columns is not None  # not read on this line
            return [*found, "budget_columns", *rest]
        return self._fields(filled, project)

    def read_conclusion(self, filled: list[Cell], project: Project | None) -> None:
        """'其他需要说明事项 | 无 | 总分 | 100 | 96 | 优': the 总分 and 等级 on a line that ends
        the grid, read as the header block's fields."""
        words = vocabulary()
        if project is not None and any(words.field_of(c.text) in _STATED for c in filled):
            self._fields(filled, project)

    def _pairs(self, pairs: list[tuple[int, str, Cell]], project: Project) -> list[str]:
        """Budget figures each written after its own label (see :func:`_budget_pairs`)."""
        found: list[str] = []
        for _, column, cell in pairs:
            if column == "execution_rate":
                project.execution_rate = fraction(cell.text)
            else:
                setattr(project, column, amount(cell.text, self.factor))
            project.sources[column] = cell.located()
            found.append(column)
        if project.budget_total is None:
            project.budget_total = project.budget_adjusted or project.budget_initial
        return found

    def unlabelled_budget_line(self, cells: list[Cell], project: Project) -> list[str]:
        """The row right under the budget columns' header when it names no line: the
        amounts alone ('850 | 612.5 | 72.06%' under a 项目资金 label spanning both rows,
        or after a 合计 that is no field). Every other row only ends the wait."""
        waiting, self.values_next = self.values_next, False
        if waiting and formula_row(cells):  # '③=①+②' under its heads: the figures follow
            self.values_next = True
            return []
        if not waiting or self._budget_columns is None:
            return []
        values = _figures_only([c for c in cells if c.text])
        return self._budget_line(values, project) if values else []

    def _fields(self, filled: list[Cell], project: Project) -> list[str]:
        """The labelled fields of a row's filled cells, each with the value after it."""
        words = vocabulary()
        found: list[str] = []
        for index, cell in enumerate(filled):
            self.see_text(cell.text)
            inline = split_label(cell.text, cell.raw)
            field = inline[0] if inline else words.field_of(cell.text) or priced_label(cell.text)
            if field is None or self._other_column(field, index, filled) or for_term(filled, index):
                continue
            if self._listing and field in _IDENTITY and not (inline and inline[1]):
                continue  # a list's column heads: labels with no value beside them
            if inline and inline[1]:
                value: Cell | str | None = inline[1]
            else:
                after = filled[index + 1 :]
                value = self._part_of_total(field, after) or first_value(field, after, _is_value)
            if field == "total_score":
                value = stated_score(filled[index + 1 :]) or value
                if isinstance(value, Cell) and self._grade_after(value, filled, project):
                    found.append("grade")
            if field == "budget_total" and self._budget_columns is not None:
                found += self._budget_line(line_values(filled[index + 1 :]), project)
                continue
            if field in _GOAL_FIELDS and isinstance(value, Cell):
                value = _introduced(value, filled[index + 1 :])
            if value is not None and self._set(project, field, value):
                found.append(field)
                if field == "budget_total":
                    self._total_at = index
        return found

    def _other_column(self, field: str, index: int, filled: list[Cell]) -> bool:
        """A 其中：财政拨款 / 其他资金 label repeated along its line (中期 and 年度 columns
        side by side) counts only where it stands nearest the 资金总额 it belongs to."""
        if field not in ("budget_fiscal", "budget_other") or self._total_at is None:
            return False
        words = vocabulary()
        same = [i for i, c in enumerate(filled) if words.field_of(c.text) == field]
        if len(same) < 2:
            return False
        total_at = self._total_at
        return index != min(same, key=lambda i: abs(i - total_at))

    def _set(self, project: Project, field: str, value: Cell | str) -> bool:
        text = value if isinstance(value, str) else value.text
        if field == "ignore":
            return False  # 项目类别 and the like: known labels that end the value before them
        if not text or getattr(project, field, None) not in (None, ""):
            return False
        if field in AMOUNT_FIELDS:
            number = amount(text, self.factor)
            if number is None or self._unit_unknown(text, number):
                return False
            setattr(project, field, number)
        elif field == "name":
            project.name = text
        elif field == "total_score":
            number = amount(text, Decimal(1))
            if number is None:
                return False
            project.total_score = number
        elif field == "grade":
            grade = vocabulary().grade_of(text)
            if grade is None:
                return False  # a blank form's '优/良/中/差' or a note, not the grade given
            project.grade = grade
        elif field == "period" and not _PERIOD.search(text):
            return False  # a unit code or a placeholder, not a date range
        elif field in ("department", "implementer"):
            name = unit_name(text)
            if name is None:
                return False  # a placeholder, a masked name or a form's label names no one
            setattr(project, field, name)
        else:
            setattr(project, field, text)
        if not isinstance(value, str):
            project.sources[field] = value.located()
        return True

    def _unit_unknown(self, text: str, number: Decimal) -> bool:
        """A huge bare amount with no money unit stated: 元 or 万元 cannot be told apart."""
        ceiling = vocabulary().unitless_amount_ceiling
        if self.unit_stated or ceiling is None or number < ceiling:
            return False
        return money_factor(text) is None and not normalise(text).endswith(("元", "万"))

    def _grade_after(self, score: Cell, filled: list[Cell], project: Project) -> bool:
        """'总分 | 100 | 96 | 优': the 自评等级 written right after the 总分 it grades."""
        at = next((i for i, cell in enumerate(filled) if cell is score), None)
        if at is None or at + 1 >= len(filled):
            return False
        return self._set(project, "grade", filled[at + 1])

    def _budget_line(self, cells: list[Cell], project: Project) -> list[str]:
        """'年度资金总额 | 25 | 25 | 25 | 10 | 100.00% | 10' under its column header."""
        assert self._budget_columns is not None
        columns, values = around_rate(self._budget_columns, self._budget_values(cells))
        found: list[str] = []
        for column, cell in zip(columns, values, strict=False):
            if column == "execution_rate":
                rate = fraction(cell.text)
                if rate is None:
                    rate = _bare_rate(cell.text, columns, values, self.factor)
                if rate is not None:
                    project.execution_rate = rate
            elif column in ("budget_initial", "budget_adjusted", "spent", "spend_forecast"):
                setattr(project, column, amount(cell.text, self.factor))
            else:
                continue
            project.sources[column] = cell.located()
            found.append(column)
        if "execution_rate" in found and project.execution_rate is not None:
            found += execution_points(columns, values, project, self._points_mark)
        if project.budget_total is None:
            project.budget_total = project.budget_adjusted or project.budget_initial
            # its 其中：财政资金 / 其他资金 lines below are read in the same column
            total = "budget_adjusted" if project.budget_adjusted else "budget_initial"
            self._total_column = columns.index(total) if total in columns else None
        self._budget_columns = None
        return found

    @staticmethod
    def _budget_values(cells: list[Cell]) -> list[Cell]:
        if cells and all(c.text for c in cells):
            return cells  # every column filled: '—' holds its column's place
        return [c for c in cells if c.text and normalise(c.text) not in ("—", "-")]

    def _part_of_total(self, field: str, after: list[Cell]) -> Cell | None:
        """The 其中 amount in the column 资金总额 came from (全年, not 年初), under them."""
        if field not in ("budget_fiscal", "budget_other") or self._total_column is None:
            return None
        values = self._budget_values(after)
        return values[self._total_column] if self._total_column < len(values) else None
