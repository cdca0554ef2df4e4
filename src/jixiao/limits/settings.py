"""The limits with their safe defaults; the web layer reads overrides from its settings."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 30 * MB  # one uploaded file
    unzipped_bytes: int = 200 * MB  # all members of an Office file (.docx/.xlsx) together
    zip_ratio: float = 100.0  # unzipped size ÷ file size of an Office file
    pdf_pages: int = 500
    text_chars: int = 5_000_000  # characters of a text document
    cpu_seconds: int = 120  # CPU time of one parse
    memory_bytes: int = 2048 * MB  # address space the parse may add to its process

    @staticmethod
    def megabytes(count: int) -> str:
        return f"{count / MB:g} MB"
