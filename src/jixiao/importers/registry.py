"""The readers of the grid stage, one record per format, chosen by suffix and content.

Each :class:`Reader` names the suffixes it takes, a content check (``sniff``: an
error message when the bytes are not that format, else ``None``), the function that
turns a file into blocks and the format's Chinese name. The readers come from the packs
(hook ``readers``; the built-in ones below are the built-in pack's), later packs first,
and from :func:`register`; :func:`reader_for` picks the one for a file.
"""

from __future__ import annotations

import importlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jixiao import packs
from jixiao.importers.blocks import Block
from jixiao.importers.errors import ImportFailed
from jixiao.textnorm import UndecodableText, decode_text

ReadFunction = Callable[[Path], list[Block]]
Sniff = Callable[[Path], str | None]


@dataclass(frozen=True, slots=True)
class Reader:
    name: str  # the format's Chinese name, for messages
    suffixes: frozenset[str]
    read: ReadFunction
    sniff: Sniff


_REGISTERED: list[Reader] = []


def register(reader: Reader) -> None:
    """Add a reader; a later registration of a suffix takes precedence."""
    _REGISTERED.insert(0, reader)


def readers() -> list[Reader]:
    """The readers in the order they are tried: registered, then later packs' first."""
    return [*_REGISTERED, *reversed(packs.contributed("readers", Reader))]


def supported_suffixes() -> frozenset[str]:
    return frozenset(suffix for reader in readers() for suffix in reader.suffixes)


def reader_for(path: Path) -> Reader:
    """The reader for ``path``; :class:`ImportFailed` when none fits its suffix or content."""
    suffix = path.suffix.lower()
    for reader in readers():
        if suffix in reader.suffixes:
            problem = reader.sniff(path)
            if problem is not None:
                raise ImportFailed(path.name, problem)
            return reader
    listed = "、".join(sorted(supported_suffixes()))
    raise ImportFailed(path.name, f"不支持的文件类型“{suffix or '无扩展名'}”；支持 {listed}")


# -- the built-in readers ------------------------------------------------------------------


def _any_content(path: Path) -> str | None:
    return None


def _head(path: Path, size: int = 1024) -> bytes:
    with path.open("rb") as stream:
        return stream.read(size)


def _is_pdf(path: Path) -> str | None:
    return None if b"%PDF-" in _head(path) else "文件已损坏或不是有效的 PDF 文件"


def _is_zip(path: Path) -> str | None:
    return None if zipfile.is_zipfile(path) else "文件已损坏或不是有效的 Office 文档"


def _is_binary_office(path: Path) -> str | None:
    from jixiao.importers.legacy_office import is_ole_or_zip

    suffix = path.suffix.lower()
    return None if is_ole_or_zip(path) else f"不是有效的旧版 {suffix} 文件或文件已损坏"


def read_text_file(path: Path) -> list[Block]:
    from jixiao.importers.text_reader import read_text_blocks

    try:
        text = decode_text(path.read_bytes())
    except UndecodableText as error:
        raise ImportFailed(path.name, str(error)) from None
    return read_text_blocks(text, path.name)


def _lazy(module: str, function: str) -> ReadFunction:
    """A read function imported on first use (PDF and office libraries load slowly)."""

    def read(path: Path) -> list[Block]:
        reader: ReadFunction = getattr(importlib.import_module(module), function)
        return reader(path)

    return read


# name, suffixes, module (in jixiao.importers) and function, content check
_BUILT_IN: tuple[tuple[str, str, str, str, Sniff], ...] = (
    ("文字稿", ".txt .text .md .markdown .csv .tsv", "registry", "read_text_file", _any_content),
    ("网页", ".html .htm .shtml .xhtml", "html_reader", "read_html_blocks", _any_content),
    ("Word 文档", ".docx", "docx_reader", "read_docx_blocks", _is_zip),
    ("Excel 工作簿", ".xlsx .xlsm", "xlsx_reader", "read_xlsx_blocks", _is_zip),
    ("PDF 文件", ".pdf", "pdf_reader", "read_pdf_blocks", _is_pdf),
    ("旧版 Excel 工作簿", ".xls", "legacy_office", "read_xls", _is_binary_office),
    ("旧版 Word / WPS 文字文档", ".doc .wps", "legacy_office", "read_doc", _is_binary_office),
    ("WPS 表格", ".et", "legacy_office", "read_et", _is_binary_office),
)
BUILT_IN_READERS: tuple[Reader, ...] = tuple(
    Reader(name, frozenset(suffixes.split()), _lazy(f"jixiao.importers.{module}", function), sniff)
    for name, suffixes, module, function, sniff in _BUILT_IN
)
