"""Import errors: one clear line naming the file, never a traceback."""

from __future__ import annotations


class ImportFailed(Exception):
    """A file could not be imported at all (unsupported, unreadable, damaged)."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message
