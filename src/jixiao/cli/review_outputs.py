"""Where ``jixiao review`` writes each document's part as soon as it is reviewed.

A file named with ``-o`` is written beside its name and renamed into place only when the
run finishes, so an interrupted or failed run never leaves a half report that looks whole.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TextIO

from rich.console import Console

from jixiao.cli.review_work import ReviewedFile
from jixiao.review_report.review_html import REVIEW_HTML_HEAD, REVIEW_HTML_TAIL
from jixiao.review_report.review_json import FindingsJsonWriter
from jixiao.review_report.review_table import print_review_report
from jixiao.review_report.review_xlsx import ReviewWorkbook


class ReviewOutput(Protocol):
    def add(self, result: ReviewedFile) -> None: ...


class _Table:
    def __init__(self, console: Console) -> None:
        self.console = console

    def add(self, result: ReviewedFile) -> None:
        assert result.report is not None
        print_review_report(result.report, self.console)


class _Json:
    def __init__(self, handle: TextIO) -> None:
        self.writer = FindingsJsonWriter(handle)

    def add(self, result: ReviewedFile) -> None:
        assert result.rendered is not None
        self.writer.add_records(result.rendered)


class _Html:
    def __init__(self, handle: TextIO) -> None:
        self.handle = handle

    def add(self, result: ReviewedFile) -> None:
        assert result.rendered is not None
        self.handle.write(result.rendered)


class _Xlsx:
    def __init__(self) -> None:
        self.workbook = ReviewWorkbook()

    def add(self, result: ReviewedFile) -> None:
        assert result.report is not None
        self.workbook.add(result.report)


def _partial_name(output: Path) -> Path:
    return output.with_name(f".{output.name}.{os.getpid()}.partial")


@contextmanager
def _text_target(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    partial = _partial_name(output)
    try:
        with partial.open("w", encoding="utf-8") as handle:
            yield handle
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def open_review_output(output_format: str, output: Path | None) -> Iterator[ReviewOutput]:
    """The writer for ``output_format``, finished (closing bracket, tail, save) on success."""
    if output_format == "xlsx":
        assert output is not None
        xlsx = _Xlsx()
        yield xlsx
        partial = _partial_name(output).with_suffix(".xlsx")
        try:
            xlsx.workbook.save(partial)
            os.replace(partial, output)
        finally:
            partial.unlink(missing_ok=True)
        return
    with _text_target(output) as handle:
        if output_format == "table":
            width = 140 if output is not None or not sys.stdout.isatty() else None
            yield _Table(Console(file=handle, width=width, highlight=False))
        elif output_format == "json":
            json_output = _Json(handle)
            yield json_output
            json_output.writer.close()
        else:
            handle.write(REVIEW_HTML_HEAD)
            yield _Html(handle)
            handle.write(REVIEW_HTML_TAIL)
