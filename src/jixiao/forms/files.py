"""The file formats a form is written to and read from (.xlsx, .docx, .pdf), by suffix.

The web layer downloads a form as bytes (:func:`written_bytes`) with the media type
the plan exports use (:data:`MEDIA_TYPES`, from the built-in :mod:`jixiao.exporters.formats`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from jixiao.exporters.formats import BUILT_IN_FORMATS
from jixiao.forms.read import FormError

FORM_FORMATS = ("xlsx", "docx", "pdf")
"""The formats of the 监控表 and the 自评表, as written and as read back."""

MEDIA_TYPES: dict[str, str] = {
    f.name: f.media_type for f in BUILT_IN_FORMATS if f.name in FORM_FORMATS
}
"""What a web response carries for each form format."""


def form_format(path: Path) -> str:
    """``xlsx``, ``docx`` or ``pdf`` from the file's suffix; :class:`FormError` otherwise."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORM_FORMATS:
        suffixes = "、".join(f".{f}" for f in FORM_FORMATS)
        raise FormError(path.name, None, None, f"不支持的文件类型“{path.suffix}”，应为 {suffixes}")
    return fmt


def written_bytes(write: Callable[[Path], object], fmt: str) -> bytes:
    """What ``write(path)`` writes to a file of format ``fmt``, as bytes."""
    if fmt not in FORM_FORMATS:
        raise ValueError(f"不支持的表格格式“{fmt}”；可选：{'、'.join(FORM_FORMATS)}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"form.{fmt}"
        write(path)
        return path.read_bytes()
