"""Word files built for the monitoring tests: paragraphs, then tables of text cells."""

from __future__ import annotations

from pathlib import Path

import docx


def write_docx(path: Path, paragraphs: list[str], tables: list[list[list[str]]]) -> Path:
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.save(str(path))
    return path
