"""The 绩效目标表 as rows of grid cells, and the numbers written in the tables.

Shared by every writer (Word, HTML, PDF): a project's table is laid out once here
on a 7-column grid, the way the published tables are, and each writer only draws
it. The 预算规模 row needs seven cells (label, 预算数, value, 其中：财政资金, value,
其他资金, value); the indicator grid's six columns fit by letting 绩效指标描述 span
two grid columns, as in the seeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.importers.headings import HeadingKind, classify
from jixiao.model.plan import SPEND_CHECKPOINTS, Indicator, Project

GRID_COLUMNS = 7
GRID_HEADER = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")

_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (the numbers of （一） items)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else ""
    return text + (_CN_DIGITS[ones] if ones else "")


def plain_number(value: Decimal) -> str:
    """A Decimal as written in the tables: "5.91", "0", "12.94", never "1E+2"."""
    return format(value, "f")


def goals_text(goals: Sequence[str]) -> str:
    """The goals as "1.…\\n2.…", numbered so the importer splits them back exactly.

    A goal starting with a digit gets a space after its number ("2. 3个…"), so the
    number is not read as a decimal ("2.3").
    """
    return "\n".join(
        f"{i}.{' ' if goal[:1].isdigit() else ''}{goal}" for i, goal in enumerate(goals, start=1)
    )


def project_title(number: int, project: Project) -> str:
    """The heading of a project's table: "3.办公设备购置绩效目标表"."""
    return f"{number}.{project.name}绩效目标表"


def title_gives_name(title: str, name: str) -> bool:
    """Whether reading the heading alone gives back the project's name."""
    heading = classify(title, disclosure=False)
    return heading is not None and heading.kind is HeadingKind.PROJECT and heading.name == name


def has_money(project: Project) -> bool:
    return any(
        value is not None
        for value in (project.budget_total, project.budget_fiscal, project.budget_other)
    )


# -- the 绩效目标表 as rows of grid segments ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """One cell of a written row: its first grid column, width and text."""

    start: int
    span: int
    text: str
    label: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    """A written row; ``joins_above`` merges its first cell with the one above (vMerge)."""

    segments: tuple[Segment, ...]
    joins_above: bool = False
    grid_header: bool = False


def _label(start: int, text: str, span: int = 1) -> Segment:
    return Segment(start, span, text, label=True)


_SPEND_SPANS = ((1, 2), (3, 2), (5, 1), (6, 1))  # 3月底 6月底 10月底 12月底
_GRID_SPANS = ((0, 1), (1, 1), (2, 1), (3, 2), (5, 1), (6, 1))


def project_rows(project: Project, *, name_in_title: bool = False) -> list[TableRow]:
    """The rows of a project's table; rows whose data is entirely absent are left out."""
    rows: list[TableRow] = []
    if project.code is not None or not name_in_title:
        rows.append(_code_row(project))
    rows.extend(_budget_rows(project))
    rows.extend(_spend_rows(project))
    if project.goals:
        rows.append(TableRow((_label(0, "绩效目标"), Segment(1, 6, goals_text(project.goals)))))
    if project.indicators:
        rows.append(grid_header_row())
        rows.extend(indicator_rows(project.indicators))
    return rows


def grid_header_row() -> TableRow:
    segments = tuple(_label(s, t, w) for (s, w), t in zip(_GRID_SPANS, GRID_HEADER, strict=True))
    return TableRow(segments, grid_header=True)


def _code_row(project: Project) -> TableRow:
    return TableRow(
        (
            _label(0, "项目编码"),
            Segment(1, 2, project.code or ""),
            _label(3, "项目名称"),
            Segment(4, 3, project.name),
        )
    )


def _amount(value: Decimal | None) -> str:
    return "" if value is None else plain_number(value)


def _budget_rows(project: Project) -> list[TableRow]:
    """预算规模及资金用途: amounts, then the purpose under the same (merged) label."""
    rows: list[TableRow] = []
    if has_money(project):
        rows.append(
            TableRow(
                (
                    _label(0, "预算规模及资金用途"),
                    _label(1, "预算数"),
                    Segment(2, 1, _amount(project.budget_total)),
                    _label(3, "其中：财政资金"),
                    Segment(4, 1, _amount(project.budget_fiscal)),
                    _label(5, "其他资金"),
                    Segment(6, 1, _amount(project.budget_other)),
                )
            )
        )
    if project.purpose:
        if rows:
            rows.append(TableRow((Segment(0, 1, ""), Segment(1, 6, project.purpose)), True))
        else:
            rows.append(TableRow((_label(0, "资金用途"), Segment(1, 6, project.purpose))))
    return rows


def _spend_rows(project: Project) -> list[TableRow]:
    """资金支出计划（%）: the checkpoints row and the cumulative percentages under it."""
    values = [project.spend_plan.get(key) for key in SPEND_CHECKPOINTS]
    if all(value is None for value in values):
        return []
    header = [_label(0, "资金支出计划（%）")]
    header += [
        _label(s, key, w) for (s, w), key in zip(_SPEND_SPANS, SPEND_CHECKPOINTS, strict=True)
    ]
    cells = [Segment(0, 1, "")]
    cells += [
        Segment(s, w, "" if value is None else f"{plain_number(value)}%")
        for (s, w), value in zip(_SPEND_SPANS, values, strict=True)
    ]
    return [TableRow(tuple(header)), TableRow(tuple(cells), joins_above=True)]


def indicator_rows(indicators: Sequence[Indicator]) -> list[TableRow]:
    """The grid; 一级指标 is one cell merged down over the rows that share it."""
    rows: list[TableRow] = []
    previous: str | None = None
    for indicator in indicators:
        joins = bool(indicator.level1) and indicator.level1 == previous
        texts = (
            "" if joins else indicator.level1,
            indicator.level2,
            indicator.level3,
            indicator.description,
            indicator.value,
            indicator.basis,
        )
        segments = tuple(Segment(s, w, t) for (s, w), t in zip(_GRID_SPANS, texts, strict=True))
        rows.append(TableRow(segments, joins_above=joins))
        previous = indicator.level1
    return rows


def merged_runs(rows: Sequence[TableRow]) -> list[tuple[int, int]]:
    """(first row, row count) of each first-column cell, counting the rows joining it."""
    runs: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        if row.joins_above and runs:
            start, length = runs[-1]
            runs[-1] = (start, length + 1)
        else:
            runs.append((index, 1))
    return runs
