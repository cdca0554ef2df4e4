"""The cells of a document written as a figure whose commas group no thousands ('1,5'):
no importer reads them as a number (``textnorm.digit_groups``); each is named once."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.importers.blocks import Block, Row
from jixiao.model.plan import DepartmentPlan, ImportIssue
from jixiao.model.source import SourceRef
from jixiao.textnorm.digit_groups import ambiguous_message, is_ambiguous


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
