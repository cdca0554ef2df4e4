"""{{ fmt|format_name }}: a download's format as the pages name it (Excel, Word, PDF), not its
file extension (xlsx, docx)."""

from __future__ import annotations

from django import template

register = template.Library()

FORMAT_NAMES = {
    "xlsx": "Excel",
    "docx": "Word",
    "pdf": "PDF",
    "html": "网页",
    "json": "JSON",
    "csv": "CSV",
    "md": "文本",
}


@register.filter
def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(str(fmt).lower(), str(fmt).upper())
