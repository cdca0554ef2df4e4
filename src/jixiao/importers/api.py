"""Import any supported document into a :class:`DepartmentPlan`.

``import_file`` picks the reader by the file's content type (its suffix, checked
against the bytes), runs the shared assembler and returns the plan with its
warnings. Anything it cannot read raises :class:`ImportFailed` with one line
naming the file; partial documents give what can be read plus warnings.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from jixiao.importers.blocks import Block
from jixiao.importers.errors import ImportFailed
from jixiao.importers.route import assemble_document
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.plan import DepartmentPlan
from jixiao.textnorm import UndecodableText, decode_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".csv", ".tsv"})
WORD_SUFFIXES = frozenset({".docx"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | WORD_SUFFIXES | EXCEL_SUFFIXES | PDF_SUFFIXES

Reader = Callable[[Path], list[Block]]


def _read_text(path: Path) -> list[Block]:
    try:
        text = decode_text(path.read_bytes())
    except UndecodableText as error:
        raise ImportFailed(path.name, str(error)) from None
    return read_text_blocks(text, path.name)


def _read_word(path: Path) -> list[Block]:
    from jixiao.importers.docx_reader import read_docx_blocks

    return read_docx_blocks(path)


def _read_excel(path: Path) -> list[Block]:
    from jixiao.importers.xlsx_reader import read_xlsx_blocks

    return read_xlsx_blocks(path)


def _read_pdf(path: Path) -> list[Block]:
    from jixiao.importers.pdf_reader import read_pdf_blocks

    return read_pdf_blocks(path)


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as stream:
        return b"%PDF-" in stream.read(1024)


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text
    if suffix in PDF_SUFFIXES:
        if not _is_pdf(path):
            raise ImportFailed(path.name, "文件已损坏或不是有效的 PDF 文件")
        return _read_pdf
    if suffix in WORD_SUFFIXES or suffix in EXCEL_SUFFIXES:
        if not zipfile.is_zipfile(path):
            raise ImportFailed(path.name, "文件已损坏或不是有效的 Office 文档")
        return _read_word if suffix in WORD_SUFFIXES else _read_excel
    if suffix in (".doc", ".xls", ".wps", ".et"):
        raise ImportFailed(path.name, f"不支持旧版 {suffix} 格式，请另存为 .docx 或 .xlsx 后导入")
    raise ImportFailed(
        path.name, f"不支持的文件类型“{suffix or '无扩展名'}”；支持 .txt、.docx、.xlsx、.pdf"
    )


def import_file(path: Path | str) -> DepartmentPlan:
    """Read one document into the model; raise :class:`ImportFailed` if impossible."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(path.name, "文件不存在")
    if not path.is_file():
        raise ImportFailed(path.name, "不是文件")
    reader = reader_for(path)
    try:
        blocks = reader(path)
    except ImportFailed:
        raise
    except Exception as error:  # a damaged file must give a clear line, not a traceback
        raise ImportFailed(path.name, f"无法读取：{type(error).__name__}: {error}") from error
    return assemble_document(blocks, path.name)


def load_plan(path: Path | str) -> DepartmentPlan:
    """A plan from any document :func:`import_file` reads, or from the JSON that
    ``jixiao import --out`` writes (the published schema)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        return import_file(path)
    try:
        return DepartmentPlan.model_validate_json(path.read_bytes())
    except OSError as error:
        raise ImportFailed(path.name, f"无法读取：{error.strerror or error}") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "（根）"
        raise ImportFailed(
            path.name, f"不是 jixiao 导出的部门预算绩效 JSON：{where} {first['msg']}"
        ) from None


def expand_inputs(inputs: list[Path], *, with_json: bool = False) -> Iterator[Path]:
    """Files named, and the supported files inside folders named, in a stable order.

    ``with_json`` also takes the .json files in folders (plans written by import).
    """
    suffixes = SUPPORTED_SUFFIXES | {".json"} if with_json else SUPPORTED_SUFFIXES
    for item in inputs:
        if item.is_dir():
            yield from sorted(
                p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
            )
        else:
            yield item
