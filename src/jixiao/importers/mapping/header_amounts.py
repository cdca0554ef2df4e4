"""Amounts and rates in a header block's cells: '220', '5.8万', '1,200元', '95.8%', and
the points of the 预算执行率 on a 自评 budget line.

Amounts become 万元 by the factor the table states (单位：元) or the unit written with
the figure; a rate is a fraction.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.model.plan import Project
from jixiao.textnorm.digit_groups import ungrouped

_AMOUNT = re.compile(r"^-?[\d,]+(?:\.\d+)?(?:万元|元|亿元|万)?$")
_PERCENT = re.compile(r"^(?P<n>-?\d+(?:\.\d+)?)%$")
_MONEY_UNIT = re.compile(r"(?:单位|金额单位|资金)?[(（:：]?\s*(万元|亿元|元)\s*[)）]?$")


def money_factor(text: str) -> Decimal | None:
    """The factor to 万元 a '单位：元' / '(万元)' text states, None when it states none."""
    match = _MONEY_UNIT.search(normalise(text))
    if match is None:
        return None
    return vocabulary().money_units.get(match.group(1))


def amount(text: str, factor: Decimal) -> Decimal | None:
    written = normalise(text)
    bare = ungrouped(written) if _AMOUNT.match(written) else None
    if bare is None:
        return None  # not a figure, or its commas group no thousands ('1,5')
    unit = next((u for u in ("亿元", "万元", "元", "万") if bare.endswith(u)), None)
    if unit is not None:
        factor = vocabulary().money_units[unit]
        bare = bare[: -len(unit)]
    try:
        value = Decimal(bare) * factor
    except InvalidOperation:
        return None
    return Decimal(int(value)) if value == value.to_integral_value() else value


def fraction(text: str) -> Decimal | None:
    match = _PERCENT.match(normalise(text))
    return Decimal(match.group("n")) / 100 if match else None


def is_figure(text: str) -> bool:
    return amount(text, Decimal(1)) is not None or fraction(text) is not None


def is_dash(text: str) -> bool:
    return normalise(text) in ("—", "-", "/", "——")


def stated_score(after: list[Cell]) -> Cell | None:
    """The 总分 / 自评得分 after its label: '总分 | 100 | 98.62' gives the 分值 total, then the
    score published (the last of the figures right after the label); when other labels stand
    between ('自评得分 | 省级财政部门 | 四川省财政厅 | … | 100', two label–value columns
    flattened), the first figure after them."""
    run: list[Cell] = []
    for cell in after:
        if amount(cell.text, Decimal(1)) is None:
            break
        run.append(cell)
    if run:
        return run[-1]
    return next((c for c in after if amount(c.text, Decimal(1)) is not None), None)


_POINTS = {"weight": "execution_weight", "score": "execution_score"}
# '得分(20分*执行率)', '(10分×执行率)': the 分值 the 执行率 is scored on, in its column's label
_POINTS_MARK = re.compile(r"(\d+(?:\.\d+)?)分[*×xX]执行率")


def points_mark(cells: list[Cell]) -> Decimal | None:
    """The 分值 a budget header's '得分(20分*执行率)' states, None when none does."""
    for cell in cells:
        match = _POINTS_MARK.search(normalise(cell.text))
        if match is not None:
            return Decimal(match.group(1))
    return None


def execution_points(
    columns: list[str | None], values: list[Cell], project: Project, mark: Decimal | None
) -> list[str]:
    """The 分值 and 得分 of the 预算执行率 on its budget line ('分值 | 执行率 | 得分', or the
    分值 its 得分 column's label states), read when the line gave its rate (its columns
    line up) and the 分值 is a share of 100."""
    found: list[str] = []
    for column, cell in zip(columns, values, strict=False):
        field = _POINTS.get(column or "")
        number = amount(cell.text, Decimal(1)) if field else None
        if field is None or number is None or not 0 <= number <= 100:
            continue
        if field == "execution_weight" and number == 0:
            continue  # a zero 分值: the 执行率 is not scored on this table
        setattr(project, field, number)
        project.sources[field] = cell.located()
        found.append(field)
    if "execution_score" in found and "execution_weight" not in found and mark is not None:
        project.execution_weight = mark  # its source: the 得分 it goes with
        project.sources["execution_weight"] = project.sources["execution_score"]
        found.append("execution_weight")
    return found
