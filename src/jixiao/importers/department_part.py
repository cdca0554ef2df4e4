"""Part 1, 部门整体绩效目标: overall goal, sub-goals and work measures."""

from __future__ import annotations

import re

from jixiao.importers.blocks import Row
from jixiao.importers.prose import ProseCollector, group_enumerated
from jixiao.importers.targets import find_targets
from jixiao.model.plan import SubGoal
from jixiao.model.source import SourceRef
from jixiao.model.trusted import built
from jixiao.textnorm.enumeration import has_enumeration, strip_enumeration

_GOAL_LABEL = re.compile(r"^(?:\d{1,2}\s*[、.．]\s*)?(?:绩效目标|目标)[：:]\s*")
_INDICATOR_LABEL = re.compile(r"^(?:\d{1,2}\s*[、.．]\s*)?(?:绩效指标|指标)[：:]\s*")


_SUB_GOAL_COLUMNS = {
    "标题": "title",
    "分项目标": "title",
    "名称": "title",
    "绩效目标": "goal",
    "分项绩效目标": "goal",
    "绩效指标": "indicator",
}
"""Header words of a 分项绩效目标 table, and the field each column holds."""


class SubGoalCollector:
    """分项绩效目标: titles, each followed by 绩效目标：… and 绩效指标：… sentences.

    A title without sentences is an item on its own; a title followed by several
    numbered goal/indicator pairs is a group whose items share its title.
    """

    def __init__(self) -> None:
        self.items: list[SubGoal] = []
        self._title: str | None = None
        self._title_source: SourceRef | None = None
        self._title_used = True
        # field -> column, once the header of a 标题|绩效目标|绩效指标 table is seen
        self._columns: dict[str, int] | None = None

    def add_row(self, row: Row) -> bool:
        """A row of a table 标题|绩效目标|绩效指标 (Excel, Word): its header or one item.

        Returns False for rows that are neither (the caller warns about them).
        """
        columns = {
            field: cell.col
            for cell in row.cells
            if (field := _SUB_GOAL_COLUMNS.get(cell.text)) is not None
        }
        if "goal" in columns and "indicator" in columns:
            self._columns = columns
            return True
        if self._columns is None:
            return False
        self._flush_title()
        by_col = {cell.col: cell for cell in row.cells}
        item = SubGoal()
        for field, col in self._columns.items():
            cell = by_col.get(col)
            if cell is None or not cell.text:
                continue
            text = strip_enumeration(cell.text) if field == "title" else cell.text
            setattr(item, field, text)
            item.sources[field] = cell.located()
        item.targets = find_targets(item.indicator)
        self.items.append(item)
        return True

    def add(self, text: str, source: SourceRef) -> None:
        goal = _GOAL_LABEL.match(text)
        indicator = _INDICATOR_LABEL.match(text)
        if goal:
            item = built(SubGoal, title=self._title, goal=text[goal.end() :] or None)
            item.sources["goal"] = source
            if self._title_source is not None:
                item.sources["title"] = self._title_source
            self.items.append(item)
            self._title_used = True
        elif indicator:
            body = text[indicator.end() :] or None
            if self.items and self.items[-1].indicator is None and self._title_used:
                item = self.items[-1]
            else:
                item = built(SubGoal, title=self._title)  # (texts: nothing to validate)
                self.items.append(item)
                self._title_used = True
            item.indicator = body
            item.targets = find_targets(body)
            item.sources["indicator"] = source
        elif (
            self.items
            and self._title_used
            and self.items[-1].indicator is not None
            and (self._is_sentence(text))
        ):
            # Prose after an indicator sentence continues it.
            item = self.items[-1]
            item.indicator = f"{item.indicator}{text}"
            item.targets = find_targets(item.indicator)
        else:
            self._flush_title()
            self._title = strip_enumeration(text)
            self._title_source = source
            self._title_used = False

    @staticmethod
    def _is_sentence(text: str) -> bool:
        return len(text) > 40 and not has_enumeration(text)

    def _flush_title(self) -> None:
        if not self._title_used and self._title is not None:
            item = built(SubGoal, title=self._title)  # (texts: nothing to validate)
            if self._title_source is not None:
                item.sources["title"] = self._title_source
            self.items.append(item)
        self._title_used = True

    def finish(self) -> list[SubGoal]:
        self._flush_title()
        return self.items


class MeasureCollector:
    """工作保障措施: enumerated items, each a heading and/or body paragraphs."""

    def __init__(self) -> None:
        self._prose = ProseCollector()

    def add(self, text: str) -> None:
        self._prose.add(text)

    def finish(self) -> list[str]:
        return [
            "\n".join([strip_enumeration(group[0]), *group[1:]])
            for group in group_enumerated(self._prose.paragraphs)
        ]
