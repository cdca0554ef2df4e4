"""A progress bar for commands that work through many files."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


def file_progress(label: str, console: Console, *, files: int, threshold: int) -> Progress:
    """A bar "label ━━━ 3/12 0:00:04" on stderr, shown for more than ``threshold`` files
    and only on a terminal (piped output stays clean).

    Lines printed to stdout while it runs go above the bar when stdout is the terminal
    too; piped stdout is left alone (rich would otherwise send it to the bar's stderr)."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not (files > threshold and sys.stderr.isatty()),
        transient=True,
        redirect_stdout=sys.stdout.isatty(),
    )


@contextmanager
def interrupted(
    console: Console,
    progress: Progress,
    task: TaskID,
    tidy: Callable[[], None] = lambda: None,
) -> Iterator[None]:
    """Turn Ctrl+C into one line saying how far the run got, and exit status 130.

    What was written before the interruption is complete (files are written whole);
    ``tidy`` removes what stopped workers left half written."""
    try:
        yield
    except KeyboardInterrupt:
        tidy()
        state = next(t for t in progress.tasks if t.id == task)
        progress.stop()
        console.print(
            f"已中断：已处理 {state.completed:.0f}/{state.total or 0:.0f} 个文件", highlight=False
        )
        sys.exit(130)
