"""What a bounded parse can end in besides a result."""

from __future__ import annotations

from jixiao.importers.errors import ImportFailed


class LimitExceeded(ImportFailed):
    """A file or a job went over one of the configured limits (the message names it)."""


class Cancelled(Exception):
    """The job was cancelled while the child process was working."""
