"""The text of a PDF page outside its tables: page numbers left out, lines made paragraphs.

Page numbers in the top and bottom margins ("第 3 页", "- 3 -") are not text. The other
lines join into paragraphs: a line wraps on from the one above (see
:func:`~jixiao.importers.pdf_lines.separator`) unless a larger gap, another font size or
an indented line starts a new paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.importers.blocks import Paragraph
from jixiao.importers.pdf_lines import Line, PlacedBlock, join_line, separator
from jixiao.model.source import SourceRef

_PAGE_NUMBER = re.compile(
    r"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d{1,4}"
    r"|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
_MARGIN_BAND = 0.12  # top and bottom share of the page where page numbers live


def is_page_number(line: Line, height: float) -> bool:
    in_margin = line.bottom < height * _MARGIN_BAND or line.top > height * (1 - _MARGIN_BAND)
    return in_margin and _PAGE_NUMBER.match(line.text.replace(" ", "")) is not None


def page_paragraphs(lines: list[Line], right: float, here: SourceRef) -> list[PlacedBlock]:
    """Lines outside tables grouped into paragraphs."""
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    pitches = sorted(b.top - a.top for a, b in pairwise(lines) if b.top > a.top)
    # The line pitch inside paragraphs: a low quantile, since the gaps between
    # paragraphs (one-line ones above all) are the larger pitches.
    usual = pitches[len(pitches) // 5] if pitches else 0.0
    placed: list[PlacedBlock] = []
    text = ""
    start: Line | None = None
    first = 0  # the line number (on the page, outside tables) the paragraph starts on
    previous: Line | None = None
    for number, line in enumerate(lines, start=1):
        if previous is not None and start is not None:
            pitch = line.top - previous.top
            joint = separator(previous, line, right)
            # A wrapped line starts at the left edge, or is the shorter, centred rest
            # of a centred line (a title over two lines).
            centred = (
                abs((line.x0 + line.x1) - (previous.x0 + previous.x1)) < line.size
                and line.x0 > previous.x0 + line.size
            )
            aligned = line.x0 <= left + 0.5 * line.size or centred
            same = (
                joint is not None
                and aligned
                and pitch <= max(1.8 * line.size, 1.2 * usual)
                and abs(line.size - previous.size) < 0.5
            )
            if same:
                text = join_line(text, line.text, joint)
                previous = line
                continue
            placed.append(PlacedBlock(start.top, Paragraph(raw=text, source=here.at(line=first))))
        text, start, previous, first = line.text, line, line, number
    if start is not None:
        placed.append(PlacedBlock(start.top, Paragraph(raw=text, source=here.at(line=first))))
    return placed
