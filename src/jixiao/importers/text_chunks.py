"""A page served in numbered chunks: '1、…', '2、…', '3、…' at the start of lines, each
chunk cut wherever the site cut it (in the middle of a word or a table row).

Document-sharing sites serve a document's text in fixed-size chunks and number them;
a table flattened into one line then runs over several lines, each opening with the
next number. Such chunks are recognised by their own structure — numbers 1, 2, 3 … in
sequence at line starts, every chunk before the next one long and not ending a
sentence — and joined back into one line without their numbers. A numbered list of
the document itself ('1、…。') ends its items with punctuation or is short, and stays.
"""

from __future__ import annotations

import re
from itertools import pairwise

_CHUNK = re.compile(r"^\s*(\d{1,2})、")
CHUNK_MIN_CHARS = 150  # a chunk that is cut by size is at least this long
_SENTENCE_END = re.compile(r"[。！？!?；;：:]\s*$")


def join_chunks(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with numbered chunks joined into the line where their series starts."""
    starts = [
        (i, int(m.group(1))) for i, (_, line) in enumerate(numbered) if (m := _CHUNK.match(line))
    ]
    joined: dict[int, int] = {}  # line index -> index of the line it continues
    for (first, number), (second, following) in pairwise(starts):
        between = numbered[first:second]
        if following != number + 1 or not _cut_chunk(between):
            continue
        joined[second] = joined.get(first, first)
    if not joined:
        return numbered
    heads = set(joined.values())
    out: list[tuple[int, str]] = []
    where: dict[int, int] = {}
    for index, (number, line) in enumerate(numbered):
        if index in joined:
            at = where[joined[index]]
            out[at] = (out[at][0], out[at][1] + _CHUNK.sub("", line, count=1))
            continue
        if index in heads:
            line = _CHUNK.sub("", line, count=1)
        where[index] = len(out)
        out.append((number, line))
    return out


def _cut_chunk(lines: list[tuple[int, str]]) -> bool:
    """Whether the lines of one chunk are one long line cut by size (not a list item)."""
    texts = [line for _, line in lines if line.strip()]
    return (
        len(texts) == 1 and len(texts[0]) >= CHUNK_MIN_CHARS and not _SENTENCE_END.search(texts[0])
    )
