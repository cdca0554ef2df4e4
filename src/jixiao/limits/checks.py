"""Cheap checks of a file before anything parses it: size, Office zip expansion, PDF pages,
text length. Each refusal is one Chinese line naming the file and the limit."""

from __future__ import annotations

import zipfile
from pathlib import Path

from jixiao.limits.errors import LimitExceeded
from jixiao.limits.settings import Limits

OFFICE_SUFFIXES = frozenset({".docx", ".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".csv", ".tsv"})


def check_file(path: Path, limits: Limits) -> None:
    """Raise :class:`LimitExceeded` when the file goes over a limit; return otherwise."""
    size = path.stat().st_size
    if size > limits.upload_bytes:
        raise LimitExceeded(
            path.name, f"文件大小超过上传限制（{Limits.megabytes(limits.upload_bytes)}）"
        )
    suffix = path.suffix.lower()
    if suffix in OFFICE_SUFFIXES:
        _check_zip(path, size, limits)
    elif suffix == ".pdf":
        _check_pdf(path, limits)
    elif suffix in TEXT_SUFFIXES:
        _check_text(path, limits)


def _check_zip(path: Path, size: int, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # not a zip at all: the importer says so in its own words
    if unzipped > limits.unzipped_bytes:
        raise LimitExceeded(
            path.name,
            f"解压后大小超过限制（{Limits.megabytes(unzipped)}，"
            f"上限 {Limits.megabytes(limits.unzipped_bytes)}）",
        )
    if size and unzipped / size > limits.zip_ratio:
        raise LimitExceeded(
            path.name,
            f"压缩比超过限制（{unzipped / size:.0f} 倍，上限 {limits.zip_ratio:g} 倍）",
        )


def _check_pdf(path: Path, limits: Limits) -> None:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return  # damaged: the importer names it
    try:
        pages = len(document)
    finally:
        document.close()
    if pages > limits.pdf_pages:
        raise LimitExceeded(
            path.name, f"PDF 页数超过限制（{pages} 页，上限 {limits.pdf_pages} 页）"
        )


def _check_text(path: Path, limits: Limits) -> None:
    # Every encoding the importer accepts takes at least one byte per character, so a file
    # this small cannot be too long; only larger ones are decoded and counted.
    if path.stat().st_size <= limits.text_chars:
        return
    chars = len(path.read_bytes().decode("utf-8", errors="replace"))
    if chars > limits.text_chars:
        raise LimitExceeded(
            path.name, f"文本长度超过限制（{chars:,} 字符，上限 {limits.text_chars:,} 字符）"
        )
