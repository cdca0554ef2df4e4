"""Lines around loose tables: a table's title, the document's title, and a label row
that belongs to the table above it though it has no amounts."""

from __future__ import annotations

import re

from jixiao.grammar.numerals import cn_number
from jixiao.importers.blocks import Row
from jixiao.importers.mapping.header_amounts import money_factor
from jixiao.importers.mapping.loose_tables import LooseTable
from jixiao.importers.mapping.stream_rows import is_number
from jixiao.importers.mapping.vocabulary import normalise

_SHEET = re.compile(r"^(?:Sheet\d*:?)?表[一二三四五六七八九十\d-]+$|^Sheet\d+")
_CN_ITEM = re.compile(r"^([一二三四五六七八九十]+)、")  # "二十二、": a numbered row's label
_TITLE_WORDS = ("表", "公示", "公开", "目标", "自评", "预算", "决算", "监控")


# '项目支出绩效目标表（续表）', '续表', '（续上表）': the title a page repeats over the rest
# of the table above, which it continues (a PDF or print of a table crossing a page)
_CONTINUED = re.compile(r"(?:^|[(（])续(?:上)?表?[)）]?$|^续表")


def is_table_title(text: str) -> bool:
    """A table's title: short, naming a table, and not a 单位：万元 line, a sheet tab or
    the title repeated over a table's continuation (续表)."""
    bare = normalise(text)
    if len(bare) > 60 or money_factor(bare) is not None or _SHEET.match(bare):
        return False
    named = any(w in bare for w in _TITLE_WORDS)
    return named and ("续" not in bare or _CONTINUED.search(bare) is None)


def document_title(titles: list[str]) -> str | None:
    """The first title that names a table, a 公示 or a plan."""
    return next((t for t in titles if any(w in t for w in _TITLE_WORDS)), None)


# what a 收支总表 row's label ends with ('政府性基金预算拨款', '国有资本经营收入'): a money
# line of the table, not a title, though it holds a title word (预算)
_ROW_ENDINGS = ("拨款", "收入", "资金", "支出")


def _row_label(text: str) -> bool:
    bare = normalise(text)
    return bare.endswith(_ROW_ENDINGS) and "表" not in bare


def empty_row_of_table(row: Row, loose: list[LooseTable]) -> bool:
    """A short label alone in a row under a table's figures (a money line's label,
    '一般公共预算拨款 | | |', even with a title word in it) — in its first cell, or further
    right when the cells before it are empty (a 收支总表's 支出 line beside no 收入:
    ' | | 六、科学技术支出 | ')."""
    if len(row.cells) < 2:
        return False
    filled = [c for c in row.cells if c.text]
    if len(filled) != 1:
        return label_under_figures(row.cells[0].text, loose)
    label = filled[0].text
    if filled[0] is not row.cells[0] and is_number(label):
        return False  # an amount alone (a cut row's figure), not a label
    return label_under_figures(label, loose)


def label_under_figures(first: str, loose: list[LooseTable]) -> bool:
    """A short label that can be a row of the last loose table, which holds figures: no
    title (unless it continues the rows' numbering or ends like a money line), no unit
    line, sheet tab or note."""
    return (
        bool(loose)
        and any(is_number(c.text) for r in loose[-1].rows for c in r[1:])
        and bool(first)
        and len(normalise(first)) <= 30
        and (
            not is_table_title(first) or continues_numbering(first, loose[-1]) or _row_label(first)
        )
        and money_factor(normalise(first)) is None
        and not _SHEET.match(normalise(first))
        and not normalise(first).startswith(("注", "说明"))
    )


def continues_numbering(label: str, table: LooseTable) -> bool:
    """'二十二、国有资本经营预算支出' under '二十一、粮油物资储备支出': the next numbered row
    of the table above, though its words would name a table ('预算')."""
    number = _CN_ITEM.match(normalise(label))
    if number is None or not table.rows:
        return False
    above = (_CN_ITEM.match(normalise(c.text)) for c in table.rows[-1][:2])
    before = next((m for m in above if m is not None), None)
    return before is not None and int(cn_number(number[1])) == int(cn_number(before[1])) + 1
