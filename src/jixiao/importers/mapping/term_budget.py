"""Budget labels of a header block: one naming its unit ('项目预算金额(万元) | 193.8'),
a whole-term budget beside the year's ('项目总预算(万元) | 75.00 | 项目当年预算(万元) | 25.00').

A 申报表 of a project running several years states the term's total and the year's
budget on one line; the table's 预算数 is the year's. The whole-term label is read
only when no label of the year's budget stands on its line.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

_WHOLE_TERM = ("总预算", "中期")
_YEAR = ("当年", "本年", "年度")


_AMOUNTS = frozenset({"budget_total", "budget_fiscal", "budget_other"})


def priced_label(text: str) -> str | None:
    """The amount field a label names with the unit its figure is in ('项目预算金额(万元)',
    '其中：财政资金（万元）'): 万元 only, the unit a figure is read in when none is stated."""
    bare = normalise(text)
    if not bare.endswith("(万元)"):
        return None
    field = vocabulary().field_of(bare[:-4])
    return field if field in _AMOUNTS else None


def field_named(text: str) -> str | None:
    """The field a label names, a priced amount label ('年度金额(万元)') included."""
    return vocabulary().field_of(text) or priced_label(text)


def _budget_label(text: str) -> str | None:
    """The budget label as compared, None when the text names no 预算数."""
    if field_named(text) != "budget_total":
        return None
    return normalise(text)


def for_term(filled: list[Cell], index: int) -> bool:
    """Whether the 预算数 label at ``index`` names the whole term while another label on
    the line names the year's budget."""
    label = _budget_label(filled[index].text)
    if label is None or not any(word in label for word in _WHOLE_TERM):
        return False
    for at, cell in enumerate(filled):
        other = _budget_label(cell.text) if at != index else None
        if other and any(w in other for w in _YEAR) and not any(w in other for w in _WHOLE_TERM):
            return True
    return False
