"""Build a :class:`Project` from the rows of its 绩效目标表.

Fields are found by their labels, not by position, so the same code reads the
seeds' four layouts, Word tables with merged cells and Excel workbooks. Only the
indicator grid and the spending plan are positional, aligned on their own header row.
"""

from __future__ import annotations

from jixiao.importers import labels
from jixiao.importers.blocks import Row
from jixiao.importers.goal_header import grid_fields
from jixiao.importers.goal_lines import LineGrid
from jixiao.importers.goal_values import Warn, amount, col_of, parse_unit_line, percent, spend_row
from jixiao.model.plan import SPEND_CHECKPOINTS, Indicator, Project
from jixiao.model.source import SourceRef
from jixiao.model.trusted import builder, built

# an Indicator of the six grid fields, built without validating them again
_new_indicator = builder(Indicator)


# a list's column heads ('序号 | 单位名称 | 项目名称 | 内容'): labels with no value
_IDENTITY = (labels.UNIT, labels.PROJECT_NAME, labels.PROJECT_CODE)


class ProjectBuilder(LineGrid):
    """Reads the rows of one project's table, in order, into a :class:`Project`."""

    def __init__(self, title_name: str | None, source: SourceRef, warn: Warn) -> None:
        self.project = built(Project, name=title_name or "")  # (a str: nothing to validate)
        self._state, self._given = self.project.__dict__, self.project.__pydantic_fields_set__
        if title_name:
            self.project.sources["name"] = source
        self.source = source
        self._warn = warn
        self._after_budget = False
        self._spend_header: list[tuple[int, str]] | None = None
        self._grid: dict[int, str] | None = None
        # the grid's fields with their first column, in column order: a lazy row's mapping
        self._grid_starts: list[tuple[str, int]] = []
        self._lazy_maps: dict[int, dict[str, int]] = {}
        # per width of a text line whose grid fields are all there: their six indices
        self._lazy_six: dict[int, tuple[int, ...]] = {}
        self._grid_header_texts: list[str] = []
        self._after_page_break = False
        self._last_row: Row | None = None
        # the goals row and the index of its first cell after the label (its cells, those
        # filled, made only when a paragraph continues the last: _goal_cells)
        self._goal_row: Row | None = None
        self._goal_from = 0
        # the last indicator's row and the index of each field's cell in it
        self._indicator_row: Row | None = None
        self._indicator_cells: dict[str, int] = {}

    # -- the header block ---------------------------------------------------------

    def unit_line(self, text: str, source: SourceRef) -> bool:
        if self._last_row is not None or self.project.unit_code is not None:
            return False
        parsed = parse_unit_line(text)
        if parsed is None:
            return False
        self._put("unit_code", parsed[0])
        self._put("unit_name", parsed[1])
        self.project.sources["unit_code"] = source
        self.project.sources["unit_name"] = source
        return True

    def add_row(self, row: Row, texts: list[str]) -> None:
        """A row of the table, whose ``texts`` are not all empty."""
        header = "一级指标" in texts and ("二级指标" in texts or "三级指标" in texts)
        if self._grid is not None:
            if header:
                self._after_page_break = True  # the header repeated at the top of a page
                return
            if row._cells is None:  # (row.lazy, without the property's call: once per row)
                six = self._lazy_six.get(len(texts)) or self._six_of(len(texts))
                if six and self._line_indicator(row, texts, six):
                    self._last_row = row
                    return
            self._add_indicator(row, texts)
        elif header:
            self._read_grid_header(row)
        elif (
            (self._spend_header is not None and self._try_spend_values(row))
            or self._try_labelled(row)
            or (self._after_budget and self._try_purpose(row))
        ):
            pass
        else:
            self._unknown(row)
        self._last_row = row

    def continue_last_cell(self, text: str, source: SourceRef) -> bool:
        """A paragraph inside the table continues its last cell (a cell broken over lines);
        one outside a drawn table (Word/HTML: a page number, a footer) never does."""
        last = self._last_row
        if last is None or (source.table is None and last.table and last.source.table):
            return False
        cell = last.cells[-1] if last.cells else None
        if cell is None:
            return False
        goal_cells = self._goal_cells()
        if goal_cells and cell is goal_cells[-1]:
            cell.extend(text, undoable=True)
            self._set_goals()
            return True
        if self._grid is not None and self.project.indicators:
            if text in labels.LEVEL1_NAMES:
                # A merged 一级指标 cell printed again where a page break cut it (a
                # spreadsheet's print): the rows below carry it already.
                return True
            cell.extend(text, undoable=True)
            self._refresh_last_indicator()
            return True
        return False

    def _unknown(self, row: Row) -> None:
        self._warn(
            "row-not-understood",
            "无法识别的表格行：" + "｜".join(t for t in row.texts if t)[:60],
            row.source,
        )

    def _try_labelled(self, row: Row) -> bool:
        texts = row.texts
        project = self.project
        understood = False
        heads = "序号" in texts
        for index, text in enumerate(texts):
            label = labels.FIELD_LABELS.get(text)
            if heads and label in _IDENTITY:
                continue
            if label is None:
                if "月" in text and self._spend_header is None and labels.checkpoint_of(text):
                    self._spend_header = [
                        (col_of(row, i), key)
                        for i, t in enumerate(texts)
                        if (key := labels.checkpoint_of(t))
                    ]
                    project.sources["spend_plan"] = row.source
                    return True
                continue
            following = self._value_after(row, index)
            value = texts[following] if following is not None else ""
            if label is labels.PROJECT_CODE:
                if following is not None and value:
                    self._put("code", value)
                    project.sources["code"] = row.located(following)
                understood = True
            elif label is labels.PROJECT_NAME:
                if following is not None and value:
                    self._put("name", value)
                    project.sources["name"] = row.located(following)
                understood = True
            elif label is labels.BUDGET_TOTAL:
                self._set_amount("budget_total", row, following, "预算数")
                understood = self._after_budget = True
            elif label is labels.BUDGET_FISCAL:
                self._set_amount("budget_fiscal", row, following, "财政资金")
                understood = self._after_budget = True
            elif label is labels.BUDGET_OTHER:
                self._set_amount("budget_other", row, following, "其他资金")
                understood = self._after_budget = True
            elif label is labels.PURPOSE:
                self._set_purpose(row, index + 1)
                return True
            elif label is labels.UNIT:
                if following is not None:
                    parsed = parse_unit_line(value)
                    if parsed:
                        self._put("unit_code", parsed[0])
                    self._put("unit_name", parsed[1] if parsed else value)
                    project.sources["unit_name"] = row.located(following)
                    understood = True
            elif index == self._first_filled(texts):  # labels.GOALS
                self._goal_row, self._goal_from = row, index + 1
                self._set_goals()
                return True
        return understood

    @staticmethod
    def _first_filled(texts: list[str]) -> int:
        return next((i for i, text in enumerate(texts) if text), -1)

    @staticmethod
    def _value_after(row: Row, index: int) -> int | None:
        """The index of the cell right after a label, skipping copies of a merged label cell
        (never in a text line: its cells are in columns of their own)."""
        if row.lazy:
            return index + 1 if index + 1 < len(row.texts) else None
        cells = row.cells
        label = cells[index]
        for after in range(index + 1, len(cells)):
            cell = cells[after]
            if cell.text == label.text and cell.source == label.source:
                continue
            return after
        return None

    def _set_amount(self, field: str, row: Row, index: int | None, name: str) -> None:
        if index is None:
            return
        value = amount(row, index, self._warn, name)
        self._put(field, value)
        self.project.sources[field] = row.located(index)

    def _try_purpose(self, row: Row) -> bool:
        texts = row.texts
        if not any(texts) or texts[0]:
            return False
        self._set_purpose(row, 0)
        return True

    def _set_purpose(self, row: Row, start: int) -> None:
        """The purpose written in the cells of ``row`` from ``start`` on."""
        texts = row.texts
        parts: list[str] = []
        for text in texts[start:]:
            if text and text not in parts:
                parts.append(text)
        if parts:
            self._put("purpose", "".join(parts))
            first = next(i for i in range(start, len(texts)) if texts[i])
            self.project.sources["purpose"] = row.located(first)
        self._after_budget = False

    # -- spending plan ------------------------------------------------------------

    def _try_spend_values(self, row: Row) -> bool:
        header = self._spend_header
        if header is None or self.project.sources.get("spend_plan_values") is not None:
            return False
        texts = row.texts
        values = [index for index, text in enumerate(texts) if text]
        by_col = {col: key for col, key in header}
        aligned = all(col_of(row, index) in by_col for index in values)
        if not spend_row(row, values, aligned):
            return False
        plan = dict.fromkeys(SPEND_CHECKPOINTS)
        if aligned:
            for index in values:
                plan[by_col[col_of(row, index)]] = percent(row, index, self._warn)
        else:
            # Values shifted off their columns: read them in order, as a person would.
            self._warn(
                "spend-plan-misaligned",
                "资金支出计划的数值与月份列未对齐，已按顺序对应到各月份",
                row.source,
            )
            for (_, key), index in zip(header, values, strict=False):
                plan[key] = percent(row, index, self._warn)
        self._put("spend_plan", plan)
        self.project.sources["spend_plan_values"] = row.source
        self._spend_header = None
        return True

    # -- the indicator grid -------------------------------------------------------

    def _read_grid_header(self, row: Row) -> None:
        if row.lazy and self._known_grid(row.texts):
            return  # a text line's header an earlier table had (goal_lines)
        self._grid = grid = grid_fields(row, self._last_row)
        starts: dict[str, int] = {}
        for col in sorted(grid):
            starts.setdefault(grid[col], col)
        self._grid_starts = list(starts.items())
        self._lazy_maps = {}
        self._lazy_six = {}
        self._grid_header_texts = row.texts
        if row.lazy:
            self._remember_grid(row.texts)

    def _map_row(self, row: Row) -> dict[str, int]:
        """Each grid field -> the index in ``row.cells`` of its first cell."""
        assert self._grid is not None
        if row.lazy:  # a text line's cells: the index is the column, one mapping per width
            return self._shared_map(len(row.texts))  # (read, never changed)
        mapped: dict[str, int] = {}
        for index, cell in enumerate(row.cells):
            field = self._grid.get(cell.col)
            if field is not None and field not in mapped:
                mapped[field] = index
        return mapped

    def _add_indicator(self, row: Row, texts: list[str]) -> None:
        mapped = self._map_row(row)
        first = mapped.get("level1")
        if first is not None and texts[first] in labels.LEVEL2_NAMES:
            mapped = self._repair_shift(row, texts, mapped)
        text = {field: texts[index] for field, index in mapped.items()}
        get = text.get
        level1_text = get("level1", "")
        value = get("value", "")
        indicators = self.project.indicators
        previous = indicators[-1] if indicators else None
        if (
            self._after_page_break
            and previous is not None
            # The rest of a row cut at the page's foot brings no value of its own; it
            # repeats no 一级指标, unless the part above lacks its 三级指标 name.
            and not value
            and (not level1_text or not previous.level3)
        ):
            self._continue_indicator(previous, text, mapped, row)
            return
        self._after_page_break = False
        level2 = get("level2", "")
        if previous is not None and not level1_text:
            level1 = level1_text or previous.level1  # merged 一级指标 cell
            level2 = level2 or previous.level2  # merged 二级指标 cell
        else:
            level1 = level1_text
        indicator = _new_indicator(
            {
                "level1": level1,
                "level2": level2,
                "level3": get("level3", ""),
                "description": get("description", ""),
                "value": value,
                "basis": get("basis", ""),
            }
        )
        sources = indicator.sources
        located = row.line_located(mapped)
        if located is None:
            sources.update(row.located_all(mapped))
        else:  # each SourceRef made only when read
            sources.set_line(*located)
        if not level1_text:
            # a merged 一级指标 cell: where the indicator above read it (SourceRefs are truthy)
            sources["level1"] = (previous and previous.sources.get("level1")) or row.source
        indicators.append(indicator)
        self._indicator_row, self._indicator_cells = row, mapped

    def _repair_shift(self, row: Row, texts: list[str], mapped: dict[str, int]) -> dict[str, int]:
        """A row that lost its empty first cell: every value sits one column left."""
        first = mapped.get("level1")
        if first is None or texts[first] not in labels.LEVEL2_NAMES:
            return mapped
        if texts[first] in labels.LEVEL1_NAMES or mapped.get("level2") is None:
            return mapped
        basis = mapped.get("basis")
        if basis is not None and texts[basis]:
            return mapped
        order = ["level1", "level2", "level3", "description", "value", "basis"]
        shifted = {order[i + 1]: mapped[order[i]] for i in range(5) if order[i] in mapped}
        self._warn(
            "row-shifted",
            "该行缺少首列空单元格，各列整体左移，已按右移一列读取",
            row.source,
        )
        return shifted

    def _continue_indicator(
        self, previous: Indicator, text: dict[str, str], mapped: dict[str, int], row: Row
    ) -> None:
        """Append the part of each cell that a page break carried to the next page."""
        for field, index in mapped.items():
            more = text[field]
            if not more:
                continue
            current: str = getattr(previous, field)
            if current.endswith(more):
                # The rendering repeated the overflow; appending it would double it.
                self._warn(
                    "continuation-repeated",
                    f"跨页续行“{more}”与上一页内容重复，未重复拼接",
                    row.located(index),
                )
                continue
            setattr(previous, field, current + more)
        self._warn("row-continued", "表格跨页，续行已并入上一指标行", row.source)
        self._after_page_break = False

    def _refresh_last_indicator(self) -> None:
        if not self.project.indicators or self._indicator_row is None:
            return
        cells = self._indicator_row.cells
        indicator = self.project.indicators[-1]
        for field, index in self._indicator_cells.items():
            text = cells[index].text
            if field != "level1" or text:
                setattr(indicator, field, text)

    def finish(self) -> Project:
        # A grid row with only its 一级/二级 framework labels (a template's row left unused,
        # a published table's empty 成本指标 line) is no indicator: it says nothing.
        self._put("indicators", [
            i for i in self.project.indicators if i.level3 or i.description or i.value or i.basis
        ])  # fmt: skip
        if not self.project.name:
            self._warn("project-without-name", "项目缺少项目名称", self.source)
        if not self.project.indicators:
            self._warn("project-without-indicators", "项目没有绩效指标", self.source)
        return self.project
