"""A glued table of doubled values (:mod:`doubled_outcomes`) that goes on over a line
break: an OCR text or a preview breaks its paragraph inside a row ('…指标3一级种薯繁育基地
8000亩' / '8535.5亩质量指标指标1…成本指标指标1种薯采购价格不高于市场价8是是8…'), and the
rows after the break belong to the table whose header stands above it.

When the block holding the table's header holds rows of it too (the table began
there), its text is read together with the blocks after it, up to the next block
holding a header: the rows chain on as they would in one paragraph (the chain ends,
as there, at text that holds no row). A header standing alone on its line is left to
the readers of one row per line.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.doubled_outcomes import doubled_outcome_rows, holds_header
from jixiao.model.plan import Indicator


def doubled_indicators(blocks: list[Block]) -> list[Indicator]:
    """A glued table whose values are written twice, in a paragraph or in a line the
    text reader cut at its spaces (a document site's preview, its page chunks joined),
    its rows read on past the paragraph's end."""
    texts = [
        block.raw if isinstance(block, Paragraph) else "".join(block.texts) for block in blocks
    ]
    heads = [index for index, text in enumerate(texts) if holds_header(text)]
    found: list[Indicator] = []
    for number, head in enumerate(heads):
        rows = doubled_outcome_rows(texts[head], blocks[head].source)
        end = heads[number + 1] if number + 1 < len(heads) else len(texts)
        if rows and end > head + 1:  # a table begun under its header goes on
            rows = doubled_outcome_rows("".join(texts[head:end]), blocks[head].source)
        found.extend(rows)
    return found
