"""A progress bar for commands that work through many files."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def file_progress(label: str, console: Console, *, files: int, threshold: int) -> Progress:
    """A bar "label ━━━ 3/12 0:00:04" on stderr, shown for more than ``threshold`` files
    and only on a terminal (piped output stays clean)."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not (files > threshold and sys.stderr.isatty()),
        transient=True,
    )
