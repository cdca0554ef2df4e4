"""Make a traditional-character mirror readable: pinyin annotations out, simplified in.

Decided per file from its text (a simplified document is never converted). Only
the clean ``text`` of each cell and paragraph changes; ``raw`` keeps what the file
says, so :meth:`Cell.located` records it in the source.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Paragraph
from jixiao.textnorm import has_pinyin, is_traditional, strip_pinyin, to_simplified

SAMPLE_CHARS = 20_000


def _texts(blocks: list[Block]) -> str:
    """The first ``SAMPLE_CHARS`` characters of text, the block that crosses them whole."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:
            parts += block.texts
    whole = "\n".join(parts)
    if len(whole) - len(parts) < SAMPLE_CHARS:  # (the texts without their separators)
        return whole  # most documents: no block is cut off, no running count needed
    return _first_texts(blocks)


def _first_texts(blocks: list[Block]) -> str:
    parts: list[str] = []
    size = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
            size += len(block.text)
        else:
            texts = block.texts
            parts += texts
            size += sum(map(len, texts))
        if size > SAMPLE_CHARS:
            break
    return "\n".join(parts)


def normalise_script(blocks: list[Block]) -> list[Block]:
    """Strip pinyin annotations and simplify characters in place when the file needs it."""
    sample = _texts(blocks)
    pinyin = has_pinyin(sample)
    traditional = is_traditional(strip_pinyin(sample) if pinyin else sample)
    if not pinyin and not traditional:
        return blocks

    def fix(text: str) -> str:
        if pinyin:
            text = strip_pinyin(text)
        return to_simplified(text) if traditional else text

    for block in blocks:
        if isinstance(block, Paragraph):
            block.text = fix(block.text)
        else:
            block.retext(fix)
    return blocks
