"""Make a traditional-character mirror readable: pinyin annotations out, simplified in.

Decided per file from its text (a simplified document is never converted). Only
the clean ``text`` of each cell and paragraph changes; ``raw`` keeps what the file
says, so :meth:`Cell.located` records it in the source.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.textnorm import has_pinyin, is_traditional, strip_pinyin, to_simplified
from jixiao.textnorm.script import script_marks

SAMPLE_CHARS = 20_000
_WEIGHTS_KEPT = 65_536  # texts whose weights are remembered (as many as clean_cell caches)
# A text's weight: its length times _LENGTH plus its marks (script_marks: at most 3). The
# weights of a document's texts sum to its length times _LENGTH plus the sum of its marks,
# which stays below _LENGTH (3 a text, and far fewer than 2**30 texts fit in memory).
_LENGTH = 1 << 32


class _Weights(dict[str, int]):
    """The weight of each text seen: most texts are clean_cell's cached strings, their
    hashes known, so a text met again (a label, a repeated value) costs one lookup (an
    ``lru_cache`` call cost about twice as much)."""

    def __missing__(self, text: str) -> int:
        if len(self) >= _WEIGHTS_KEPT:
            self.clear()
        weight = self[text] = len(text) * _LENGTH + script_marks(text)
        return weight


_weights = _Weights()


def _all_texts(blocks: list[Block]) -> list[str]:
    parts: list[str] = []
    append, extend = parts.append, parts.extend
    for block in blocks:
        if type(block) is Row:
            extend(block.texts)
        else:
            append(block.text)  # type: ignore[union-attr]  # (a Paragraph)
    return parts


def _sample(blocks: list[Block]) -> list[str]:
    """The texts of the first ``SAMPLE_CHARS`` characters, the block that crosses them whole."""
    parts = _all_texts(blocks)
    if sum(map(len, parts)) < SAMPLE_CHARS:
        return parts  # most documents: no block is cut off, no running count needed
    return _first_parts(blocks)


def _first_parts(blocks: list[Block]) -> list[str]:
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
    return parts


def _texts(blocks: list[Block]) -> str:
    """The sample the script is decided on: its texts joined by newlines."""
    return "\n".join(_sample(blocks))


def _first_texts(blocks: list[Block]) -> str:
    return "\n".join(_first_parts(blocks))


def normalise_script(blocks: list[Block]) -> list[Block]:
    """Strip pinyin annotations and simplify characters in place when the file needs it."""
    # Most files hold neither a toned letter nor three traditional-only characters: the
    # marks of each text (remembered, as its clean text is) decide that without joining
    # the texts; their sum with the lengths tells whether all of them are the sample.
    weight = sum(map(_weights.__getitem__, _all_texts(blocks)))
    if weight >= SAMPLE_CHARS * _LENGTH:  # (a long document: its first texts are)
        weight = sum(map(_weights.__getitem__, _first_parts(blocks)))
    if weight % _LENGTH < 3:
        return blocks
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
