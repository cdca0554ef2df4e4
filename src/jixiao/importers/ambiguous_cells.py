"""The cells of a document written as a figure whose commas group no thousands ('1,5'):
no importer reads them as a number (``textnorm.digit_groups``); each is named once. So
is such a figure told in a report's prose ('预算数1,5万元'), which the prose readers
(``mapping.prose_budget``, ``mapping.prose_stated_budget`` …) leave unread."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.model.plan import DepartmentPlan, ImportIssue
from jixiao.model.source import SourceRef
from jixiao.textnorm.digit_groups import ambiguous_message, is_ambiguous, ungrouped

# a figure in a sentence: digits joined by commas, decimals, a money unit or '%'
_PROSE_FIGURE = re.compile(r"\d[\d,]*,\d+(?:\.\d+)?\s*(?:亿元|万元|元|万|%)")


def ambiguous_cells(blocks: list[Block]) -> Iterator[tuple[str, SourceRef]]:
    """Each table cell of ``blocks`` that :func:`is_ambiguous`, with where it stands."""
    for block in blocks:
        if not isinstance(block, Row):
            continue
        texts = block.texts
        if "," not in "".join(texts):
            continue  # most rows: one search of their joined text, not one per cell
        for index, text in enumerate(texts):
            if "," in text and is_ambiguous(text):
                yield text, block.located(index)


def name_ambiguous(plan: DepartmentPlan, blocks: list[Block]) -> None:
    """A number-ambiguous warning for each :func:`ambiguous_cells` cell, unless its cell
    was already named (unreadable, or by the reader that refused it)."""
    named = {w.source for w in plan.warnings if w.source is not None}
    for text, source in ambiguous_cells(blocks):
        if source not in named:
            issue = ImportIssue(
                code="number-ambiguous", message=ambiguous_message(text), source=source
            )
            plan.warnings.append(issue)


def _prose_figures(text: str) -> Iterator[str]:
    """The figures of a sentence whose commas group no thousands ('1,5万元')."""
    if "," in text or "，" in text:
        for match in _PROSE_FIGURE.finditer(unicodedata.normalize("NFKC", text)):
            if ungrouped(match.group()) is None:
                yield match.group()


def ambiguous_prose(blocks: list[Block]) -> Iterator[tuple[str, SourceRef]]:
    """Each figure told in a line of prose (or in a cell with words around it) whose
    commas group no thousands, with its line or cell; cells that are a figure alone are
    :func:`ambiguous_cells`'."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from ((f, block.source) for f in _prose_figures(block.raw))
        elif isinstance(block, Row) and "," in "".join(block.texts):
            for index, text in enumerate(block.texts):
                if not is_ambiguous(text):
                    yield from ((f, block.located(index)) for f in _prose_figures(text))


def name_ambiguous_prose(plan: DepartmentPlan, blocks: list[Block]) -> None:
    """A number-ambiguous warning for each :func:`ambiguous_prose` figure."""
    for text, source in ambiguous_prose(blocks):
        issue = ImportIssue(code="number-ambiguous", message=ambiguous_message(text), source=source)
        plan.warnings.append(issue)
