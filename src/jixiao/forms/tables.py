"""Read the forms in a Word or PDF file back as :class:`SheetGrid` objects.

The importers' readers (:func:`~jixiao.importers.docx_reader.read_docx_blocks`,
:func:`~jixiao.importers.pdf_reader.read_pdf_blocks`) already turn a file into
paragraphs and table rows whose cells carry their grid column and span, a merged
cell's text standing once (Word's repeated merged cells and PDF tables running over
pages included). Here a form is the run of rows after its title paragraph, until the
next title: each run becomes a grid as an Excel sheet gives it, so the same label
lookups read every format.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jixiao.forms.files import form_format
from jixiao.forms.read import FormError, SheetGrid
from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.errors import ImportFailed

TitleTest = Callable[[str], bool]
"""Whether a paragraph's text (spaces removed) is the title of a form."""


@dataclass(frozen=True, slots=True)
class FoundForm:
    """A form found in a Word or PDF file: its printed title and its grid."""

    heading: str
    grid: SheetGrid


def _matrix(rows: Sequence[Row]) -> list[list[str | None]]:
    """Rows of cells (with columns and spans) as a matrix, None where a span covers."""
    width = max((c.col + c.span for row in rows for c in row.cells), default=0)
    matrix: list[list[str | None]] = []
    for row in rows:
        line: list[str | None] = [""] * width
        for c in row.cells:
            line[c.col] = c.raw.strip()
            for covered in range(c.col + 1, c.col + c.span):
                line[covered] = None
        matrix.append(line)
    return matrix


def _place(number: int, heading: str, rows: Sequence[Row]) -> str:
    page = rows[0].source.page if rows else None
    return f"第{number}张表“{heading}”" + (f"（第{page}页起）" if page else "")


def forms_in_blocks(blocks: Sequence[Block], file: str, is_title: TitleTest) -> list[FoundForm]:
    """Each titled form's rows (up to the next title) as a grid; rows before any title,
    and paragraphs inside a form (a page number, the unit line), are not the form."""
    found: list[tuple[str, list[Row]]] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            heading = "".join(block.text.split())
            if is_title(heading):
                found.append((heading, []))
        elif found:
            found[-1][1].append(block)
    return [
        FoundForm(
            heading,
            SheetGrid.from_rows(
                file,
                _place(number, heading, rows),
                _matrix(rows),
                sources=[row.source for row in rows],
            ),
        )
        for number, (heading, rows) in enumerate(found, start=1)
    ]


def read_form_tables(path: Path, is_title: TitleTest, what: str) -> list[FoundForm]:
    """The forms titled as ``is_title`` says in a .docx or .pdf file; :class:`FormError`
    names the file when it cannot be read or holds no such form (``what`` names it)."""
    from jixiao.importers.docx_reader import read_docx_blocks
    from jixiao.importers.pdf_reader import read_pdf_blocks

    readers = {"docx": read_docx_blocks, "pdf": read_pdf_blocks}
    fmt = form_format(path)
    if fmt not in readers:
        raise FormError(path.name, None, None, f"{path.suffix} 文件不是 Word 或 PDF 文件")
    reader = readers[fmt]
    if not path.is_file():
        raise FormError(path.name, None, None, "文件不存在")
    try:
        blocks = reader(path)
    except FormError:
        raise
    except ImportFailed as error:
        raise FormError(error.file, None, None, error.message) from None
    forms = forms_in_blocks(blocks, path.name, is_title)
    if not forms:
        raise FormError(path.name, None, None, f"找不到“{what}”，不是本系统的表格式")
    return forms
